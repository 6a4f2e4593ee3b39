#include "KnowledgeBase.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray header =
    "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,"
    "Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n";

// A small release: exact names in two cases, prefixes of several lengths, two rows for one name
// on different domains.
QByteArray sample() {
    return header + "1,Google Analytics,Analytics,_ga,,Distinguishes users,2 years,Google,"
                    "https://policies.google.com/privacy,0\n"
                    "2,Google Analytics,Analytics,_ga_,,Keeps session state,2 years,Google,"
                    "https://policies.google.com/privacy,1\n"
                    "3,Google Ads,Marketing,_g,,Short prefix,1 year,Google,,1\n"
                    "4,Piwik,Analytics,_pk_id.,,Recognises visitors,13 Months,Piwik,"
                    "https://piwik.pro/privacy-policy/,1\n"
                    "5,Hotjar,Analytics,_hjSession,hotjar.com,Session data,30 minutes,Hotjar,,0\n"
                    "6,Other,Functional,_HJSESSION,,Another one,Session,Other,,0\n"
                    "7,Django,Functional,sessionid,example.org,Django's session,session,Django,,0\n"
                    "8,Shop,Security,sessionid,shop.example.com,A shop's session,Unknown,Shop,,0\n"
                    "9,Theme,Personalization,theme,,Remembers the theme,forever,Theme,,0\n";
}

} // namespace

class TestKnowledgeBase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matching_data();
    void matching();
    void categories_data();
    void categories();
    void retention_data();
    void retention();
    void badReleasesAreRefusedWithTheirLine_data();
    void badReleasesAreRefusedWithTheirLine();
    void theBuiltInReleaseAndAnUpdate();
    void aJsonRelease();
    void theIndexIsCachedAndFollowsTheRelease();

private:
    QTemporaryDir m_home;
};

void TestKnowledgeBase::initTestCase() {
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
}

void TestKnowledgeBase::matching_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("bestId");
    QTest::addColumn<int>("kind"); // KnowledgeBase::MatchKind
    QTest::addColumn<int>("count");
    using Kind = KnowledgeBase::MatchKind;
    QTest::newRow("exact") << "_ga"
                           << ""
                           << "1" << int(Kind::Exact) << 2; // and prefix _g
    QTest::newRow("case before folded") << "_hjSession"
                                        << ""
                                        << "5" << int(Kind::Exact) << 2;
    QTest::newRow("case-insensitive") << "_hjsession"
                                      << ""
                                      << "5" << int(Kind::CaseInsensitive) << 2;
    QTest::newRow("longest prefix") << "_ga_ABC123"
                                    << ""
                                    << "2" << int(Kind::Prefix) << 2;
    QTest::newRow("short prefix only") << "_gcl_au"
                                       << ""
                                       << "3" << int(Kind::Prefix) << 1;
    QTest::newRow("our pattern is its prefix row") << "_ga_*"
                                                   << ""
                                                   << "2" << int(Kind::Exact) << 2;
    QTest::newRow("our pattern with a dot") << "_pk_id.*"
                                            << ""
                                            << "4" << int(Kind::Exact) << 1;
    QTest::newRow("a name under a prefix") << "_pk_id.1.8f2c"
                                           << ""
                                           << "4" << int(Kind::Prefix) << 1;
    QTest::newRow("domain decides") << "sessionid"
                                    << "shop.example.com"
                                    << "8" << int(Kind::Exact) << 2;
    QTest::newRow("a subdomain decides too") << "sessionid"
                                             << ".www.example.org"
                                             << "7" << int(Kind::Exact) << 2;
    QTest::newRow("no domain: the base's order") << "sessionid"
                                                 << ""
                                                 << "7" << int(Kind::Exact) << 2;
    QTest::newRow("no match") << "csrftoken"
                              << ""
                              << "" << 0 << 0;
}

