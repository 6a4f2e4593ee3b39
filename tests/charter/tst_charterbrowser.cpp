#include "CharterHtml.h"

#include "HostileCorpus.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Opens the HTML export of the hostile corpus in a real browser (headless Chromium) and checks
// what a reader would get: no script ran, no element was injected, the tables kept their rows.
class TestCharterBrowser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostilePageIsInert_data();
    void hostilePageIsInert();

private:
    QString dumpDom(const QString &file);
    QString m_chromium;
    QTemporaryDir m_dir;
};

void TestCharterBrowser::initTestCase() {
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty())
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    // scripts/test installs Debian's chromium; a developer build without it says so plainly.
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed (apt-get install chromium)");
    QVERIFY(m_dir.isValid());
}

QString TestCharterBrowser::dumpDom(const QString &file) {
    QProcess chromium;
    chromium.start(m_chromium,
                   {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                    QStringLiteral("--no-first-run"),
                    QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile")),
                    QStringLiteral("--virtual-time-budget=2000"), QStringLiteral("--dump-dom"),
                    QStringLiteral("file://") + file});
    if (!chromium.waitForFinished(90000)) {
        chromium.kill();
        return QString();
    }
    return QString::fromUtf8(chromium.readAllStandardOutput());
}

void TestCharterBrowser::hostilePageIsInert_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("flavour");
    QTest::newRow("fr page") << "fr" << int(CharterHtml::Flavour::Page);
    QTest::newRow("en fragment") << "en" << int(CharterHtml::Flavour::Fragment);
}

void TestCharterBrowser::hostilePageIsInert() {
    QFETCH(QString, language);
    QFETCH(int, flavour);
    const CharterDocument document =
        CharterDocument::build(HostileCorpus::site(), HostileCorpus::cookies(),
                               HostileCorpus::texts(language), language, QDate(2026, 1, 1));
    QString html = CharterHtml::write(document, CharterHtml::Flavour(flavour));
    if (flavour == int(CharterHtml::Flavour::Fragment)) // pasted into a CMS page
        html = QStringLiteral("<!DOCTYPE html><html><head><meta "
                              "charset=\"utf-8\"><title>CMS</title></head><body>") +
               html + QStringLiteral("</body></html>");
    const QString file =
        m_dir.filePath(QStringLiteral("charter-%1-%2.html").arg(language).arg(flavour));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(html.toUtf8());
    out.close();

    const QString dom = dumpDom(file);
    QVERIFY2(dom.contains(QLatin1String("</html>")), "chromium printed no document");
    // The hostile text mentions data-pwned; only a script that ran would make it an attribute.
    QVERIFY2(!dom.contains(QLatin1String("data-pwned=\"")), "a script or event handler ran");
    QVERIFY(!dom.contains(QLatin1String("PWNED</title>")));
    QVERIFY(!dom.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!dom.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!dom.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
    // Tables intact: as many tables and body rows as the registry has categories and cookies.
    int tables = 0;
    for (const CharterBlock &block : document.blocks)
        tables += block.kind == CharterBlock::Kind::CookieTable ? 1 : 0;
    QCOMPARE(int(dom.count(QLatin1String("<table"))), tables);
    QCOMPARE(int(dom.count(QLatin1String("<tr"))), int(HostileCorpus::values().size()) + tables);
    QCOMPARE(int(dom.count(QLatin1String("<td"))), [&] {
        int cells = 0;
        for (const CharterBlock &block : document.blocks) {
            if (block.kind == CharterBlock::Kind::CookieTable)
                cells += int(block.rows.size()) *
                         (4 + (block.showDuration ? 1 : 0) + (block.showPrivacy ? 1 : 0));
        }
        return cells;
    }());
    // The hostile text is there, as text.
    QVERIFY(dom.contains(QLatin1String("&lt;script&gt;document.title='PWNED'&lt;/script&gt;")));
}

QTEST_GUILESS_MAIN(TestCharterBrowser)
#include "tst_charterbrowser.moc"
