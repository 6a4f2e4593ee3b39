#include "PostgresBackend.h"

#include "CookieCopy.h"
#include "Schema.h"
#include "ServerStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace {

QMutex passwordLock;
QHash<QString, QString> &passwords() { // location -> password given at a prompt, in memory only
    static QHash<QString, QString> known;
    return known;
}
PostgresBackend::PasswordPrompt &prompt() {
    static PostgresBackend::PasswordPrompt ask;
    return ask;
}

const QLatin1String channel("cookie_charter");
// Every write transaction takes this lock first: writers queue as on SQLite (BEGIN IMMEDIATE),
// so a version read in a transaction is still the version when it writes, and two publishers
// never fork a chain.
constexpr qint64 writeLock = 0x436F4368'0001LL;

PGconn *handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The location without its password, for messages and the title bar.
QString shown(const QString &location) {
    return QUrl(location).toString(QUrl::RemovePassword);
}

bool passwordProblem(const QString &message) {
    return message.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

void PostgresBackend::setPasswordPrompt(PasswordPrompt ask) {
    QMutexLocker locker(&passwordLock);
    prompt() = std::move(ask);
}

PostgresBackend::PostgresBackend(QObject *parent)
    : StoreBackend(parent) {
    m_watchTimer.setInterval(3000);
    QObject::connect(&m_watchTimer, &QTimer::timeout, this, &PostgresBackend::checkConnection);
}

PostgresBackend::~PostgresBackend() {
    close();
}

QSqlDatabase PostgresBackend::database() const {
    return QSqlDatabase::database(m_connection, false);
}

// A connection that dropped stays "open": the next write or the watch reconnects.
bool PostgresBackend::isOpen() const {
    return !m_connection.isEmpty();
}

void PostgresBackend::close() {
    m_watchTimer.stop();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (m_subscribed && db.driver() && db.isOpen())
            db.driver()->unsubscribeFromNotification(channel);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_subscribed = false;
    m_path.clear();
    m_mayWrite = true;
    m_mayPublish = true;
    m_reviewOnly = false;
    m_role.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
}

bool PostgresBackend::open(const QString &location, bool readOnly, QString *error) {
    return openServer(location, readOnly, false, error);
}

bool PostgresBackend::openReader(const QString &location, QString *error) {
    return openServer(location, true, false, error);
}

bool PostgresBackend::create(const QString &location, QString *error) {
    return openServer(location, false, true, error);
}

int PostgresBackend::schemaVersion() const {
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT max(version) FROM cookie_charter_store")) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

std::unique_ptr<Statement> PostgresBackend::statement(const char *sql, StatementKind kind) const {
    const ServerStatement::Kind serverKind =
        kind == StatementKind::Insert  ? ServerStatement::Kind::Insert
        : kind == StatementKind::Write ? ServerStatement::Kind::Write
                                       : ServerStatement::Kind::Read;
    return std::make_unique<ServerStatement>(database(), QString::fromUtf8(sql), serverKind);
}

// The driver has no last id for identity columns: the INSERT returns it.
QString PostgresBackend::returningId(const QString &insertSql) const {
    return insertSql + QStringLiteral(" RETURNING id");
}

qint64 PostgresBackend::insertedId(QSqlQuery &query) const {
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// A snapshot: every read of the transaction sees the same commits.
QString PostgresBackend::beginSnapshot() const {
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

std::unique_ptr<CookieCopy> PostgresBackend::cookieCopy(const QString &user,
                                                        const QString &now) const {
    return std::make_unique<CookieCopy>(database(), user, now);
}

bool PostgresBackend::connect(const QString &location, QString *error) {
    const QUrl url(location);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.path().size() < 2)
        return fail(
            QCoreApplication::translate(
                "Store", "%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE")
                .arg(shown(location)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QCoreApplication::translate(
            "Store", "this Cookie Charter cannot reach PostgreSQL servers: Qt's PostgreSQL "
                     "driver is missing (Debian package libqt6sql6-psql)"));
    m_connection = QStringLiteral("cookie-charter-server-%1-%2")
                       .arg(quintptr(this), 0, 16)
                       .arg(QDateTime::currentMSecsSinceEpoch());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setDatabaseName(url.path().mid(1));
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // Options of the location (sslmode, sslrootcert, connect_timeout...) go to libpq as they are;
    // only its own keywords are accepted, so nothing else can be slipped into the connection.
    QStringList options{QStringLiteral("application_name=cookie-charter")};
    bool timeoutGiven = false;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        static const QStringList allowed{QStringLiteral("sslmode"),
                                         QStringLiteral("sslrootcert"),
                                         QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey"),
                                         QStringLiteral("connect_timeout"),
                                         QStringLiteral("host"),
                                         QStringLiteral("target_session_attrs")};
        if (!allowed.contains(key) || value.contains(QLatin1Char(';')) ||
            value.contains(QLatin1Char(' ')))
            return fail(QCoreApplication::translate(
                            "Store",
                            "%1: the option %2 is not one Cookie Charter passes to the server (it "
                            "knows %3)")
                            .arg(shown(location), key, allowed.join(QStringLiteral(", "))));
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else
            options.append(key + QLatin1Char('=') + value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    QString password = url.password();
    if (password.isEmpty()) {
        QMutexLocker locker(&passwordLock);
        password = passwords().value(shown(location));
    }
    for (int attempt = 0;; ++attempt) {
        db.setPassword(password); // empty: libpq reads ~/.pgpass and PGPASSWORD
        if (db.open())
            break;
        const QString why = db.lastError().databaseText().trimmed().isEmpty()
                                ? db.lastError().text()
                                : db.lastError().databaseText().trimmed();
        PasswordPrompt ask;
        {
            QMutexLocker locker(&passwordLock);
            ask = prompt();
        }
        if (passwordProblem(why) && ask && attempt < 3) {
            password = ask(shown(location), why);
            if (!password.isEmpty())
                continue;
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        return fail(QCoreApplication::translate("Store", "cannot connect to the server %1: %2")
                        .arg(shown(location), why));
    }
    if (!password.isEmpty()) { // for this program's other connections (background readers)
        QMutexLocker locker(&passwordLock);
        passwords().insert(shown(location), password);
    }
    return true;
}

bool PostgresBackend::openServer(const QString &location, bool readOnly, bool create,
                                 QString *error) {
    close();
    if (!connect(location, error))
        return false;
    m_path = shown(location);
    QString message;
    if (checkStore(readOnly, create, &message))
        return true;
    close(); // after the checks' queries are gone
    if (error)
        *error = message;
    return false;
}

bool PostgresBackend::checkStore(bool readOnly, bool create, QString *error) {
    auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('cookie_charter_store') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                                   "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                                   "n.nspname = current_schema() AND c.relkind IN ('r', 'v', "
                                   "'m', 'p', 'f'))")) ||
        !query.next())
        return fail(QCoreApplication::translate("Store", "%1 could not be read: %2")
                        .arg(m_path, query.lastError().text()));
    const bool ours = query.value(0).toBool();
    const qint64 relations = query.value(1).toLongLong();
    query.finish();
    if (create) {
        if (ours)
            return fail(QCoreApplication::translate("Store", "%1 is already a Cookie Charter store")
                            .arg(m_path));
        if (relations > 0)
            return fail(QCoreApplication::translate(
                            "Store",
                            "%1 holds %n table(s) of another application; a store is created only "
                            "in an empty database, and this one was left untouched",
                            nullptr, int(relations))
                            .arg(m_path));
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(QCoreApplication::translate("Store", "cannot create the store in %1: %2")
                            .arg(m_path, migrateError));
    } else if (!ours) {
        if (relations > 0)
            return fail(QCoreApplication::translate(
                            "Store",
                            "%1 belongs to another application (it holds %n table(s) but no "
                            "Cookie Charter store); it was left untouched",
                            nullptr, int(relations))
                            .arg(m_path));
        return fail(QCoreApplication::translate(
                        "Store", "%1 holds no store yet (create one with: cookie-charter init %1)")
                        .arg(m_path));
    }
    if (!query.exec(QStringLiteral("SELECT application_id, version FROM cookie_charter_store")) ||
        !query.next())
        return fail(QCoreApplication::translate("Store", "%1 could not be read: %2")
                        .arg(m_path, query.lastError().text()));
    const qint64 applicationId = query.value(0).toLongLong();
    const int version = query.value(1).toInt();
    query.finish();
    if (applicationId != Schema::applicationId)
        return fail(QCoreApplication::translate(
                        "Store", "%1 belongs to another application; it was left untouched")
                        .arg(m_path));
    if (version > Schema::latestVersion)
        return fail(QCoreApplication::translate(
                        "Store",
                        "%1 was made by a newer Cookie Charter (store version %2, this program "
                        "knows %3)")
                        .arg(m_path)
                        .arg(version)
                        .arg(Schema::latestVersion));
    if (version < Schema::latestVersion) {
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(QCoreApplication::translate("Store", "%1: %2").arg(m_path, migrateError));
    }
    QString schemaError;
    if (!Schema::check(db, &schemaError))
        return fail(
            QCoreApplication::translate(
                "Store", "%1 is not a complete Cookie Charter store (%2); it was left untouched")
                .arg(m_path, schemaError));
    // What the server lets this role do.
    if (!query.exec(QStringLiteral("SELECT current_user, has_table_privilege('cookie', 'INSERT'), "
                                   "has_table_privilege('publication', 'INSERT'), "
                                   "has_table_privilege('review_comment', 'INSERT'), "
                                   "has_table_privilege('site', 'SELECT')")) ||
        !query.next())
        return fail(QCoreApplication::translate("Store", "%1 could not be read: %2")
                        .arg(m_path, query.lastError().text()));
    m_role = query.value(0).toString();
    m_mayWrite = query.value(1).toBool();
    m_mayPublish = query.value(2).toBool();
    const bool mayComment = query.value(3).toBool();
    if (!query.value(4).toBool())
        return fail(QCoreApplication::translate(
                        "Store", "not allowed: the server does not let role %1 read %2")
                        .arg(m_role, m_path));
    query.finish();
    m_readOnly = readOnly;
    if (readOnly) {
        m_readOnlyReason = QCoreApplication::translate("Store", "opened read-only");
        query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    } else if (!m_mayWrite && mayComment) {
        m_reviewOnly = true;
    } else if (!m_mayWrite) {
        m_readOnly = true;
        m_readOnlyReason = QCoreApplication::translate(
                               "Store", "the server lets role %1 read the registry, not change it")
                               .arg(m_role);
    }
    return true;
}

QString PostgresBackend::publishRefusal() const {
    if (m_mayPublish)
        return QString();
    return QCoreApplication::translate(
               "Store",
               "not allowed: the server does not let role %1 publish (ask for the publishers' "
               "role)")
        .arg(m_role);
}

QString PostgresBackend::access() const {
    if (m_readOnly)
        return QCoreApplication::translate("Store", "PostgreSQL server, role %1: reads only.")
            .arg(m_role);
    if (m_reviewOnly)
        return QCoreApplication::translate(
                   "Store",
                   "PostgreSQL server, role %1: reads, and comments on and decides reviews.")
            .arg(m_role);
    return m_mayPublish
               ? QCoreApplication::translate(
                     "Store", "PostgreSQL server, role %1: edits the registry and publishes.")
                     .arg(m_role)
               : QCoreApplication::translate(
                     "Store",
                     "PostgreSQL server, role %1: edits the registry; publishing is for the "
                     "publishers' role.")
                     .arg(m_role);
}

bool PostgresBackend::connectionLost() const {
    PGconn *connection = handleOf(database());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

bool PostgresBackend::reconnect() {
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) {
        return false;
    }
    if (m_readOnly) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    }
    if (m_subscribed) {
        m_subscribed = false;
        subscribe();
    }
    return true;
}

bool PostgresBackend::beginWrite(QSqlQuery &control) {
    if (connectionLost() && !reconnect())
        return false;
    if (!control.exec(QStringLiteral("BEGIN")))
        return false;
    // How long to queue behind other writers, and how long any statement may run.
    control.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, true), "
                                   "set_config('statement_timeout', ?, true), "
                                   "pg_advisory_xact_lock(?)"));
    control.addBindValue(QStringLiteral("%1ms").arg(m_busyTimeoutMs));
    control.addBindValue(QStringLiteral("%1ms").arg(qMax(30000, m_busyTimeoutMs * 6)));
    control.addBindValue(writeLock);
    if (control.exec())
        return true;
    QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
    return false;
}

