#include "Store.h"

#include "CookieCopy.h"
#include "CookieField.h"
#include "Rules.h"
#include "Schema.h"
#include "ServerStatement.h"
#include "SqliteStatement.h"
#include "UserName.h"
#include "Validator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <array>

namespace {

// Rows in a row mostly share some values (a category, a domain, a provider): a value equal to
// the previous row's in the same column is shared with it, not decoded and parsed again.
class RepeatedColumns {
public:
    explicit RepeatedColumns(const Statement &row)
        : m_row(row) {}
    const QString &text(int column) {
        Previous &last = m_previous[size_t(column)];
        const QByteArrayView utf8 = m_row.columnUtf8(column);
        if (last.known && utf8 == last.utf8)
            return last.text;
        last.known = true;
        last.utf8 = utf8.toByteArray();
        last.text = m_row.columnText(column);
        last.parsed.reset();
        return last.text;
    }
    // The column's text through `parse` (to an enum), once per run of equal values.
    int parsed(int column, int (*parse)(const QString &)) {
        const QString &value = text(column);
        Previous &last = m_previous[size_t(column)];
        if (!last.parsed)
            last.parsed = parse(value);
        return *last.parsed;
    }

private:
    struct Previous {
        bool known = false;
        QByteArray utf8;
        QString text;
        std::optional<int> parsed;
    };
    const Statement &m_row;
    std::array<Previous, 16> m_previous;
};

int parseCategory(const QString &text) {
    return int(Vocabulary::parseCategory(text).value_or(Category::Unclassified));
}

int parseParty(const QString &text) {
    return int(Vocabulary::parseParty(text).value_or(Party::First));
}

int parseStorage(const QString &text) {
    return int(Vocabulary::parseStorage(text).value_or(StorageType::Cookie));
}

const QLatin1String cookieColumns(
    "id, site_id, provider, service, location, name, purpose_fr, purpose_en, category, party, "
    "domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, created_at, "
    "created_by, updated_at, updated_by, version");

const QLatin1String
    siteColumns("id, name, url, languages, contact, version, consent_days, review_policy");

QDateTime timeFrom(const QVariant &value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

int sqliteCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool isBusy(const QSqlError &error) {
    const int code = sqliteCode(error);
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

// A read that failed, in plain words: the store could not be read (which is not "the row is gone").
QString readFailure(const QString &cause) {
    return QCoreApplication::translate("Store", "the store could not be read: %1").arg(cause);
}

// A UNIQUE violation (SQLITE_CONSTRAINT_UNIQUE), as opposed to a NOT NULL or CHECK one.
bool isConstraint(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return (ok && code == 2067) || error.nativeErrorCode() == QLatin1String("23505") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint"));
}

// SQLite stores a null QString as NULL; our text columns are NOT NULL and empty means empty.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Cookie readCookie(const Statement &row) {
    Cookie cookie;
    cookie.id = row.columnInt64(0);
    cookie.siteId = row.columnInt64(1);
    cookie.provider = row.columnText(2);
    cookie.service = row.columnText(3);
    cookie.location = row.columnText(4);
    cookie.name = row.columnText(5);
    cookie.purposeFr = row.columnText(6);
    cookie.purposeEn = row.columnText(7);
    cookie.category = Vocabulary::parseCategory(row.columnText(8)).value_or(Category::Unclassified);
    cookie.party = Vocabulary::parseParty(row.columnText(9)).value_or(Party::First);
    cookie.domain = row.columnText(10);
    cookie.duration = row.columnText(11);
    cookie.storage = Vocabulary::parseStorage(row.columnText(13)).value_or(StorageType::Cookie);
    cookie.privacyUrl = row.columnText(14);
    if (!row.columnIsNull(15))
        cookie.consentExemptOverride = row.columnInt64(15) != 0;
    cookie.notes = row.columnText(16);
    cookie.createdAt = row.columnText(17);
    cookie.createdBy = row.columnText(18);
    cookie.updatedAt = row.columnText(19);
    cookie.updatedBy = row.columnText(20);
    cookie.version = row.columnInt64(21);
    return cookie;
}

Site readSite(const QSqlQuery &query) {
    Site site;
    site.id = query.value(0).toLongLong();
    site.name = query.value(1).toString();
    site.url = query.value(2).toString();
    site.languages = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    site.contact = query.value(4).toString();
    site.version = query.value(5).toLongLong();
    site.consentDays = query.value(6).isNull() ? 0 : query.value(6).toInt();
    Site::policyFromKey(query.value(7).toString(), &site.reviewPolicy);
    return site;
}

// Binds the registry content of a cookie to parameters 1..15.
void bindContent(Statement &statement, const Cookie &cookie) {
    const std::optional<double> days = cookie.durationDays();
    statement.bindText(1, cookie.provider);
    statement.bindText(2, cookie.service);
    statement.bindText(3, cookie.location);
    statement.bindText(4, cookie.name);
    statement.bindText(5, cookie.purposeFr);
    statement.bindText(6, cookie.purposeEn);
    statement.bindText(7, Vocabulary::categoryKey(cookie.category));
    statement.bindText(8, Vocabulary::partyKey(cookie.party));
    statement.bindText(9, cookie.domain);
    statement.bindText(10, cookie.duration);
    if (days)
        statement.bindDouble(11, *days);
    else
        statement.bindNull(11);
    statement.bindText(12, Vocabulary::storageKey(cookie.storage));
    statement.bindText(13, cookie.privacyUrl);
    if (cookie.consentExemptOverride)
        statement.bindInt64(14, *cookie.consentExemptOverride ? 1 : 0);
    else
        statement.bindNull(14);
    statement.bindText(15, cookie.notes);
}

QString cookieJson(const Cookie &cookie, const QList<CookieField> &fields) {
    QJsonObject object;
    for (CookieField field : fields)
        object.insert(CookieFields::key(field), CookieFields::value(cookie, field));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<CookieField> changedFields(const Cookie &before, const Cookie &after) {
    QList<CookieField> fields;
    for (CookieField field : CookieFields::all()) {
        if (CookieFields::value(before, field) != CookieFields::value(after, field))
            fields.append(field);
    }
    return fields;
}

QString siteJson(const Site &site) {
    QJsonObject object{{QStringLiteral("name"), site.name},
                       {QStringLiteral("url"), site.url},
                       {QStringLiteral("languages"), site.languages.join(QLatin1Char(','))},
                       {QStringLiteral("contact"), site.contact}};
    if (site.consentDays > 0)
        object.insert(QStringLiteral("consentDays"), site.consentDays);
    if (site.reviewPolicy != Site::ReviewPolicy::None)
        object.insert(QStringLiteral("review"), Site::policyKey(site.reviewPolicy));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool writable(const QFileInfo &info) {
    // Root may write anything; a file without any write permission bit is still meant read-only.
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

QAtomicInteger<int> connectionCounter;

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_user(currentUserName()) {
    m_watchTimer.setInterval(1000);
    connect(&m_watchTimer, &QTimer::timeout, this, &Store::checkExternalChange);
}

Store::~Store() {
    close();
}

QSqlDatabase Store::database() const {
    return QSqlDatabase::database(m_connection, false);
}

std::unique_ptr<Statement> Store::statement(const char *sql, StatementKind kind) const {
    if (!m_server)
        return std::make_unique<SqliteStatement>(database(), sql);
    const ServerStatement::Kind serverKind =
        kind == StatementKind::Insert  ? ServerStatement::Kind::Insert
        : kind == StatementKind::Write ? ServerStatement::Kind::Write
                                       : ServerStatement::Kind::Read;
    return std::make_unique<ServerStatement>(database(), QString::fromUtf8(sql), serverKind);
}

// The id of a row an INSERT adds: SQLite's last row id; on a server (whose driver has no last
// id for identity columns) the INSERT returns it.
QString Store::returningId(const QString &insertSql) const {
    return m_server ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

qint64 Store::insertedId(QSqlQuery &query) const {
    if (!m_server)
        return query.lastInsertId().toLongLong();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Store::isOpen() const {
    // A server connection that dropped stays "open": the next write or watch reconnects.
    return !m_connection.isEmpty() && (m_server || database().isOpen());
}

void Store::close() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (m_subscribed && db.driver())
            db.driver()->unsubscribeFromNotification(QStringLiteral("cookie_charter"));
        db.close();
    }
    m_subscribed = false;
    m_server = false;
    m_location.clear();
    m_serverMayWrite = true;
    m_serverMayPublish = true;
    m_serverRole.clear();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_seenDataVersion = -1;
}

void Store::setBusyTimeout(int milliseconds) {
    m_busyTimeoutMs = milliseconds;
    if (isOpen() && !m_server) {
        QSqlQuery query(database());
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
    }
}

bool Store::openReader(const QString &path, QString *error) {
    close();
    if (isServerLocation(path))
        return openServer(path, true, false, error);
    if (!openConnection(path, true, error))
        return false;
    m_readOnlyReason = tr("opened read-only");
    // One pass over the rows: a small page cache is enough, and memory is the editor's.
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA cache_size = -4096"));
    return true;
}

bool Store::openConnection(const QString &path, bool readOnly, QString *error) {
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
            *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
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

bool Store::open(const QString &path, OpenMode mode, QString *error) {
    close();
    if (isServerLocation(path))
        return openServer(path, mode == OpenMode::ReadOnly, false, error);
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        close();
        if (error)
            *error = message;
        return false;
    };
    if (!info.exists())
        return fail(tr("%1: no such store (create one with: cookie-charter init FILE)").arg(path));
    if (!info.isFile())
        return fail(tr("%1 is not a file").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(tr("%1 is not a Cookie Charter store (it is not an SQLite database); it was "
                       "left untouched")
                        .arg(path));

    bool readOnly = mode == OpenMode::ReadOnly;
    if (readOnly) {
        m_readOnlyReason = tr("opened read-only");
    } else if (!writable(info)) {
        readOnly = true;
        m_readOnlyReason = tr("the file is read-only");
    } else if (!writable(QFileInfo(info.absolutePath()))) {
        // The rollback journal is created beside the store.
        readOnly = true;
        m_readOnlyReason = tr("its folder is read-only");
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
            const bool opened = open(path, mode, error);
            m_recovering = false;
            return opened;
        }
        return fail(tr("%1 is damaged or not a store (%2); it was left untouched")
                        .arg(path, failure.text()));
    }
    QString damage;
    if (m_verify == Verify::OnOpen && !verify(&damage))
        return fail(
            tr("%1 is damaged (integrity check: %2); it was left untouched").arg(path, damage));

    int applicationId = 0;
    int version = 0;
    if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
        applicationId = query.value(0).toInt();
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        version = query.value(0).toInt();
    if (applicationId != Schema::applicationId)
        return fail(tr("%1 is an SQLite database but not a Cookie Charter store; it was left "
                       "untouched")
                        .arg(path));
    if (version > Schema::latestVersion)
        return fail(tr("%1 was made by a newer Cookie Charter (store version %2, this program "
                       "knows %3)")
                        .arg(path)
                        .arg(version)
                        .arg(Schema::latestVersion));
    query.finish();
    if (version < Schema::latestVersion) {
        if (m_readOnly)
            return fail(tr("%1 uses an older store version (%2) and is %3; open it once with "
                           "write access to upgrade it")
                            .arg(path)
                            .arg(version)
                            .arg(m_readOnlyReason));
        if (!verify(&damage))
            return fail(
                tr("%1 is damaged (integrity check: %2); it was left untouched").arg(path, damage));
        QSqlDatabase db = database();
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(tr("%1: %2").arg(path, migrateError));
    }
    QString schemaError;
    if (!Schema::check(database(), &schemaError))
        return fail(tr("%1 is not a complete Cookie Charter store (%2); it was left untouched")
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

bool Store::create(const QString &path, QString *error) {
    close();
    if (isServerLocation(path))
        return openServer(path, false, true, error);
    const QFileInfo info(path);
    if (info.exists() && (!info.isFile() || info.size() > 0)) {
        if (error)
            *error = tr("%1 already exists; choose another name").arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (!writable(QFileInfo(info.absolutePath()))) {
        if (error)
            *error = tr("cannot create %1: its folder is read-only").arg(path);
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
            *error = tr("%1 already exists; choose another name").arg(path);
        return false;
    }
    return open(path, OpenMode::ReadWrite, error);
}

bool Store::buildNew(const QString &path, QString *error) {
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
            *error = tr("cannot create %1: %2").arg(path, message);
    }
    return built;
}

bool Store::recoverHotJournal(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!writable(info) || !writable(QFileInfo(info.absolutePath()))) {
        if (error)
            *error = tr("%1 holds an unfinished write left by a program that stopped (its "
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
        *error =
            tr("%1 holds an unfinished write that could not be rolled back: %2").arg(path, cause);
    return recovered;
}

// Qt may call this from another thread, with its connection lock held: nothing here may touch
// QObject functions, so the timer is started from the store's own thread, a moment later.
void Store::connectNotify(const QMetaMethod &signal) {
    if (signal == QMetaMethod::fromSignal(&Store::externalChange))
        QMetaObject::invokeMethod(this, &Store::startWatching, Qt::QueuedConnection);
}

void Store::startWatching() {
    if (m_server) {
        watchServer();
        // No polling for changes (the server notifies); a look at the connection every few
        // seconds, to reconnect after the server restarted.
        m_watchTimer.start(3000);
        return;
    }
    if (m_watchTimer.isActive())
        return;
    if (m_seenDataVersion < 0 && isOpen())
        m_seenDataVersion = dataVersion();
    m_watchTimer.start();
}

void Store::checkExternalChange() {
    if (!isSignalConnected(QMetaMethod::fromSignal(&Store::externalChange))) {
        m_watchTimer.stop(); // nobody listens any more
        return;
    }
    if (!isOpen())
        return;
    if (m_server) {
        QSqlQuery ping(database());
        if (ping.exec(QStringLiteral("SELECT 1")) || !connectionLost())
            return;
        ping = QSqlQuery();
        // The server restarted or the network came back: what changed meanwhile is read again.
        if (reconnect())
            Q_EMIT externalChange();
        return;
    }
    // data_version changes only for commits made by other connections.
    const qint64 version = dataVersion();
    if (m_seenDataVersion >= 0 && version != m_seenDataVersion)
        Q_EMIT externalChange();
    m_seenDataVersion = version;
}

int Store::schemaVersion() const {
    QSqlQuery query(database());
    if (m_server)
        return query.exec(QStringLiteral("SELECT max(version) FROM cookie_charter_store")) &&
                       query.next()
                   ? query.value(0).toInt()
                   : -1;
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

qint64 Store::dataVersion() const {
    if (m_server)
        return -1; // a server notifies instead
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Reads

QList<Site> Store::sites(QString *error) const {
    QList<Site> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM site ORDER BY name COLLATE NOCASE").arg(siteColumns))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(readSite(query));
    return result;
}

std::optional<Site> Store::site(qint64 id, QString *error) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM site WHERE id = ?").arg(siteColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return std::nullopt;
    }
    if (query.next())
        return readSite(query);
    return std::nullopt;
}

std::optional<Site> Store::findSite(const QString &key, QString *error) const {
    const QString wanted = key.trimmed();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM site WHERE name = ? COLLATE NOCASE OR url = ? "
                                 "OR rtrim(url, '/') = rtrim(?, '/') OR CAST(id AS TEXT) = ? "
                                 "ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1")
                      .arg(siteColumns));
    for (int i = 0; i < 5; ++i)
        query.addBindValue(wanted);
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return std::nullopt;
    }
    if (query.next())
        return readSite(query);
    return std::nullopt;
}

bool Store::forEachCookie(qint64 siteId, const std::function<bool(const Cookie &)> &visit,
                          QString *error, qint64 afterId) const {
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + QByteArray(cookieColumns.data(), cookieColumns.size()) +
        // "+site_id": a scan in id order, with no index to keep up on every insert and no sort.
        (siteId > 0 ? QByteArrayLiteral(" FROM cookie WHERE id > ? AND +site_id = ? ORDER BY id")
                    : QByteArrayLiteral(" FROM cookie WHERE id > ? ORDER BY id"));
    const auto select = statement(sql.constData());
    select->bindInt64(1, afterId);
    if (siteId > 0)
        select->bindInt64(2, siteId);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        if (!visit(readCookie(*select)))
            return true;
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return false;
    }
    return true;
}

QList<Cookie> Store::auditCookies(qint64 siteId, QString *error) const {
    const auto select =
        statement("SELECT id, site_id, name, category, party, domain, duration, storage, "
                  "consent_exempt, version FROM cookie WHERE +site_id = ? ORDER BY id");
    select->bindInt64(1, siteId);
    QList<Cookie> result;
    result.reserve(cookieCount(siteId)); // one allocation, not a copy of the list at each growth
    RepeatedColumns columns(*select);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        Cookie cookie;
        cookie.id = select->columnInt64(0);
        cookie.siteId = select->columnInt64(1);
        cookie.name = select->columnText(2);
        cookie.category = Category(columns.parsed(3, parseCategory));
        cookie.party = Party(columns.parsed(4, parseParty));
        cookie.domain = columns.text(5);
        cookie.duration = columns.text(6);
        cookie.storage = StorageType(columns.parsed(7, parseStorage));
        if (!select->columnIsNull(8))
            cookie.consentExemptOverride = select->columnInt64(8) != 0;
        cookie.version = select->columnInt64(9);
        result.append(std::move(cookie));
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return result;
}

QList<Cookie> Store::bannerCookies(qint64 siteId, QString *error) const {
    const auto select =
        statement("SELECT id, site_id, provider, service, name, purpose_fr, purpose_en, "
                  "category, consent_exempt, privacy_url FROM cookie WHERE +site_id = ? "
                  "ORDER BY id");
    select->bindInt64(1, siteId);
    QList<Cookie> result;
    result.reserve(cookieCount(siteId));
    RepeatedColumns columns(*select);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        Cookie cookie;
        cookie.id = select->columnInt64(0);
        cookie.siteId = select->columnInt64(1);
        cookie.provider = columns.text(2);
        cookie.service = columns.text(3);
        cookie.name = select->columnText(4);
        cookie.purposeFr = columns.text(5);
        cookie.purposeEn = columns.text(6);
        cookie.category = Category(columns.parsed(7, parseCategory));
        if (!select->columnIsNull(8))
            cookie.consentExemptOverride = select->columnInt64(8) != 0;
        cookie.privacyUrl = columns.text(9);
        result.append(std::move(cookie));
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return result;
}

QList<Cookie> Store::cookies(qint64 siteId, QString *error) const {
    QList<Cookie> result;
    forEachCookie(
        siteId,
        [&result](const Cookie &cookie) {
            result.append(cookie);
            return true;
        },
        error);
    return result;
}

std::optional<Cookie> Store::cookie(qint64 id, QString *error) const {
    const QByteArray sql = QByteArrayLiteral("SELECT ") +
                           QByteArray(cookieColumns.data(), cookieColumns.size()) +
                           QByteArrayLiteral(" FROM cookie WHERE id = ?");
    const auto select = statement(sql.constData());
    select->bindInt64(1, id);
    const int code = select->step();
    if (code == 100) // SQLITE_ROW
        return readCookie(*select);
    if (code != 101 && error) // SQLITE_DONE: no such row
        *error = readFailure(select->errorText());
    return std::nullopt;
}

int Store::cookieCount(qint64 siteId) const {
    QSqlQuery query(database());
    if (siteId > 0) {
        query.prepare(QStringLiteral("SELECT count(*) FROM cookie WHERE site_id = ?"));
        query.addBindValue(siteId);
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM cookie"));
    }
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<qint64, int> Store::cookieCounts(QString *error) const {
    QHash<qint64, int> counts;
    const auto select = statement("SELECT site_id, count(*) FROM cookie GROUP BY site_id");
    int code = select->step();
    for (; code == 100; code = select->step()) // SQLITE_ROW
        counts.insert(select->columnInt64(0), int(select->columnInt64(1)));
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return counts;
}

QHash<qint64, qint64> Store::cookieVersions(qint64 siteId, QString *error) const {
    QHash<qint64, qint64> versions;
    const auto select = statement("SELECT id, version FROM cookie WHERE +site_id = ?");
    select->bindInt64(1, siteId);
    int code = select->step();
    for (; code == 100; code = select->step()) // SQLITE_ROW
        versions.insert(select->columnInt64(0), select->columnInt64(1));
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return versions;
}

QList<AuditEntry> Store::auditLog(qint64 siteId, int limit) const {
    QList<AuditEntry> entries;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id, at, \"user\", action, entity, entity_id, site_id, summary, "
                       "old_values, new_values "
                       "FROM audit WHERE (? = 0 OR site_id = ?) ORDER BY id DESC LIMIT ?"));
    query.addBindValue(siteId);
    query.addBindValue(siteId);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = timeFrom(query.value(1));
        entry.user = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.siteId = query.value(6).toLongLong();
        entry.summary = query.value(7).toString();
        entry.oldValues = query.value(8).toString();
        entry.newValues = query.value(9).toString();
        entries.append(entry);
    }
    return entries;
}

// ---------------------------------------------------------------------------------------------
// Writes

WriteResult Store::failureFrom(const QSqlQuery &query) const {
    const QSqlError error = query.lastError();
    if (m_server)
        return serverFailure(error);
    if (isBusy(error))
        return WriteResult::failure(WriteResult::Status::Busy, error.text());
    if (sqliteCode(error) == 8) // SQLITE_READONLY
        return WriteResult::failure(WriteResult::Status::ReadOnly,
                                    tr("the store cannot be written: %1").arg(error.text()));
    return WriteResult::failure(WriteResult::Status::Failed,
                                tr("store error: %1").arg(error.text()));
}

WriteResult Store::statementFailure(const Statement &statement, int code) const {
    if (m_server && connectionLost())
        return serverFailure(QSqlError(statement.errorText(), QString(), QSqlError::ConnectionError,
                                       QStringLiteral("08006")));
    if (statement.isBusy(code))
        return WriteResult::failure(WriteResult::Status::Busy, statement.errorText());
    return WriteResult::failure(WriteResult::Status::Failed,
                                tr("store error: %1").arg(statement.errorText()));
}

WriteResult Store::auditFailure() const {
    return WriteResult::failure(WriteResult::Status::Failed,
                                tr("store error: %1").arg(m_lastAuditError));
}

QString Store::nowText() const {
    return m_now.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : m_now;
}

bool Store::verify(QString *findings) {
    if (m_verified || m_server)
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

QString Store::readOnlyReason() const {
    if (m_readOnly)
        return m_readOnlyReason;
    if (m_role == Role::Reviewer && m_server)
        return tr("the server lets role %1 comment on reviews and approve them, not change the "
                  "registry")
            .arg(m_serverRole);
    if (m_role == Role::Reviewer)
        return tr("you opened it as a reviewer: you may comment on reviews and approve them, not "
                  "change the registry");
    return QString();
}

WriteResult Store::runWrite(const std::function<WriteResult()> &unit, WriteScope scope) {
    if (!isOpen())
        return WriteResult::failure(WriteResult::Status::Failed, tr("no store is open"));
    if (m_readOnly)
        return WriteResult::failure(WriteResult::Status::ReadOnly,
                                    tr("the store is read-only (%1)").arg(m_readOnlyReason));
    if (scope == WriteScope::Registry && m_role == Role::Reviewer && m_server)
        return WriteResult::failure(WriteResult::Status::NotAllowed,
                                    tr("not allowed: the server lets role %1 review, not change "
                                       "the registry; nothing was written")
                                        .arg(m_serverRole));
    if (scope == WriteScope::Registry && m_role == Role::Reviewer)
        return WriteResult::failure(WriteResult::Status::NotAllowed,
                                    tr("not allowed: %1 works as a reviewer, who may comment on "
                                       "and approve reviews but not change the registry; nothing "
                                       "was written")
                                        .arg(m_user));
    QString damage;
    if (!verify(&damage))
        return WriteResult::failure(
            WriteResult::Status::Failed,
            tr("%1 is damaged (integrity check: %2); nothing was written").arg(m_path, damage));
    QSqlDatabase db = database();
    WriteResult last;
    for (int attempt = 1; attempt <= m_maxAttempts; ++attempt) {
        m_pendingSignals.clear();
        QSqlQuery control(db);
        if (m_server ? !beginServerWrite(control)
                     : !control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            last = failureFrom(control);
            if (last.status == WriteResult::Status::Busy && !(m_server && connectionLost()))
                continue; // the busy timeout already waited
            return last;
        }
        // One time stamp for the whole unit of work: all its rows changed at the same moment.
        m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        last = unit();
        m_now.clear();
        if (last.ok() && control.exec(QStringLiteral("COMMIT"))) {
            const auto pending = std::move(m_pendingSignals);
            m_pendingSignals.clear();
            for (const auto &emitSignal : pending)
                emitSignal();
            return last;
        }
        if (last.ok())
            last = failureFrom(control);
        control.exec(QStringLiteral("ROLLBACK"));
        m_pendingSignals.clear();
        if (last.status != WriteResult::Status::Busy)
            return last;
        // A lost connection is told, not retried: whether a COMMIT it cut reached the server
        // cannot be known here. The next write reconnects.
        if (m_server && connectionLost())
            return last;
        QThread::msleep(50 * attempt);
    }
    return WriteResult::failure(
        WriteResult::Status::Busy,
        tr("the store is locked by another user (waited %1 s, %2 times); nothing was written, "
           "try again")
            .arg(m_busyTimeoutMs / 1000.0, 0, 'f', 1)
            .arg(m_maxAttempts));
}

bool Store::audit(const QString &action, const QString &entity, qint64 entityId, qint64 siteId,
                  const QString &summary, const QString &oldValues, const QString &newValues) {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO audit (at, \"user\", action, entity, entity_id, site_id, "
                       "summary, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nowText());
    query.addBindValue(m_user);
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(siteId);
    query.addBindValue(summary);
    query.addBindValue(oldValues.isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(oldValues));
    query.addBindValue(newValues.isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(newValues));
    if (query.exec())
        return true;
    m_lastAuditError = query.lastError().text();
    return false;
}

WriteResult Store::insertSite(Site &site) {
    const QString now = nowText();
    QSqlQuery query(database());
    query.prepare(
        returningId(QStringLiteral("INSERT INTO site (name, url, languages, contact, consent_days, "
                                   "review_policy, created_at, created_by, updated_at, updated_by, "
                                   "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")));
    query.addBindValue(text(site.name.trimmed()));
    query.addBindValue(text(site.url.trimmed()));
    query.addBindValue(site.languages.join(QLatin1Char(',')));
    query.addBindValue(text(site.contact.trimmed()));
    query.addBindValue(site.consentDays > 0 ? QVariant(site.consentDays) : QVariant());
    query.addBindValue(Site::policyKey(site.reviewPolicy));
    query.addBindValue(now);
    query.addBindValue(m_user);
    query.addBindValue(now);
    query.addBindValue(m_user);
    if (!query.exec()) {
        if (isConstraint(query.lastError()))
            return WriteResult::failure(WriteResult::Status::Duplicate,
                                        tr("a site named \"%1\" already exists").arg(site.name));
        return failureFrom(query);
    }
    site.id = insertedId(query);
    site.version = 1;
    site.name = site.name.trimmed();
    if (!audit(QStringLiteral("insert"), QStringLiteral("site"), site.id, site.id,
               tr("site %1 added").arg(site.name), QString(), siteJson(site)))
        return auditFailure();
    const qint64 id = site.id;
    m_pendingSignals.append([this, id] { Q_EMIT siteAdded(id); });
    return {};
}

// Why a site cannot be stored as it is, or empty.
QString Store::siteProblem(const Site &site) {
    if (site.name.trimmed().isEmpty())
        return tr("a site needs a name");
    if (site.languages.isEmpty())
        return tr("a site needs at least one language");
    QString error;
    if (!Site::checkUrl(site.url, &error))
        return error;
    if (site.consentDays < 0 || site.consentDays > 3650)
        return tr("the banner keeps the visitor's choice between 1 and 3650 days, not %1")
            .arg(site.consentDays);
    return QString();
}

WriteResult Store::addSite(Site &site) {
    const QString invalid = siteProblem(site);
    if (!invalid.isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid, invalid);
    Site candidate = site;
    const WriteResult result = runWrite([&] { return insertSite(candidate); });
    if (result.ok())
        site = candidate;
    return result;
}

WriteResult Store::updateSite(Site &site) {
    const QString invalid = siteProblem(site);
    if (!invalid.isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid, invalid);
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Site> stored = this->site(site.id, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!stored)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 no longer exists").arg(site.id));
        if (stored->version != site.version)
            return WriteResult::failure(WriteResult::Status::Conflict,
                                        tr("site %1 was changed by someone else since you read "
                                           "it; reload it and try again")
                                            .arg(stored->name));
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("UPDATE site SET name = ?, url = ?, languages = ?, contact = ?, "
                           "consent_days = ?, review_policy = ?, updated_at = ?, updated_by = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
        query.addBindValue(text(site.name.trimmed()));
        query.addBindValue(text(site.url.trimmed()));
        query.addBindValue(site.languages.join(QLatin1Char(',')));
        query.addBindValue(text(site.contact.trimmed()));
        query.addBindValue(site.consentDays > 0 ? QVariant(site.consentDays) : QVariant());
        query.addBindValue(Site::policyKey(site.reviewPolicy));
        query.addBindValue(nowText());
        query.addBindValue(m_user);
        query.addBindValue(site.id);
        query.addBindValue(site.version);
        if (!query.exec()) {
            if (isConstraint(query.lastError()))
                return WriteResult::failure(
                    WriteResult::Status::Duplicate,
                    tr("a site named \"%1\" already exists").arg(site.name));
            return failureFrom(query);
        }
        if (!audit(QStringLiteral("update"), QStringLiteral("site"), site.id, site.id,
                   tr("site %1 changed").arg(site.name), siteJson(*stored), siteJson(site)))
            return auditFailure();
        const qint64 id = site.id;
        m_pendingSignals.append([this, id] { Q_EMIT siteChanged(id); });
        return {};
    });
    if (result.ok())
        ++site.version;
    return result;
}

WriteResult Store::insertCookie(Cookie &cookie, Statement &insert) {
    const QString now = nowText();
    bindContent(insert, cookie);
    insert.bindInt64(16, cookie.siteId);
    insert.bindText(17, cookie.createdAt.isEmpty() ? now : cookie.createdAt);
    insert.bindText(18, cookie.createdBy.isEmpty() ? m_user : cookie.createdBy);
    insert.bindText(19, cookie.updatedAt.isEmpty() ? now : cookie.updatedAt);
    insert.bindText(20, cookie.updatedBy.isEmpty() ? m_user : cookie.updatedBy);
    const int code = insert.step();
    insert.reset();
    if (code != 101) { // SQLITE_DONE
        if (!insert.isUniqueViolation(code))
            return statementFailure(insert, code);
        QSqlQuery existing(database());
        existing.prepare(
            QStringLiteral("SELECT id FROM cookie WHERE site_id = ? AND domain = ? AND name = ?"));
        existing.addBindValue(cookie.siteId);
        existing.addBindValue(text(cookie.domain));
        existing.addBindValue(text(cookie.name));
        const qint64 other =
            existing.exec() && existing.next() ? existing.value(0).toLongLong() : 0;
        WriteResult duplicate = WriteResult::failure(
            WriteResult::Status::Duplicate,
            tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                .arg(cookie.name, cookie.domain)
                .arg(other));
        duplicate.otherId = other;
        return duplicate;
    }
    cookie.id = insert.lastInsertRowId();
    cookie.version = 1;
    return {};
}

namespace {

const char *insertCookieSql() {
    return (
        "INSERT INTO cookie (provider, service, location, name, purpose_fr, purpose_en, category, "
        "party, domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, "
        "site_id, created_at, created_by, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
}

} // namespace

WriteResult Store::addCookie(Cookie &cookie) {
    QList<Cookie> one{cookie};
    const WriteResult result = addCookies(one);
    if (result.ok())
        cookie = one.constFirst();
    return result;
}

WriteResult Store::addCookies(QList<Cookie> &cookies) {
    for (const Cookie &cookie : std::as_const(cookies)) {
        const QStringList errors = Validator::importErrors(cookie);
        if (!errors.isEmpty())
            return WriteResult::failure(WriteResult::Status::Invalid,
                                        errors.join(QStringLiteral("; ")));
    }
    QList<Cookie> added;
    const WriteResult result = runWrite([&]() -> WriteResult {
        added.clear();
        const auto insert = statement(insertCookieSql(), StatementKind::Insert);
        for (Cookie candidate : std::as_const(cookies)) {
            candidate.createdAt.clear();
            candidate.updatedAt.clear();
            candidate.createdBy.clear();
            candidate.updatedBy.clear();
            QString error;
            const bool siteExists = site(candidate.siteId, &error).has_value();
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!siteExists)
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("site #%1 does not exist").arg(candidate.siteId));
            const WriteResult inserted = insertCookie(candidate, *insert);
            if (!inserted.ok())
                return inserted;
            if (!audit(QStringLiteral("insert"), QStringLiteral("cookie"), candidate.id,
                       candidate.siteId, tr("cookie %1 added").arg(candidate.name), QString(),
                       cookieJson(candidate, CookieFields::all())))
                return auditFailure();
            const qint64 siteId = candidate.siteId;
            const qint64 id = candidate.id;
            m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieAdded(siteId, id); });
            added.append(candidate);
        }
        return {};
    });
    if (result.ok()) {
        for (qsizetype i = 0; i < cookies.size(); ++i)
            cookies[i] = this->cookie(added.at(i).id).value_or(added.at(i));
    }
    return result;
}

