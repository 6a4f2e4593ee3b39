#include "SqliteBackend.h"

#include "Schema.h"
#include "SqliteStatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

int sqliteCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool writable(const QFileInfo &info) {
    // Root may write anything; a file without any write permission bit is still meant read-only.
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

QAtomicInteger<int> connectionCounter;

} // namespace

SqliteBackend::SqliteBackend(QObject *parent)
    : StoreBackend(parent) {
    m_watchTimer.setInterval(1000);
    connect(&m_watchTimer, &QTimer::timeout, this, &SqliteBackend::checkExternalChange);
}

SqliteBackend::~SqliteBackend() {
    close();
}

QSqlDatabase SqliteBackend::database() const {
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteBackend::isOpen() const {
    return !m_connection.isEmpty() && database().isOpen();
}

void SqliteBackend::close() {
    m_watchTimer.stop();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_seenDataVersion = -1;
}

void SqliteBackend::busyTimeoutChanged() {
    if (isOpen()) {
        QSqlQuery query(database());
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    }
}

bool SqliteBackend::openReader(const QString &path, QString *error) {
    close();
    if (!openConnection(path, true, error))
        return false;
    m_readOnlyReason = QCoreApplication::translate("Store", "opened read-only");
    // One pass over the rows: a small page cache is enough, and memory is the editor's.
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA cache_size = -4096"));
    return true;
}

bool SqliteBackend::openConnection(const QString &path, bool readOnly, QString *error) {
    m_connection =
        QStringLiteral("cookie-charter-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Store", "cannot open %1: %2")
                         .arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        return false;
    }
    m_path = path;
    m_readOnly = readOnly;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // 64 MB of page cache: the integrity check at open and the first full read then share it.
    query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return true;
}

bool SqliteBackend::open(const QString &path, bool readOnlyWanted, QString *error) {
    close();
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        close();
        if (error)
            *error = message;
        return false;
    };
    if (!info.exists())
        return fail(QCoreApplication::translate(
                        "Store", "%1: no such store (create one with: cookie-charter init FILE)")
                        .arg(path));
    if (!info.isFile())
        return fail(QCoreApplication::translate("Store", "%1 is not a file").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Store", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QCoreApplication::translate(
                        "Store",
                        "%1 is not a Cookie Charter store (it is not an SQLite database); it was "
                        "left untouched")
                        .arg(path));

    bool readOnly = readOnlyWanted;
    if (readOnly) {
        m_readOnlyReason = QCoreApplication::translate("Store", "opened read-only");
    } else if (!writable(info)) {
        readOnly = true;
        m_readOnlyReason = QCoreApplication::translate("Store", "the file is read-only");
    } else if (!writable(QFileInfo(info.absolutePath()))) {
        // The rollback journal is created beside the store.
        readOnly = true;
        m_readOnlyReason = QCoreApplication::translate("Store", "its folder is read-only");
    }
    const QString reason = m_readOnlyReason;
    if (!openConnection(path, readOnly, error))
        return false;
    m_readOnlyReason = reason;

    m_verified = false;
    QSqlQuery query(database());
    // The first read of the file, its header: fails on a file that is not an SQLite database.
    if (!query.exec(QStringLiteral("PRAGMA schema_version"))) {
        // A writer killed in the middle of a transaction leaves a "hot" journal that only a
        // connection with write access can roll back: a read-only one cannot even read the
        // file (SQLITE_READONLY_ROLLBACK). A live writer's journal is no such thing.
        const QSqlError failure = query.lastError();
        const QFileInfo journal(path + QStringLiteral("-journal"));
        if (m_readOnly && !m_recovering && sqliteCode(failure) == 8 && journal.exists() &&
            journal.size() > 0) {
            query = QSqlQuery();
            close();
            if (!recoverHotJournal(path, error))
                return false;
            m_recovering = true; // once: the journal is gone now
            const bool opened = open(path, readOnlyWanted, error);
            m_recovering = false;
            return opened;
        }
        return fail(QCoreApplication::translate(
                        "Store", "%1 is damaged or not a store (%2); it was left untouched")
                        .arg(path, failure.text()));
    }
    QString damage;
    if (m_checkOnOpen && !checkBeforeWrite(&damage))
        return fail(QCoreApplication::translate(
                        "Store", "%1 is damaged (integrity check: %2); it was left untouched")
                        .arg(path, damage));

    int applicationId = 0;
    int version = 0;
    if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
        applicationId = query.value(0).toInt();
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        version = query.value(0).toInt();
    if (applicationId != Schema::applicationId)
        return fail(QCoreApplication::translate(
                        "Store",
                        "%1 is an SQLite database but not a Cookie Charter store; it was left "
                        "untouched")
                        .arg(path));
    if (version > Schema::latestVersion)
        return fail(QCoreApplication::translate(
                        "Store",
                        "%1 was made by a newer Cookie Charter (store version %2, this program "
                        "knows %3)")
                        .arg(path)
                        .arg(version)
                        .arg(Schema::latestVersion));
    query.finish();
    if (version < Schema::latestVersion) {
        if (m_readOnly)
            return fail(QCoreApplication::translate(
                            "Store",
                            "%1 uses an older store version (%2) and is %3; open it once with "
                            "write access to upgrade it")
                            .arg(path)
                            .arg(version)
                            .arg(m_readOnlyReason));
        if (!checkBeforeWrite(&damage))
            return fail(QCoreApplication::translate(
                            "Store", "%1 is damaged (integrity check: %2); it was left untouched")
                            .arg(path, damage));
        QSqlDatabase db = database();
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(QCoreApplication::translate("Store", "%1: %2").arg(path, migrateError));
    }
    QString schemaError;
    if (!Schema::check(database(), &schemaError))
        return fail(
            QCoreApplication::translate(
                "Store", "%1 is not a complete Cookie Charter store (%2); it was left untouched")
                .arg(path, schemaError));
    if (!m_readOnly) {
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
            query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    query.finish();
    // Changes by others are counted from here: what a window reads next is this state.
    m_seenDataVersion = dataVersion();
    return true;
}

