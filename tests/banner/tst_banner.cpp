#include "Banner.h"
#include "BannerReader.h"
#include "RecordListSource.h"
#include "Store.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJSEngine>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Banner::Format;

namespace {

Cookie cookie(const QString &provider, const QString &service, const QString &name,
              Category category, const QString &purpose, const QString &privacy = QString()) {
    Cookie c;
    c.provider = provider;
    c.service = service;
    c.name = name;
    c.category = category;
    c.purposeFr = purpose;
    c.purposeEn = QStringLiteral("EN: ") + purpose;
    c.privacyUrl = privacy;
    return c;
}

// The reference charter's registry, a Matomo with its families, and one of each other category.
QList<Cookie> registry() {
    QList<Cookie> list{
        cookie(QStringLiteral("Opendatasoft"), QStringLiteral("Authentification"),
               QStringLiteral("sessionid"), Category::Necessary,
               QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre.")),
        cookie(QStringLiteral("Opendatasoft"), QStringLiteral("Sélection de la langue"),
               QStringLiteral("django_language"), Category::Necessary,
               QStringLiteral("Se souvenir de la langue du visiteur")),
        cookie(QStringLiteral("Opendatasoft"), QStringLiteral("API (CSRF)"),
               QStringLiteral("csrftoken"), Category::Necessary,
               QStringLiteral("Récupérer des données via des appels API")),
        cookie(QStringLiteral("Matomo"), QStringLiteral("Mesure d'audience"),
               QStringLiteral("_pk_id.*"), Category::Statistics,
               QStringLiteral("Distinguer les visiteurs"),
               QStringLiteral("https://matomo.org/privacy-policy/")),
        cookie(QStringLiteral("Matomo"), QStringLiteral("Mesure d'audience"),
               QStringLiteral("_pk_ses.*"), Category::Statistics,
               QStringLiteral("Suivre la visite en cours")),
        cookie(QStringLiteral("Google"), QStringLiteral("Analytics"), QStringLiteral("_ga"),
               Category::Statistics, QStringLiteral("Mesurer l'audience"),
               QStringLiteral("https://policies.google.com/privacy")),
        cookie(QStringLiteral("Google"), QStringLiteral("Analytics"), QStringLiteral("_ga_*"),
               Category::Statistics, QStringLiteral("Mesurer l'audience")),
        cookie(QStringLiteral("YouTube"), QString(), QStringLiteral("VISITOR_INFO1_LIVE"),
               Category::Marketing, QStringLiteral("Publicité ciblée")),
        cookie(QStringLiteral("Opendatasoft"), QStringLiteral("Thème"), QStringLiteral("ods_theme"),
               Category::Preferences, QStringLiteral("Retenir le thème choisi")),
    };
    // Matomo configured without consent (the CNIL's audience-measurement exemption).
    list[3].consentExemptOverride = true;
    list[4].consentExemptOverride = true;
    return list;
}

Site site() {
    Site s;
    s.id = 1;
    s.name = QStringLiteral("opendata.exemple.fr");
    s.url = QStringLiteral("https://opendata.exemple.fr");
    return s;
}

QSet<QString> quads(const QList<Cookie> &cookies) {
    QSet<QString> out;
    for (const Cookie &c : cookies)
        out.insert(
            QStringList{c.provider, c.service, c.name, Vocabulary::categoryKey(c.category)}.join(
                QLatin1Char('|')));
    return out;
}

QList<Cookie> cookiesOf(const QList<ImportRecord> &records) {
    QList<Cookie> out;
    for (const ImportRecord &r : records)
        out.append(r.cookie);
    return out;
}

// Evaluates an exported file with just enough of each library's globals to see its settings.
QJSValue settings(QJSEngine &engine, const QByteArray &file, Format format) {
    engine.evaluate(QStringLiteral(
        "var window = this; var document = {cookie: '_ga_X1=1; other=2'};"
        "var tarteaucitron = {services: {}, job: [], init: function (o) { this.options = o; }};"));
    const QJSValue result = engine.evaluate(QString::fromUtf8(file));
    if (result.isError())
        qWarning() << result.toString();
    switch (format) {
    case Format::Tarteaucitron:
        return engine.globalObject();
    case Format::Klaro:
        return engine.globalObject().property(QStringLiteral("klaroConfig"));
    case Format::Orejime2:
    case Format::Orejime3:
        break;
    }
    return engine.globalObject().property(QStringLiteral("orejimeConfig"));
}

} // namespace

class TestBanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servicesGroupProviderAndService();
    void keysAreStableAndUnique();
    void patternsAsEachLibraryReadsThem();
    void regexToPattern_data();
    void regexToPattern();
    void stringsAreInertJavaScript();
    void roundTrip_data();
    void roundTrip();
    void settingsFollowTheCnil_data();
    void settingsFollowTheCnil();
    void hostileTextsSurviveAndStayInert_data();
    void hostileTextsSurviveAndStayInert();
    void readsTarteaucitronsOwnServices();
    void readsKlarosExampleConfig();
    void keepsOtherExpressionsInTheNotes();
    void badInput_data();
    void badInput();
    void comparesWithTheRegistry();
};

