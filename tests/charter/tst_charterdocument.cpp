#include "CharterDocument.h"
#include "CharterHtml.h"
#include "CharterMarkdown.h"
#include "Typography.h"

#include "HostileCorpus.h"

#include <QRegularExpression>
#include <QTest>

namespace {

Cookie cookie(const QString &name, Category category, const QString &purposeFr,
              const QString &purposeEn = QString()) {
    Cookie c;
    c.provider = QStringLiteral("Opendatasoft");
    c.service = QStringLiteral("Authentification");
    c.location = QStringLiteral("front et back office");
    c.name = name;
    c.category = category;
    c.purposeFr = purposeFr;
    c.purposeEn = purposeEn;
    return c;
}

QList<const CharterBlock *> tables(const CharterDocument &document) {
    QList<const CharterBlock *> found;
    for (const CharterBlock &block : document.blocks) {
        if (block.kind == CharterBlock::Kind::CookieTable)
            found.append(&block);
    }
    return found;
}

Site site() {
    Site s;
    s.name = QStringLiteral("exemple.fr");
    s.url = QStringLiteral("https://exemple.fr");
    s.contact = QStringLiteral("dpo@exemple.fr");
    s.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    return s;
}

} // namespace

class TestCharterDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneTablePerCategoryPresent();
    void patternsReadAsSuch();
    void missingPurposeFallsBackAndWarns();
    void siteTextsReplaceDefaults();
    void defaultTextsCoverWhatTheCnilAsks_data();
    void defaultTextsCoverWhatTheCnilAsks();
    void htmlEscapesEverything_data();
    void htmlEscapesEverything();
    void markdownEscapesEverything_data();
    void markdownEscapesEverything();
    void htmlPageIsSemantic();
    void frenchTypography_data();
    void frenchTypography();
    void frenchCharterNeverBreaksBeforePunctuation_data();
    void frenchCharterNeverBreaksBeforePunctuation();
};

void TestCharterDocument::oneTablePerCategoryPresent() {
    const QList<Cookie> cookies{
        cookie(QStringLiteral("a"), Category::Marketing, QStringLiteral("pub")),
        cookie(QStringLiteral("b"), Category::Necessary, QStringLiteral("session")),
        cookie(QStringLiteral("c"), Category::Necessary, QStringLiteral("langue"))};
    const CharterDocument document =
        CharterDocument::build(site(), cookies, {}, QStringLiteral("fr"), QDate(2026, 11, 29));
    const auto found = tables(document);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0)->category, Category::Necessary); // in category order, not registry order
    QCOMPARE(found.at(0)->rows.size(), 2);
    QCOMPARE(found.at(1)->category, Category::Marketing);
    QCOMPARE(found.at(0)->rows.at(0).serviceAndLocation,
             QStringLiteral("Authentification (front et back office)"));
    QCOMPARE(document.updatedLine, QStringLiteral("Mise à jour le 29 novembre 2026"));
    QVERIFY(!found.at(0)->showDuration);

    const CharterDocument english =
        CharterDocument::build(site(), {}, {}, QStringLiteral("en"), QDate(2026, 11, 29));
    QCOMPARE(english.updatedLine, QStringLiteral("Updated on 29 November 2026"));
    QVERIFY(tables(english).isEmpty());
    QVERIFY(CharterHtml::write(english, CharterHtml::Flavour::Page)
                .contains(QLatin1String("This site sets no cookies.")));
}

void TestCharterDocument::patternsReadAsSuch() {
    Cookie ga = cookie(QStringLiteral("_ga_*"), Category::Statistics, QStringLiteral("audience"));
    ga.party = Party::Third;
    ga.privacyUrl = QStringLiteral("https://policies.google.com/privacy");
    ga.duration = QStringLiteral("13 mois");
    const CharterDocument fr =
        CharterDocument::build(site(), {ga}, {}, QStringLiteral("fr"), QDate(2026, 1, 1));
    const CharterBlock *table = tables(fr).constFirst();
    QVERIFY(table->showDuration);
    QVERIFY(table->showPrivacy);
    QCOMPARE(fr.patternLabel(table->rows.constFirst()), QStringLiteral("noms commençant par _ga_"));
    QVERIFY(
        CharterMarkdown::write(fr).contains(QStringLiteral("| noms commençant par \\_ga\\_ |")));
    QVERIFY(CharterHtml::write(fr, CharterHtml::Flavour::Page)
                .contains(QStringLiteral("noms commençant par <code>_ga_</code>")));
    const CharterDocument en =
        CharterDocument::build(site(), {ga}, {}, QStringLiteral("en"), QDate(2026, 1, 1));
    QCOMPARE(en.patternLabel(tables(en).constFirst()->rows.constFirst()),
             QStringLiteral("names starting with _ga_"));
}