WriteResult Store::updateCookie(Cookie &cookie) {
    const QStringList errors = Validator::importErrors(cookie);
    if (!errors.isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    errors.join(QStringLiteral("; ")));
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Cookie> stored = this->cookie(cookie.id, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!stored)
            return WriteResult::failure(
                WriteResult::Status::NotFound,
                tr("cookie #%1 no longer exists (someone deleted it)").arg(cookie.id));
        if (stored->version != cookie.version) {
            QStringList theirs;
            for (CookieField field : changedFields(cookie, *stored))
                theirs.append(CookieFields::key(field));
            WriteResult conflict = WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); "
                   "your change was not saved")
                    .arg(cookie.id)
                    .arg(stored->name, stored->updatedBy, stored->updatedAt,
                         theirs.isEmpty() ? tr("nothing visible")
                                          : theirs.join(QStringLiteral(", "))));
            conflict.current = stored;
            return conflict;
        }
        return updateCookieLocked(cookie, *stored);
    });
    if (result.ok()) {
        if (const std::optional<Cookie> fresh = this->cookie(cookie.id))
            cookie = *fresh;
    }
    return result;
}

// Writes `cookie` over `stored` (read in this same transaction, at the same version).
WriteResult Store::updateCookieLocked(Cookie &cookie, const Cookie &stored) {
    const QList<CookieField> changed = changedFields(stored, cookie);
    if (changed.isEmpty() && stored.siteId == cookie.siteId)
        return {};
    const auto update = statement(
        "UPDATE cookie SET provider = ?, service = ?, location = ?, name = ?, purpose_fr = ?, "
        "purpose_en = ?, category = ?, party = ?, domain = ?, duration = ?, duration_days = ?, "
        "storage = ?, privacy_url = ?, consent_exempt = ?, notes = ?, updated_at = ?, "
        "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?",
        StatementKind::Write);
    bindContent(*update, cookie);
    update->bindText(16, nowText());
    update->bindText(17, m_user);
    update->bindInt64(18, cookie.id);
    update->bindInt64(19, cookie.version);
    const int code = update->step();
    if (code != 101) { // SQLITE_DONE
        if (!update->isUniqueViolation(code))
            return statementFailure(*update, code);
        QSqlQuery existing(database());
        existing.prepare(QStringLiteral(
            "SELECT id FROM cookie WHERE site_id = ? AND domain = ? AND name = ? AND id <> ?"));
        existing.addBindValue(stored.siteId);
        existing.addBindValue(text(cookie.domain));
        existing.addBindValue(text(cookie.name));
        existing.addBindValue(cookie.id);
        const qint64 other =
            existing.exec() && existing.next() ? existing.value(0).toLongLong() : 0;
        return WriteResult::failure(
            WriteResult::Status::Duplicate,
            tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                .arg(cookie.name, cookie.domain)
                .arg(other));
    }
    if (!audit(QStringLiteral("update"), QStringLiteral("cookie"), cookie.id, stored.siteId,
               tr("cookie %1 changed").arg(cookie.name), cookieJson(stored, changed),
               cookieJson(cookie, changed)))
        return auditFailure();
    const qint64 siteId = stored.siteId;
    const qint64 id = cookie.id;
    m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieChanged(siteId, id); });
    return {};
}

