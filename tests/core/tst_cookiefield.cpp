#include "CookieField.h"
#include "Site.h"

#include <QTest>

class TestCookieField : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysRoundTrip();
    void aliases_data();
    void aliases();
    void setValue_data();
    void setValue();
    void consentExemptFollowsCategoryUnlessOverridden();
    void patternNames();
    void siteLanguages();
};

void TestCookieField::keysRoundTrip() {
    for (CookieField field : CookieFields::all())
        QCOMPARE(CookieFields::fromKey(CookieFields::key(field)), field);
}

void TestCookieField::aliases_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("field");
    QTest::newRow("purpose_fr") << "purpose_fr" << int(CookieField::PurposeFr);
    QTest::newRow("purpose.en") << "purpose.en" << int(CookieField::PurposeEn);
    QTest::newRow("storage") << "storage" << int(CookieField::Type);
    QTest::newRow("privacy-url") << "privacy-url" << int(CookieField::PrivacyUrl);
    QTest::newRow("upper case") << "PROVIDER" << int(CookieField::Provider);
}

void TestCookieField::aliases() {
    QFETCH(QString, key);
    QFETCH(int, field);
    QCOMPARE(CookieFields::fromKey(key), CookieField(field));
}

void TestCookieField::setValue_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");

    QTest::newRow("category key") << "category"
                                  << "statistics" << true << "statistics";
    QTest::newRow("category French") << "category"
                                     << "Nécessaire" << true << "necessary";
    QTest::newRow("category OCD Analytics") << "category"
                                            << "Analytics" << true << "statistics";
    QTest::newRow("category OCD Security") << "category"
                                           << "Security" << true << "necessary";
    QTest::newRow("category empty") << "category"
                                    << "" << true << "unclassified";
    QTest::newRow("category unknown") << "category"
                                      << "tasty" << false << "";
    QTest::newRow("party tiers") << "party"
                                 << "tiers" << true << "third";
    QTest::newRow("party third-party") << "party"
                                       << "third-party" << true << "third";
    QTest::newRow("party bad") << "party"
                               << "second" << false << "";
    QTest::newRow("type http") << "type"
                               << "http" << true << "cookie";
    QTest::newRow("type localStorage") << "type"
                                       << "localStorage" << true << "localStorage";
    QTest::newRow("type indexeddb") << "type"
                                    << "indexeddb" << true << "IndexedDB";
    QTest::newRow("type bad") << "type"
                              << "floppy" << false << "";
    QTest::newRow("domain lower") << "domain"
                                  << " Example.FR " << true << "example.fr";
    QTest::newRow("privacy https")
        << "privacy_url"
        << "https://policies.google.com/privacy" << true << "https://policies.google.com/privacy";
    QTest::newRow("privacy javascript") << "privacy_url"
                                        << "javascript:alert(1)" << false << "";
    QTest::newRow("privacy no host") << "privacy_url"
                                     << "http://" << false << "";
    QTest::newRow("exempt oui") << "consent_exempt"
                                << "oui" << true << "yes";
    QTest::newRow("exempt default") << "consent_exempt"
                                    << "default" << true << "";
    QTest::newRow("exempt bad") << "consent_exempt"
                                << "maybe" << false << "";
    QTest::newRow("name pattern") << "name"
                                  << "_ga_*" << true << "_ga_*";
    QTest::newRow("name star inside") << "name"
                                      << "_g*a" << false << "";
    QTest::newRow("name control char") << "name" << QStringLiteral("a\u0001b") << false << "";
}

void TestCookieField::setValue() {
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    Cookie cookie;
    const CookieField field = *CookieFields::fromKey(key);
    const QString before = CookieFields::value(cookie, field);
    QString error;
    QCOMPARE(CookieFields::setValue(cookie, field, input, &error), accepted);
    if (accepted) {
        QCOMPARE(CookieFields::value(cookie, field), stored);
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(CookieFields::value(cookie, field), before);
    }
}

void TestCookieField::consentExemptFollowsCategoryUnlessOverridden() {
    Cookie cookie;
    cookie.category = Category::Necessary;
    QVERIFY(cookie.consentExempt());
    cookie.category = Category::Statistics;
    QVERIFY(!cookie.consentExempt());
    cookie.consentExemptOverride = true;
    QVERIFY(cookie.consentExempt());
}

void TestCookieField::patternNames() {
    Cookie cookie;
    cookie.name = QStringLiteral("_ga_*");
    QVERIFY(cookie.isPattern());
    QCOMPARE(cookie.patternPrefix(), QStringLiteral("_ga_"));
    cookie.name = QStringLiteral("_ga");
    QVERIFY(!cookie.isPattern());
}

void TestCookieField::siteLanguages() {
    QString error;
    QCOMPARE(Site::parseLanguages(QStringLiteral("fr, EN,fr"), &error),
             (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    QVERIFY(Site::parseLanguages(QStringLiteral("fr,de"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("de")));
    QVERIFY(Site::parseLanguages(QString(), &error).isEmpty());
}

QTEST_GUILESS_MAIN(TestCookieField)
#include "tst_cookiefield.moc"