void TestCharterDocument::missingPurposeFallsBackAndWarns() {
    const QList<Cookie> cookies{
        cookie(QStringLiteral("a"), Category::Necessary, QStringLiteral("Se souvenir"), QString()),
        cookie(QStringLiteral("b"), Category::Necessary, QStringLiteral("Garder"),
               QStringLiteral("Keep"))};
    const CharterDocument en =
        CharterDocument::build(site(), cookies, {}, QStringLiteral("en"), QDate(2026, 1, 1));
    const CharterBlock *table = tables(en).constFirst();
    QCOMPARE(table->rows.at(0).purpose, QStringLiteral("Se souvenir"));
    QVERIFY(table->rows.at(0).purposeFromOtherLanguage);
    QCOMPARE(table->rows.at(1).purpose, QStringLiteral("Keep"));
    QCOMPARE(en.warnings.size(), 1);
    QVERIFY(en.warnings.constFirst().contains(QLatin1String("a")));
    QVERIFY(CharterHtml::write(en, CharterHtml::Flavour::Page)
                .contains(QStringLiteral("lang=\"fr\">Se souvenir")));
}

void TestCharterDocument::siteTextsReplaceDefaults() {
    CharterText contact;
    contact.section = QStringLiteral("contact");
    contact.language = QStringLiteral("fr");
    contact.body = QStringLiteral(
        "## Contact\n\nÉcrivez à {contact} ou consultez [la CNIL](https://www.cnil.fr).");
    contact.version = 1;
    const CharterDocument document =
        CharterDocument::build(site(), {}, {contact}, QStringLiteral("fr"), QDate(2026, 1, 1));
    const QString html = CharterHtml::write(document, CharterHtml::Flavour::Fragment);
    QVERIFY(html.contains(QStringLiteral(
        "Écrivez à dpo@exemple.fr ou consultez <a href=\"https://www.cnil.fr\">la CNIL</a>.")));
    QVERIFY(!html.contains(QLatin1String("Nous contacter")));
    QVERIFY(html.contains(QStringLiteral("Qu&#39;est-ce qu&#39;un cookie\u202F?"))); // others stay
}

void TestCharterDocument::defaultTextsCoverWhatTheCnilAsks_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("fr") << "fr"
                        << QStringList{"Qu'est-ce qu'un cookie",
                                       "nécessaires",
                                       "préférences",
                                       "mesure d'audience",
                                       "marketing",
                                       "tiers",
                                       "internes",
                                       "refuser",
                                       "changer d'avis",
                                       "6 mois",
                                       "navigateur",
                                       "dpo@exemple.fr",
                                       "CNIL"};
    QTest::newRow("en") << "en" << QStringList{"What is a cookie",
                                               "necessary",
                                               "preference",
                                               "audience measurement",
                                               "marketing",
                                               "third-party",
                                               "first-party",
                                               "refuse",
                                               "change your mind",
                                               "6 months",
                                               "browser",
                                               "dpo@exemple.fr",
                                               "CNIL"};
}

void TestCharterDocument::defaultTextsCoverWhatTheCnilAsks() {
    QFETCH(QString, language);
    QFETCH(QStringList, mentions);
    const CharterDocument document =
        CharterDocument::build(site(), {}, {}, language, QDate(2026, 1, 1));
    const QString markdown =
        CharterMarkdown::write(document).remove(QLatin1Char('\\')).remove(QLatin1Char('*'));
    for (const QString &mention : mentions)
        QVERIFY2(markdown.contains(mention, Qt::CaseInsensitive), qPrintable(mention));
}

void TestCharterDocument::htmlEscapesEverything_data() {
    QTest::addColumn<int>("flavour");
    QTest::newRow("page") << int(CharterHtml::Flavour::Page);
    QTest::newRow("fragment") << int(CharterHtml::Flavour::Fragment);
}

void TestCharterDocument::htmlEscapesEverything() {
    QFETCH(int, flavour);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const CharterDocument document =
            CharterDocument::build(HostileCorpus::site(), HostileCorpus::cookies(),
                                   HostileCorpus::texts(language), language, QDate(2026, 1, 1));
        const QString html = CharterHtml::write(document, CharterHtml::Flavour(flavour));
        for (const char *forbidden :
             {"<script", "<img", "<iframe", "<style>body", "<a href=\"javascript", "<!--"})
            QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
        // No tag of ours carries an event handler (the hostile "onerror=" is only ever text).
        static const QRegularExpression handler(QStringLiteral("<[^>]*\\son\\w+\\s*="),
                                                QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!handler.match(html).hasMatch(), qPrintable(handler.match(html).captured(0)));
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        auto links = href.globalMatch(html);
        int linkCount = 0;
        while (links.hasNext()) {
            const QString target = links.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("https://")) ||
                         target.startsWith(QLatin1String("http://")),
                     qPrintable(target));
            ++linkCount;
        }
        QVERIFY(linkCount >= 2); // our own safe links survive
        // The tables keep their shape: one header row plus one row per cookie.
        QCOMPARE(html.count(QLatin1String("<table")), html.count(QLatin1String("</table>")));
        QCOMPARE(html.count(QLatin1String("<tr")),
                 HostileCorpus::values().size() + html.count(QLatin1String("<thead>")));
    }
}

void TestCharterDocument::markdownEscapesEverything_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << "fr";
    QTest::newRow("en") << "en";
}