WriteResult Store::changeCookie(qint64 id, const std::function<void(Cookie &)> &change,
                                qint64 expectedVersion, Cookie *result) {
    CookieChange one;
    one.id = id;
    one.expectedVersion = expectedVersion;
    one.change = [&change](Cookie &cookie, QString *) {
        change(cookie);
        return true;
    };
    QList<Cookie> results;
    const WriteResult written = changeCookies({one}, result ? &results : nullptr);
    if (written.ok() && result && !results.isEmpty())
        *result = results.constFirst();
    return written;
}

WriteResult Store::changeCookies(const QList<CookieChange> &changes, QList<Cookie> *results) {
    const WriteResult written = runWrite([&]() -> WriteResult {
        for (const CookieChange &each : changes) {
            QString error;
            const std::optional<Cookie> stored = this->cookie(each.id, &error);
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!stored)
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("cookie #%1 does not exist").arg(each.id));
            if (each.expectedVersion > 0 && stored->version != each.expectedVersion) {
                WriteResult conflict = WriteResult::failure(
                    WriteResult::Status::Conflict,
                    tr("cookie #%1 (%2) is at version %3, not %4: %5 changed it at %6; your "
                       "change was not saved")
                        .arg(each.id)
                        .arg(stored->name)
                        .arg(stored->version)
                        .arg(each.expectedVersion)
                        .arg(stored->updatedBy, stored->updatedAt));
                conflict.current = stored;
                return conflict;
            }
            Cookie changed = *stored;
            QString refusal;
            if (!each.change(changed, &refusal)) {
                WriteResult conflict = WriteResult::failure(WriteResult::Status::Conflict, refusal);
                conflict.current = stored;
                return conflict;
            }
            const QStringList errors = Validator::importErrors(changed);
            if (!errors.isEmpty())
                return WriteResult::failure(
                    WriteResult::Status::Invalid,
                    tr("cookie #%1 (%2): %3")
                        .arg(each.id)
                        .arg(stored->name, errors.join(QStringLiteral("; "))));
            const WriteResult one = updateCookieLocked(changed, *stored);
            if (!one.ok())
                return one;
        }
        return {};
    });
    if (written.ok() && results) {
        results->clear();
        for (const CookieChange &each : changes) {
            if (const std::optional<Cookie> fresh = this->cookie(each.id))
                results->append(*fresh);
        }
    }
    return written;
}

