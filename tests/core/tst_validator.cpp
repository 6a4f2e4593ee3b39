#include "Rules.h"
#include "Validator.h"

#include <QSet>

#include <QTest>

namespace {

Cookie goodCookie() {
    Cookie cookie;
    cookie.id = 1;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.service = QStringLiteral("Authentification");
    cookie.name = QStringLiteral("sessionid");
    cookie.purposeFr = QStringLiteral("Se souvenir de l'utilisateur.");
    cookie.purposeEn = QStringLiteral("Remembers the user.");
    cookie.category = Category::Necessary;
    cookie.duration = QStringLiteral("session");
    return cookie;
}

Site bilingualSite() {
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    return site;
}

// "rule severity field" for each problem.
QStringList describe(const QList<Problem> &problems) {
    QStringList out;
    for (const Problem &problem : problems)
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(problem.rule, Rules::severityKey(problem.severity), problem.field));
    return out;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodCookieHasNoProblem();
    void rules_data();
    void rules();
    void everyRuleIsCatalogued();
    void theSameCookieWithAnotherCategoryOnAnotherSite();
    void duplicatesWithinASite();
    void importErrorsOnlyCountErrors();
};

void TestValidator::goodCookieHasNoProblem() {
    QVERIFY(Validator::checkRegistry(bilingualSite(), {goodCookie()}).isEmpty());
}

void TestValidator::rules_data() {
    // What to change in a good cookie, and the findings expected: each rule fires, and a close
    // case does not.
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty provider") << "provider"
                                    << "" << QStringList{"provider-missing error provider"};
    QTest::newRow("blank name") << "name"
                                << "  " << QStringList{"name-missing error name"};
    QTest::newRow("no purpose at all") << "purposes"
                                       << "" << QStringList{"purpose-missing error purpose"};
    QTest::newRow("English missing") << "purpose_en"
                                     << "" << QStringList{"purpose-language warning purpose_en"};
    QTest::newRow("French missing") << "purpose"
                                    << "" << QStringList{"purpose-language warning purpose"};
    QTest::newRow("unclassified") << "category"
                                  << "unclassified"
                                  << QStringList{"category-unclassified error category",
                                                 "duration-missing warning duration"};
    QTest::newRow("unreadable duration")
        << "duration"
        << "forever" << QStringList{"duration-unreadable warning duration"};
    QTest::newRow("necessary without duration is fine") << "duration"
                                                        << "" << QStringList{};
    QTest::newRow("marketing without duration")
        << "marketing"
        << "" << QStringList{"duration-missing warning duration"};
    QTest::newRow("marketing with a duration") << "marketing"
                                               << "13 mois" << QStringList{};
    QTest::newRow("session storage kept a year")
        << "session-storage"
        << "1 an" << QStringList{"session-duration warning duration"};
    QTest::newRow("session storage for the session") << "session-storage"
                                                     << "session" << QStringList{};
    QTest::newRow("exempt statistics 25 months")
        << "exempt-statistics"
        << "25 mois" << QStringList{"cnil-exempt-lifetime error duration"};
    QTest::newRow("exempt statistics 13 months") << "exempt-statistics"
                                                 << "13 mois" << QStringList{};
    QTest::newRow("statistics with consent 25 months") << "statistics"
                                                       << "25 mois" << QStringList{};
    QTest::newRow("necessary 2 years")
        << "duration"
        << "2 ans" << QStringList{"necessary-lifetime warning duration"};
    QTest::newRow("exempt third-party statistics")
        << "exempt-third-statistics"
        << "6 mois" << QStringList{"cnil-exempt-third-party error consent_exempt"};
    QTest::newRow("third-party statistics with consent") << "third-statistics"
                                                         << "6 mois" << QStringList{};
    QTest::newRow("exempt marketing")
        << "exempt-marketing"
        << "6 mois" << QStringList{"cnil-exempt-category error consent_exempt"};
    QTest::newRow("exempt preferences")
        << "exempt-preferences"
        << "6 mois" << QStringList{"cnil-exempt-category error consent_exempt"};
    QTest::newRow("third party without link")
        << "third"
        << "" << QStringList{"third-party-privacy-link warning privacy_url"};
    QTest::newRow("third party with link") << "third"
                                           << "https://example.com/privacy" << QStringList{};
    // The site's banner settings (consent-lifetime): findings about the site, no field.
    QTest::newRow("consent kept 390 days") << "consent-days"
                                           << "390" << QStringList{"consent-lifetime warning "};
    QTest::newRow("consent kept 184 days") << "consent-days"
                                           << "184" << QStringList{"consent-lifetime warning "};
    QTest::newRow("consent kept six months") << "consent-days"
                                             << "183" << QStringList{};
    QTest::newRow("consent not set") << "consent-days"
                                     << "0" << QStringList{};
}

