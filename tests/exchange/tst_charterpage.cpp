#include "CharterPage.h"

#include "TestSupport.h"

#include <QTest>

namespace {

// A record as one line: provider|service|location|name|category|party|duration|purpose fr|
// purpose en|type|notes, and "!" with the errors when the row is rejected.
QString describe(const ImportRecord &record) {
    const Cookie &c = record.cookie;
    QString line = QStringList{c.provider,
                               c.service,
                               c.location,
                               c.name,
                               Vocabulary::categoryKey(c.category),
                               Vocabulary::partyKey(c.party),
                               c.duration,
                               c.purposeFr,
                               c.purposeEn,
                               Vocabulary::storageKey(c.storage),
                               QString(c.notes).replace(QLatin1Char('\n'), QLatin1Char('/'))}
                       .join(QLatin1Char('|'));
    if (!record.errors.isEmpty())
        line += QLatin1Char('!') + record.errors.join(QLatin1Char(';'));
    return line;
}

QStringList describeAll(const CharterPage::Result &result) {
    QStringList lines;
    for (const ImportRecord &record : result.records)
        lines.append(describe(record));
    return lines;
}

QByteArray page(const QString &name) {
    return TestSupport::readAll(TestSupport::dataPath(QStringLiteral("pages/") + name));
}

} // namespace

// Reading an existing charter page: the shapes real cookie pages take (WordPress plugins,
// Opendatasoft portals, CMS tables with a heading per category, text pasted from a browser,
// Markdown), French and English headers, cells of several names, and hostile content that must
// arrive as inert text.
class TestCharterPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pages_data();
    void pages();
    void theReferenceCharterGivesItsFourRows();
    void headings_data();
    void headings();
    void detect_data();
    void detect();
};