void TestKnowledgeBase::matching() {
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(QString, bestId);
    QFETCH(int, kind);
    QFETCH(int, count);
    KnowledgeBase base;
    QString error;
    QVERIFY2(base.loadCsv(sample(), &error), qPrintable(error));
    const QList<KnowledgeBase::Match> matches = base.lookup(name, domain);
    QCOMPARE(int(matches.size()), count);
    if (count == 0) {
        QVERIFY(!base.best(name, domain));
        return;
    }
    QCOMPARE(matches.constFirst().cookie->id, bestId);
    QCOMPARE(int(matches.constFirst().kind), kind);
}

void TestKnowledgeBase::categories_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ours");
    QTest::newRow("functional") << "Functional"
                                << "necessary";
    QTest::newRow("security") << "Security"
                              << "necessary";
    QTest::newRow("necessary") << "Necessary"
                               << "necessary";
    QTest::newRow("personalization") << "Personalization"
                                     << "preferences";
    QTest::newRow("analytics") << "Analytics"
                               << "statistics";
    QTest::newRow("marketing") << "Marketing"
                               << "marketing";
    QTest::newRow("unknown") << "Other"
                             << "";
}

void TestKnowledgeBase::categories() {
    QFETCH(QString, text);
    QFETCH(QString, ours);
    const std::optional<Category> category = KnowledgeBase::mapCategory(text);
    QCOMPARE(category ? Vocabulary::categoryKey(*category) : QString(), ours);
}

void TestKnowledgeBase::retention_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("duration");
    QTest::newRow("session") << "session"
                             << "session";
    QTest::newRow("Session") << "Session"
                             << "session";
    QTest::newRow("end of session") << "End of session (browser)"
                                    << "session";
    QTest::newRow("1 year") << "1 year"
                            << "1 an";
    QTest::newRow("2 Years") << "2 Years"
                             << "2 ans";
    QTest::newRow("13 months") << "13 months"
                               << "13 mois";
    QTest::newRow("30 Days") << "30 Days"
                             << "30 jours";
    QTest::newRow("24 hours") << "24 hours"
                              << "24 heures";
    QTest::newRow("30 minutes") << "30 minutes"
                                << "30 minutes";
    QTest::newRow("3 weeks") << "3 weeks"
                             << "3 semaines";
    QTest::newRow("unknown") << "Unknown"
                             << "";
    QTest::newRow("forever") << "forever"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestKnowledgeBase::retention() {
    QFETCH(QString, text);
    QFETCH(QString, duration);
    QCOMPARE(KnowledgeBase::mapRetention(text), duration);
}

void TestKnowledgeBase::badReleasesAreRefusedWithTheirLine_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not the database's columns") << QByteArray("name,purpose\n_ga,x\n") << "line 1";
    QTest::newRow("a row without a name")
        << QByteArray(header + "1,P,Analytics,_ga,,d,1 year,G,,0\n2,P,Analytics,,,d,1 year,G,,0\n")
        << "line 3";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("header only") << header << "no cookie";
}

