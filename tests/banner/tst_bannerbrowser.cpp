#include "Banner.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What `banner` writes, loaded into the real library (the pinned copies in
// tests/data/third_party) in headless Chromium, on a page served over http from localhost: the
// banner opens and lists every service with its French title; after "refuse all", the Matomo
// cookie the page had set is gone (and the session cookie, necessary, is kept); after "accept
// all", the library's own consent cookie expires within 6 months. The page drives the banner
// itself (clicks, reads the cookie jar through the Cookie Store API) and writes what it saw
// into the URL of a last request, which the test reads in the server's log.
class TestBannerBrowser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theRealLibraryRunsOurConfiguration_data();
    void theRealLibraryRunsOurConfiguration();
    void hostileTextsStayInert_data();
    void hostileTextsStayInert();

private:
    QJsonObject runPage(Banner::Format format, const QString &step, const QList<Cookie> &cookies,
                        const QString &tag = QString());
    QString m_chromium;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_log; // what the server said: the pages' results come that way
    int m_port = 0;
};

namespace {

Cookie cookie(const QString &provider, const QString &service, const QString &name,
              Category category, const QString &purpose, const QString &privacy = QString()) {
    Cookie c;
    c.provider = provider;
    c.service = service;
    c.name = name;
    c.category = category;
    c.purposeFr = purpose;
    c.privacyUrl = privacy;
    return c;
}

// The reference charter's registry, and Matomo.
QList<Cookie> registry() {
    const QString ods = QStringLiteral("Opendatasoft");
    return {cookie(ods, QStringLiteral("Authentification"), QStringLiteral("sessionid"),
                   Category::Necessary,
                   QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre.")),
            cookie(ods, QStringLiteral("Sélection de la langue"), QStringLiteral("django_language"),
                   Category::Necessary, QStringLiteral("Se souvenir de la langue du visiteur")),
            cookie(ods, QStringLiteral("API (CSRF)"), QStringLiteral("csrftoken"),
                   Category::Necessary, QStringLiteral("Récupérer des données via des appels API")),
            cookie(ods, QStringLiteral("Choix concernant vos préférences sur les cookies"),
                   QStringLiteral("cookies_preferences"), Category::Necessary,
                   QStringLiteral("Se souvenir du choix opéré par le visiteur")),
            cookie(QStringLiteral("Matomo"), QStringLiteral("Mesure d'audience"),
                   QStringLiteral("_pk_id.*"), Category::Statistics,
                   QStringLiteral("Distinguer les visiteurs"),
                   QStringLiteral("https://matomo.org/privacy-policy/")),
            cookie(QStringLiteral("Matomo"), QStringLiteral("Mesure d'audience"),
                   QStringLiteral("_pk_ses.*"), Category::Statistics,
                   QStringLiteral("Suivre la visite en cours"))};
}

struct Library {
    QStringList before; // scripts loaded before our configuration
    QStringList after;  // and after it
    QStringList styles;
    QString banner, deny, accept, open, titles, consent;
};

Library library(Banner::Format format) {
    switch (format) {
    case Banner::Format::Tarteaucitron:
        return {{QStringLiteral("tarteaucitron/tarteaucitron.js")},
                {},
                {},
                QStringLiteral("#tarteaucitronAlertBig"),
                QStringLiteral("#tarteaucitronAllDenied2"),
                QStringLiteral("#tarteaucitronPersonalize2"),
                QString(),
                QStringLiteral("li.tarteaucitronLine[id$=\"Line\"] .tarteaucitronName > "
                               ".tarteaucitronH3"),
                QStringLiteral("tarteaucitron")};
    case Banner::Format::Klaro:
        return {{},
                {QStringLiteral("klaro/klaro.js")},
                {},
                QStringLiteral("#klaro .cookie-notice:not(.cookie-notice-hidden)"),
                QStringLiteral(".cookie-notice .cn-decline"),
                QStringLiteral(".cookie-notice .cm-btn-success"),
                QStringLiteral(".cn-learn-more"),
                QStringLiteral("li.cm-service span.cm-list-title"),
                QStringLiteral("klaro")};
    case Banner::Format::Orejime2:
        return {{},
                {QStringLiteral("orejime2/orejime.js")},
                {QStringLiteral("orejime2/orejime.css")},
                QStringLiteral(".orejime-Notice"),
                QStringLiteral(".orejime-Notice-declineButton"),
                QStringLiteral(".orejime-Notice-saveButton"),
                QStringLiteral(".orejime-Notice-learnMoreButton"),
                QStringLiteral(".orejime-Modal .orejime-AppItem-title"),
                QStringLiteral("orejime")};
    case Banner::Format::Orejime3:
        break;
    }
    return {{},
            {QStringLiteral("orejime3/orejime-standard-fr.js")},
            {QStringLiteral("orejime3/orejime-standard.css")},
            QStringLiteral("[data-testid=orejime-banner]"),
            QStringLiteral("[data-testid=orejime-banner-decline]"),
            QStringLiteral("[data-testid=orejime-banner-accept]"),
            QStringLiteral("[data-testid=orejime-banner-configure]"),
            QStringLiteral(".orejime-Modal .orejime-Purpose-title"),
            QStringLiteral("orejime")};
}

// Waits for the banner, then: lists the titles (opening the details where the library keeps
// them), or clicks refuse all / accept all and reads the cookies and the consent cookie. It
// runs in real time (no virtual time: an asynchronous read of the cookie store would race it).
const char harness[] = R"JS(
(function () {
  var lib = __LIB__, step = __STEP__, page = __PAGE__;
  function out(result) {
    // To the test, through the server's log: a request whose path carries the result.
    var data = btoa(unescape(encodeURIComponent(JSON.stringify(result))))
      .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    new Image().src = "/cc-result/" + page + "?r=" + data;
  }
  function names() {
    return document.cookie.split(";").map(function (c) { return c.split("=")[0].trim(); })
      .filter(function (n) { return n.length > 0; });
  }
  function wait(test, then, tries) {
    tries = tries || 0;
    var value = test();
    if (value || tries > 100) return then(value);
    setTimeout(function () { wait(test, then, tries + 1); }, 100);
  }
  window.addEventListener("load", function () {
    wait(function () { return document.querySelector(lib.banner); }, function (banner) {
      var result = { banner: !!banner, before: names(),
                     deny: !!document.querySelector(lib.deny),
                     accept: !!document.querySelector(lib.accept) };
      if (!banner) return out(result);
      setTimeout(function () {
        if (step === "titles") {
          if (lib.open) document.querySelector(lib.open).click();
          wait(function () { return document.querySelectorAll(lib.titles).length; }, function () {
            result.titles = Array.prototype.map.call(document.querySelectorAll(lib.titles),
              function (e) { return e.textContent.trim(); });
            // Whatever the descriptions hold has been laid out by now.
            setTimeout(function () { result.xss = window.__ccXss || 0; out(result); }, 500);
          });
          return;
        }
        document.querySelector(step === "deny" ? lib.deny : lib.accept).click();
        setTimeout(function () {
          result.after = names();
          result.now = Date.now();
          cookieStore.get(lib.consent).then(function (c) { result.consent = c; out(result); },
            function (e) { result.error = String(e); out(result); });
        }, 1500);
      }, 800);
    });
  });
})();
)JS";

} // namespace