WriteResult Store::removeCookies(const QList<Cookie> &cookies) {
    return runWrite([&]() -> WriteResult {
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM cookie WHERE id = ? AND version = ?"));
        for (const Cookie &wanted : cookies) {
            QString error;
            const std::optional<Cookie> stored = this->cookie(wanted.id, &error);
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!stored)
                return WriteResult::failure(
                    WriteResult::Status::NotFound,
                    tr("cookie #%1 does not exist; nothing was removed").arg(wanted.id));
            if (stored->version != wanted.version) {
                WriteResult conflict = WriteResult::failure(
                    WriteResult::Status::Conflict,
                    tr("cookie #%1 (%2) was changed by %3 since you read it; nothing was removed")
                        .arg(wanted.id)
                        .arg(stored->name, stored->updatedBy));
                conflict.current = stored;
                return conflict;
            }
            remove.bindValue(0, wanted.id);
            remove.bindValue(1, wanted.version);
            if (!remove.exec())
                return failureFrom(remove);
            if (!audit(QStringLiteral("delete"), QStringLiteral("cookie"), stored->id,
                       stored->siteId, tr("cookie %1 removed").arg(stored->name),
                       cookieJson(*stored, CookieFields::all()), QString()))
                return auditFailure();
            const qint64 siteId = stored->siteId;
            const qint64 id = stored->id;
            m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieRemoved(siteId, id); });
        }
        return {};
    });
}