void TestBanner::servicesGroupProviderAndService() {
    const QList<Banner::Service> list = Banner::services(registry());
    QCOMPARE(list.size(), 7);
    const Banner::Service &matomo = list.at(3);
    QCOMPARE(matomo.title(), QStringLiteral("Matomo — Mesure d'audience"));
    QCOMPARE(matomo.names, (QStringList{"_pk_id.*", "_pk_ses.*"}));
    QCOMPARE(matomo.patternPrefixes(), (QStringList{"_pk_id.", "_pk_ses."}));
    QCOMPARE(matomo.category, Category::Statistics);
    QVERIFY(!matomo.needsConsent); // exempt statistics
    QCOMPARE(matomo.privacyUrl, QStringLiteral("https://matomo.org/privacy-policy/"));
    QCOMPARE(matomo.purposeFr,
             QStringLiteral("Distinguer les visiteurs Suivre la visite en cours"));
    const Banner::Service &google = list.at(4);
    QVERIFY(google.needsConsent);
    QCOMPARE(google.exactNames(), QStringList{QStringLiteral("_ga")});
    QCOMPARE(list.at(0).category, Category::Necessary);
    QVERIFY(!list.at(0).needsConsent);
    QCOMPARE(list.at(5).title(), QStringLiteral("YouTube")); // no service: the provider alone
    QCOMPARE(list.at(5).category, Category::Marketing);
    // The most demanding category wins: a marketing cookie in a necessary service.
    QList<Cookie> mixed = registry().mid(0, 1);
    mixed.append(cookie(QStringLiteral("Opendatasoft"), QStringLiteral("Authentification"),
                        QStringLiteral("tracker"), Category::Marketing, QStringLiteral("x")));
    const QList<Banner::Service> one = Banner::services(mixed);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).category, Category::Marketing);
    QVERIFY(one.at(0).needsConsent);
}

void TestBanner::keysAreStableAndUnique() {
    QCOMPARE(Banner::serviceKey(QStringLiteral("Opendatasoft"),
                                QStringLiteral("Sélection de la langue")),
             QStringLiteral("cc_opendatasoft_selection_de_la_langue"));
    QCOMPARE(Banner::serviceKey(QStringLiteral("Matomo"), QString()), QStringLiteral("cc_matomo"));
    QList<Cookie> clash{cookie(QStringLiteral("A B"), QString(), QStringLiteral("x"),
                               Category::Necessary, QStringLiteral("p")),
                        cookie(QStringLiteral("A-B"), QString(), QStringLiteral("y"),
                               Category::Necessary, QStringLiteral("p"))};
    const QList<Banner::Service> list = Banner::services(clash);
    QCOMPARE(list.at(0).key, QStringLiteral("cc_a_b"));
    QCOMPARE(list.at(1).key, QStringLiteral("cc_a_b_2"));
    // The same registry gives the same keys, whatever else changes.
    QCOMPARE(Banner::services(registry()).at(3).key, QStringLiteral("cc_matomo_mesure_d_audience"));
}