void TestBannerBrowser::initTestCase() {
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty())
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    // scripts/test installs Debian's chromium; a developer build without it says so plainly.
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed (apt-get install chromium)");
    QVERIFY(m_dir.isValid());
    // The pinned libraries, served with the pages.
    const QString source = TestSupport::dataPath(QStringLiteral("third_party"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("site")));
    for (const QString &folder : {QStringLiteral("tarteaucitron"), QStringLiteral("klaro"),
                                  QStringLiteral("orejime2"), QStringLiteral("orejime3")}) {
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-r"), source + QLatin1Char('/') + folder,
                                          m_dir.filePath(QStringLiteral("site"))});
        QVERIFY(copy.waitForFinished(30000));
        QCOMPARE(copy.exitCode(), 0);
    }
    // A static server on a free port of the loopback: cookies need http, not file://.
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(QStringLiteral("python3"),
                   {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                    QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--directory"), m_dir.filePath(QStringLiteral("site"))});
    QVERIFY2(m_server.waitForStarted(10000), "python3 is needed for the test's web server");
    static const QRegularExpression port(QStringLiteral("port (\\d+)"));
    QByteArray said;
    for (int i = 0; i < 100 && m_port == 0; ++i) {
        m_server.waitForReadyRead(100);
        said += m_server.readAll();
        const QRegularExpressionMatch m = port.match(QString::fromUtf8(said));
        if (m.hasMatch())
            m_port = m.captured(1).toInt();
    }
    QVERIFY2(m_port > 0, said.constData());
}

void TestBannerBrowser::cleanupTestCase() {
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QJsonObject TestBannerBrowser::runPage(Banner::Format format, const QString &step,
                                       const QList<Cookie> &cookies, const QString &tag) {
    const Library lib = library(format);
    Site site;
    site.name = QStringLiteral("localhost");
    site.url = QStringLiteral("http://localhost:%1/").arg(m_port);
    Banner::ExportOptions options;
    options.format = format;
    options.policyUrl = QStringLiteral("http://localhost:%1/charte-cookies.html").arg(m_port);
    const QString key = Banner::formatKey(format) + tag;
    TestSupport::writeAll(m_dir.filePath(QStringLiteral("site/%1.js").arg(key)),
                          Banner::write(cookies, site, options));
    QJsonObject selectors{
        {QStringLiteral("banner"), lib.banner}, {QStringLiteral("deny"), lib.deny},
        {QStringLiteral("accept"), lib.accept}, {QStringLiteral("open"), lib.open},
        {QStringLiteral("titles"), lib.titles}, {QStringLiteral("consent"), lib.consent}};
    QString script = QString::fromUtf8(harness);
    script.replace(QStringLiteral("__LIB__"),
                   QString::fromUtf8(QJsonDocument(selectors).toJson(QJsonDocument::Compact)));
    script.replace(QStringLiteral("__STEP__"), Banner::jsString(step));
    script.replace(QStringLiteral("__PAGE__"), Banner::jsString(key + QLatin1Char('-') + step));
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title>\n")
            .arg(key);
    for (const QString &style : lib.styles)
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"/%1\">\n").arg(style);
    // Cookies the site had set before the banner library loads.
    html += QStringLiteral("<script>document.cookie = \"_pk_id.1.abcd=1; path=/\";"
                           "document.cookie = \"_pk_ses.1.abcd=1; path=/\";"
                           "document.cookie = \"sessionid=abc; path=/\";</script>\n");
    for (const QString &src : lib.before)
        html += QStringLiteral("<script src=\"/%1\"></script>\n").arg(src);
    html += QStringLiteral("<script src=\"/%1.js\"></script>\n").arg(key);
    for (const QString &src : lib.after)
        html += QStringLiteral("<script src=\"/%1\"></script>\n").arg(src);
    html += QStringLiteral("<script>%1</script>\n</head><body><h1>Portail</h1></body></html>\n")
                .arg(script);
    const QString page = QStringLiteral("%1-%2.html").arg(key, step);
    TestSupport::writeAll(m_dir.filePath(QStringLiteral("site/") + page), html.toUtf8());

    // The browser stays open on the page until it has said what it saw (or a minute passed).
    QProcess chromium;
    const QString profile = m_dir.filePath(QStringLiteral("profile-%1-%2").arg(key, step));
    chromium.setStandardOutputFile(QProcess::nullDevice());
    chromium.setStandardErrorFile(QProcess::nullDevice()); // D-Bus and GPU chatter
    chromium.start(m_chromium,
                   {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                    QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--host-resolver-rules=MAP localhost 127.0.0.1"),
                    QStringLiteral("--user-data-dir=") + profile,
                    QStringLiteral("http://localhost:%1/%2").arg(m_port).arg(page)});
    const QRegularExpression said(
        QStringLiteral("GET /cc-result/%1-%2\\?r=([A-Za-z0-9_-]*)")
            .arg(QRegularExpression::escape(key), QRegularExpression::escape(step)));
    QJsonObject result;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        m_server.waitForReadyRead(200);
        m_log += QString::fromUtf8(m_server.readAll());
        const QRegularExpressionMatch m = said.match(m_log);
        if (m.hasMatch()) {
            result =
                QJsonDocument::fromJson(QByteArray::fromBase64(m.captured(1).toLatin1(),
                                                               QByteArray::Base64UrlEncoding |
                                                                   QByteArray::OmitTrailingEquals))
                    .object();
            break;
        }
        if (chromium.state() == QProcess::NotRunning)
            break;
    }
    chromium.terminate();
    if (!chromium.waitForFinished(10000)) {
        chromium.kill();
        chromium.waitForFinished(5000);
    }
    if (result.isEmpty())
        qWarning().noquote() << "no result from" << page << "after" << timer.elapsed() << "ms";
    return result;
}