ImportReport Store::importRecords(RecordSource &source, const ImportOptions &options) {
    ImportReport report;
    bool dryRunDone = false;
    const WriteResult result = runWrite([&]() -> WriteResult {
        report = ImportReport();
        source.rewind();
        QHash<QString, qint64> siteIds; // folded name -> id
        for (const Site &existing : sites())
            siteIds.insert(existing.name.toCaseFolded(), existing.id);
        QString defaultSite = options.defaultSite.trimmed();
        if (defaultSite.isEmpty() && siteIds.size() == 1)
            defaultSite = sites().constFirst().name;

        QHash<qint64, int> addedPerSite;
        QHash<qint64, int> linesOfRows; // cookie id inserted by this import -> its line
        QString lastSiteName;
        qint64 lastSiteId = 0;
        const auto insert = statement(insertCookieSql(), StatementKind::Insert);
        // A server takes the rows through COPY, while the file is still being read.
        std::optional<CookieCopy> copy;
        if (m_server)
            copy.emplace(database(), m_user, nowText());
        ImportRecord record;
        int rows = 0;
        while (source.next(&record)) {
            if ((++rows & 1023) == 0 && options.progress && !options.progress(source.progress())) {
                report.cancelled = true;
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("import cancelled; nothing was written"));
            }
            QStringList problems = record.errors;
            if (problems.isEmpty())
                problems = Validator::importErrors(record.cookie);
            const QString siteName =
                record.siteName.trimmed().isEmpty() ? defaultSite : record.siteName.trimmed();
            if (problems.isEmpty() && siteName.isEmpty())
                problems.append(tr("no site given: add a site column or name the site (the store "
                                   "has %1 sites)")
                                    .arg(siteIds.size()));
            if (!problems.isEmpty()) {
                for (const QString &problem : problems)
                    report.errors.append({record.line, problem});
                continue;
            }
            // Rows of one site usually come together: skip the folding and lookup for a repeat.
            if (siteName == lastSiteName && lastSiteId > 0) {
                record.cookie.siteId = lastSiteId;
            } else {
                const QString folded = siteName.toCaseFolded();
                auto siteIt = siteIds.find(folded);
                if (siteIt == siteIds.end()) {
                    Site created;
                    created.name = siteName;
                    for (const Site &details : options.siteDetails) {
                        if (details.name.toCaseFolded() == folded)
                            created = details;
                    }
                    if (created.languages.isEmpty())
                        created.languages = QStringList{QStringLiteral("fr")};
                    if (copy)
                        copy->pause(); // the connection is the COPY's until then
                    const WriteResult made = insertSite(created);
                    if (!made.ok()) {
                        if (made.status == WriteResult::Status::Busy ||
                            made.status == WriteResult::Status::Failed)
                            return made;
                        report.errors.append({record.line, made.message});
                        continue;
                    }
                    report.createdSites.append(created.name);
                    for (const CharterText &own : options.siteTexts.value(created.name)) {
                        QString error;
                        if (!insertCharterText(created.id, own.language, own.section, own.body,
                                               &error))
                            return WriteResult::failure(WriteResult::Status::Failed,
                                                        tr("store error: %1").arg(error));
                    }
                    siteIt = siteIds.insert(folded, created.id);
                }
                record.cookie.siteId = *siteIt;
                lastSiteName = siteName;
                lastSiteId = *siteIt;
            }
            if (copy) {
                copy->add(record.cookie, record.line);
                ++report.added;
                if (report.preview.size() < options.previewLimit) {
                    record.siteName = siteName;
                    report.preview.append(record);
                }
                continue;
            }
            const WriteResult inserted = insertCookie(record.cookie, *insert);
            if (!inserted.ok()) {
                if (inserted.status == WriteResult::Status::Busy ||
                    inserted.status == WriteResult::Status::Failed ||
                    inserted.status == WriteResult::Status::ReadOnly)
                    return inserted;
                const auto earlier = linesOfRows.constFind(inserted.otherId);
                if (inserted.status == WriteResult::Status::Duplicate &&
                    earlier != linesOfRows.constEnd())
                    report.errors.append(
                        {record.line, tr("duplicate of line %1 (same site, domain and "
                                         "name %2)")
                                          .arg(*earlier)
                                          .arg(record.cookie.name)});
                else
                    report.errors.append({record.line, inserted.message});
                continue;
            }
            linesOfRows.insert(record.cookie.id, record.line);
            ++addedPerSite[record.cookie.siteId];
            ++report.added;
            if (report.preview.size() < options.previewLimit) {
                record.siteName = siteName;
                report.preview.append(record);
            }
        }
        if (copy && !copy->finish() && report.errors.isEmpty()) {
            if (copy->failedState() != QLatin1String("23505"))
                return WriteResult::failure(connectionLost() ? WriteResult::Status::Busy
                                                             : WriteResult::Status::Failed,
                                            tr("store error: %1").arg(copy->failure()));
            QString failure;
            if (!findDuplicates(copy->keys(), &report.errors, &failure))
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("store error: %1").arg(failure));
        }
        if (copy) {
            for (const CookieCopy::Key &key : copy->keys())
                ++addedPerSite[key.siteId];
        }
        if (!report.errors.isEmpty())
            return WriteResult::failure(
                WriteResult::Status::Invalid,
                tr("%n row(s) rejected; nothing was imported", nullptr, int(report.errors.size())));
        if (options.dryRun) {
            dryRunDone = true;
            return WriteResult::failure(WriteResult::Status::Invalid, QString());
        }
        for (auto it = addedPerSite.constBegin(); it != addedPerSite.constEnd(); ++it) {
            const QString summary = options.sourceName.isEmpty()
                                        ? tr("%n cookie(s) imported", nullptr, it.value())
                                        : tr("%n cookie(s) imported from %1", nullptr, it.value())
                                              .arg(options.sourceName);
            if (!audit(QStringLiteral("import"), QStringLiteral("cookie"), 0, it.key(), summary,
                       QString(), QString()))
                return auditFailure();
            const qint64 siteId = it.key();
            m_pendingSignals.append([this, siteId] { Q_EMIT registryReset(siteId); });
        }
        return {};
    });
    report.result = dryRunDone ? WriteResult() : result;
    return report;
}

