#include "RegistryJson.h"

#include <QJsonDocument>
#include <QTest>

class TestRegistryJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeThenReadIsLossless();
    void documentIsValidJson();
    void refusesForeignDocuments_data();
    void refusesForeignDocuments();
    void badValuesBecomeRowErrors();
};

namespace {

Cookie sample() {
    Cookie cookie;
    cookie.provider = QStringLiteral("Google \"Analytics\"");
    cookie.service = QStringLiteral("Mesure d'audience");
    cookie.location = QStringLiteral("front office");
    cookie.name = QStringLiteral("_ga_*");
    cookie.purposeFr = QStringLiteral("Mesurer l'audience\n\ttabulée \\ et « citée » \u0001");
    cookie.purposeEn = QStringLiteral("Audience measurement 🍪");
    cookie.category = Category::Statistics;
    cookie.party = Party::Third;
    cookie.domain = QStringLiteral(".google.com");
    cookie.duration = QStringLiteral("13 mois");
    cookie.storage = StorageType::Cookie;
    cookie.privacyUrl = QStringLiteral("https://policies.google.com/privacy");
    cookie.consentExemptOverride = true;
    cookie.notes = QStringLiteral("</script>");
    cookie.createdAt = QStringLiteral("2026-01-02T03:04:05Z");
    cookie.createdBy = QStringLiteral("alice");
    cookie.updatedAt = QStringLiteral("2026-02-03T04:05:06Z");
    cookie.updatedBy = QStringLiteral("bob");
    return cookie;
}

QByteArray document(const QList<Site> &sites, const QList<QList<Cookie>> &cookies) {
    QByteArray out;
    RegistryJson::beginDocument(out);
    for (qsizetype s = 0; s < sites.size(); ++s) {
        RegistryJson::beginSite(out, sites.at(s), s == 0);
        for (qsizetype c = 0; c < cookies.at(s).size(); ++c)
            RegistryJson::appendCookie(out, cookies.at(s).at(c), c == 0);
        RegistryJson::endSite(out);
    }
    RegistryJson::endDocument(out);
    return out;
}

} // namespace

void TestRegistryJson::writeThenReadIsLossless() {
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    site.contact = QStringLiteral("dpo@exemple.fr");
    Site other;
    other.name = QStringLiteral("autre.fr");
    Cookie second = sample();
    second.name = QStringLiteral("plain");
    second.consentExemptOverride.reset();

    const QByteArray out = document({site, other}, {{sample(), second}, {}});
    QList<Site> sites;
    QList<ImportRecord> records;
    QString error;
    QVERIFY2(RegistryJson::read(out, &sites, &records, &error), qPrintable(error));
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.at(0).name, site.name);
    QCOMPARE(sites.at(0).url, site.url);
    QCOMPARE(sites.at(0).languages, site.languages);
    QCOMPARE(sites.at(0).contact, site.contact);
    QCOMPARE(sites.at(1).languages, QStringList{QStringLiteral("fr")});
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(0).errors.isEmpty());
    QCOMPARE(records.at(0).siteName, site.name);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(1).line, 2);
    const Cookie &read = records.at(0).cookie;
    QVERIFY(read.sameContent(sample()));
    QCOMPARE(read.createdAt, sample().createdAt);
    QCOMPARE(read.createdBy, QStringLiteral("alice"));
    QCOMPARE(read.updatedAt, sample().updatedAt);
    QCOMPARE(read.updatedBy, QStringLiteral("bob"));
    QVERIFY(!records.at(1).cookie.consentExemptOverride.has_value());
}

void TestRegistryJson::documentIsValidJson() {
    Site site;
    site.name = QStringLiteral("x");
    const QByteArray out = document({site}, {{sample()}});
    QJsonParseError error;
    QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(out.contains("\\u0001"));
}

void TestRegistryJson::refusesForeignDocuments_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("not JSON") << QByteArray("site,provider\n");
    QTest::newRow("other JSON") << QByteArray("{\"cookies\":[]}");
    QTest::newRow("newer version")
        << QByteArray("{\"format\":\"cookie-charter-registry\",\"version\":9,\"sites\":[]}");
    QTest::newRow("site without name") << QByteArray(
        "{\"format\":\"cookie-charter-registry\",\"version\":1,\"sites\":[{\"cookies\":[]}]}");
}

void TestRegistryJson::refusesForeignDocuments() {
    QFETCH(QByteArray, data);
    QList<Site> sites;
    QList<ImportRecord> records;
    QString error;
    QVERIFY(!RegistryJson::read(data, &sites, &records, &error));
    QVERIFY(!error.isEmpty());
}

void TestRegistryJson::badValuesBecomeRowErrors() {
    const QByteArray data(
        "{\"format\":\"cookie-charter-registry\",\"version\":1,\"sites\":[{\"name\":\"s\","
        "\"cookies\":["
        "{\"provider\":\"P\",\"name\":\"a\",\"purpose\":{\"fr\":\"x\"},\"category\":\"tasty\"},"
        "{\"provider\":\"P\",\"name\":\"b\",\"purpose\":\"plain text purpose\"},"
        "{\"provider\":42,\"name\":\"c\",\"purpose\":{\"fr\":\"x\"},\"consentExempt\":\"yes\"}]}]"
        "}");
    QList<Site> sites;
    QList<ImportRecord> records;
    QString error;
    QVERIFY2(RegistryJson::read(data, &sites, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).errors.size(), 1);
    QVERIFY(records.at(0).errors.constFirst().startsWith(QLatin1String("category")));
    QVERIFY(records.at(1).errors.isEmpty());
    QCOMPARE(records.at(1).cookie.purposeFr, QStringLiteral("plain text purpose"));
    QCOMPARE(records.at(2).errors.size(), 2);
}

QTEST_GUILESS_MAIN(TestRegistryJson)
#include "tst_registryjson.moc"