void TestCharterDocument::markdownEscapesEverything() {
    QFETCH(QString, language);
    const CharterDocument document =
        CharterDocument::build(HostileCorpus::site(), HostileCorpus::cookies(),
                               HostileCorpus::texts(language), language, QDate(2026, 1, 1));
    const QString markdown = CharterMarkdown::write(document);
    // No raw HTML: every '<' is escaped.
    static const QRegularExpression rawAngle(QStringLiteral("(?<!\\\\)<"));
    QVERIFY2(!rawAngle.match(markdown).hasMatch(),
             qPrintable(markdown.mid(rawAngle.match(markdown).capturedStart() - 40, 80)));
    // Links only to http/https.
    static const QRegularExpression link(QStringLiteral("(?<!\\\\)\\]\\(([^)]*)\\)"));
    auto links = link.globalMatch(markdown);
    while (links.hasNext()) {
        const QString target = links.next().captured(1);
        QVERIFY2(target.startsWith(QLatin1String("https://")) ||
                     target.startsWith(QLatin1String("http://")),
                 qPrintable(target));
    }
    // Every table row has exactly its columns.
    static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
    int tableRows = 0;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        const int pipes = int(line.count(unescapedPipe));
        QVERIFY2(pipes >= 5 && pipes <= 7, qPrintable(line));
        ++tableRows;
    }
    QCOMPARE(tableRows, HostileCorpus::values().size() + 2 * 5); // rows + header and rule per table
}

void TestCharterDocument::htmlPageIsSemantic() {
    const QList<Cookie> cookies{
        cookie(QStringLiteral("sessionid"), Category::Necessary, QStringLiteral("Se souvenir"))};
    const CharterDocument document =
        CharterDocument::build(site(), cookies, {}, QStringLiteral("fr"), QDate(2026, 1, 1));
    const QString page = CharterHtml::write(document, CharterHtml::Flavour::Page);
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"fr\">")));
    QVERIFY(page.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(page.contains(
        QStringLiteral("<caption>Cookies nécessaires au fonctionnement du site<br>")));
    QCOMPARE(page.count(QLatin1String("<th scope=\"col\">")), 4);
    QVERIFY(!page.contains(QLatin1String("src=")));
    QVERIFY(!page.contains(QLatin1String("<link")));
    QVERIFY(!page.contains(QLatin1String("@import")));
    const QString fragment = CharterHtml::write(document, CharterHtml::Flavour::Fragment);
    QVERIFY(fragment.startsWith(QLatin1String("<section class=\"cookie-charter\" lang=\"fr\">")));
    QVERIFY(!fragment.contains(QLatin1String("<html")));
    QVERIFY(!fragment.contains(QLatin1String("<style")));
}

void TestCharterDocument::frenchTypography_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("french");
    QTest::newRow("colon") << "Durée : 13 mois" << QStringLiteral("Durée\u00A0: 13 mois");
    QTest::newRow("semicolon, ! and ?")
        << "a ; b ! c ?" << QStringLiteral("a\u202F; b\u202F! c\u202F?");
    QTest::newRow("guillemets") << "le mot « cookie »"
                                << QStringLiteral("le mot «\u00A0cookie\u00A0»");
    QTest::newRow("no space, none added") << "https://exemple.fr?x=1"
                                          << "https://exemple.fr?x=1";
    QTest::newRow("spaces elsewhere stay") << "un deux  trois"
                                           << "un deux  trois";
}

void TestCharterDocument::frenchTypography() {
    QFETCH(QString, text);
    QFETCH(QString, french);
    QCOMPARE(Typography::french(text), french);
    QCOMPARE(Typography::forLanguage(text, QStringLiteral("en")), text);
}

// The default texts, the site's own words and the registry's cells alike; English is unchanged.
void TestCharterDocument::frenchCharterNeverBreaksBeforePunctuation_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << "fr";
    QTest::newRow("en") << "en";
}

void TestCharterDocument::frenchCharterNeverBreaksBeforePunctuation() {
    QFETCH(QString, language);
    CharterText own;
    own.siteId = 1;
    own.language = language;
    own.section = QStringLiteral("contact");
    own.body = QStringLiteral("Écrivez-nous : « dpo » ; merci !");
    own.version = 1;
    Cookie withPunctuation = cookie(QStringLiteral("a"), Category::Necessary,
                                    QStringLiteral("Garder le choix : oui ou non ?"));
    withPunctuation.purposeEn = withPunctuation.purposeFr;
    const CharterDocument document =
        CharterDocument::build(site(), {withPunctuation}, {own}, language, QDate(2026, 1, 1));
    const QString markdown = CharterMarkdown::write(document);
    static const QRegularExpression breakable(QStringLiteral(" [:;!?\u00BB]|\u00AB "));
    if (language == QLatin1String("fr"))
        QVERIFY2(!markdown.contains(breakable),
                 qPrintable(markdown.mid(breakable.match(markdown).capturedStart() - 40, 80)));
    else
        QVERIFY(markdown.contains(QStringLiteral("Écrivez-nous : « dpo » ; merci")));
}

QTEST_GUILESS_MAIN(TestCharterDocument)
#include "tst_charterdocument.moc"