void TestKnowledgeBase::badReleasesAreRefusedWithTheirLine() {
    QFETCH(QByteArray, csv);
    QFETCH(QString, mentions);
    KnowledgeBase base;
    QString error;
    QVERIFY(base.loadCsv(sample(), &error));
    QVERIFY(!base.loadCsv(csv, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(base.size(), 9); // the base in use is unchanged
    QVERIFY(base.best(QStringLiteral("_ga")));
}

// The program ships the Open Cookie Database; `kb update` puts a newer release in the data
// folder, which then takes precedence; a bad one changes nothing.
void TestKnowledgeBase::theBuiltInReleaseAndAnUpdate() {
    KnowledgeBase builtIn;
    QString error;
    QVERIFY2(builtIn.loadDefault(&error), qPrintable(error));
    QCOMPARE(builtIn.source(), QStringLiteral("built-in"));
    QCOMPARE(builtIn.size(), 2264);
    QCOMPARE(builtIn.wildcardCount(), 260);
    const std::optional<KnowledgeBase::Match> ga = builtIn.best(QStringLiteral("_ga_ABC123"));
    QVERIFY(ga);
    QCOMPARE(ga->cookie->controller, QStringLiteral("Google"));
    QCOMPARE(ga->cookie->category, std::optional<Category>(Category::Statistics));

    const QString bad = m_home.filePath(QStringLiteral("bad.csv"));
    QVERIFY(TestSupport::writeAll(bad, header + "1,P,Analytics,,,d,1 year,G,,0\n"));
    QCOMPARE(KnowledgeBase::install(bad, &error), KnowledgeBase::Install::Invalid);
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
    QVERIFY(!QFile::exists(KnowledgeBase::userCopyPath()));

    const QString newer = m_home.filePath(QStringLiteral("newer.csv"));
    QVERIFY(TestSupport::writeAll(newer, sample()));
    int entries = 0;
    QCOMPARE(KnowledgeBase::install(newer, &error, &entries), KnowledgeBase::Install::Installed);
    QCOMPARE(entries, 9);
    KnowledgeBase updated;
    QVERIFY(updated.loadDefault(&error));
    QCOMPARE(updated.source(), KnowledgeBase::userCopyPath());
    QCOMPARE(updated.size(), 9);
    QVERIFY(QFile::remove(KnowledgeBase::userCopyPath()));
}

namespace {

// The release's JSON form: platforms, each a list of entries.
const QByteArray jsonRelease = R"({
    "Google Analytics": [
        {
            "id": "ga-1",
            "category": "Analytics",
            "cookie": "_ga",
            "domain": "",
            "description": "Distinguishes users",
            "retentionPeriod": "2 years",
            "dataController": "Google",
            "privacyLink": "https://policies.google.com/privacy",
            "wildcardMatch": "0"
        },
        {
            "id": "ga-2",
            "category": "Analytics",
            "cookie": "_ga_",
            "domain": "",
            "description": "Keeps session state",
            "retentionPeriod": "2 years",
            "dataController": "Google",
            "privacyLink": "",
            "wildcardMatch": 1
        }
    ],
    "Cookiebot": [
        {
            "id": "cb-1",
            "category": "Functional",
            "cookie": "CookieConsent",
            "domain": "",
            "description": "Stores the consent state",
            "retentionPeriod": "1 year",
            "dataController": "Cookiebot",
            "privacyLink": "",
            "wildcardMatch": "0"
        }
    ]
}
)";

} // namespace

