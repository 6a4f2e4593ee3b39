#include "RecordListSource.h"
#include "Schema.h"
#include "Store.h"

#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

// The store's promises on both backends, each test once on an SQLite file and once on a
// PostgreSQL database of the test server: the same writes, conflicts, duplicates, imports,
// texts, switches, reviews and publications, what another connection sees, busy writers, and on
// the server a connection lost in the middle of a write and migrations from every version.
class TestStoreBackends : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesAndConflicts_data() { backends(); }
    void writesAndConflicts();
    void importRejectsEveryBadRowAndWritesNothing_data() { backends(); }
    void importRejectsEveryBadRowAndWritesNothing();
    void textsSwitchesAndReviews_data() { backends(); }
    void textsSwitchesAndReviews();
    void publicationsKeepTheirChain_data() { backends(); }
    void publicationsKeepTheirChain();
    void otherConnectionsSeeChanges_data() { backends(); }
    void otherConnectionsSeeChanges();
    void concurrentWritersLoseNothing_data() { backends(); }
    void concurrentWritersLoseNothing();
    void busyStoreWritesNothing_data() { backends(); }
    void busyStoreWritesNothing();
    void foreignDatabaseIsLeftUntouched_data() { backends(); }
    void foreignDatabaseIsLeftUntouched();
    void serverConnectionLostMidWrite();
    void serverMigratesFromEveryVersion();
    void serverRefusesWhatItCannotReach();

private:
    static void backends() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // A new empty store of the row's backend; its location, or empty after QSKIP/QFAIL.
    QString newLocation();
    bool createStore(Store &store);
    // Runs SQL behind the store's back, on the current store.
    bool behindTheBack(const QString &sql);
    qint64 addSite(Store &store, const QString &name);
    static Cookie cookie(qint64 siteId, const QString &name, const QString &domain = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerTest::FreshDatabase> m_database;
    QString m_location;
    bool m_server = false;
};

void TestStoreBackends::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_database.reset();
    m_location.clear();
    m_server = false;
}

void TestStoreBackends::cleanup() {
    m_database.reset();
    m_dir.reset();
}

QString TestStoreBackends::newLocation() {
    QFETCH(QString, backend);
    m_server = backend == QLatin1String("postgresql");
    if (!m_server) {
        m_location = m_dir->filePath(QStringLiteral("store.cookiestore"));
        return m_location;
    }
    if (ServerTest::adminLocation().isEmpty())
        return QString();
    m_database = std::make_unique<ServerTest::FreshDatabase>();
    if (!m_database->ok())
        return QString();
    m_location = m_database->location();
    return m_location;
}