void TestValidator::rules() {
    QFETCH(QString, change);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    Cookie cookie = goodCookie();
    auto category = [&](Category c, std::optional<bool> exempt, Party party = Party::First) {
        cookie.category = c;
        cookie.consentExemptOverride = exempt;
        cookie.party = party;
        cookie.privacyUrl = QStringLiteral("https://example.com/privacy");
        cookie.duration = value;
    };
    if (change == QLatin1String("provider"))
        cookie.provider = value;
    else if (change == QLatin1String("name"))
        cookie.name = value;
    else if (change == QLatin1String("purposes"))
        cookie.purposeFr = cookie.purposeEn = value;
    else if (change == QLatin1String("purpose_en"))
        cookie.purposeEn = value;
    else if (change == QLatin1String("purpose"))
        cookie.purposeFr = value;
    else if (change == QLatin1String("duration"))
        cookie.duration = value;
    else if (change == QLatin1String("category")) {
        cookie.category = Category::Unclassified;
        cookie.duration.clear();
    } else if (change == QLatin1String("marketing"))
        category(Category::Marketing, std::nullopt);
    else if (change == QLatin1String("session-storage")) {
        cookie.storage = StorageType::SessionStorage;
        cookie.duration = value;
    } else if (change == QLatin1String("exempt-statistics"))
        category(Category::Statistics, true);
    else if (change == QLatin1String("statistics"))
        category(Category::Statistics, false);
    else if (change == QLatin1String("exempt-third-statistics"))
        category(Category::Statistics, true, Party::Third);
    else if (change == QLatin1String("third-statistics"))
        category(Category::Statistics, false, Party::Third);
    else if (change == QLatin1String("exempt-marketing"))
        category(Category::Marketing, true);
    else if (change == QLatin1String("exempt-preferences"))
        category(Category::Preferences, true);
    else if (change == QLatin1String("third")) {
        cookie.party = Party::Third;
        cookie.privacyUrl = value;
    }
    Site site = bilingualSite();
    if (change == QLatin1String("consent-days"))
        site.consentDays = value.toInt();
    QList<Problem> found = Validator::checkRegistry(site, {cookie});
    QCOMPARE(describe(found), expected);

    // Each rule that fired, switched off with a reason: its findings no longer count, and one
    // note per switch says who switched it off, why, and how many findings it set aside.
    QStringList fired;
    for (const Problem &problem : std::as_const(found)) {
        if (!fired.contains(problem.rule))
            fired.append(problem.rule);
    }
    QList<RuleSwitch> switches;
    for (const QString &rule : std::as_const(fired))
        switches.append({0, rule, QStringLiteral("reason for ") + rule,
                         QStringLiteral("2026-11-30T10:00:00Z"), QStringLiteral("dpo"), 1});
    // A switch of a rule that did not fire sets nothing aside.
    switches.append({0, QStringLiteral("duplicate"), QStringLiteral("two domains, one cookie"),
                     QStringLiteral("2026-11-30T10:00:00Z"), QStringLiteral("dpo"), 1});
    Validator::applySwitches(found, switches);
    QCOMPARE(found.size(), fired.size() + 1);
    for (const Problem &note : std::as_const(found)) {
        QVERIFY(note.switchedOff);
        QCOMPARE(note.severity, Problem::Severity::Info);
        QCOMPARE(note.cookieId, 0);
        QVERIFY2(note.message.contains(QLatin1String("dpo")), qPrintable(note.message));
        QVERIFY2(note.message.contains(QLatin1String("2026-11-30")), qPrintable(note.message));
        if (note.rule == QLatin1String("duplicate")) {
            QVERIFY2(note.message.contains(QLatin1String("(0 finding")), qPrintable(note.message));
            continue;
        }
        QVERIFY2(note.message.contains(QStringLiteral("reason for ") + note.rule),
                 qPrintable(note.message));
        QVERIFY2(note.message.contains(QLatin1String("(1 finding")), qPrintable(note.message));
    }
}

