#include "Schema.h"
#include "Store.h"

#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Builds a store file from an SQL script, statement by statement.
bool buildFromScript(const QString &path, const QString &script, const QStringList &extra = {}) {
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        ok = db.open();
        QString sql;
        const QStringList lines =
            QString::fromUtf8(TestSupport::readAll(script)).split(QLatin1Char('\n'));
        QStringList statements;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            sql += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                statements.append(sql);
                sql.clear();
            }
        }
        statements.append(extra);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

int userVersion(const QString &path) {
    int version = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migratesVersion1KeepingEveryRow();
    void failedMigrationLeavesVersion1Intact();
    void readOnlyOldStoreIsNotUpgraded();
    void migratesVersion2KeepingThePublications();
    void failedMigrationLeavesVersion2Intact();
    void migratesVersion3ToReviews();
};

void TestSchema::migratesVersion1KeepingEveryRow() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cookiestore"));
    QVERIFY(buildFromScript(path, TestSupport::dataPath(QStringLiteral("schema-v1.sql"))));
    QCOMPARE(userVersion(path), 1);

    Store store;
    QString error;
    QVERIFY2(store.open(path, Store::OpenMode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Schema::latestVersion);
    const QList<Site> sites = store.sites();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.constFirst().contact, QStringLiteral("dpo@exemple.fr"));
    QCOMPARE(sites.constFirst().version, 3);
    const QList<Cookie> cookies = store.cookies();
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies.at(0).id, 7);
    QCOMPARE(cookies.at(0).version, 4);
    QCOMPARE(cookies.at(0).updatedBy, QStringLiteral("bob"));
    QCOMPARE(cookies.at(0).purposeFr,
             QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre."));
    QCOMPARE(cookies.at(1).name, QStringLiteral("_ga_*"));
    QCOMPARE(cookies.at(1).consentExemptOverride, std::optional<bool>(true));
    QCOMPARE(store.auditLog().size(), 1);

    // The new tables are there and usable.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM publication")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM publication_file")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // And the migrated store takes edits with its old versions.
    Cookie cookie = cookies.at(0);
    cookie.duration = QStringLiteral("1 jour");
    QVERIFY(store.updateCookie(cookie).ok());
    QCOMPARE(cookie.version, 5);
}

void TestSchema::failedMigrationLeavesVersion1Intact() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cookiestore"));
    // A stray table where version 2 wants to create its own makes the upgrade fail half-way.
    QVERIFY(buildFromScript(path, TestSupport::dataPath(QStringLiteral("schema-v1.sql")),
                            {QStringLiteral("CREATE TABLE publication_file (x)")}));
    const QByteArray before = TestSupport::fileHash(path);
    Store store;
    QString error;
    QVERIFY(!store.open(path, Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("version 2")), qPrintable(error));
    QCOMPARE(userVersion(path), 1);
    QCOMPARE(TestSupport::fileHash(path), before);
}

void TestSchema::readOnlyOldStoreIsNotUpgraded() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cookiestore"));
    QVERIFY(buildFromScript(path, TestSupport::dataPath(QStringLiteral("schema-v1.sql"))));
    const QByteArray before = TestSupport::fileHash(path);
    Store store;
    QString error;
    QVERIFY(!store.open(path, Store::OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(QLatin1String("older")), qPrintable(error));
    QCOMPARE(TestSupport::fileHash(path), before);
}

