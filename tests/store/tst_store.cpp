#include "Schema.h"
#include "Store.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

#include <sys/resource.h>

namespace {

Cookie makeCookie(qint64 siteId, const QString &name) {
    Cookie cookie;
    cookie.siteId = siteId;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.service = QStringLiteral("Authentification");
    cookie.location = QStringLiteral("front et back office");
    cookie.name = name;
    cookie.purposeFr = QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre.");
    cookie.category = Category::Necessary;
    cookie.duration = QStringLiteral("13 mois");
    return cookie;
}

// Rows in a list, for the import tests.
class ListSource : public RecordSource {
public:
    explicit ListSource(QList<ImportRecord> rows)
        : m_rows(std::move(rows)) {}
    bool next(ImportRecord *record) override {
        if (m_index >= m_rows.size())
            return false;
        *record = m_rows.at(m_index++);
        return true;
    }
    void rewind() override { m_index = 0; }
    double progress() const override {
        return double(m_index) / double(qMax<qsizetype>(1, m_rows.size()));
    }

private:
    QList<ImportRecord> m_rows;
    qsizetype m_index = 0;
};

ImportRecord row(int line, const QString &site, const QString &name) {
    ImportRecord record;
    record.line = line;
    record.siteName = site;
    record.cookie = makeCookie(0, name);
    return record;
}

// Holds the store's write lock from another thread, as another user's long write would.
class LockHolder {
public:
    LockHolder(const QString &path, int holdMs) {
        m_thread.reset(QThread::create([this, path, holdMs] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery query(db);
                query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                query.exec(QStringLiteral("UPDATE site SET contact = 'held' WHERE id = 1"));
                m_locked = true;
                QThread::msleep(ulong(holdMs));
                query.exec(QStringLiteral("COMMIT"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        }));
        m_thread->start();
        while (!m_locked)
            QThread::msleep(5);
    }
    ~LockHolder() { m_thread->wait(); }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_locked{false};
};

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createAddReadBack();
    void theAuditReadsWhatItCompares();
    void reopenKeepsEverything();
    void updateBumpsVersionAndAudits();
    void duplicateIsRefusedNamingTheExistingRow();
    void invalidCookieIsRefused();
    void staleUpdateIsAConflict();
    void staleRemoveIsAConflictAndRemovesNothing();
    void updateOfDeletedRowIsNotFound();
    void siteVersionsAndNames();
    void consentDaysAreASiteSetting();
    void ruleSwitchesAreVersionChecked();
    void writerWaitsForAnotherWritersLock();
    void lockHeldTooLongIsReportedAndNothingWritten();
    void refusesFilesThatAreNotStores_data();
    void refusesFilesThatAreNotStores();
    void refusesNewerStore();
    void readOnlyFileOpensReadOnly();
    void readOnlyModeRefusesWrites();
    void journalIsRollbackNotWal();
    void importIsAllOrNothing();
    void importTwiceReportsDuplicates();
    void importCreatesMissingSites();
    void importCanBeCancelled();
    void importDryRunWritesNothing();
    void signalsFollowCommits();
    void charterTextsAreVersioned();
    void aFailedReadIsNotAnAbsence();
    void aReaderRecoversAHotJournal();
    void aFailedCreationLeavesNothing();
    void aLiveWritersJournalDoesNotStopAReader();
    void creatingAnExistingStoreIsRefused();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.cookiestore")); }
    qint64 addSite(Store &store, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 TestStore::addSite(Store &store, const QString &name) {
    Site site;
    site.name = name;
    site.url = QStringLiteral("https://") + name;
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    const WriteResult result = store.addSite(site);
    if (!result.ok())
        qWarning() << result.message;
    return site.id;
}

// auditCookies reads fewer columns than cookies(); those it reads are the same.
void TestStore::theAuditReadsWhatItCompares() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    const qint64 other = addSite(store, QStringLiteral("autre.fr"));
    Cookie a = makeCookie(siteId, QStringLiteral("_ga"));
    a.category = Category::Statistics;
    a.party = Party::Third;
    a.domain = QStringLiteral(".exemple.fr");
    a.duration = QStringLiteral("13 mois");
    a.storage = StorageType::LocalStorage;
    a.consentExemptOverride = true;
    Cookie b = makeCookie(siteId, QStringLiteral("sessionid"));
    Cookie c = makeCookie(other, QStringLiteral("elsewhere"));
    QVERIFY(store.addCookie(a).ok() && store.addCookie(b).ok() && store.addCookie(c).ok());
    QString error;
    const QList<Cookie> brief = store.auditCookies(siteId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Cookie> full = store.cookies(siteId);
    QCOMPARE(brief.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(brief.at(i).id, full.at(i).id);
        QCOMPARE(brief.at(i).name, full.at(i).name);
        QCOMPARE(brief.at(i).domain, full.at(i).domain);
        QCOMPARE(brief.at(i).category, full.at(i).category);
        QCOMPARE(brief.at(i).party, full.at(i).party);
        QCOMPARE(brief.at(i).duration, full.at(i).duration);
        QCOMPARE(brief.at(i).storage, full.at(i).storage);
        QCOMPARE(brief.at(i).consentExemptOverride, full.at(i).consentExemptOverride);
        QCOMPARE(brief.at(i).version, full.at(i).version);
    }
}

void TestStore::createAddReadBack() {
    Store store;
    QString error;
    QVERIFY2(store.create(storePath(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Schema::latestVersion);
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    QVERIFY(siteId > 0);
    Cookie cookie = makeCookie(siteId, QStringLiteral("sessionid"));
    cookie.consentExemptOverride = false;
    cookie.storage = StorageType::LocalStorage;
    store.setUserName(QStringLiteral("alice"));
    QVERIFY(store.addCookie(cookie).ok());
    QVERIFY(cookie.id > 0);
    QCOMPARE(cookie.version, 1);
    QCOMPARE(cookie.createdBy, QStringLiteral("alice"));
    QVERIFY(QDateTime::fromString(cookie.createdAt, Qt::ISODate).isValid());

    const std::optional<Cookie> read = store.cookie(cookie.id);
    QVERIFY(read);
    QVERIFY(read->sameContent(cookie));
    QCOMPARE(read->consentExemptOverride, std::optional<bool>(false));
    QCOMPARE(store.cookieCount(siteId), 1);
    QCOMPARE(store.findSite(QStringLiteral("EXEMPLE.FR"))->id, siteId);
    QCOMPARE(store.findSite(QStringLiteral("https://exemple.fr/"))->id, siteId);
    QCOMPARE(store.findSite(QString::number(siteId))->id, siteId);
    QVERIFY(!store.findSite(QStringLiteral("nowhere")));
}

void TestStore::reopenKeepsEverything() {
    Cookie cookie;
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
        cookie = makeCookie(addSite(store, QStringLiteral("exemple.fr")), QStringLiteral("_ga_*"));
        cookie.purposeEn = QStringLiteral("Remembers the user.");
        QVERIFY(store.addCookie(cookie).ok());
    }
    Store store;
    QString error;
    QVERIFY2(store.open(storePath(), Store::OpenMode::ReadWrite, &error), qPrintable(error));
    QVERIFY(!store.isReadOnly());
    const QList<Cookie> cookies = store.cookies();
    QCOMPARE(cookies.size(), 1);
    QVERIFY(cookies.constFirst().sameContent(cookie));
    QVERIFY(cookies.constFirst().isPattern());
    QCOMPARE(store.sites().constFirst().languages,
             (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
}

void TestStore::updateBumpsVersionAndAudits() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    Cookie cookie =
        makeCookie(addSite(store, QStringLiteral("exemple.fr")), QStringLiteral("sessionid"));
    QVERIFY(store.addCookie(cookie).ok());
    store.setUserName(QStringLiteral("bob"));
    cookie.purposeFr = QStringLiteral("Nouvelle finalité");
    QVERIFY(store.updateCookie(cookie).ok());
    QCOMPARE(cookie.version, 2);
    QCOMPARE(cookie.updatedBy, QStringLiteral("bob"));
    QCOMPARE(store.cookie(cookie.id)->purposeFr, QStringLiteral("Nouvelle finalité"));

    const QList<AuditEntry> log = store.auditLog();
    QVERIFY(log.size() >= 3);
    const AuditEntry &last = log.constFirst();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.user, QStringLiteral("bob"));
    QCOMPARE(last.entityId, cookie.id);
    QVERIFY(last.oldValues.contains(QLatin1String("Se souvenir")));
    QVERIFY(last.newValues.contains(QStringLiteral("Nouvelle finalité")));
    QVERIFY(!last.newValues.contains(QLatin1String("provider"))); // only what changed

    // Saving without a change writes nothing and keeps the version.
    QVERIFY(store.updateCookie(cookie).ok());
    QCOMPARE(cookie.version, 2);
}

void TestStore::duplicateIsRefusedNamingTheExistingRow() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    Cookie first = makeCookie(siteId, QStringLiteral("sessionid"));
    QVERIFY(store.addCookie(first).ok());
    Cookie again = makeCookie(siteId, QStringLiteral("sessionid"));
    const WriteResult result = store.addCookie(again);
    QCOMPARE(result.status, WriteResult::Status::Duplicate);
    QVERIFY2(result.message.contains(QStringLiteral("#%1").arg(first.id)),
             qPrintable(result.message));
    QCOMPARE(store.cookieCount(), 1);

    // Same name on another domain is another cookie.
    again.domain = QStringLiteral("autre.fr");
    QVERIFY(store.addCookie(again).ok());
    // Renaming onto an existing (domain, name) is refused too.
    again.domain.clear();
    QCOMPARE(store.updateCookie(again).status, WriteResult::Status::Duplicate);
    QCOMPARE(store.cookie(again.id)->domain, QStringLiteral("autre.fr"));
}

void TestStore::invalidCookieIsRefused() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    Cookie cookie = makeCookie(addSite(store, QStringLiteral("exemple.fr")), QStringLiteral("x"));
    cookie.purposeFr.clear();
    const WriteResult result = store.addCookie(cookie);
    QCOMPARE(result.status, WriteResult::Status::Invalid);
    QVERIFY(result.message.contains(QLatin1String("purpose")));
    QCOMPARE(store.cookieCount(), 0);
    cookie.purposeFr = QStringLiteral("ok");
    cookie.siteId = 999;
    QCOMPARE(store.addCookie(cookie).status, WriteResult::Status::NotFound);
}

void TestStore::staleUpdateIsAConflict() {
    Store alice;
    QVERIFY(alice.create(storePath(), nullptr));
    alice.setUserName(QStringLiteral("alice"));
    Cookie cookie =
        makeCookie(addSite(alice, QStringLiteral("exemple.fr")), QStringLiteral("sessionid"));
    QVERIFY(alice.addCookie(cookie).ok());

    Store bob;
    QVERIFY(bob.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    bob.setUserName(QStringLiteral("bob"));
    Cookie bobs = *bob.cookie(cookie.id);
    bobs.duration = QStringLiteral("6 mois");
    QVERIFY(bob.updateCookie(bobs).ok());

    cookie.purposeFr = QStringLiteral("Alice's stale edit");
    const WriteResult result = alice.updateCookie(cookie);
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY2(result.message.contains(QLatin1String("bob")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("duration")), qPrintable(result.message));
    QVERIFY(result.current);
    QCOMPARE(result.current->duration, QStringLiteral("6 mois"));
    QCOMPARE(result.current->version, 2);

    const Cookie stored = *alice.cookie(cookie.id);
    QCOMPARE(stored.purposeFr, makeCookie(0, QString()).purposeFr);
    QCOMPARE(stored.duration, QStringLiteral("6 mois"));

    // Reloading and applying again succeeds.
    Cookie reloaded = *result.current;
    reloaded.purposeFr = QStringLiteral("Alice's edit, on top of Bob's");
    QVERIFY(alice.updateCookie(reloaded).ok());
    QCOMPARE(alice.cookie(cookie.id)->duration, QStringLiteral("6 mois"));
}

void TestStore::staleRemoveIsAConflictAndRemovesNothing() {
    Store alice;
    QVERIFY(alice.create(storePath(), nullptr));
    const qint64 siteId = addSite(alice, QStringLiteral("exemple.fr"));
    Cookie one = makeCookie(siteId, QStringLiteral("one"));
    Cookie two = makeCookie(siteId, QStringLiteral("two"));
    QVERIFY(alice.addCookie(one).ok());
    QVERIFY(alice.addCookie(two).ok());

    Store bob;
    QVERIFY(bob.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    Cookie bobs = *bob.cookie(two.id);
    bobs.notes = QStringLiteral("keep me");
    QVERIFY(bob.updateCookie(bobs).ok());

    QCOMPARE(alice.removeCookies({one, two}).status, WriteResult::Status::Conflict);
    QCOMPARE(alice.cookieCount(), 2);
    QVERIFY(alice.removeCookies({one}).ok());
    QCOMPARE(alice.cookieCount(), 1);
}

void TestStore::updateOfDeletedRowIsNotFound() {
    Store alice;
    QVERIFY(alice.create(storePath(), nullptr));
    Cookie cookie = makeCookie(addSite(alice, QStringLiteral("exemple.fr")), QStringLiteral("x"));
    QVERIFY(alice.addCookie(cookie).ok());
    Store bob;
    QVERIFY(bob.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    QVERIFY(bob.removeCookies({*bob.cookie(cookie.id)}).ok());
    cookie.notes = QStringLiteral("too late");
    const WriteResult result = alice.updateCookie(cookie);
    QCOMPARE(result.status, WriteResult::Status::NotFound);
    QVERIFY(result.message.contains(QLatin1String("deleted")));
    QCOMPARE(alice.cookieCount(), 0);
}

void TestStore::siteVersionsAndNames() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    Site dup;
    dup.name = QStringLiteral("Exemple.FR");
    QCOMPARE(store.addSite(dup).status, WriteResult::Status::Duplicate);
    Site empty;
    QCOMPARE(store.addSite(empty).status, WriteResult::Status::Invalid);

    Site site = store.sites().constFirst();
    Store other;
    QVERIFY(other.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    Site theirs = other.sites().constFirst();
    theirs.contact = QStringLiteral("dpo@exemple.fr");
    QVERIFY(other.updateSite(theirs).ok());
    site.url = QStringLiteral("https://stale.example");
    QCOMPARE(store.updateSite(site).status, WriteResult::Status::Conflict);
    QCOMPARE(store.sites().constFirst().contact, QStringLiteral("dpo@exemple.fr"));
}

void TestStore::consentDaysAreASiteSetting() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 id = addSite(store, QStringLiteral("exemple.fr"));
    Site site = *store.site(id);
    QCOMPARE(site.consentDays, 0); // not set
    site.consentDays = 390;
    QVERIFY(store.updateSite(site).ok());
    QCOMPARE(store.site(id)->consentDays, 390);
    site = *store.site(id);
    const QByteArray before = TestSupport::fileHash(storePath());
    for (int wrong : {-1, 3651}) {
        site.consentDays = wrong;
        const WriteResult result = store.updateSite(site);
        QCOMPARE(result.status, WriteResult::Status::Invalid);
        QVERIFY2(result.message.contains(QString::number(wrong)), qPrintable(result.message));
    }
    QCOMPARE(TestSupport::fileHash(storePath()), before);
    site.consentDays = 0; // cleared
    QVERIFY(store.updateSite(site).ok());
    QCOMPARE(store.site(id)->consentDays, 0);
}

void TestStore::ruleSwitchesAreVersionChecked() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    store.setUserName(QStringLiteral("alice"));
    const qint64 id = addSite(store, QStringLiteral("exemple.fr"));
    QSignalSpy changed(&store, &Store::ruleSwitchesChanged);

    RuleSwitch off{id,
                   QStringLiteral("third-party-privacy-link"),
                   QStringLiteral("the providers publish no policy"),
                   {},
                   {},
                   0};
    QVERIFY(store.switchRuleOff(off).ok());
    QCOMPARE(off.version, 1);
    QCOMPARE(off.switchedBy, QStringLiteral("alice"));
    QVERIFY(!off.switchedAt.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.ruleSwitches(id).size(), 1);
    QCOMPARE(store.ruleSwitches(id).constFirst().reason,
             QStringLiteral("the providers publish no policy"));
    QVERIFY(store.auditLog(id).constFirst().summary.contains(QLatin1String("third-party")));

    // Refused, and nothing written: an unknown rule, an empty reason, a stale version.
    const QByteArray before = TestSupport::fileHash(storePath());
    RuleSwitch unknown{id, QStringLiteral("no-such-rule"), QStringLiteral("why not"), {}, {}, 0};
    QCOMPARE(store.switchRuleOff(unknown).status, WriteResult::Status::Invalid);
    RuleSwitch blank{id, QStringLiteral("duplicate"), QStringLiteral("   "), {}, {}, 0};
    QCOMPARE(store.switchRuleOff(blank).status, WriteResult::Status::Invalid);
    RuleSwitch again{id, QStringLiteral("third-party-privacy-link"), QStringLiteral("mine"), {}, {},
                     0}; // read before alice switched it off
    const WriteResult stale = store.switchRuleOff(again);
    QCOMPARE(stale.status, WriteResult::Status::Conflict);
    QVERIFY2(stale.message.contains(QLatin1String("alice")), qPrintable(stale.message));
    QCOMPARE(TestSupport::fileHash(storePath()), before);

    // Another connection rewrites the reason; this one's copy is now stale.
    Store other;
    QVERIFY(other.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    other.setUserName(QStringLiteral("bob"));
    RuleSwitch theirs = other.ruleSwitches(id).constFirst();
    theirs.reason = QStringLiteral("policies linked from the charter's footer");
    QVERIFY(other.switchRuleOff(theirs).ok());
    QCOMPARE(theirs.version, 2);
    QCOMPARE(store.switchRuleOn(off).status, WriteResult::Status::Conflict);
    off.reason = QStringLiteral("overwrite");
    QCOMPARE(store.switchRuleOff(off).status, WriteResult::Status::Conflict);
    QCOMPARE(store.ruleSwitches(id).constFirst().reason,
             QStringLiteral("policies linked from the charter's footer"));
    QCOMPARE(store.ruleSwitches(id).constFirst().switchedBy, QStringLiteral("bob"));

    // Back on, with the version read; a second time it is gone.
    const RuleSwitch current = store.ruleSwitches(id).constFirst();
    QVERIFY(store.switchRuleOn(current).ok());
    QVERIFY(store.ruleSwitches(id).isEmpty());
    QCOMPARE(store.switchRuleOn(current).status, WriteResult::Status::NotFound);

    // A read-only connection writes nothing.
    Store reader;
    QVERIFY(reader.open(storePath(), Store::OpenMode::ReadOnly, nullptr));
    RuleSwitch fresh{id, QStringLiteral("duplicate"), QStringLiteral("reason"), {}, {}, 0};
    QCOMPARE(reader.switchRuleOff(fresh).status, WriteResult::Status::ReadOnly);
}

void TestStore::writerWaitsForAnotherWritersLock() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    store.setBusyTimeout(5000);
    QElapsedTimer timer;
    {
        LockHolder holder(storePath(), 700);
        timer.start();
        Cookie cookie = makeCookie(siteId, QStringLiteral("patient"));
        const WriteResult result = store.addCookie(cookie);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(store.cookieCount(), 1);
    QCOMPARE(store.sites().constFirst().contact, QStringLiteral("held"));
}

void TestStore::lockHeldTooLongIsReportedAndNothingWritten() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    store.setBusyTimeout(100);
    {
        LockHolder holder(storePath(), 1500);
        Cookie cookie = makeCookie(siteId, QStringLiteral("impatient"));
        const WriteResult result = store.addCookie(cookie);
        QCOMPARE(result.status, WriteResult::Status::Busy);
        QVERIFY2(result.message.contains(QLatin1String("locked")), qPrintable(result.message));
    }
    QCOMPARE(store.cookieCount(), 0);
    Cookie cookie = makeCookie(siteId, QStringLiteral("impatient"));
    QVERIFY(store.addCookie(cookie).ok());
}

void TestStore::refusesFilesThatAreNotStores_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "not an SQLite database";
    QTest::newRow("other SQLite database") << "foreign"
                                           << "not a Cookie Charter store";
    QTest::newRow("truncated store") << "truncated"
                                     << "";
    QTest::newRow("corrupted page") << "corrupted"
                                    << "damaged";
    QTest::newRow("missing file") << "missing"
                                  << "no such store";
}

void TestStore::refusesFilesThatAreNotStores() {
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    const QString path = storePath();
    if (kind == QLatin1String("text")) {
        QVERIFY(TestSupport::writeAll(path, "site,provider\nexemple.fr,Opendatasoft\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(TestSupport::writeAll(path, QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind != QLatin1String("missing")) {
        {
            Store store;
            QVERIFY(store.create(path, nullptr));
            const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
            for (int i = 0; i < 300; ++i) {
                Cookie cookie = makeCookie(siteId, QStringLiteral("cookie%1").arg(i));
                QVERIFY(store.addCookie(cookie).ok());
            }
        }
        QByteArray bytes = TestSupport::readAll(path);
        QVERIFY(bytes.size() > 8192);
        if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else {
            for (qsizetype i = bytes.size() - 4096 + 100; i < bytes.size() - 100; ++i)
                bytes[i] = char(0x5A);
        }
        QVERIFY(TestSupport::writeAll(path, bytes));
    }
    const QByteArray before = TestSupport::fileHash(path);
    Store store;
    QString error;
    QVERIFY(!store.open(path, Store::OpenMode::ReadWrite, &error));
    QVERIFY(!store.isOpen());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(TestSupport::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));

    // A command that checks only before its first write: a file that is no store is still
    // refused at once; a damaged page may open, but the first write is refused and the file
    // is left as it was.
    Store deferred;
    deferred.setVerify(Store::Verify::BeforeFirstWrite);
    error.clear();
    if (deferred.open(path, Store::OpenMode::ReadWrite, &error)) {
        QVERIFY2(kind == QLatin1String("corrupted") || kind == QLatin1String("truncated"),
                 qPrintable(kind));
        Site site;
        site.name = QStringLiteral("autre.fr");
        const WriteResult written = deferred.addSite(site);
        QVERIFY(!written.ok());
        QVERIFY2(written.message.contains(QLatin1String("damaged")), qPrintable(written.message));
        QVERIFY2(written.message.contains(QLatin1String("nothing was written")),
                 qPrintable(written.message));
    } else {
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
    deferred.close();
    QCOMPARE(TestSupport::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestStore::refusesNewerStore() {
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    Store store;
    QString error;
    QVERIFY(!store.open(storePath(), Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestStore::readOnlyFileOpensReadOnly() {
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
        addSite(store, QStringLiteral("exemple.fr"));
    }
    QFile::setPermissions(storePath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = TestSupport::fileHash(storePath());
    Store store;
    QString error;
    QVERIFY2(store.open(storePath(), Store::OpenMode::ReadWrite, &error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.readOnlyReason().contains(QLatin1String("read-only")));
    QCOMPARE(store.sites().size(), 1);
    Cookie cookie = makeCookie(store.sites().constFirst().id, QStringLiteral("x"));
    const WriteResult result = store.addCookie(cookie);
    QCOMPARE(result.status, WriteResult::Status::ReadOnly);
    store.close();
    QCOMPARE(TestSupport::fileHash(storePath()), before);
    QFile::setPermissions(storePath(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestStore::readOnlyModeRefusesWrites() {
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
        addSite(store, QStringLiteral("exemple.fr"));
    }
    Store store;
    QVERIFY(store.open(storePath(), Store::OpenMode::ReadOnly, nullptr));
    QVERIFY(store.isReadOnly());
    Site site;
    site.name = QStringLiteral("other");
    QCOMPARE(store.addSite(site).status, WriteResult::Status::ReadOnly);
    QCOMPARE(store.sites().size(), 1);
}

void TestStore::journalIsRollbackNotWal() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString().toLower(), QStringLiteral("delete"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0x436F4368);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    QVERIFY(!QFile::exists(storePath() + QStringLiteral("-wal")));
}

void TestStore::importIsAllOrNothing() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    const QByteArray before = TestSupport::fileHash(storePath());
    QList<ImportRecord> rows{
        row(2, QString(), QStringLiteral("a")), row(3, QString(), QStringLiteral("b")),
        row(4, QString(), QStringLiteral("a")), row(5, QString(), QStringLiteral("c"))};
    rows[1].cookie.purposeFr.clear();
    rows[3].errors.append(QStringLiteral("category: unknown category \"tasty\""));
    ListSource source(rows);
    const ImportReport report = store.importRecords(source, {});
    QVERIFY(!report.result.ok());
    QCOMPARE(report.errors.size(), 3);
    QCOMPARE(report.errors.at(0).line, 3);
    QVERIFY(report.errors.at(0).message.contains(QLatin1String("purpose")));
    QCOMPARE(report.errors.at(1).line, 4);
    QVERIFY(report.errors.at(1).message.contains(QLatin1String("line 2")));
    QCOMPARE(report.errors.at(2).line, 5);
    QCOMPARE(store.cookieCount(), 0);
    QCOMPARE(TestSupport::fileHash(storePath()), before);
}

void TestStore::importTwiceReportsDuplicates() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    ListSource source(
        {row(2, QString(), QStringLiteral("a")), row(3, QString(), QStringLiteral("b"))});
    ImportReport report = store.importRecords(source, {});
    QVERIFY2(report.result.ok(), qPrintable(report.result.message));
    QCOMPARE(report.added, 2);
    report = store.importRecords(source, {});
    QVERIFY(!report.result.ok());
    QCOMPARE(report.errors.size(), 2);
    QVERIFY2(
        report.errors.at(0).message.contains(QLatin1String("already in the registry as cookie #")),
        qPrintable(report.errors.at(0).message));
    QCOMPARE(store.cookieCount(), 2);
    const QList<AuditEntry> log = store.auditLog();
    QCOMPARE(log.constFirst().action, QStringLiteral("import"));
}

void TestStore::importCreatesMissingSites() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    addSite(store, QStringLiteral("autre.fr"));
    ListSource source({row(2, QStringLiteral("Exemple.fr"), QStringLiteral("a")),
                       row(3, QStringLiteral("nouveau.fr"), QStringLiteral("a"))});
    ImportOptions options;
    Site details;
    details.name = QStringLiteral("nouveau.fr");
    details.url = QStringLiteral("https://nouveau.fr");
    details.languages = QStringList{QStringLiteral("en")};
    options.siteDetails = {details};
    const ImportReport report = store.importRecords(source, options);
    QVERIFY2(report.result.ok(), qPrintable(report.result.message));
    QCOMPARE(report.createdSites, QStringList{QStringLiteral("nouveau.fr")});
    const std::optional<Site> created = store.findSite(QStringLiteral("nouveau.fr"));
    QVERIFY(created);
    QCOMPARE(created->url, QStringLiteral("https://nouveau.fr"));
    QCOMPARE(created->languages, QStringList{QStringLiteral("en")});
    QCOMPARE(store.cookieCount(created->id), 1);

    // With several sites, a row without one is rejected.
    ListSource orphan({row(2, QString(), QStringLiteral("z"))});
    const ImportReport refused = store.importRecords(orphan, {});
    QCOMPARE(refused.errors.size(), 1);
    QVERIFY(refused.errors.constFirst().message.contains(QLatin1String("no site")));
}

void TestStore::importCanBeCancelled() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    QList<ImportRecord> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(row(i + 2, QString(), QStringLiteral("c%1").arg(i)));
    ListSource source(rows);
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](double done) {
        ++calls;
        return done < 0.5;
    };
    const ImportReport report = store.importRecords(source, options);
    QVERIFY(report.cancelled);
    QVERIFY(!report.result.ok());
    QVERIFY(calls >= 2);
    QCOMPARE(store.cookieCount(), 0);
}

void TestStore::importDryRunWritesNothing() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    addSite(store, QStringLiteral("exemple.fr"));
    ListSource source({row(2, QString(), QStringLiteral("a")),
                       row(3, QStringLiteral("neuf.fr"), QStringLiteral("b"))});
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = store.importRecords(source, options);
    QVERIFY(report.result.ok());
    QCOMPARE(report.added, 2);
    QCOMPARE(report.createdSites, QStringList{QStringLiteral("neuf.fr")});
    QCOMPARE(store.cookieCount(), 0);
    QCOMPARE(store.sites().size(), 1);
}

void TestStore::signalsFollowCommits() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    QSignalSpy added(&store, &Store::cookieAdded);
    QSignalSpy changed(&store, &Store::cookieChanged);
    QSignalSpy removed(&store, &Store::cookieRemoved);
    Cookie cookie = makeCookie(siteId, QStringLiteral("a"));
    QVERIFY(store.addCookie(cookie).ok());
    Cookie duplicate = makeCookie(siteId, QStringLiteral("a"));
    QVERIFY(!store.addCookie(duplicate).ok());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().at(1).toLongLong(), cookie.id);
    cookie.notes = QStringLiteral("n");
    QVERIFY(store.updateCookie(cookie).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.removeCookies({cookie}).ok());
    QCOMPARE(removed.size(), 1);
}

void TestStore::charterTextsAreVersioned() {
    Store alice;
    QVERIFY(alice.create(storePath(), nullptr));
    const qint64 siteId = addSite(alice, QStringLiteral("exemple.fr"));
    QSignalSpy changed(&alice, &Store::charterTextChanged);
    CharterText text;
    text.siteId = siteId;
    text.language = QStringLiteral("fr");
    text.section = QStringLiteral("contact");
    text.body = QStringLiteral("## Contact\n\nÉcrivez-nous.");
    QVERIFY(alice.setCharterText(text).ok());
    QCOMPARE(text.version, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(alice.charterTexts(siteId, QStringLiteral("fr")).size(), 1);
    QVERIFY(alice.charterTexts(siteId, QStringLiteral("en")).isEmpty());

    Store bob;
    QVERIFY(bob.open(storePath(), Store::OpenMode::ReadWrite, nullptr));
    bob.setUserName(QStringLiteral("bob"));
    CharterText bobs = bob.charterTexts(siteId, QStringLiteral("fr")).constFirst();
    bobs.body = QStringLiteral("Bob's wording");
    QVERIFY(bob.setCharterText(bobs).ok());

    text.body = QStringLiteral("Alice's stale wording");
    const WriteResult stale = alice.setCharterText(text);
    QCOMPARE(stale.status, WriteResult::Status::Conflict);
    QVERIFY(stale.message.contains(QLatin1String("bob")));
    QCOMPARE(alice.resetCharterText(text).status, WriteResult::Status::Conflict);
    QCOMPARE(alice.charterTexts(siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("Bob's wording"));

    // A new text where someone else already wrote one is a conflict too.
    CharterText fresh = text;
    fresh.version = 0;
    QCOMPARE(alice.setCharterText(fresh).status, WriteResult::Status::Conflict);

    QVERIFY(
        alice.resetCharterText(alice.charterTexts(siteId, QStringLiteral("fr")).constFirst()).ok());
    QVERIFY(alice.charterTexts(siteId, QStringLiteral("fr")).isEmpty());
    QCOMPARE(alice.auditLog().constFirst().entity, QStringLiteral("text"));
}

// A read that fails (the file locked past the busy timeout here) says so; it never passes for
// "no such row", which the window would take for a deletion.
void TestStore::aFailedReadIsNotAnAbsence() {
    Store store;
    QVERIFY(store.create(storePath(), nullptr));
    const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
    Cookie cookie = makeCookie(siteId, QStringLiteral("sessionid"));
    QVERIFY(store.addCookie(cookie).ok());
    store.setBusyTimeout(50);
    QString error;
    QVERIFY(!store.cookie(cookie.id + 1, &error) && error.isEmpty()); // truly absent
    {
        QSqlDatabase locker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(storePath());
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // not even readers
        error.clear();
        QVERIFY(!store.cookie(cookie.id, &error));
        QVERIFY2(error.contains(QLatin1String("could not be read")), qPrintable(error));
        error.clear();
        QVERIFY(!store.site(siteId, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(store.cookieVersions(siteId, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        store.charterTexts(siteId, QStringLiteral("fr"), &error);
        QVERIFY(!error.isEmpty());
        Store::SiteState state;
        error.clear();
        QVERIFY(!store.readSiteState(siteId, &state, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    error.clear();
    QVERIFY(store.cookie(cookie.id, &error));
    QVERIFY(error.isEmpty());
}

// A writer killed in the middle of a transaction leaves a hot journal. A reviewer opening the
// store read-only gets it rolled back when the file may be written, and a plain message
// otherwise.
void TestStore::aReaderRecoversAHotJournal() {
    QList<Cookie> cookies;
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
        const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
        for (int i = 0; i < 300; ++i) {
            Cookie cookie = makeCookie(siteId, QStringLiteral("c%1").arg(i));
            cookie.notes = QString(200, QLatin1Char('n'));
            cookies.append(cookie);
        }
        QVERIFY(store.addCookies(cookies).ok());
    }
    // A transaction that spills changed pages into the file before it commits; the file and its
    // journal are copied as a killed writer would leave them.
    const QString copy = m_dir->filePath(QStringLiteral("copy.cookiestore"));
    {
        QSqlDatabase writer =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(storePath());
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE cookie SET notes = 'half-written ' || id")));
        // Hot: synced, with SQLite's magic number, and pages of the file already overwritten.
        QVERIFY(TestSupport::readAll(storePath() + QStringLiteral("-journal"))
                    .startsWith(QByteArray::fromHex("d9d505f920a163d7")));
        QVERIFY(QFile::copy(storePath(), copy));
        QVERIFY(QFile::copy(storePath() + QStringLiteral("-journal"),
                            copy + QStringLiteral("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    // Not writable: the reader is told what to do, and nothing is touched.
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = TestSupport::fileHash(copy);
    Store reader;
    QString error;
    QVERIFY(!reader.open(copy, Store::OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(QLatin1String("unfinished write")) &&
                 error.contains(QLatin1String("write access")),
             qPrintable(error));
    QCOMPARE(TestSupport::fileHash(copy), before);
    QVERIFY(QFileInfo::exists(copy + QStringLiteral("-journal")));

    // Writable: the read-only open rolls the unfinished write back, and reads the store whole.
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(reader.open(copy, Store::OpenMode::ReadOnly, &error), qPrintable(error));
    QVERIFY(reader.isReadOnly());
    const QList<Cookie> read = reader.cookies();
    QCOMPARE(read.size(), cookies.size());
    for (const Cookie &cookie : read)
        QCOMPARE(cookie.notes, QString(200, QLatin1Char('n')));
    QVERIFY(reader.verifyPublications().ok);
}

// A reader without write access opens the store while someone else is writing: that journal is
// not a killed writer's, and the reader simply reads what is committed.
void TestStore::aLiveWritersJournalDoesNotStopAReader() {
    {
        Store store;
        QVERIFY(store.create(storePath(), nullptr));
        const qint64 siteId = addSite(store, QStringLiteral("exemple.fr"));
        Cookie cookie = makeCookie(siteId, QStringLiteral("sessionid"));
        QVERIFY(store.addCookie(cookie).ok());
    }
    QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
    writer.setDatabaseName(storePath());
    QVERIFY(writer.open());
    {
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE cookie SET notes = 'in progress'")));
        QVERIFY(QFileInfo(storePath() + QStringLiteral("-journal")).size() > 0);
        QFile::setPermissions(storePath(), QFile::ReadOwner | QFile::ReadGroup);
        Store reader;
        QString error;
        QVERIFY2(reader.open(storePath(), Store::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(reader.cookies().size(), 1);
        QCOMPARE(reader.cookies().constFirst().notes, QString());
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QFile::setPermissions(storePath(), QFile::ReadOwner | QFile::WriteOwner);
}

// A store that cannot be made whole (the file size limit stands in for a full disk here) leaves
// no file, not even a temporary one.
void TestStore::aFailedCreationLeavesNothing() {
    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    struct rlimit small = saved;
    small.rlim_cur = 8192; // the schema needs more
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    Store store;
    QString error;
    const bool created = store.create(storePath(), &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, handler);
    QVERIFY(!created);
    QVERIFY2(error.contains(QLatin1String("cannot create")), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestStore::creatingAnExistingStoreIsRefused() {
    Store first;
    QVERIFY(first.create(storePath(), nullptr));
    addSite(first, QStringLiteral("exemple.fr"));
    const QByteArray before = TestSupport::fileHash(storePath());
    Store second;
    QString error;
    QVERIFY(!second.create(storePath(), &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QCOMPARE(TestSupport::fileHash(storePath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList{QStringLiteral("store.cookiestore")});
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