void TestBanner::patternsAsEachLibraryReadsThem() {
    QCOMPARE(Banner::klaroPattern(QStringLiteral("_ga_")), QStringLiteral("^_ga_"));
    QCOMPARE(Banner::klaroPattern(QStringLiteral("_pk_id.")), QStringLiteral("^_pk_id\\."));
    QCOMPARE(Banner::orejimePattern(QStringLiteral("_ga_")), QStringLiteral("/^_ga_.*$/"));
    QCOMPARE(Banner::orejimePattern(QStringLiteral("a/b.")), QStringLiteral("/^a\\/b\\..*$/"));
    // What the libraries do with them: a JavaScript RegExp built the library's way matches the
    // family and nothing else.
    QJSEngine js;
    const QJSValue klaro =
        js.evaluate(QStringLiteral("var p = %1; var r = new RegExp(p); [r.test('_pk_id.1.abcd'), "
                                   "r.test('_pk_idx1'), r.test('x_pk_id.1')]")
                        .arg(Banner::jsString(Banner::klaroPattern(QStringLiteral("_pk_id.")))));
    QCOMPARE(klaro.toVariant().toList(), (QVariantList{true, false, false}));
    // Orejime 3 turns "/body/flags" into new RegExp(body, flags).
    const QJSValue orejime = js.evaluate(
        QStringLiteral("var s = %1; var m = s.match(/^\\/(.*)\\/([gimsuy]*)$/); "
                       "var r = new RegExp(m[1], m[2]); [r.test('_ga_ABC'), r.test('_ga')]")
            .arg(Banner::jsString(Banner::orejimePattern(QStringLiteral("_ga_")))));
    QCOMPARE(orejime.toVariant().toList(), (QVariantList{true, false}));
}

void TestBanner::regexToPattern_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("pattern"); // empty: no plain prefix
    QTest::newRow("klaro caret") << "^_ga_"
                                 << "_ga_*";
    QTest::newRow("anchored any") << "^_ga_.*$"
                                  << "_ga_*";
    QTest::newRow("literal") << "/^_pk_id\\..*$/"
                             << "_pk_id.*";
    QTest::newRow("literal, plus") << "/^_pk_.+/"
                                   << "_pk_*";
    QTest::newRow("escaped slash") << "/^a\\/b/"
                                   << "a/b*";
    QTest::newRow("case-insensitive") << "/^_ga/i"
                                      << "";
    QTest::newRow("alternation") << "^(_ga|_gid)"
                                 << "";
    QTest::newRow("class") << "^_pk_id\\d+"
                           << "";
    QTest::newRow("not anchored") << "/_ga_/"
                                  << "";
    QTest::newRow("anchored end only") << "^_ga$"
                                       << "";
    QTest::newRow("nothing") << "^.*"
                             << "";
}

void TestBanner::regexToPattern() {
    QFETCH(QString, expression);
    QFETCH(QString, pattern);
    const std::optional<QString> got = Banner::patternFromRegex(expression);
    QCOMPARE(got.value_or(QString()), pattern);
}

void TestBanner::stringsAreInertJavaScript() {
    const QString hostile =
        QStringLiteral("\"; alert(1); //</script><script>alert(2)</script>\\\n\u2028'&");
    const QString literal = Banner::jsString(hostile);
    QVERIFY(!literal.contains(QLatin1Char('<')));
    QVERIFY(!literal.contains(QLatin1Char('\n')));
    QVERIFY(!literal.contains(QChar(0x2028)));
    QJSEngine js;
    const QJSValue back = js.evaluate(literal);
    QVERIFY(!back.isError());
    QCOMPARE(back.toString(), hostile);
}