// A copy of the version-2 fixture, as a program of that version left it.
QString copyOfVersion2(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("v2.cookiestore"));
    QFile::copy(TestSupport::dataPath(QStringLiteral("schema-v2.cookiestore")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestSchema::migratesVersion2KeepingThePublications() {
    QTemporaryDir dir;
    const QString path = copyOfVersion2(dir);
    QCOMPARE(userVersion(path), 2);
    Store store;
    QString error;
    QVERIFY2(store.open(path, Store::OpenMode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Schema::latestVersion);
    const Site site = store.sites().constFirst();
    QCOMPARE(site.name, QStringLiteral("exemple.fr"));
    QCOMPARE(site.consentDays, 0); // not set
    QCOMPARE(store.cookies().size(), 2);
    QCOMPARE(store.cookies().constFirst().version, 2);
    // The chain written by version 2 still verifies: hashes without switches are unchanged.
    const QList<Publication> publications = store.publications(QStringLiteral("exemple.fr"));
    QCOMPARE(publications.size(), 2);
    QVERIFY(publications.constLast().ruleSwitches.isEmpty());
    const Store::Verification verified = store.verifyPublications();
    QVERIFY2(verified.ok, qPrintable(verified.firstBroken));
    QCOMPARE(verified.checked, 2);

    // The new table takes a switch, and the next publication records it and chains on.
    RuleSwitch off{site.id,
                   QStringLiteral("purpose-language"),
                   QStringLiteral("the English charter is written later"),
                   {},
                   {},
                   0};
    QVERIFY(store.switchRuleOff(off).ok());
    Publication third;
    third.site = site.name;
    third.registryJson = QStringLiteral("{}");
    third.registrySha256 = Publication::sha256(third.registryJson.toUtf8());
    third.ruleSwitches = store.ruleSwitches(site.id);
    QVERIFY(store.addPublication(third).ok());
    QCOMPARE(third.seq, 3);
    QCOMPARE(store.publications(site.name).constLast().ruleSwitches.constFirst().reason,
             off.reason);
    QVERIFY(store.verifyPublications().ok);
}

void TestSchema::failedMigrationLeavesVersion2Intact() {
    QTemporaryDir dir;
    const QString path = copyOfVersion2(dir);
    // A stray table where version 3 wants to create its own makes the upgrade fail half-way.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stray"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE rule_switch (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stray"));
    const QByteArray before = TestSupport::fileHash(path);
    Store store;
    QString error;
    QVERIFY(!store.open(path, Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("version 3")), qPrintable(error));
    QCOMPARE(userVersion(path), 2);
    QCOMPARE(TestSupport::fileHash(path), before);
    // Read-only, a version-2 store is not upgraded either.
    QFile::remove(path);
    const QString clean = copyOfVersion2(dir);
    const QByteArray untouched = TestSupport::fileHash(clean);
    Store reader;
    QVERIFY(!reader.open(clean, Store::OpenMode::ReadOnly, &error));
    QCOMPARE(TestSupport::fileHash(clean), untouched);
}

// Version 3 to 4 (review and sign-off), on a store written by the program at 4720705: site
// exemple.fr (consent-days 180, rule purpose-language switched off), two cookies, two
// publications made with the switch.
void TestSchema::migratesVersion3ToReviews() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.cookiestore"));
    QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("schema-v3.cookiestore")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(userVersion(path), 3);
    {
        // A failed upgrade leaves version 3 as it was: a stray review table stops it half-way.
        const QString stray = dir.filePath(QStringLiteral("stray.cookiestore"));
        QVERIFY(QFile::copy(path, stray));
        QFile::setPermissions(stray, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stray3"));
            db.setDatabaseName(stray);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE review_comment (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stray3"));
        const QByteArray before = TestSupport::fileHash(stray);
        Store broken;
        QString error;
        QVERIFY(!broken.open(stray, Store::OpenMode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("version 4")), qPrintable(error));
        QCOMPARE(TestSupport::fileHash(stray), before);
    }
    Store store;
    QString error;
    QVERIFY2(store.open(path, Store::OpenMode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), 4);
    const Site site = store.sites().constFirst();
    QCOMPARE(site.name, QStringLiteral("exemple.fr"));
    QCOMPARE(site.consentDays, 180);
    QCOMPARE(site.reviewPolicy, Site::ReviewPolicy::None);
    QCOMPARE(store.cookies().size(), 2);
    QCOMPARE(store.ruleSwitches(site.id).size(), 1);
    QVERIFY(store.reviews(site.id, false).isEmpty());
    const QList<Publication> publications = store.publications(site.name);
    QCOMPARE(publications.size(), 2);
    QCOMPARE(publications.constLast().ruleSwitches.size(), 1);
    QVERIFY(publications.constLast().approval.isEmpty());
    // The chain written by version 3 still verifies: hashes without an approval are unchanged.
    const Store::Verification verified = store.verifyPublications();
    QVERIFY2(verified.ok, qPrintable(verified.firstBroken));
    QCOMPARE(verified.checked, 2);

    // The new tables take a review, a decision and a publication with its approval.
    Site strict = site;
    strict.reviewPolicy = Site::ReviewPolicy::Approval;
    QVERIFY(store.updateSite(strict).ok());
    QCOMPARE(store.site(site.id)->reviewPolicy, Site::ReviewPolicy::Approval);
    Review review;
    review.siteId = site.id;
    review.stateHash = QStringLiteral("abc");
    review.snapshot = QStringLiteral("{}");
    QVERIFY(store.submitReview(review).ok());
    store.setUserName(QStringLiteral("someone-else"));
    QVERIFY(
        store.decideReview(review.id, Review::Decision::Approved, QString(), QStringLiteral("abc"))
            .ok());
    Publication third;
    third.site = site.name;
    third.registryJson = QStringLiteral("{}");
    third.approval = Approval::from(*store.review(review.id));
    third.approval.stateHash = Publication::sha256(third.registryJson.toUtf8());
    QVERIFY(store.addPublication(third).ok());
    QCOMPARE(store.publications(site.name).constLast().approval.approvedBy,
             QStringLiteral("someone-else"));
    QVERIFY(store.verifyPublications().ok);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