bool TestStoreBackends::createStore(Store &store) {
    QString error;
    if (newLocation().isEmpty())
        return false;
    if (!store.create(m_location, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestStoreBackends::behindTheBack(const QString &sql) {
    if (m_server)
        return ServerTest::exec(sql, m_database->name());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("back"));
    db.setDatabaseName(m_location);
    bool ok = db.open() && QSqlQuery(db).exec(sql);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("back"));
    return ok;
}

qint64 TestStoreBackends::addSite(Store &store, const QString &name) {
    Site site;
    site.name = name;
    site.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    return store.addSite(site).ok() ? site.id : 0;
}

Cookie TestStoreBackends::cookie(qint64 siteId, const QString &name, const QString &domain) {
    Cookie cookie;
    cookie.siteId = siteId;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.service = QStringLiteral("Plateforme");
    cookie.name = name;
    cookie.domain = domain;
    cookie.purposeFr = QStringLiteral("Mesure d'audience");
    cookie.category = Category::Statistics;
    cookie.duration = QStringLiteral("13 mois");
    return cookie;
}

#define CREATE_STORE(store)                                                                        \
    Store store;                                                                                   \
    if (!createStore(store)) {                                                                     \
        CC_NEED_SERVER();                                                                          \
        QFAIL("the store could not be created");                                                   \
    }

void TestStoreBackends::writesAndConflicts() {
    CREATE_STORE(store);
    QCOMPARE(store.isServer(), m_server);
    const qint64 siteId = addSite(store, QStringLiteral("data.clermont.fr"));
    QVERIFY(siteId > 0);
    // Site names are unique whatever their case, and found whatever their case.
    Site same;
    same.name = QStringLiteral("DATA.Clermont.FR");
    same.languages = {QStringLiteral("fr")};
    QCOMPARE(store.addSite(same).status, WriteResult::Status::Duplicate);
    QCOMPARE(store.findSite(QStringLiteral("Data.Clermont.fr"))->id, siteId);

    Cookie first = cookie(siteId, QStringLiteral("_ga"), QStringLiteral(".clermont.fr"));
    QVERIFY(store.addCookie(first).ok());
    QCOMPARE(first.version, 1);
    Cookie again = cookie(siteId, QStringLiteral("_ga"), QStringLiteral(".clermont.fr"));
    const WriteResult duplicate = store.addCookie(again);
    QCOMPARE(duplicate.status, WriteResult::Status::Duplicate);
    QCOMPARE(duplicate.otherId, first.id);
    QCOMPARE(store.cookieCount(siteId), 1);

    // Two people read version 1; the second to write is refused and told what is stored.
    Store other;
    QVERIFY(other.open(m_location, Store::OpenMode::ReadWrite, nullptr));
    other.setUserName(QStringLiteral("bob"));
    Cookie theirs = *other.cookie(first.id);
    first.purposeFr = QStringLiteral("Statistiques de visite");
    QVERIFY(store.updateCookie(first).ok());
    QCOMPARE(first.version, 2);
    theirs.purposeFr = QStringLiteral("Autre texte");
    const WriteResult stale = other.updateCookie(theirs);
    QCOMPARE(stale.status, WriteResult::Status::Conflict);
    QVERIFY(stale.current.has_value());
    QCOMPARE(stale.current->purposeFr, QStringLiteral("Statistiques de visite"));
    QCOMPARE(store.cookie(first.id)->purposeFr, QStringLiteral("Statistiques de visite"));

    // Renaming onto another cookie's name is a duplicate, and the row stays as it was.
    Cookie second = cookie(siteId, QStringLiteral("_gid"), QStringLiteral(".clermont.fr"));
    QVERIFY(store.addCookie(second).ok());
    second.name = QStringLiteral("_ga");
    QCOMPARE(store.updateCookie(second).status, WriteResult::Status::Duplicate);
    QCOMPARE(store.cookie(second.id)->name, QStringLiteral("_gid"));
    // And the connection is still good for the next write.
    second = *store.cookie(second.id);
    second.notes = QStringLiteral("vu le 2 décembre");
    QVERIFY(store.updateCookie(second).ok());

    // A stale delete removes nothing.
    QCOMPARE(other.removeCookies({theirs}).status, WriteResult::Status::Conflict);
    QCOMPARE(store.cookieCount(siteId), 2);
    QVERIFY(store.removeCookies({*store.cookie(first.id)}).ok());
    QCOMPARE(store.cookieCount(siteId), 1);
    QVERIFY(!store.cookie(first.id).has_value());
    const QList<AuditEntry> log = store.auditLog(siteId);
    QVERIFY(log.size() >= 5);
    QCOMPARE(log.constFirst().action, QStringLiteral("delete"));
}

void TestStoreBackends::importRejectsEveryBadRowAndWritesNothing() {
    CREATE_STORE(store);
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    Cookie existing = cookie(siteId, QStringLiteral("sessionid"));
    QVERIFY(store.addCookie(existing).ok());

    QList<ImportRecord> records;
    for (int i = 0; i < 50; ++i)
        records.append({i + 2,
                        QStringLiteral("s.example.fr"),
                        cookie(0, QStringLiteral("c%1").arg(i), QStringLiteral("x.fr")),
                        {}});
    records.append({60,
                    QStringLiteral("s.example.fr"),
                    cookie(0, QStringLiteral("c7"), QStringLiteral("x.fr")),
                    {}});
    records.append(
        {61, QStringLiteral("s.example.fr"), cookie(0, QStringLiteral("sessionid")), {}});
    // A site first seen after the duplicates: the COPY pauses for it, and it is not kept either.
    records.append({62, QStringLiteral("later.example.fr"), cookie(0, QStringLiteral("x")), {}});
    RecordListSource bad(records);
    ImportOptions options;
    ImportReport report = store.importRecords(bad, options);
    QVERIFY(!report.result.ok());
    QCOMPARE(report.errors.size(), 2);
    QCOMPARE(report.errors.at(0).line, 60);
    QVERIFY2(report.errors.at(0).message.contains(QLatin1String("line 9")),
             qPrintable(report.errors.at(0).message));
    QCOMPARE(report.errors.at(1).line, 61);
    QVERIFY2(report.errors.at(1).message.contains(QStringLiteral("#%1").arg(existing.id)),
             qPrintable(report.errors.at(1).message));
    QCOMPARE(store.cookieCount(siteId), 1);
    QCOMPARE(store.sites().size(), 1);

    // The good rows go in whole, with a new site, in their order.
    records.removeLast();
    records.removeLast();
    records.removeLast();
    records.append({70, QStringLiteral("new.example.fr"), cookie(0, QStringLiteral("lang")), {}});
    records[3].cookie.purposeFr = QStringLiteral("Tab\there, line\nbreak, back\\slash: «ok»");
    RecordListSource good(records);
    report = store.importRecords(good, options);
    QVERIFY2(report.result.ok(), qPrintable(report.result.message));
    QCOMPARE(report.added, 51);
    QCOMPARE(report.createdSites, QStringList{QStringLiteral("new.example.fr")});
    QCOMPARE(store.cookieCount(siteId), 51);
    const QList<Cookie> stored = store.cookies(siteId);
    QCOMPARE(stored.at(1).name, QStringLiteral("c0"));
    QCOMPARE(stored.at(4).purposeFr, QStringLiteral("Tab\there, line\nbreak, back\\slash: «ok»"));
    QCOMPARE(stored.at(4).category, Category::Statistics);
    QCOMPARE(stored.at(4).version, 1);
    QCOMPARE(stored.at(4).duration, QStringLiteral("13 mois"));
    // A dry run checks everything and writes nothing.
    options.dryRun = true;
    RecordListSource dry({{2, QStringLiteral("s.example.fr"), cookie(0, QStringLiteral("z")), {}}});
    report = store.importRecords(dry, options);
    QVERIFY(report.result.ok());
    QCOMPARE(store.cookieCount(siteId), 51);
}

void TestStoreBackends::textsSwitchesAndReviews() {
    CREATE_STORE(store);
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    CharterText text;
    text.siteId = siteId;
    text.language = QStringLiteral("fr");
    text.section = QStringLiteral("introduction");
    text.body = QStringLiteral("Notre charte.");
    QVERIFY(store.setCharterText(text).ok());
    CharterText stale = text;
    stale.version = 0;
    stale.body = QStringLiteral("Autre");
    QCOMPARE(store.setCharterText(stale).status, WriteResult::Status::Conflict);
    QCOMPARE(store.charterTexts(siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("Notre charte."));

    RuleSwitch off;
    off.siteId = siteId;
    off.rule = QStringLiteral("duration-missing");
    off.reason = QStringLiteral("durée donnée par le fournisseur");
    QVERIFY(store.switchRuleOff(off).ok());
    QCOMPARE(store.ruleSwitches(siteId).size(), 1);

    Review review;
    review.siteId = siteId;
    review.stateHash = QStringLiteral("abc");
    review.snapshot = QStringLiteral("{}");
    QVERIFY(store.submitReview(review).ok());
    QVERIFY(review.id > 0);
    QCOMPARE(store.submitReview(review).status, WriteResult::Status::Duplicate);
    // The submitter may not decide; someone else may, once.
    QCOMPARE(
        store.decideReview(review.id, Review::Decision::Approved, QString(), QStringLiteral("abc"))
            .status,
        WriteResult::Status::NotAllowed);
    store.setUserName(QStringLiteral("reviewer"));
    QVERIFY(store
                .decideReview(review.id, Review::Decision::Approved, QStringLiteral("bon"),
                              QStringLiteral("abc"))
                .ok());
    QCOMPARE(
        store.decideReview(review.id, Review::Decision::Approved, QString(), QStringLiteral("abc"))
            .status,
        WriteResult::Status::Conflict);
    ReviewComment comment;
    comment.reviewId = review.id;
    comment.body = QStringLiteral("Relu");
    QVERIFY(store.addReviewComment(comment).ok());
    QVERIFY(comment.id > 0);
    const std::optional<Review> read = store.review(review.id);
    QCOMPARE(read->decision, Review::Decision::Approved);
    QCOMPARE(read->comments.size(), 1);
    QCOMPARE(store.changedBy(siteId, QString()).size(), 1);
}

void TestStoreBackends::publicationsKeepTheirChain() {
    CREATE_STORE(store);
    for (int seq = 1; seq <= 2; ++seq) {
        Publication publication;
        publication.site = QStringLiteral("s.example.fr");
        publication.registryJson = QStringLiteral("{\"n\":%1}").arg(seq);
        publication.cookieCount = seq;
        publication.files.append({QStringLiteral("charte.fr.html"),
                                  QStringLiteral("fr"),
                                  QStringLiteral("html"),
                                  QByteArray("<p>\0\xff</p>", 9),
                                  {}});
        QVERIFY(store.addPublication(publication).ok());
        QCOMPARE(publication.seq, seq);
    }
    QCOMPARE(store.publications(QStringLiteral("S.EXAMPLE.FR")).size(), 2);
    const std::optional<Publication> second =
        store.publication(QStringLiteral("s.example.fr"), 2, true);
    QCOMPARE(second->files.constFirst().content, QByteArray("<p>\0\xff</p>", 9));
    QVERIFY(store.verifyPublications().ok);
    QCOMPARE(store.verifyPublications().checked, 2);
    QVERIFY(
        behindTheBack(QStringLiteral("UPDATE publication SET note = 'rewritten' WHERE seq = 1")));
    const Store::Verification broken = store.verifyPublications();
    QVERIFY(!broken.ok);
    QVERIFY(!broken.firstBroken.isEmpty());
}

void TestStoreBackends::otherConnectionsSeeChanges() {
    CREATE_STORE(store);
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    Store watcher;
    QVERIFY(watcher.open(m_location, Store::OpenMode::ReadOnly, nullptr));
    QSignalSpy external(&watcher, &Store::externalChange);
    QSignalSpy ownAdded(&store, &Store::cookieAdded);
    QSignalSpy ownExternal(&store, &Store::externalChange);
    QTest::qWait(100); // the watch starts from the event loop
    Cookie added = cookie(siteId, QStringLiteral("_ga"));
    QVERIFY(store.addCookie(added).ok());
    QCOMPARE(ownAdded.count(), 1);
    QVERIFY(external.wait(5000));
    QCOMPARE(watcher.cookieVersions(siteId).value(added.id), 1);
    QTest::qWait(200);
    QCOMPARE(ownExternal.count(), 0); // its own write is not news to it
}

void TestStoreBackends::concurrentWritersLoseNothing() {
    CREATE_STORE(store);
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    Cookie counter = cookie(siteId, QStringLiteral("counter"));
    counter.notes = QStringLiteral("0");
    QVERIFY(store.addCookie(counter).ok());
    constexpr int writers = 3;
    constexpr int edits = 40;
    std::atomic<int> conflicts{0};
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads;
    const QString location = m_location;
    const qint64 id = counter.id;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            Store mine;
            if (!mine.open(location, Store::OpenMode::ReadWrite, nullptr)) {
                ++failures;
                return;
            }
            mine.setUserName(QStringLiteral("writer%1").arg(w));
            for (int done = 0; done < edits;) {
                Cookie read = *mine.cookie(id);
                read.notes = QString::number(read.notes.toInt() + 1);
                const WriteResult result = mine.updateCookie(read);
                if (result.ok())
                    ++done;
                else if (result.status == WriteResult::Status::Conflict)
                    ++conflicts;
                else if (result.status != WriteResult::Status::Busy)
                    ++failures;
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    QCOMPARE(failures.load(), 0);
    const Cookie final = *store.cookie(id);
    QCOMPARE(final.notes, QString::number(writers * edits)); // no update lost
    QCOMPARE(final.version, 1 + writers * edits);
}

void TestStoreBackends::busyStoreWritesNothing() {
    CREATE_STORE(store);
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    store.setBusyTimeout(200);
    Cookie blocked = cookie(siteId, QStringLiteral("_ga"));
    WriteResult result;
    if (m_server) {
        // Another session holds the writers' lock.
        QSqlQuery hold(ServerTest::admin(m_database->name()));
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x436F43680001LL)));
        result = store.addCookie(blocked);
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(0x436F43680001LL)));
    } else {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(m_location);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
        result = store.addCookie(blocked);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    QCOMPARE(result.status, WriteResult::Status::Busy);
    QCOMPARE(store.cookieCount(siteId), 0);
    QVERIFY(store.addCookie(blocked).ok()); // free again
}

