#include "Validator.h"

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

QStringList describe(const QList<Problem> &problems) {
    QStringList out;
    for (const Problem &problem : problems)
        out.append(QStringLiteral("%1 %2").arg(problem.isError() ? QStringLiteral("error")
                                                                 : QStringLiteral("warning"),
                                               problem.field));
    return out;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodCookieHasNoProblem();
    void rules_data();
    void rules();
    void duplicatesWithinASite();
    void importErrorsOnlyCountErrors();
};

void TestValidator::goodCookieHasNoProblem() {
    QVERIFY(Validator::checkRegistry(bilingualSite(), {goodCookie()}).isEmpty());
}

void TestValidator::rules_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty provider") << "provider"
                                    << "" << QStringList{"error provider"};
    QTest::newRow("blank name") << "name"
                                << "  " << QStringList{"error name"};
    QTest::newRow("no purpose at all") << "purposes"
                                       << "" << QStringList{"error purpose"};
    QTest::newRow("English missing") << "purpose_en"
                                     << "" << QStringList{"warning purpose_en"};
    QTest::newRow("French missing") << "purpose"
                                    << "" << QStringList{"warning purpose"};
    QTest::newRow("unreadable duration") << "duration"
                                         << "forever" << QStringList{"warning duration"};
    QTest::newRow("empty duration is fine") << "duration"
                                            << "" << QStringList{};
    QTest::newRow("exempt statistics 25 months") << "exempt-statistics"
                                                 << "25 mois" << QStringList{"warning duration"};
    QTest::newRow("exempt statistics 13 months") << "exempt-statistics"
                                                 << "13 mois" << QStringList{};
    QTest::newRow("statistics with consent 25 months") << "statistics"
                                                       << "25 mois" << QStringList{};
    QTest::newRow("third party without link") << "third"
                                              << "" << QStringList{"warning privacy_url"};
    QTest::newRow("third party with link") << "third"
                                           << "https://example.com/privacy" << QStringList{};
}

void TestValidator::rules() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    Cookie cookie = goodCookie();
    if (field == QLatin1String("provider"))
        cookie.provider = value;
    else if (field == QLatin1String("name"))
        cookie.name = value;
    else if (field == QLatin1String("purposes"))
        cookie.purposeFr = cookie.purposeEn = value;
    else if (field == QLatin1String("purpose_en"))
        cookie.purposeEn = value;
    else if (field == QLatin1String("purpose"))
        cookie.purposeFr = value;
    else if (field == QLatin1String("duration"))
        cookie.duration = value;
    else if (field == QLatin1String("exempt-statistics") || field == QLatin1String("statistics")) {
        cookie.category = Category::Statistics;
        cookie.consentExemptOverride = field == QLatin1String("exempt-statistics");
        cookie.duration = value;
    } else if (field == QLatin1String("third")) {
        cookie.party = Party::Third;
        cookie.privacyUrl = value;
    }
    QCOMPARE(describe(Validator::checkCookie(cookie, bilingualSite().languages)), expected);
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
    QCOMPARE(problems.constFirst().cookieId, 2);
    QVERIFY(problems.constFirst().message.contains(QLatin1String("#1")));
}

void TestValidator::importErrorsOnlyCountErrors() {
    Cookie cookie = goodCookie();
    cookie.party = Party::Third; // a warning only
    QVERIFY(Validator::importErrors(cookie).isEmpty());
    cookie.provider.clear();
    QCOMPARE(Validator::importErrors(cookie).size(), 1);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
