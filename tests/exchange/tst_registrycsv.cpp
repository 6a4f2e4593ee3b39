#include "RegistryCsv.h"
#include "ServiceLocation.h"

#include "TestSupport.h"

#include <QTest>

namespace {

struct Parsed {
    QList<ImportRecord> records;
    QStringList unknown;
    QString error;
};

Parsed parse(const QByteArray &data) {
    Parsed parsed;
    RegistryCsvReader reader;
    if (!reader.openData(data, &parsed.error))
        return parsed;
    parsed.unknown = reader.unknownColumns();
    ImportRecord record;
    while (reader.next(&record))
        parsed.records.append(record);
    return parsed;
}

} // namespace

class TestRegistryCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatorColumns();
    void headerVariants_data();
    void headerVariants();
    void missingColumnsRefused_data();
    void missingColumnsRefused();
    void badRowsCarryTheirErrors_data();
    void badRowsCarryTheirErrors();
    void referenceTableParses();
    void openCookieDatabaseParses();
    void writeThenReadIsIdentity();
    void serviceLocationSplit_data();
    void serviceLocationSplit();
};

void TestRegistryCsv::generatorColumns() {
    const Parsed parsed =
        parse("site,provider,service,location,name,purpose,category,party,domain,duration,type\r\n"
              "opendata.exemple.fr,Vimeo,Support « chat »,front office,_vim_0000002,\"Mémoriser "
              "les choix "
              "d'affichage du visiteur (langue, thème, carte), pour une durée limitée. (réf. 2)\","
              "preferences,third,vimeo.com,session,sessionStorage\r\n");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.unknown.isEmpty());
    QCOMPARE(parsed.records.size(), 1);
    const ImportRecord &record = parsed.records.constFirst();
    QVERIFY(record.errors.isEmpty());
    QCOMPARE(record.line, 2);
    QCOMPARE(record.siteName, QStringLiteral("opendata.exemple.fr"));
    QCOMPARE(record.cookie.provider, QStringLiteral("Vimeo"));
    QCOMPARE(record.cookie.service, QStringLiteral("Support « chat »"));
    QCOMPARE(record.cookie.location, QStringLiteral("front office"));
    QCOMPARE(record.cookie.name, QStringLiteral("_vim_0000002"));
    QCOMPARE(record.cookie.purposeFr,
             QStringLiteral("Mémoriser les choix d'affichage du visiteur (langue, thème, carte), "
                            "pour une durée limitée. (réf. 2)"));
    QCOMPARE(record.cookie.category, Category::Preferences);
    QCOMPARE(record.cookie.party, Party::Third);
    QCOMPARE(record.cookie.domain, QStringLiteral("vimeo.com"));
    QCOMPARE(record.cookie.duration, QStringLiteral("session"));
    QCOMPARE(record.cookie.storage, StorageType::SessionStorage);
}

void TestRegistryCsv::headerVariants_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("reordered, upper case") << QByteArray("NAME,Purpose,Provider\nx,why,P\n") << "x"
                                           << "why" << QStringList{};
    QTest::newRow("French headers, semicolons")
        << QByteArray("Fournisseur;Nom du cookie;Finalités;Durée\nP;x;pourquoi;13 mois\n") << "x"
        << "pourquoi" << QStringList{};
    QTest::newRow("unknown column reported")
        << QByteArray("provider,name,purpose,colour\nP,x,why,blue\n") << "x"
        << "why" << QStringList{"colour"};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFprovider,name,purpose\r\nP,x,why\r\n")
                                  << "x"
                                  << "why" << QStringList{};
    QTest::newRow("pattern column adds the star")
        << QByteArray("provider,name,purpose,pattern\nGoogle,_ga_,why,1\n") << "_ga_*"
        << "why" << QStringList{};
    QTest::newRow("neutralised cell read back")
        << QByteArray("provider,name,purpose\nP,x,'=not a formula\n") << "x"
        << "=not a formula" << QStringList{};
}

void TestRegistryCsv::headerVariants() {
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, purpose);
    QFETCH(QStringList, unknown);
    const Parsed parsed = parse(data);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.unknown, unknown);
    QCOMPARE(parsed.records.size(), 1);
    QVERIFY(parsed.records.constFirst().errors.isEmpty());
    QCOMPARE(parsed.records.constFirst().cookie.name, name);
    QCOMPARE(parsed.records.constFirst().cookie.purposeFr, purpose);
}

void TestRegistryCsv::missingColumnsRefused_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("no name column") << QByteArray("provider,purpose\nP,why\n") << "name";
    QTest::newRow("no purpose column") << QByteArray("provider,name\nP,x\n") << "purpose";
}

void TestRegistryCsv::missingColumnsRefused() {
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    const Parsed parsed = parse(data);
    QVERIFY(parsed.error.contains(mentions));
}

void TestRegistryCsv::badRowsCarryTheirErrors_data() {
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown category") << QByteArray("P,x,why,tasty,first") << "category";
    QTest::newRow("unknown party") << QByteArray("P,x,why,necessary,second") << "party";
    QTest::newRow("invalid UTF-8") << QByteArray("P,x\xFF,why,necessary,first") << "UTF-8";
    QTest::newRow("too many fields") << QByteArray("P,x,why,necessary,first,extra") << "fields";
}

void TestRegistryCsv::badRowsCarryTheirErrors() {
    QFETCH(QByteArray, row);
    QFETCH(QString, mentions);
    const Parsed parsed =
        parse("provider,name,purpose,category,party\nP,ok,why,necessary,first\n" + row + "\n");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 2);
    QVERIFY(parsed.records.at(0).errors.isEmpty());
    QCOMPARE(parsed.records.at(1).line, 3);
    QCOMPARE(parsed.records.at(1).errors.size(), 1);
    QVERIFY2(parsed.records.at(1).errors.constFirst().contains(mentions),
             qPrintable(parsed.records.at(1).errors.constFirst()));
}