WriteResult PostgresBackend::failure(const QSqlError &error) const {
    const QString state = error.nativeErrorCode();
    const QString cause =
        error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (state == QLatin1String("42501"))
        return WriteResult::failure(
            WriteResult::Status::NotAllowed,
            QCoreApplication::translate(
                "Store",
                "not allowed: the server does not let role %1 do this (%2); nothing was written")
                .arg(m_role, cause));
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01"))
        return WriteResult::failure(WriteResult::Status::Busy, cause);
    if (state == QLatin1String("57014"))
        return WriteResult::failure(
            WriteResult::Status::Busy,
            QCoreApplication::translate("Store",
                                        "the server took too long and cancelled the write (%1); "
                                        "nothing was written, try again")
                .arg(cause));
    if (state == QLatin1String("25006"))
        return WriteResult::failure(
            WriteResult::Status::ReadOnly,
            QCoreApplication::translate("Store", "the store cannot be written: %1").arg(cause));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        connectionLost())
        return WriteResult::failure(
            WriteResult::Status::Busy,
            QCoreApplication::translate(
                "Store", "the connection to the server %1 was lost (%2); nothing was "
                         "written, try again")
                .arg(m_path, cause));
    return WriteResult::failure(WriteResult::Status::Failed,
                                QCoreApplication::translate("Store", "store error: %1").arg(cause));
}

void PostgresBackend::subscribe() {
    if (m_subscribed || !isOpen())
        return;
    QSqlDriver *driver = database().driver();
    if (!driver)
        return;
    QObject::disconnect(driver, &QSqlDriver::notification, this, nullptr);
    // Our own commits have already been signalled row by row.
    QObject::connect(
        driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            if (name == channel && source != QSqlDriver::SelfSource)
                Q_EMIT externalChange();
        });
    m_subscribed = driver->subscribeToNotification(channel);
}

// No polling for changes (the server notifies); a look at the connection every few seconds
// while someone listens, to reconnect after the server restarted.
void PostgresBackend::watch(std::function<bool()> wanted) {
    m_wanted = std::move(wanted);
    subscribe();
    if (!m_watchTimer.isActive())
        m_watchTimer.start();
}

void PostgresBackend::checkConnection() {
    if (!m_wanted || !m_wanted()) {
        m_watchTimer.stop();
        return;
    }
    if (!isOpen())
        return;
    {
        QSqlQuery ping(database());
        if (ping.exec(QStringLiteral("SELECT 1")) || !connectionLost())
            return;
    }
    // The server restarted or the network came back: what changed meanwhile is read again.
    if (reconnect())
        Q_EMIT externalChange();
}