void TestStoreBackends::foreignDatabaseIsLeftUntouched() {
    if (newLocation().isEmpty()) {
        CC_NEED_SERVER();
        QFAIL("no database");
    }
    QVERIFY(behindTheBack(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total "
                                         "INTEGER)")));
    QVERIFY(behindTheBack(QStringLiteral("INSERT INTO invoices VALUES (1, 42)")));
    Store store;
    QString error;
    QVERIFY(!store.open(m_location, Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("another application")) ||
                 error.contains(QLatin1String("not a Cookie Charter store")),
             qPrintable(error));
    QVERIFY(!store.create(m_location, &error));
    QVERIFY2(error.contains(QLatin1String("exists")) ||
                 error.contains(QLatin1String("another application")),
             qPrintable(error));
    if (m_server) {
        QSqlQuery tables(ServerTest::admin(m_database->name()));
        QVERIFY(tables.exec(
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 1); // nothing added beside it
    }
    QVERIFY(behindTheBack(QStringLiteral("UPDATE invoices SET total = 43")));
}

void TestStoreBackends::serverConnectionLostMidWrite() {
    CC_NEED_SERVER();
    ServerTest::FreshDatabase database;
    QVERIFY2(database.ok(), qPrintable(database.error()));
    Store store;
    QString error;
    QVERIFY2(store.create(database.location(), &error), qPrintable(error));
    const qint64 siteId = addSite(store, QStringLiteral("s.example.fr"));
    Cookie kept = cookie(siteId, QStringLiteral("_ga"));
    QVERIFY(store.addCookie(kept).ok());
    // The server drops the connection while the change is being made.
    const WriteResult lost = store.changeCookie(
        kept.id,
        [&](Cookie &c) {
            c.purposeFr = QStringLiteral("jamais écrit");
            ServerTest::exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE datname = '%1' AND "
                                            "application_name = 'cookie-charter'")
                                 .arg(database.name()));
        },
        kept.version, nullptr);
    QCOMPARE(lost.status, WriteResult::Status::Busy);
    QVERIFY2(lost.message.contains(QLatin1String("connection")), qPrintable(lost.message));
    QVERIFY2(lost.message.contains(QLatin1String("nothing was written")), qPrintable(lost.message));
    // The next write reconnects; nothing of the lost one reached the server.
    Cookie again;
    const WriteResult next = store.changeCookie(
        kept.id, [](Cookie &c) { c.notes = QStringLiteral("après"); }, kept.version, &again);
    QVERIFY2(next.ok(), qPrintable(next.message));
    QCOMPARE(again.purposeFr, QStringLiteral("Mesure d'audience"));
    QCOMPARE(again.notes, QStringLiteral("après"));
    QCOMPARE(again.version, 2);
}