void TestBannerBrowser::theRealLibraryRunsOurConfiguration_data() {
    QTest::addColumn<int>("format");
    for (Banner::Format f : Banner::allFormats())
        QTest::newRow(qPrintable(Banner::formatKey(f))) << int(f);
}

void TestBannerBrowser::theRealLibraryRunsOurConfiguration() {
    QFETCH(int, format);
    const Banner::Format f = Banner::Format(format);

    // The banner opens, with a refuse-all and an accept-all button on its first layer, and
    // lists every service (or purpose) with its French title.
    const QJsonObject titles = runPage(f, QStringLiteral("titles"), registry());
    QVERIFY2(titles.value(QLatin1String("banner")).toBool(),
             QJsonDocument(titles).toJson().constData());
    QVERIFY(titles.value(QLatin1String("deny")).toBool());
    QVERIFY(titles.value(QLatin1String("accept")).toBool());
    QStringList shown;
    for (const QJsonValue &t : titles.value(QLatin1String("titles")).toArray())
        shown.append(t.toString());
    for (const Banner::Service &s : Banner::services(registry()))
        QVERIFY2(shown.contains(s.title()), qPrintable(s.title() + QStringLiteral(" not in ") +
                                                       shown.join(QStringLiteral(" | "))));

    // Refuse all: the Matomo cookies the page had set are gone; the session stays.
    const QJsonObject deny = runPage(f, QStringLiteral("deny"), registry());
    QVERIFY2(deny.value(QLatin1String("before")).toArray().contains(QStringLiteral("sessionid")),
             QJsonDocument(deny).toJson().constData());
    QStringList after;
    for (const QJsonValue &n : deny.value(QLatin1String("after")).toArray())
        after.append(n.toString());
    QVERIFY2(!after.contains(QStringLiteral("_pk_id.1.abcd")), qPrintable(after.join(u' ')));
    QVERIFY2(!after.contains(QStringLiteral("_pk_ses.1.abcd")), qPrintable(after.join(u' ')));
    QVERIFY2(after.contains(QStringLiteral("sessionid")), qPrintable(after.join(u' ')));

    // Accept all: the library's consent cookie expires within 6 months.
    const QJsonObject accept = runPage(f, QStringLiteral("accept"), registry());
    const QJsonObject consent = accept.value(QLatin1String("consent")).toObject();
    QVERIFY2(!consent.isEmpty(), QJsonDocument(accept).toJson().constData());
    const double now = accept.value(QLatin1String("now")).toDouble();
    const double expires = consent.value(QLatin1String("expires")).toDouble();
    const double days = (expires - now) / 86400000.0;
    QVERIFY2(days > 170 && days <= 184, qPrintable(QString::number(days)));
}