void TestBanner::roundTrip_data() {
    QTest::addColumn<int>("format");
    for (Format f : Banner::allFormats())
        QTest::newRow(qPrintable(Banner::formatKey(f))) << int(f);
}

void TestBanner::roundTrip() {
    QFETCH(int, format);
    Banner::ExportOptions options;
    options.format = Format(format);
    const QByteArray file = Banner::write(registry(), site(), options);
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("banner.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(*read.format, Format(format));
    QCOMPARE(read.services, 7);
    QCOMPARE(quads(cookiesOf(read.records)), quads(registry()));
    QVERIFY(read.warnings.isEmpty());
    for (const ImportRecord &r : read.records) {
        if (r.cookie.name == QLatin1String("_pk_id.*")) {
            QCOMPARE(r.cookie.purposeFr,
                     QStringLiteral("Distinguer les visiteurs Suivre la visite en cours"));
            QCOMPARE(r.cookie.privacyUrl, QStringLiteral("https://matomo.org/privacy-policy/"));
            QVERIFY(r.cookie.consentExempt());
        }
        if (r.cookie.name == QLatin1String("_ga"))
            QVERIFY(!r.cookie.consentExempt());
    }
}

void TestBanner::settingsFollowTheCnil_data() {
    roundTrip_data();
}

void TestBanner::settingsFollowTheCnil() {
    QFETCH(int, format);
    Banner::ExportOptions options;
    options.format = Format(format);
    options.policyUrl = QStringLiteral("https://opendata.exemple.fr/pages/cookies/");
    const QByteArray file = Banner::write(registry(), site(), options);
    QVERIFY(file.contains("goes here") || Format(format) == Format::Orejime3);
    QJSEngine engine;
    const QJSValue s = settings(engine, file, Format(format));
    QVERIFY(s.isObject());
    switch (Format(format)) {
    case Format::Tarteaucitron: {
        const QJSValue init =
            s.property(QStringLiteral("tarteaucitron")).property(QStringLiteral("options"));
        QCOMPARE(init.property(QStringLiteral("DenyAllCta")).toBool(), true);
        QCOMPARE(init.property(QStringLiteral("highPrivacy")).toBool(), true);
        QCOMPARE(init.property(QStringLiteral("privacyUrl")).toString(), options.policyUrl);
        QCOMPARE(s.property(QStringLiteral("tarteaucitronForceExpire")).toInt(), 182);
        const QJSValue services =
            s.property(QStringLiteral("tarteaucitron")).property(QStringLiteral("services"));
        const QJSValue session =
            services.property(QStringLiteral("cc_opendatasoft_authentification"));
        QCOMPARE(session.property(QStringLiteral("needConsent")).toBool(), false);
        QCOMPARE(session.property(QStringLiteral("type")).toString(), QStringLiteral("other"));
        const QJSValue google = services.property(QStringLiteral("cc_google_analytics"));
        QCOMPARE(google.property(QStringLiteral("needConsent")).toBool(), true);
        QCOMPARE(google.property(QStringLiteral("type")).toString(), QStringLiteral("analytic"));
        // Names it can purge: the exact one, and the family's members present on the page.
        QCOMPARE(google.property(QStringLiteral("cookies")).toVariant().toStringList(),
                 (QStringList{"_ga", "_ga_X1"}));
        QCOMPARE(services.property(QStringLiteral("cc_youtube"))
                     .property(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("ads"));
        QCOMPARE(s.property(QStringLiteral("tarteaucitron"))
                     .property(QStringLiteral("job"))
                     .property(QStringLiteral("length"))
                     .toInt(),
                 7);
        break;
    }
    case Format::Klaro:
    case Format::Orejime2: {
        QCOMPARE(s.property(QStringLiteral("cookieExpiresAfterDays")).toInt(), 182);
        QCOMPARE(s.property(QStringLiteral("default")).toBool(), false);
        QCOMPARE(s.property(QStringLiteral("mustConsent")).toBool(), false);
        QCOMPARE(s.property(QStringLiteral("privacyPolicy")).toString(), options.policyUrl);
        const QJSValue list = s.property(
            Format(format) == Format::Klaro ? QStringLiteral("services") : QStringLiteral("apps"));
        QCOMPARE(list.property(QStringLiteral("length")).toInt(), 7);
        QCOMPARE(list.property(0).property(QStringLiteral("required")).toBool(), true);
        QCOMPARE(list.property(4).property(QStringLiteral("required")).toBool(), false);
        QCOMPARE(list.property(4).property(QStringLiteral("purposes")).property(0).toString(),
                 QStringLiteral("analytic"));
        QCOMPARE(list.property(5).property(QStringLiteral("purposes")).property(0).toString(),
                 QStringLiteral("ads"));
        QCOMPARE(list.property(6).property(QStringLiteral("purposes")).property(0).toString(),
                 QStringLiteral("support"));
        QVERIFY(list.property(4).property(QStringLiteral("callback")).isCallable());
        if (Format(format) == Format::Klaro) {
            QCOMPARE(s.property(QStringLiteral("hideDeclineAll")).toBool(), false);
            QCOMPARE(list.property(4).property(QStringLiteral("cookies")).property(1).toString(),
                     QStringLiteral("^_ga_"));
        } else {
            QVERIFY(list.property(4).property(QStringLiteral("cookies")).property(1).isRegExp());
        }
        break;
    }
    case Format::Orejime3: {
        QCOMPARE(s.property(QStringLiteral("privacyPolicyUrl")).toString(), options.policyUrl);
        QCOMPARE(s.property(QStringLiteral("cookie")).property(QStringLiteral("duration")).toInt(),
                 182);
        const QJSValue groups = s.property(QStringLiteral("purposes"));
        QCOMPARE(groups.property(0).property(QStringLiteral("id")).toString(),
                 QStringLiteral("necessary"));
        const QJSValue necessary = groups.property(0).property(QStringLiteral("purposes"));
        QCOMPARE(necessary.property(0).property(QStringLiteral("isMandatory")).toBool(), true);
        const QJSValue statistics = groups.property(2).property(QStringLiteral("purposes"));
        QCOMPARE(statistics.property(0).property(QStringLiteral("isExempt")).toBool(), true);
        QCOMPARE(statistics.property(1).property(QStringLiteral("isExempt")).toBool(), false);
        QCOMPARE(statistics.property(1).property(QStringLiteral("cookies")).property(1).toString(),
                 QStringLiteral("/^_ga_.*$/"));
        break;
    }
    }
}

void TestBanner::hostileTextsSurviveAndStayInert_data() {
    roundTrip_data();
}

void TestBanner::hostileTextsSurviveAndStayInert() {
    QFETCH(int, format);
    const QString evil = QStringLiteral("Evil\"}); alert(1); ({\"</script><img src=x "
                                        "onerror=alert(2)>\\ \u2028 */ //");
    QList<Cookie> cookies{cookie(evil, evil, QStringLiteral("evil_cookie"), Category::Marketing,
                                 evil + QStringLiteral(" purpose"))};
    Site hostileSite = site();
    hostileSite.name = QStringLiteral("*/ alert(3); /*");
    Banner::ExportOptions options;
    options.format = Format(format);
    const QByteArray file = Banner::write(cookies, hostileSite, options);
    QVERIFY(!file.contains("</script>"));
    QVERIFY(!file.contains("<img"));
    // Evaluated, the file runs no code of ours: alert is never called.
    QJSEngine js;
    js.evaluate(
        QStringLiteral("var alerts = 0; function alert() { ++alerts; } var window = this;"
                       "var document = {cookie: ''};"
                       "var tarteaucitron = {services: {}, job: [], init: function () {}};"));
    const QJSValue run = js.evaluate(QString::fromUtf8(file));
    QVERIFY2(!run.isError(), qPrintable(run.toString()));
    QCOMPARE(js.globalObject().property(QStringLiteral("alerts")).toInt(), 0);
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("evil.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.records.size(), 1);
    QCOMPARE(read.records.at(0).cookie.provider, evil);
    QCOMPARE(read.records.at(0).cookie.service, evil);
    QCOMPARE(read.records.at(0).cookie.purposeFr, evil + QStringLiteral(" purpose"));
}

void TestBanner::readsTarteaucitronsOwnServices() {
    const QByteArray file = TestSupport::readAll(TestSupport::dataPath(
        QStringLiteral("third_party/tarteaucitron/tarteaucitron.services.js")));
    QVERIFY(file.size() > 200000);
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("tarteaucitron.services.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(*read.format, Format::Tarteaucitron);
    // tarteaucitron 1.34.0: 243 services declare 311 distinct names (counted independently
    // with node's vm on the same file).
    QCOMPARE(read.services, 243);
    QCOMPARE(read.records.size(), 311);
    QSet<QString> names;
    for (const ImportRecord &r : read.records) {
        QVERIFY(!names.contains(r.cookie.name));
        names.insert(r.cookie.name);
    }
    // A name several services declare is one row whose notes name the others.
    const auto utma =
        std::find_if(read.records.cbegin(), read.records.cend(), [](const ImportRecord &r) {
            return r.cookie.name == QLatin1String("__utma");
        });
    QVERIFY(utma != read.records.cend());
    QVERIFY2(utma->cookie.notes.contains(QLatin1String("Also declared by")),
             qPrintable(utma->cookie.notes));
    QCOMPARE(utma->cookie.provider, QStringLiteral("Dating Affiliation (Pop Up)")); // the first

    // Imported whole into an empty site: not one row rejected.
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.create(dir.filePath(QStringLiteral("s.store")), nullptr));
    Site s = site();
    QVERIFY(store.addSite(s).ok());
    ImportOptions importOptions;
    importOptions.defaultSite = s.name;
    RecordListSource source(read.records);
    const ImportReport report = store.importRecords(source, importOptions);
    for (const RowError &e : report.errors)
        qWarning() << e.line << e.message;
    QVERIFY(report.errors.isEmpty());
    QVERIFY2(report.result.ok(), qPrintable(report.result.message));
    QCOMPARE(report.added, 311);
    QCOMPARE(store.cookieCount(s.id), 311);
}

void TestBanner::readsKlarosExampleConfig() {
    const QByteArray file =
        TestSupport::readAll(TestSupport::dataPath(QStringLiteral("third_party/klaro/config.js")));
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("config.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(*read.format, Format::Klaro);
    QCOMPARE(read.services, 10);
    QStringList rows;
    for (const ImportRecord &r : read.records)
        rows.append(r.cookie.provider + QLatin1Char('|') + r.cookie.name + QLatin1Char('|') +
                    Vocabulary::categoryKey(r.cookie.category));
    QCOMPARE(rows,
             (QStringList{"Matomo/Piwik|_pk_*|statistics", "Matomo/Piwik|piwik_ignore|statistics",
                          "Inline Tracker|inline-tracker|statistics",
                          "External Tracker|external-tracker|statistics"}));
    // Services that declare no cookie are said, not invented.
    QVERIFY(read.warnings.size() >= 6);
}

void TestBanner::keepsOtherExpressionsInTheNotes() {
    const QByteArray file = R"(var klaroConfig = { services: [
        { name: "stats", title: "Stats — Audience", purposes: ["analytics"],
          cookies: [/^(_a|_b)$/, "^_c_", ["_d", "/", "exemple.fr"], /^_e\d+/] } ] };)";
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("k.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records.at(0).cookie.name, QStringLiteral("_c_*"));
    QCOMPARE(read.records.at(1).cookie.name, QStringLiteral("_d"));
    QCOMPARE(read.records.at(0).cookie.provider, QStringLiteral("Stats"));
    QCOMPARE(read.records.at(0).cookie.service, QStringLiteral("Audience"));
    QVERIFY(read.records.at(0).cookie.notes.contains(QLatin1String("/^(_a|_b)$/")));
    QVERIFY(read.records.at(0).cookie.notes.contains(QLatin1String("/^_e\\d+/")));
    QCOMPARE(read.warnings.size(), 2);
}

void TestBanner::badInput_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("line");
    QTest::newRow("throws") << QByteArray("var a = 1;\n\nthrow new Error('boom');\n")
                            << "throws an error: Error: boom" << 3;
    QTest::newRow("endless loop") << QByteArray("var tarteaucitron;\nwhile (true) {}\n")
                                  << "was stopped" << 0;
    QTest::newRow("not JavaScript")
        << QByteArray("<html><body>no</body></html>") << "not JavaScript" << 1;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x01", 10) << "not JavaScript" << 1;
    QTest::newRow("no configuration")
        << QByteArray("var x = {services: []};") << "no banner configuration" << 0;
    QTest::newRow("not a configuration")
        << QByteArray("var klaroConfig = 42;") << "no banner configuration" << 0;
    QTest::newRow("no cookie at all")
        << QByteArray("window.orejimeConfig = {purposes: [{id: 'a', title: 'A'}]};")
        << "declares no cookie name" << 0;
    QTest::newRow("empty") << QByteArray("  \n") << "empty" << 0;
    QTest::newRow("too large") << QByteArray(int(Banner::maxConfigBytes) + 1, ' ') << "larger than"
                               << 0;
    QTest::newRow("reaches for the network")
        << QByteArray("var r = new XMLHttpRequest(); r.open('GET', 'http://127.0.0.1:9/'); "
                      "r.send(); fetch('http://127.0.0.1:9/').then(function () {});")
        << "no banner configuration" << 0;
}

void TestBanner::badInput() {
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    QFETCH(int, line);
    Banner::ReadLimits limits;
    limits.milliseconds = 400;
    QElapsedTimer timer;
    timer.start();
    const Banner::ReadResult read = Banner::read(file, QStringLiteral("bad.js"), limits);
    QVERIFY(!read.ok);
    QVERIFY(read.records.isEmpty());
    QVERIFY2(read.error.contains(says), qPrintable(read.error));
    QCOMPARE(read.errorLine, line);
    QVERIFY(timer.elapsed() < 10000);
}

void TestBanner::comparesWithTheRegistry() {
    QList<Cookie> inRegistry = registry();
    Banner::ExportOptions options;
    options.format = Format::Klaro;
    QList<Cookie> inBanner = inRegistry;
    inBanner.removeAt(2);                       // csrftoken: not in the banner
    inBanner[5].category = Category::Marketing; // _ga: the banner says ads
    inBanner.append(cookie(QStringLiteral("Hotjar"), QString(), QStringLiteral("_hjid"),
                           Category::Statistics, QStringLiteral("x")));
    const Banner::ReadResult read =
        Banner::read(Banner::write(inBanner, site(), options), QStringLiteral("k.js"));
    QVERIFY2(read.ok, qPrintable(read.error));
    const QList<Banner::Difference> d = Banner::compare(read.records, inRegistry);
    QStringList lines;
    for (const Banner::Difference &x : d)
        lines.append(x.text());
    lines.sort();
    // The service of _ga and _ga_* is now marketing in the banner: both differ.
    QCOMPARE(lines, (QStringList{
                        "_ga: the banner says Marketing (Google — Analytics), the registry says "
                        "Statistics",
                        "_ga_*: the banner says Marketing (Google — Analytics), the registry says "
                        "Statistics",
                        "_hjid is declared by the banner (Hotjar) but is in no row of the registry",
                        "csrftoken (Opendatasoft) is in the registry but the banner does not "
                        "declare it"}));
    QVERIFY(Banner::compare(
                Banner::read(Banner::write(inRegistry, site(), options), QStringLiteral("k.js"))
                    .records,
                inRegistry)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestBanner)
#include "tst_banner.moc"