void TestValidator::everyRuleIsCatalogued() {
    // Every rule has an id, a summary and a source, and the ids are unique; each fires in the
    // rows above or in the tests below (duplicates, across sites).
    QSet<QString> ids;
    for (const Rule &rule : Rules::all()) {
        const QString id = QLatin1String(rule.id);
        QVERIFY2(!ids.contains(id), rule.id);
        ids.insert(id);
        QVERIFY(!rule.translatedSummary().isEmpty());
        QVERIFY(!rule.translatedSource().isEmpty());
        QCOMPARE(Rules::find(id), &rule);
    }
    QCOMPARE(ids.size(), 16);
    QVERIFY(!Rules::find(QStringLiteral("no-such-rule")));
}

void TestValidator::theSameCookieWithAnotherCategoryOnAnotherSite() {
    Site a = bilingualSite();
    Site b = bilingualSite();
    b.name = QStringLiteral("autre.fr");
    Cookie here = goodCookie();
    Cookie there = goodCookie();
    there.id = 2;
    there.category = Category::Preferences;
    Cookie same = goodCookie();
    same.id = 3;
    const QList<Problem> problems =
        Validator::checkAcrossSites({{a, {here}}, {b, {there}}, {b, {same}}});
    QCOMPARE(describe(problems), QStringList{"cross-site-category information category"});
    QCOMPARE(problems.constFirst().cookieId, 2);
    QVERIFY2(problems.constFirst().message.contains(QLatin1String("exemple.fr")),
             qPrintable(problems.constFirst().message));
    // Within one site, the duplicate rule speaks instead.
    QVERIFY(Validator::checkAcrossSites({{a, {here, there}}}).isEmpty());
}

void TestValidator::duplicatesWithinASite() {
    Cookie first = goodCookie();
    Cookie second = goodCookie();
    second.id = 2;
    Cookie otherDomain = goodCookie();
    otherDomain.id = 3;
    otherDomain.domain = QStringLiteral("autre.fr");
    const QList<Problem> problems =
        Validator::checkRegistry(bilingualSite(), {first, second, otherDomain});
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().isError());
    QCOMPARE(problems.constFirst().rule, QStringLiteral("duplicate"));
    QCOMPARE(problems.constFirst().cookieId, 2);
    QVERIFY(problems.constFirst().message.contains(QLatin1String("#1")));
}

void TestValidator::importErrorsOnlyCountErrors() {
    Cookie cookie = goodCookie();
    cookie.party = Party::Third; // a warning only
    QVERIFY(Validator::importErrors(cookie).isEmpty());
    // A compliance error is for validate and publish, not for the import of a row.
    cookie.category = Category::Marketing;
    cookie.consentExemptOverride = true;
    QVERIFY(Validator::importErrors(cookie).isEmpty());
    cookie.provider.clear();
    QCOMPARE(Validator::importErrors(cookie).size(), 1);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