QList<CharterText> Store::charterTexts(qint64 siteId, const QString &language,
                                       QString *error) const {
    QList<CharterText> texts;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT section, body, version, updated_at, updated_by FROM charter_text "
                       "WHERE site_id = ? AND lang = ? ORDER BY section"));
    query.addBindValue(siteId);
    query.addBindValue(text(language));
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return texts;
    }
    while (query.next()) {
        CharterText entry;
        entry.siteId = siteId;
        entry.language = language;
        entry.section = query.value(0).toString();
        entry.body = query.value(1).toString();
        entry.version = query.value(2).toLongLong();
        entry.updatedAt = query.value(3).toString();
        entry.updatedBy = query.value(4).toString();
        texts.append(entry);
    }
    return texts;
}

QList<CharterText> Store::allCharterTexts(qint64 siteId, QString *error) const {
    QList<CharterText> texts;
    for (const QString &language : Vocabulary::languages()) {
        QString failure;
        texts += charterTexts(siteId, language, &failure);
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
    }
    return texts;
}

bool Store::readSiteState(qint64 siteId, SiteState *state, QString *error) const {
    QSqlDatabase db = database();
    // A deferred transaction takes the shared lock at the first read and keeps it to the end:
    // a writer can prepare, but not commit, until every part has been read.
    QSqlQuery control(db);
    // On a server, a snapshot: every read of the transaction sees the same commits.
    if (!control.exec(m_server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN"))) {
        if (error)
            *error = readFailure(control.lastError().text());
        return false;
    }
    QString failure;
    bool ok = false;
    if (const std::optional<Site> site = this->site(siteId, &failure)) {
        state->site = *site;
        state->cookies = cookies(siteId, &failure);
        if (failure.isEmpty() && m_betweenReads)
            m_betweenReads();
        if (failure.isEmpty())
            state->texts = allCharterTexts(siteId, &failure);
        if (failure.isEmpty())
            state->ruleSwitches = ruleSwitches(siteId, &failure);
        ok = failure.isEmpty();
    } else if (failure.isEmpty()) {
        failure = tr("site #%1 no longer exists").arg(siteId);
    }
    control.exec(QStringLiteral("COMMIT"));
    if (!ok && error)
        *error = failure;
    return ok;
}

QList<RuleSwitch> Store::ruleSwitches(qint64 siteId, QString *error) const {
    QList<RuleSwitch> switches;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT rule, reason, switched_at, switched_by, version FROM "
                                 "rule_switch WHERE site_id = ? ORDER BY rule"));
    query.addBindValue(siteId);
    if (!query.exec()) {
        if (error)
            *error = readFailure(query.lastError().text());
        return switches;
    }
    while (query.next())
        switches.append({siteId, query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toLongLong()});
    return switches;
}

namespace {

std::optional<RuleSwitch> findSwitch(const QList<RuleSwitch> &switches, const QString &rule) {
    for (const RuleSwitch &entry : switches) {
        if (entry.rule == rule)
            return entry;
    }
    return std::nullopt;
}

} // namespace

