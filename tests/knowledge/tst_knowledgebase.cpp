#include "KnowledgeBase.h"

#include "TestSupport.h"

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

private:
    QTemporaryDir m_home;
};

void TestKnowledgeBase::initTestCase() {
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
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

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