void TestBannerBrowser::hostileTextsStayInert_data() {
    theRealLibraryRunsOurConfiguration_data();
}

void TestBannerBrowser::hostileTextsStayInert() {
    // Each library puts some texts into the page as HTML (tarteaucitron its names, descriptions
    // and links; Orejime the descriptions): what the registry says must show as text and never
    // run.
    QFETCH(int, format);
    const QString provider = QStringLiteral("Evil <img src=x onerror=\"window.__ccXss=1\">");
    const QString service = QStringLiteral("S\"><img src=x onerror=window.__ccXss=2>");
    QList<Cookie> cookies{cookie(provider, service, QStringLiteral("evil"), Category::Marketing,
                                 QStringLiteral("<img src=x onerror=\"window.__ccXss=3\"> "
                                                "</p><script>window.__ccXss=4</script>"),
                                 QStringLiteral("https://e.example/\"><img src=x "
                                                "onerror=window.__ccXss=5>"))};
    const QJsonObject seen =
        runPage(Banner::Format(format), QStringLiteral("titles"), cookies, QStringLiteral("-evil"));
    QVERIFY2(seen.value(QLatin1String("banner")).toBool(),
             QJsonDocument(seen).toJson().constData());
    QCOMPARE(seen.value(QLatin1String("xss")).toInt(), 0);
    QStringList shown;
    for (const QJsonValue &t : seen.value(QLatin1String("titles")).toArray())
        shown.append(t.toString());
    QVERIFY2(shown.contains(provider + QStringLiteral(" — ") + service),
             qPrintable(shown.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestBannerBrowser)
#include "tst_bannerbrowser.moc"