WriteResult Store::switchRuleOff(RuleSwitch &entry) {
    if (!Rules::find(entry.rule))
        return WriteResult::failure(
            WriteResult::Status::Invalid,
            tr("there is no rule \"%1\" (see validate --rules)").arg(entry.rule));
    if (entry.reason.trimmed().isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    tr("a rule is switched off with a reason"));
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Site> site = this->site(entry.siteId, &error);
        const QList<RuleSwitch> switches =
            error.isEmpty() ? ruleSwitches(entry.siteId, &error) : QList<RuleSwitch>();
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!site)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 does not exist").arg(entry.siteId));
        const std::optional<RuleSwitch> stored = findSwitch(switches, entry.rule);
        if ((stored ? stored->version : 0) != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                stored ? tr("rule %1 was switched off by %2 since you read it (\"%3\"); your "
                            "change was not saved")
                             .arg(entry.rule, stored->switchedBy, stored->reason)
                       : tr("rule %1 was switched back on by someone else since you read it; "
                            "your change was not saved")
                             .arg(entry.rule));
        QSqlQuery query(database());
        if (stored) {
            query.prepare(QStringLiteral(
                "UPDATE rule_switch SET reason = ?, switched_at = ?, switched_by = ?, "
                "version = version + 1 WHERE site_id = ? AND rule = ? AND version = ?"));
        } else {
            query.prepare(QStringLiteral("INSERT INTO rule_switch (reason, switched_at, "
                                         "switched_by, site_id, rule, version) "
                                         "VALUES (?, ?, ?, ?, ?, 1)"));
        }
        query.addBindValue(text(entry.reason.trimmed()));
        query.addBindValue(nowText());
        query.addBindValue(m_user);
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.rule));
        if (stored)
            query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("update"), QStringLiteral("rule"), 0, entry.siteId,
                   tr("rule %1 switched off: %2").arg(entry.rule, entry.reason.trimmed()),
                   stored ? stored->reason : QString(), entry.reason.trimmed()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        m_pendingSignals.append([this, siteId] { Q_EMIT ruleSwitchesChanged(siteId); });
        return {};
    });
    if (result.ok()) {
        if (const auto fresh = findSwitch(ruleSwitches(entry.siteId), entry.rule))
            entry = *fresh;
    }
    return result;
}

WriteResult Store::switchRuleOn(const RuleSwitch &entry) {
    return runWrite([&]() -> WriteResult {
        QString error;
        const QList<RuleSwitch> switches = ruleSwitches(entry.siteId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        const std::optional<RuleSwitch> stored = findSwitch(switches, entry.rule);
        if (!stored)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("rule %1 is not switched off").arg(entry.rule));
        if (stored->version != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the switch of rule %1 was changed by %2 since you read it; it was left off")
                    .arg(entry.rule, stored->switchedBy));
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "DELETE FROM rule_switch WHERE site_id = ? AND rule = ? AND version = ?"));
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.rule));
        query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("delete"), QStringLiteral("rule"), 0, entry.siteId,
                   tr("rule %1 switched back on").arg(entry.rule), stored->reason, QString()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        m_pendingSignals.append([this, siteId] { Q_EMIT ruleSwitchesChanged(siteId); });
        return {};
    });
}

bool Store::insertCharterText(qint64 siteId, const QString &language, const QString &section,
                              const QString &body, QString *error) {
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral(
        "INSERT INTO charter_text (site_id, lang, section, body, updated_at, updated_by, "
        "version) VALUES (?, ?, ?, ?, ?, ?, 1)"));
    insert.addBindValue(siteId);
    insert.addBindValue(text(language));
    insert.addBindValue(text(section));
    insert.addBindValue(text(body));
    insert.addBindValue(nowText());
    insert.addBindValue(m_user);
    if (insert.exec())
        return true;
    *error = insert.lastError().text();
    return false;
}

namespace {

std::optional<CharterText> findText(const QList<CharterText> &texts, const QString &section) {
    for (const CharterText &entry : texts) {
        if (entry.section == section)
            return entry;
    }
    return std::nullopt;
}

} // namespace

WriteResult Store::setCharterText(CharterText &entry) {
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const bool siteExists = site(entry.siteId, &error).has_value();
        const QList<CharterText> texts = error.isEmpty()
                                             ? charterTexts(entry.siteId, entry.language, &error)
                                             : QList<CharterText>();
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!siteExists)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 does not exist").arg(entry.siteId));
        const std::optional<CharterText> stored = findText(texts, entry.section);
        const qint64 storedVersion = stored ? stored->version : 0;
        if (storedVersion != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the %1 text \"%2\" was changed by %3 since you read it; your change was not "
                   "saved")
                    .arg(entry.language, entry.section,
                         stored ? stored->updatedBy : tr("someone else")));
        QSqlQuery query(database());
        if (stored) {
            query.prepare(
                QStringLiteral("UPDATE charter_text SET body = ?, updated_at = ?, updated_by = ?, "
                               "version = version + 1 WHERE site_id = ? AND lang = ? AND "
                               "section = ? AND version = ?"));
            query.addBindValue(text(entry.body));
            query.addBindValue(nowText());
            query.addBindValue(m_user);
            query.addBindValue(entry.siteId);
            query.addBindValue(text(entry.language));
            query.addBindValue(text(entry.section));
            query.addBindValue(entry.version);
        } else {
            if (!insertCharterText(entry.siteId, entry.language, entry.section, entry.body, &error))
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("store error: %1").arg(error));
        }
        if (stored && !query.exec())
            return failureFrom(query);
        if (!audit(QStringLiteral("update"), QStringLiteral("text"), 0, entry.siteId,
                   tr("charter text %1 (%2) changed").arg(entry.section, entry.language),
                   stored ? stored->body : QString(), entry.body))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        const QString language = entry.language;
        m_pendingSignals.append(
            [this, siteId, language] { Q_EMIT charterTextChanged(siteId, language); });
        return {};
    });
    if (result.ok()) {
        if (const auto fresh = findText(charterTexts(entry.siteId, entry.language), entry.section))
            entry = *fresh;
    }
    return result;
}

WriteResult Store::resetCharterText(const CharterText &entry) {
    return runWrite([&]() -> WriteResult {
        QString error;
        const QList<CharterText> texts = charterTexts(entry.siteId, entry.language, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        const std::optional<CharterText> stored = findText(texts, entry.section);
        if (!stored)
            return {}; // already the default
        if (stored->version != entry.version)
            return WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("the %1 text \"%2\" was changed by %3 since you read it; it was not reset")
                    .arg(entry.language, entry.section, stored->updatedBy));
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM charter_text WHERE site_id = ? AND lang = ? AND "
                                     "section = ? AND version = ?"));
        query.addBindValue(entry.siteId);
        query.addBindValue(text(entry.language));
        query.addBindValue(text(entry.section));
        query.addBindValue(entry.version);
        if (!query.exec())
            return failureFrom(query);
        if (!audit(
                QStringLiteral("delete"), QStringLiteral("text"), 0, entry.siteId,
                tr("charter text %1 (%2) reset to the default").arg(entry.section, entry.language),
                stored->body, QString()))
            return auditFailure();
        const qint64 siteId = entry.siteId;
        const QString language = entry.language;
        m_pendingSignals.append(
            [this, siteId, language] { Q_EMIT charterTextChanged(siteId, language); });
        return {};
    });
}

namespace {

const QLatin1String publicationColumns(
    "id, site, seq, published_at, author, note, registry_json, registry_sha256, cookie_count, "
    "file_count, previous_hash, hash, rule_switches, approval");
// The same without the snapshot, for lists.
const QLatin1String publicationListColumns(
    "id, site, seq, published_at, author, note, '', registry_sha256, cookie_count, "
    "file_count, previous_hash, hash, rule_switches, approval");

Publication readPublication(const QSqlQuery &query) {
    Publication publication;
    publication.id = query.value(0).toLongLong();
    publication.site = query.value(1).toString();
    publication.seq = query.value(2).toInt();
    publication.publishedAt = query.value(3).toString();
    publication.author = query.value(4).toString();
    publication.note = query.value(5).toString();
    publication.registryJson = query.value(6).toString();
    publication.registrySha256 = query.value(7).toString();
    publication.cookieCount = query.value(8).toInt();
    publication.fileCount = query.value(9).toInt();
    publication.previousHash = query.value(10).toString();
    publication.hash = query.value(11).toString();
    publication.storedSwitches = query.value(12).toString();
    publication.storedApproval = query.value(13).toString();
    publication.ruleSwitches = Publication::switchesFrom(publication.storedSwitches);
    publication.approval = Approval::fromText(publication.storedApproval);
    return publication;
}

} // namespace