void TestCharterPage::pages_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("tableHeadings");
    QTest::addColumn<QString>("language");

    QTest::newRow("WordPress, CookieYes tables under a heading per category")
        << page(QStringLiteral("wordpress-cookieyes.html")) << "wordpress-cookieyes.html"
        << QStringList{"|||cookielawinfo-checkbox-necessary|necessary|first|11 months||This "
                       "cookie is set by the GDPR Cookie Consent plugin.|cookie|",
                       "|||PHPSESSID|necessary|first|session||Keeps the visitor's session "
                       "between pages.|cookie|",
                       "|||_ga|statistics|first|2 years||Google Analytics: distinguishes "
                       "users.|cookie|",
                       "|||_ga_*|statistics|first|2 years||Keeps the session state.|cookie|",
                       "|||_gid|statistics|first|1 day||Google Analytics: counts pages. "
                       "Throttles requests.|cookie|",
                       "|||_gat|statistics|first|1 day||Google Analytics: counts pages. "
                       "Throttles requests.|cookie|"}
        << QStringList{"Necessary", "Analytics"} << "en";

    QTest::newRow("Opendatasoft portal")
        << page(QStringLiteral("opendatasoft-portal.html")) << "opendatasoft-portal.html"
        << QStringList{"Opendatasoft|Authentification|front et back office|sessionid|necessary|"
                       "first||Se souvenir de l'utilisateur d'une page à une autre.||cookie|",
                       "Opendatasoft|Sélection de la langue|front et back office|django_language|"
                       "necessary|first||Se souvenir de la langue du visiteur||cookie|",
                       "Opendatasoft|API (CSRF)|front et back office|csrftoken|necessary|first||"
                       "Récupérer des données via des appels API||cookie|",
                       "Opendatasoft|Choix concernant vos préférences sur les cookies||"
                       "cookies_preferences|necessary|first||Se souvenir du choix opéré par le "
                       "visiteur concernant les cookies||cookie|"}
        << QStringList{"Cookies nécessaires au bon fonctionnement de la plateforme / cookies "
                       "fonctionnels"}
        << "fr";

    // ISO-8859-1 as declared, headers in bold cells, unclosed cells, markup and a script in a
    // cell: the script is dropped, the escaped markup stays text.
    QTest::newRow("CMS tables, a heading per category, Latin-1, sloppy HTML")
        << page(QStringLiteral("cms-categories.html")) << "cms-categories.html"
        << QStringList{"Matomo|||_pk_id.*|statistics|first|13 mois|Statistiques de visite "
                       "anonymes||cookie|",
                       "Matomo|||_pk_ses.*|statistics|first|13 mois|Statistiques de visite "
                       "anonymes||cookie|",
                       "Google|||IDE|marketing|third|13 mois|Publicité ciblée||cookie|Remarque: "
                       "Partenaire régie",
                       "Meta|||_fbp|marketing|first|3 mois|Mesure des campagnes <b>gras</b>||"
                       "pixel|",
                       "Meta|||fr|marketing|first|3 mois|Mesure des campagnes <b>gras</b>||"
                       "pixel|"}
        << QStringList{"Cookies de mesure d'audience", "Cookies publicitaires"} << "fr";

    QTest::newRow("text pasted from a browser (tab-separated)")
        << page(QStringLiteral("pasted.tsv")) << "pasted.tsv"
        << QStringList{"Ville|Thème|site|theme|preferences|first|1 an|Se souvenir du thème "
                       "choisi||cookie|",
                       "Ville|Accessibilité||a11y_font|preferences|first|6 mois|Garder les "
                       "réglages d'accessibilité||cookie|",
                       "Ville|Accessibilité||a11y_contrast|preferences|first|6 mois|Garder les "
                       "réglages d'accessibilité||cookie|"}
        << QStringList{"Cookies de préférences"} << "fr";

    QTest::newRow("Markdown, English headers, a row without a name")
        << page(QStringLiteral("english.md")) << "english.md"
        << QStringList{"Example Ltd|Login|back office|session|necessary|first|Session||Keeps "
                       "you signed in|cookie|",
                       "Example Ltd|Cart | checkout (shop)||cart_id|preferences|first|30 days||"
                       "Remembers the cart|cookie|",
                       "Example Ltd|Tracking|||statistics|first|1 day||Nothing named|cookie|!the "
                       "row names no cookie"}
        << QStringList{"Strictly necessary cookies"} << "en";

    // What a browser puts on the clipboard: a fragment, no <html> or <body>; a heading row
    // inside the table; names with a placeholder; a repeated header.
    QTest::newRow("clipboard HTML fragment")
        << QByteArray("<meta charset='utf-8'><table><tr><th>Supplier</th><th>Cookie "
                      "name</th><th>Purpose</th><th>Expiry</th><th>Domain</th></tr>"
                      "<tr><td colspan=4><b>Analytics</b></td></tr>"
                      "<tr><td>Hotjar<td>_hjSession_[site id]<td>Session data<td>30 "
                      "minutes<td>.Example.COM"
                      "<tr><th>Supplier</th><th>Cookie name</th><th>Purpose</th><th>Expiry</th>"
                      "<th>Domain</th></tr>"
                      "<tr><td colspan=5>Advertising</td></tr>"
                      "<tr><td>Criteo<td>cto_bundle, uid<td>Retargeting<td>13 months<td>"
                      "criteo.com</table>")
        << ""
        << QStringList{"Hotjar|||_hjSession_*|statistics|first|30 minutes||Session "
                       "data|cookie|",
                       "Criteo|||cto_bundle|marketing|first|13 months||Retargeting|cookie|",
                       "Criteo|||uid|marketing|first|13 months||Retargeting|cookie|"}
        << QStringList{""} << "en";

    QTest::newRow("a layout table is no cookie table")
        << page(QStringLiteral("no-table.html")) << "no-table.html" << QStringList{}
        << QStringList{} << "en";
    QTest::newRow("plain text without a table")
        << QByteArray("Cookies\n\nWe use no cookies at all.\n") << "" << QStringList{}
        << QStringList{} << "en";
    QTest::newRow("empty") << QByteArray() << "" << QStringList{} << QStringList{} << "en";
    QTest::newRow("not a page at all") << QByteArray("\x00\xff\xfe<<<\x01", 7) << "x.html"
                                       << QStringList{} << QStringList{} << "en";
}

void TestCharterPage::pages() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, tableHeadings);
    QFETCH(QString, language);
    const CharterPage::Result result =
        CharterPage::read(bytes, CharterPage::detect(bytes, fileName));
    const QStringList got = describeAll(result);
    if (got != expected) {
        for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
            if (got.value(i) != expected.value(i))
                qWarning("row %d\n got      %s\n expected %s", int(i), qPrintable(got.value(i)),
                         qPrintable(expected.value(i)));
        }
    }
    QCOMPARE(got, expected);
    QStringList headings;
    for (const CharterPage::Table &table : result.tables)
        headings.append(table.heading);
    QCOMPARE(headings, tableHeadings);
    QCOMPARE(result.language, language);
}