void TestKnowledgeBase::aJsonRelease() {
    KnowledgeBase base;
    QString error;
    QVERIFY2(base.load(jsonRelease, &error), qPrintable(error));
    QCOMPARE(base.size(), 3);
    QCOMPARE(base.wildcardCount(), 1);
    const std::optional<KnowledgeBase::Match> ga = base.best(QStringLiteral("_ga_XYZ"));
    QVERIFY(ga);
    QCOMPARE(ga->cookie->id, QStringLiteral("ga-2"));
    QCOMPARE(ga->cookie->platform, QStringLiteral("Google Analytics"));
    QCOMPARE(ga->cookie->duration, QStringLiteral("2 ans"));
    const std::optional<KnowledgeBase::Match> consent = base.best(QStringLiteral("CookieConsent"));
    QVERIFY(consent);
    QCOMPARE(consent->cookie->category, std::optional<Category>(Category::Necessary));

    // An entry without a name: refused, the line named (where its id stands), base unchanged.
    QByteArray nameless = jsonRelease;
    nameless.replace("\"cookie\": \"CookieConsent\"", "\"cookie\": \"\"");
    QVERIFY(!base.load(nameless, &error));
    QVERIFY2(error.startsWith(QLatin1String("line 28: entry 1 of \"Cookiebot\"")),
             qPrintable(error));
    QCOMPARE(base.size(), 3);
    // Broken JSON: the line of the fault.
    QVERIFY(!base.load(jsonRelease.left(300), &error));
    QVERIFY2(error.startsWith(QLatin1String("line ")), qPrintable(error));
    QVERIFY(!base.load("{\"Google\": 3}", &error));
    QVERIFY2(error.contains(QLatin1String("not a list of cookies")), qPrintable(error));
    QCOMPARE(base.size(), 3);

    // kb update with a JSON release: it becomes the base in use, and replaces a CSV copy.
    const QString csv = m_home.filePath(QStringLiteral("newer.csv"));
    QVERIFY(TestSupport::writeAll(csv, sample()));
    QCOMPARE(KnowledgeBase::install(csv, &error), KnowledgeBase::Install::Installed);
    const QString json = m_home.filePath(QStringLiteral("newer.json"));
    QVERIFY(TestSupport::writeAll(json, jsonRelease));
    int entries = 0;
    QCOMPARE(KnowledgeBase::install(json, &error, &entries), KnowledgeBase::Install::Installed);
    QCOMPARE(entries, 3);
    QVERIFY(KnowledgeBase::userCopyPath().endsWith(QLatin1String(".json")));
    KnowledgeBase updated;
    QVERIFY(updated.loadDefault(&error));
    QCOMPARE(updated.source(), KnowledgeBase::userCopyPath());
    QCOMPARE(updated.size(), 3);
    QDir data(QFileInfo(KnowledgeBase::userCopyPath()).absolutePath());
    QCOMPARE(data.entryList({QStringLiteral("open-cookie-database.*")}),
             QStringList{QStringLiteral("open-cookie-database.json")});
    QVERIFY(QFile::remove(KnowledgeBase::userCopyPath()));
}

void TestKnowledgeBase::theIndexIsCachedAndFollowsTheRelease() {
    QFile::remove(KnowledgeBase::cachePath());
    QString error;
    KnowledgeBase first;
    QVERIFY(first.loadDefault(&error));
    QVERIFY(!first.loadedFromCache());
    QVERIFY(QFile::exists(KnowledgeBase::cachePath()));
    KnowledgeBase second;
    QVERIFY(second.loadDefault(&error));
    QVERIFY(second.loadedFromCache());
    QCOMPARE(second.size(), first.size());
    QCOMPARE(second.best(QStringLiteral("_ga_ABC"))->cookie->id,
             first.best(QStringLiteral("_ga_ABC"))->cookie->id);
    QCOMPARE(second.best(QStringLiteral("IDE"))->cookie->category,
             std::optional<Category>(Category::Marketing));

    // A new release: the cache is not used for it, then rebuilt for it.
    const QString newer = m_home.filePath(QStringLiteral("newer.csv"));
    QVERIFY(TestSupport::writeAll(newer, sample()));
    QCOMPARE(KnowledgeBase::install(newer, &error), KnowledgeBase::Install::Installed);
    KnowledgeBase updated;
    QVERIFY(updated.loadDefault(&error));
    QVERIFY(!updated.loadedFromCache());
    QCOMPARE(updated.size(), 9);
    KnowledgeBase again;
    QVERIFY(again.loadDefault(&error));
    QVERIFY(again.loadedFromCache());
    QCOMPARE(again.size(), 9);
    QVERIFY(QFile::remove(KnowledgeBase::userCopyPath()));

    // A damaged cache is ignored: the release is parsed again.
    QFile cache(KnowledgeBase::cachePath());
    QVERIFY(cache.open(QIODevice::ReadWrite));
    QVERIFY(cache.resize(cache.size() / 2));
    cache.close();
    KnowledgeBase afterDamage;
    QVERIFY(afterDamage.loadDefault(&error));
    QVERIFY(!afterDamage.loadedFromCache());
    QCOMPARE(afterDamage.size(), 2264);
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