void TestRegistryCsv::referenceTableParses() {
    // The reference charter's table, tab-separated, with its own headers and blank lines.
    const QByteArray text = TestSupport::readAll(
        TestSupport::dataPath(QStringLiteral("reference/charte-cookies-opendatasoft.txt")));
    const qsizetype start = text.indexOf("Nom du prestataire");
    QVERIFY(start > 0);
    const Parsed parsed = parse(text.mid(start));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 4);
    const ImportRecord &first = parsed.records.at(0);
    QCOMPARE(first.cookie.provider, QStringLiteral("Opendatasoft"));
    QCOMPARE(first.cookie.service, QStringLiteral("Authentification"));
    QCOMPARE(first.cookie.location, QStringLiteral("front et back office"));
    QCOMPARE(first.cookie.name, QStringLiteral("sessionid"));
    QCOMPARE(first.cookie.purposeFr,
             QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre."));
    QCOMPARE(parsed.records.at(2).cookie.service, QStringLiteral("API (CSRF)"));
    QCOMPARE(parsed.records.at(2).cookie.location, QStringLiteral("front et back office"));
    QCOMPARE(parsed.records.at(3).cookie.service,
             QStringLiteral("Choix concernant vos préférences sur les cookies"));
    QCOMPARE(parsed.records.at(3).cookie.location, QString());
    QCOMPARE(parsed.records.at(3).cookie.name, QStringLiteral("cookies_preferences"));
}

void TestRegistryCsv::openCookieDatabaseParses() {
    const QByteArray data = TestSupport::readAll(
        TestSupport::dataPath(QStringLiteral("open-cookie-database/open-cookie-database.csv")));
    const Parsed parsed = parse(data);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 2264);
    QCOMPARE(parsed.unknown,
             (QStringList{QStringLiteral("ID"), QStringLiteral("Data Controller")}));
    int bad = 0;
    int patterns = 0;
    for (const ImportRecord &record : parsed.records) {
        bad += record.errors.isEmpty() ? 0 : 1;
        patterns += record.cookie.isPattern() ? 1 : 0;
    }
    QCOMPARE(bad, 0);
    QVERIFY(patterns >= 260);
    const Cookie &gtm = parsed.records.at(0).cookie;
    QCOMPARE(gtm.provider, QStringLiteral("Google Tag Manager"));
    QCOMPARE(gtm.name, QStringLiteral("cookiePreferences"));
    QCOMPARE(gtm.category, Category::Preferences);
    QCOMPARE(gtm.duration, QStringLiteral("2 years"));
    QCOMPARE(gtm.purposeEn, QStringLiteral("Registers cookie preferences of a user"));
    QCOMPARE(gtm.privacyUrl, QStringLiteral("https://business.safety.google/privacy/"));
}

void TestRegistryCsv::writeThenReadIsIdentity() {
    Cookie cookie;
    cookie.provider = QStringLiteral("=cmd|' /C calc'!A0");
    cookie.service = QStringLiteral("Vidéo « intégrée », \"quoted\"");
    cookie.location = QStringLiteral("front office");
    cookie.name = QStringLiteral("_ga_*");
    cookie.purposeFr = QStringLiteral("Ligne 1\nLigne 2, avec virgule");
    cookie.purposeEn = QStringLiteral("-starts with minus");
    cookie.category = Category::Statistics;
    cookie.party = Party::Third;
    cookie.domain = QStringLiteral("google.com");
    cookie.duration = QStringLiteral("13 mois");
    cookie.storage = StorageType::LocalStorage;
    cookie.privacyUrl = QStringLiteral("https://policies.google.com/privacy");
    cookie.consentExemptOverride = false;
    cookie.notes = QStringLiteral("@team: check");

    QByteArray out;
    RegistryCsv::appendHeader(out);
    RegistryCsv::appendCookie(out, QStringLiteral("site, with comma"), cookie);
    const Parsed parsed = parse(out);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.unknown.isEmpty());
    QCOMPARE(parsed.records.size(), 1);
    QVERIFY(parsed.records.constFirst().errors.isEmpty());
    QCOMPARE(parsed.records.constFirst().siteName, QStringLiteral("site, with comma"));
    QVERIFY(parsed.records.constFirst().cookie.sameContent(cookie));
    QVERIFY(out.contains("'=cmd"));
}

void TestRegistryCsv::serviceLocationSplit_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("location");
    QTest::newRow("location") << "Authentification (front et back office)"
                              << "Authentification"
                              << "front et back office";
    QTest::newRow("two groups") << "API (CSRF) (front et back office)"
                                << "API (CSRF)"
                                << "front et back office";
    QTest::newRow("not a location") << "API (CSRF)"
                                    << "API (CSRF)"
                                    << "";
    QTest::newRow("none") << "Choix concernant vos préférences sur les cookies"
                          << "Choix concernant vos préférences sur les cookies"
                          << "";
}

void TestRegistryCsv::serviceLocationSplit() {
    QFETCH(QString, text);
    QFETCH(QString, service);
    QFETCH(QString, location);
    const auto parts = ServiceLocation::split(text);
    QCOMPARE(parts.first, service);
    QCOMPARE(parts.second, location);
    QCOMPARE(ServiceLocation::join(parts.first, parts.second), text);
}

QTEST_GUILESS_MAIN(TestRegistryCsv)
#include "tst_registrycsv.moc"