// The reference charter's own text (tests/data/reference, a copy of the reference seed) gives
// exactly its four rows, field for field, as the default store holds them.
void TestCharterPage::theReferenceCharterGivesItsFourRows() {
    const QByteArray bytes = TestSupport::readAll(
        TestSupport::dataPath(QStringLiteral("reference/charte-cookies-opendatasoft.txt")));
    QVERIFY(!bytes.isEmpty());
    const CharterPage::Result result = CharterPage::read(bytes, CharterPage::detect(bytes));
    QCOMPARE(result.tables.size(), 1);
    QCOMPARE(result.tables.constFirst().fields,
             (QStringList{"provider", "service+location", "name", "purpose"}));
    QStringList got;
    for (const ImportRecord &record : result.records) {
        QVERIFY(record.errors.isEmpty());
        const Cookie &c = record.cookie;
        got.append(QStringList{c.provider, c.service, c.location, c.name, c.purposeFr}.join(
            QLatin1Char('|')));
    }
    QCOMPARE(got, (QStringList{"Opendatasoft|Authentification|front et back office|sessionid|Se "
                               "souvenir de l'utilisateur d'une page à une autre.",
                               "Opendatasoft|Sélection de la langue|front et back "
                               "office|django_language|Se souvenir de la langue du visiteur",
                               "Opendatasoft|API (CSRF)|front et back office|csrftoken|Récupérer "
                               "des données via des appels API",
                               "Opendatasoft|Choix concernant vos préférences sur les "
                               "cookies||cookies_preferences|Se souvenir du choix opéré par le "
                               "visiteur concernant les cookies"}));
}

void TestCharterPage::headings_data() {
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("category");
    QTest::newRow("reference") << "Cookies nécessaires au bon fonctionnement de la plateforme / "
                                  "cookies fonctionnels"
                               << "necessary";
    QTest::newRow("essential") << "Essential cookies"
                               << "necessary";
    QTest::newRow("statistiques") << "Cookies statistiques"
                                  << "statistics";
    QTest::newRow("mesure d'audience") << "Mesure d'audience"
                                       << "statistics";
    QTest::newRow("analytics") << "Analytics"
                               << "statistics";
    QTest::newRow("préférences") << "Cookies de préférences"
                                 << "preferences";
    QTest::newRow("fonctionnels") << "Cookies fonctionnels"
                                  << "preferences";
    QTest::newRow("marketing") << "Marketing"
                               << "marketing";
    QTest::newRow("publicité") << "Cookies de publicité ciblée"
                               << "marketing";
    QTest::newRow("advertising") << "Advertising cookies"
                                 << "marketing";
    QTest::newRow("nothing") << "Liste des cookies"
                             << "unclassified";
}

void TestCharterPage::headings() {
    QFETCH(QString, heading);
    QFETCH(QString, category);
    QCOMPARE(Vocabulary::categoryKey(CharterPage::headingCategory(heading)), category);
}

void TestCharterPage::detect_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("kind");
    QTest::newRow("html by name") << QByteArray("a\tb") << "page.HTM"
                                  << int(CharterPage::Kind::Html);
    QTest::newRow("markdown by name")
        << QByteArray("<table>") << "page.md" << int(CharterPage::Kind::Markdown);
    QTest::newRow("html by content")
        << QByteArray("  <!DOCTYPE html><p>") << "" << int(CharterPage::Kind::Html);
    QTest::newRow("fragment") << QByteArray("<meta charset='utf-8'><table>") << ""
                              << int(CharterPage::Kind::Html);
    QTest::newRow("text") << QByteArray("Nom\tFinalité\n") << "charte.txt"
                          << int(CharterPage::Kind::Text);
}

void TestCharterPage::detect() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(int, kind);
    QCOMPARE(int(CharterPage::detect(bytes, fileName)), kind);
}

QTEST_MAIN(TestCharterPage)
#include "tst_charterpage.moc"