void TestStoreBackends::serverMigratesFromEveryVersion() {
    CC_NEED_SERVER();
    for (int from = 1; from < Schema::latestVersion; ++from) {
        ServerTest::FreshDatabase database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        {
            QSqlDatabase db = ServerTest::admin(database.name());
            QString error;
            QVERIFY2(Schema::migrate(db, from, &error), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO site (name, created_at, created_by, updated_at, updated_by) VALUES "
                "('old.example.fr', '2026-01-01T00:00:00Z', 'a', '2026-01-01T00:00:00Z', 'a')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO cookie (site_id, provider, name, created_at, created_by, "
                "updated_at, updated_by) SELECT id, 'P', 'kept', '', '', '', '' FROM site")));
            QVERIFY(query.exec(QStringLiteral("SELECT version FROM cookie_charter_store")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), from);
        }
        Store store;
        QString error;
        QVERIFY2(store.open(database.location(), Store::OpenMode::ReadWrite, &error),
                 qPrintable(error));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion);
        const std::optional<Site> site = store.findSite(QStringLiteral("OLD.example.fr"));
        QVERIFY(site.has_value());
        QCOMPARE(site->reviewPolicy, Site::ReviewPolicy::None);
        QCOMPARE(store.cookies(site->id).constFirst().name, QStringLiteral("kept"));
        // What the later versions added works.
        Review review;
        review.siteId = site->id;
        review.stateHash = QStringLiteral("h");
        review.snapshot = QStringLiteral("{}");
        QVERIFY(store.submitReview(review).ok());
    }
}

void TestStoreBackends::serverRefusesWhatItCannotReach() {
    CC_NEED_SERVER();
    Store store;
    QString error;
    // Nobody listens on that port.
    QUrl down(ServerTest::adminLocation());
    down.setPort(1);
    QVERIFY(!store.open(down.toString(), Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("cannot connect to the server")), qPrintable(error));
    // A database that is not there.
    QVERIFY(!store.open(ServerTest::location(QStringLiteral("cc_no_such_database")),
                        Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("cc_no_such_database")), qPrintable(error));
    // Options that are not libpq's own are refused, not passed on.
    QVERIFY(!store.open(ServerTest::adminLocation() + QStringLiteral("?options=-c%20x"),
                        Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("options")), qPrintable(error));
    // An empty database holds no store yet.
    ServerTest::FreshDatabase empty;
    QVERIFY(!store.open(empty.location(), Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("init")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "tst_storebackends.moc"