QList<PublicationFile> Store::publicationFiles(qint64 publicationId, bool withContents) const {
    QList<PublicationFile> files;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        withContents
            ? QStringLiteral("SELECT name, lang, format, sha256, content FROM publication_file "
                             "WHERE publication_id = ? ORDER BY name")
            : QStringLiteral("SELECT name, lang, format, sha256 FROM publication_file "
                             "WHERE publication_id = ? ORDER BY name"));
    query.addBindValue(publicationId);
    if (!query.exec())
        return files;
    while (query.next()) {
        PublicationFile file;
        file.name = query.value(0).toString();
        file.language = query.value(1).toString();
        file.format = query.value(2).toString();
        file.sha256 = query.value(3).toString();
        if (withContents)
            file.content = query.value(4).toByteArray();
        files.append(file);
    }
    return files;
}

QStringList Store::publishedSites() const {
    QStringList sites;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral(
            "SELECT site FROM publication GROUP BY site ORDER BY site COLLATE NOCASE"))) {
        while (query.next())
            sites.append(query.value(0).toString());
    }
    return sites;
}

QList<Publication> Store::publications(const QString &site) const {
    QList<Publication> list;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM publication WHERE ? = '' OR site = ? COLLATE NOCASE "
                       "ORDER BY site COLLATE NOCASE, seq")
            .arg(publicationListColumns));
    query.addBindValue(text(site));
    query.addBindValue(text(site));
    if (!query.exec())
        return list;
    while (query.next()) {
        list.append(readPublication(query)); // without the snapshots
    }
    for (Publication &publication : list)
        publication.files = publicationFiles(publication.id, false);
    return list;
}

std::optional<Publication> Store::publication(const QString &site, int seq,
                                              bool withContents) const {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM publication WHERE site = ? COLLATE NOCASE AND seq = ?")
            .arg(publicationColumns));
    query.addBindValue(text(site));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Publication publication = readPublication(query);
    query.finish();
    publication.files = publicationFiles(publication.id, withContents);
    return publication;
}

Store::Verification Store::verifyPublications() const {
    Verification report;
    auto broken = [&report](const Publication &publication, const QString &what) {
        report.ok = false;
        report.firstBroken =
            tr("publication %1 of %2: %3").arg(publication.seq).arg(publication.site, what);
    };
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM publication ORDER BY site COLLATE NOCASE, seq")
                        .arg(publicationColumns))) {
        report.ok = false;
        report.firstBroken = query.lastError().text();
        return report;
    }
    QList<Publication> all;
    while (query.next())
        all.append(readPublication(query));
    query.finish();
    QString previousSite;
    QString previousHash;
    int expectedSeq = 1;
    for (Publication &publication : all) {
        if (publication.site.compare(previousSite, Qt::CaseInsensitive) != 0) {
            previousSite = publication.site;
            previousHash.clear();
            expectedSeq = 1;
        }
        publication.files = publicationFiles(publication.id, true);
        ++report.checked;
        if (publication.seq != expectedSeq) {
            broken(publication, expectedSeq == 1
                                    ? tr("the history does not start at 1")
                                    : tr("publication %1 is missing").arg(expectedSeq));
            return report;
        }
        if (publication.previousHash != previousHash) {
            broken(publication,
                   tr("it does not follow the publication before it (its previous hash differs)"));
            return report;
        }
        if (Publication::sha256(publication.registryJson.toUtf8()) != publication.registrySha256) {
            broken(publication, tr("its registry snapshot does not match its SHA-256"));
            return report;
        }
        if (publication.files.size() != publication.fileCount) {
            broken(publication, tr("it should hold %1 files but holds %2")
                                    .arg(publication.fileCount)
                                    .arg(publication.files.size()));
            return report;
        }
        for (const PublicationFile &file : publication.files) {
            if (Publication::sha256(file.content) != file.sha256) {
                broken(publication, tr("the file %1 does not match its SHA-256").arg(file.name));
                return report;
            }
        }
        if (Publication::switchesText(publication.ruleSwitches) != publication.storedSwitches) {
            broken(publication, tr("its record of the rules switched off is not as it was "
                                   "written (changed after publishing)"));
            return report;
        }
        if (publication.approval.toText() != publication.storedApproval) {
            broken(publication,
                   tr("its approval is not as it was written (changed after publishing)"));
            return report;
        }
        if (!publication.approval.isEmpty() &&
            publication.approval.stateHash != publication.registrySha256) {
            broken(publication, tr("its approval (review %1 by %2) is for another state of the "
                                   "registry than the one published")
                                    .arg(publication.approval.reviewId)
                                    .arg(publication.approval.approvedBy));
            return report;
        }
        if (publication.computeHash() != publication.hash) {
            broken(publication,
                   tr("its hash does not match its contents (changed after publishing)"));
            return report;
        }
        previousHash = publication.hash;
        ++expectedSeq;
        publication.files.clear(); // one publication's files in memory at a time
    }
    return report;
}

WriteResult Store::addPublication(Publication &publication) {
    if (const QString refused = publishRefusal(); !refused.isEmpty())
        return WriteResult::failure(WriteResult::Status::NotAllowed, refused);
    Publication candidate = publication;
    const WriteResult result = runWrite([&]() -> WriteResult {
        QSqlQuery last(database());
        last.prepare(
            QStringLiteral("SELECT seq, hash FROM publication WHERE site = ? COLLATE NOCASE "
                           "ORDER BY seq DESC LIMIT 1"));
        last.addBindValue(text(candidate.site));
        if (!last.exec())
            return failureFrom(last);
        candidate.seq = 1;
        candidate.previousHash.clear();
        if (last.next()) {
            candidate.seq = last.value(0).toInt() + 1;
            candidate.previousHash = last.value(1).toString();
        }
        last.finish();
        candidate.publishedAt = nowText();
        candidate.author = m_user;
        candidate.registrySha256 = Publication::sha256(candidate.registryJson.toUtf8());
        candidate.fileCount = int(candidate.files.size());
        for (PublicationFile &file : candidate.files)
            file.sha256 = Publication::sha256(file.content);
        candidate.hash = candidate.computeHash();

        QSqlQuery insert(database());
        insert.prepare(returningId(QStringLiteral(
            "INSERT INTO publication (site, seq, published_at, author, note, registry_json, "
            "registry_sha256, cookie_count, file_count, previous_hash, hash, rule_switches, "
            "approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        insert.addBindValue(text(candidate.site));
        insert.addBindValue(candidate.seq);
        insert.addBindValue(candidate.publishedAt);
        insert.addBindValue(text(candidate.author));
        insert.addBindValue(text(candidate.note));
        insert.addBindValue(text(candidate.registryJson));
        insert.addBindValue(candidate.registrySha256);
        insert.addBindValue(candidate.cookieCount);
        insert.addBindValue(candidate.fileCount);
        insert.addBindValue(text(candidate.previousHash));
        insert.addBindValue(candidate.hash);
        insert.addBindValue(text(Publication::switchesText(candidate.ruleSwitches)));
        insert.addBindValue(text(candidate.approval.toText()));
        if (!insert.exec())
            return failureFrom(insert);
        candidate.id = insertedId(insert);
        QSqlQuery file(database());
        file.prepare(QStringLiteral(
            "INSERT INTO publication_file (publication_id, name, lang, format, content, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const PublicationFile &entry : candidate.files) {
            file.bindValue(0, candidate.id);
            file.bindValue(1, text(entry.name));
            file.bindValue(2, text(entry.language));
            file.bindValue(3, text(entry.format));
            file.bindValue(4, entry.content);
            file.bindValue(5, entry.sha256);
            if (!file.exec())
                return failureFrom(file);
        }
        if (!audit(QStringLiteral("publish"), QStringLiteral("publication"), candidate.id, 0,
                   tr("publication %1 of %2").arg(candidate.seq).arg(candidate.site), QString(),
                   QString()))
            return auditFailure();
        const QString site = candidate.site;
        const int seq = candidate.seq;
        m_pendingSignals.append([this, site, seq] { Q_EMIT published(site, seq); });
        return {};
    });
    if (result.ok())
        publication = candidate;
    return result;
}