bool SqliteBackend::create(const QString &path, QString *error) {
    close();
    const QFileInfo info(path);
    if (info.exists() && (!info.isFile() || info.size() > 0)) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1 already exists; choose another name")
                         .arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Store", "cannot create the folder %1")
                         .arg(info.absolutePath());
        return false;
    }
    if (!writable(QFileInfo(info.absolutePath()))) {
        if (error)
            *error =
                QCoreApplication::translate("Store", "cannot create %1: its folder is read-only")
                    .arg(path);
        return false;
    }
    // Built whole under another name, then renamed into place without replacing anything: two
    // programs creating the same store never see each other's half-made file, and a failure
    // (a full disk) leaves nothing behind.
    const QString building =
        path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!buildNew(building, error))
        return false;
    const QFileInfo now(path); // as it is now, not when this began
    if (now.exists() && now.isFile() && now.size() == 0)
        QFile::remove(path); // an empty file named for the store (touch) is taken over
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        if (error)
            *error = QCoreApplication::translate("Store", "%1 already exists; choose another name")
                         .arg(path);
        return false;
    }
    return open(path, false, error);
}

bool SqliteBackend::buildNew(const QString &path, QString *error) {
    if (!openConnection(path, false, error)) {
        QFile::remove(path);
        return false;
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    QString migrateError;
    const bool journalSet = query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    query.finish();
    const bool built = journalSet && Schema::migrate(db, Schema::latestVersion, &migrateError);
    const QString message = migrateError.isEmpty() ? query.lastError().text() : migrateError;
    query = QSqlQuery();
    db = QSqlDatabase();
    close();
    if (!built) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        if (error)
            *error =
                QCoreApplication::translate("Store", "cannot create %1: %2").arg(path, message);
    }
    return built;
}

bool SqliteBackend::recoverHotJournal(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!writable(info) || !writable(QFileInfo(info.absolutePath()))) {
        if (error)
            *error = QCoreApplication::translate(
                         "Store",
                         "%1 holds an unfinished write left by a program that stopped (its "
                         "journal %2-journal); it can be read only once someone with write access "
                         "opens it, which rolls the unfinished write back")
                         .arg(path, info.fileName());
        return false;
    }
    // Opening with write access and reading once makes SQLite roll the journal back; nothing
    // else is written, and the store is then read-only as asked.
    if (!openConnection(path, false, error))
        return false;
    bool recovered = false;
    QString cause;
    {
        QSqlQuery query(database());
        recovered =
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
        cause = query.lastError().text();
    }
    close();
    if (!recovered && error)
        *error = QCoreApplication::translate(
                     "Store", "%1 holds an unfinished write that could not be rolled back: %2")
                     .arg(path, cause);
    return recovered;
}

bool SqliteBackend::checkBeforeWrite(QString *findings) {
    if (m_verified)
        return true;
    QSqlQuery query(database());
    QStringList found;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next())
            found.append(query.value(0).toString());
    } else {
        found.append(query.lastError().text());
    }
    if (found != QStringList{QStringLiteral("ok")}) {
        if (findings)
            *findings = found.mid(0, 3).join(QStringLiteral("; "));
        return false;
    }
    m_verified = true;
    return true;
}

int SqliteBackend::schemaVersion() const {
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

qint64 SqliteBackend::dataVersion() const {
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

std::unique_ptr<Statement> SqliteBackend::statement(const char *sql, StatementKind) const {
    return std::make_unique<SqliteStatement>(database(), sql);
}

qint64 SqliteBackend::insertedId(QSqlQuery &query) const {
    return query.lastInsertId().toLongLong();
}

bool SqliteBackend::beginWrite(QSqlQuery &control) {
    return control.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

// A deferred transaction takes the shared lock at the first read and keeps it to the end: a
// writer can prepare, but not commit, until every part has been read.
QString SqliteBackend::beginSnapshot() const {
    return QStringLiteral("BEGIN");
}

WriteResult SqliteBackend::failure(const QSqlError &error) const {
    const int code = sqliteCode(error);
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        return WriteResult::failure(WriteResult::Status::Busy, error.text());
    if (code == 8) // SQLITE_READONLY
        return WriteResult::failure(
            WriteResult::Status::ReadOnly,
            QCoreApplication::translate("Store", "the store cannot be written: %1")
                .arg(error.text()));
    return WriteResult::failure(
        WriteResult::Status::Failed,
        QCoreApplication::translate("Store", "store error: %1").arg(error.text()));
}

void SqliteBackend::watch(std::function<bool()> wanted) {
    m_wanted = std::move(wanted);
    if (m_watchTimer.isActive())
        return;
    if (m_seenDataVersion < 0 && isOpen())
        m_seenDataVersion = dataVersion();
    m_watchTimer.start();
}

void SqliteBackend::checkExternalChange() {
    if (!m_wanted || !m_wanted()) {
        m_watchTimer.stop(); // nobody listens any more
        return;
    }
    if (!isOpen())
        return;
    // data_version changes only for commits made by other connections.
    const qint64 version = dataVersion();
    if (m_seenDataVersion >= 0 && version != m_seenDataVersion)
        Q_EMIT externalChange();
    m_seenDataVersion = version;
}
