// The store on a PostgreSQL server: connecting (the password from the location, ~/.pgpass,
// PGPASSWORD or a prompt), creating and checking the schema, what the connected role may do,
// write transactions, what a server error means, LISTEN/NOTIFY, reconnecting, the COPY import.
#include "Schema.h"
#include "Store.h"

#include <QCoreApplication>
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
Store::PasswordPrompt &prompt() {
    static Store::PasswordPrompt ask;
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

bool Store::isServerLocation(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void Store::setPasswordPrompt(PasswordPrompt ask) {
    QMutexLocker locker(&passwordLock);
    prompt() = std::move(ask);
}

bool Store::connectServer(const QString &location, QString *error) {
    const QUrl url(location);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.path().size() < 2)
        return fail(tr("%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE")
                        .arg(shown(location)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("this Cookie Charter cannot reach PostgreSQL servers: Qt's PostgreSQL "
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
            return fail(tr("%1: the option %2 is not one Cookie Charter passes to the server (it "
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
        return fail(tr("cannot connect to the server %1: %2").arg(shown(location), why));
    }
    if (!password.isEmpty()) { // for this program's other connections (background readers)
        QMutexLocker locker(&passwordLock);
        passwords().insert(shown(location), password);
    }
    m_location = location;
    return true;
}

bool Store::openServer(const QString &location, bool readOnly, bool create, QString *error) {
    if (!connectServer(location, error))
        return false;
    m_server = true;
    m_path = shown(location);
    QString message;
    if (checkServerStore(readOnly, create, &message))
        return true;
    close(); // after the checks' queries are gone
    if (error)
        *error = message;
    return false;
}

bool Store::checkServerStore(bool readOnly, bool create, QString *error) {
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
        return fail(tr("%1 could not be read: %2").arg(m_path, query.lastError().text()));
    const bool ours = query.value(0).toBool();
    const qint64 relations = query.value(1).toLongLong();
    query.finish();
    if (create) {
        if (ours)
            return fail(tr("%1 is already a Cookie Charter store").arg(m_path));
        if (relations > 0)
            return fail(tr("%1 holds %n table(s) of another application; a store is created only "
                           "in an empty database, and this one was left untouched",
                           nullptr, int(relations))
                            .arg(m_path));
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(tr("cannot create the store in %1: %2").arg(m_path, migrateError));
    } else if (!ours) {
        if (relations > 0)
            return fail(tr("%1 belongs to another application (it holds %n table(s) but no "
                           "Cookie Charter store); it was left untouched",
                           nullptr, int(relations))
                            .arg(m_path));
        return fail(
            tr("%1 holds no store yet (create one with: cookie-charter init %1)").arg(m_path));
    }
    if (!query.exec(QStringLiteral("SELECT application_id, version FROM cookie_charter_store")) ||
        !query.next())
        return fail(tr("%1 could not be read: %2").arg(m_path, query.lastError().text()));
    const qint64 applicationId = query.value(0).toLongLong();
    const int version = query.value(1).toInt();
    query.finish();
    if (applicationId != Schema::applicationId)
        return fail(tr("%1 belongs to another application; it was left untouched").arg(m_path));
    if (version > Schema::latestVersion)
        return fail(tr("%1 was made by a newer Cookie Charter (store version %2, this program "
                       "knows %3)")
                        .arg(m_path)
                        .arg(version)
                        .arg(Schema::latestVersion));
    if (version < Schema::latestVersion) {
        QString migrateError;
        if (!Schema::migrate(db, Schema::latestVersion, &migrateError))
            return fail(tr("%1: %2").arg(m_path, migrateError));
    }
    QString schemaError;
    if (!Schema::check(db, &schemaError))
        return fail(tr("%1 is not a complete Cookie Charter store (%2); it was left untouched")
                        .arg(m_path, schemaError));
    // What the server lets this role do.
    if (!query.exec(QStringLiteral("SELECT current_user, has_table_privilege('cookie', 'INSERT'), "
                                   "has_table_privilege('publication', 'INSERT'), "
                                   "has_table_privilege('review_comment', 'INSERT'), "
                                   "has_table_privilege('site', 'SELECT')")) ||
        !query.next())
        return fail(tr("%1 could not be read: %2").arg(m_path, query.lastError().text()));
    m_serverRole = query.value(0).toString();
    m_serverMayWrite = query.value(1).toBool();
    m_serverMayPublish = query.value(2).toBool();
    const bool mayComment = query.value(3).toBool();
    if (!query.value(4).toBool())
        return fail(
            tr("not allowed: the server does not let role %1 read %2").arg(m_serverRole, m_path));
    query.finish();
    m_readOnly = readOnly;
    if (readOnly) {
        m_readOnlyReason = tr("opened read-only");
        query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    } else if (!m_serverMayWrite && mayComment) {
        m_role = Role::Reviewer;
    } else if (!m_serverMayWrite) {
        m_readOnly = true;
        m_readOnlyReason =
            tr("the server lets role %1 read the registry, not change it").arg(m_serverRole);
    }
    m_verified = true;
    return true;
}

QString Store::publishRefusal() const {
    if (!m_server || m_serverMayPublish)
        return QString();
    return tr("not allowed: the server does not let role %1 publish (ask for the publishers' "
              "role)")
        .arg(m_serverRole);
}

QString Store::serverAccess() const {
    if (!m_server)
        return QString();
    if (m_readOnly)
        return tr("PostgreSQL server, role %1: reads only.").arg(m_serverRole);
    if (m_role == Role::Reviewer)
        return tr("PostgreSQL server, role %1: reads, and comments on and decides reviews.")
            .arg(m_serverRole);
    return m_serverMayPublish
               ? tr("PostgreSQL server, role %1: edits the registry and publishes.")
                     .arg(m_serverRole)
               : tr("PostgreSQL server, role %1: edits the registry; publishing is for the "
                    "publishers' role.")
                     .arg(m_serverRole);
}

bool Store::connectionLost() const {
    PGconn *connection = handleOf(database());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

bool Store::reconnect() {
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
        watchServer();
    }
    return true;
}

bool Store::beginServerWrite(QSqlQuery &control) {
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

WriteResult Store::serverFailure(const QSqlError &error) const {
    const QString state = error.nativeErrorCode();
    const QString cause =
        error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (state == QLatin1String("42501"))
        return WriteResult::failure(
            WriteResult::Status::NotAllowed,
            tr("not allowed: the server does not let role %1 do this (%2); nothing was written")
                .arg(m_serverRole, cause));
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01"))
        return WriteResult::failure(WriteResult::Status::Busy, cause);
    if (state == QLatin1String("57014"))
        return WriteResult::failure(WriteResult::Status::Busy,
                                    tr("the server took too long and cancelled the write (%1); "
                                       "nothing was written, try again")
                                        .arg(cause));
    if (state == QLatin1String("25006"))
        return WriteResult::failure(WriteResult::Status::ReadOnly,
                                    tr("the store cannot be written: %1").arg(cause));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        connectionLost())
        return WriteResult::failure(WriteResult::Status::Busy,
                                    tr("the connection to the server %1 was lost (%2); nothing was "
                                       "written, try again")
                                        .arg(m_path, cause));
    return WriteResult::failure(WriteResult::Status::Failed, tr("store error: %1").arg(cause));
}

void Store::watchServer() {
    if (m_subscribed || !isOpen())
        return;
    QSqlDriver *driver = database().driver();
    if (!driver)
        return;
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onServerNotification(name, int(source), payload); });
    m_subscribed = driver->subscribeToNotification(channel);
}

void Store::onServerNotification(const QString &name, int source, const QVariant &) {
    // Our own commits have already been signalled row by row.
    if (name == channel && source != int(QSqlDriver::SelfSource))
        Q_EMIT externalChange();
}

bool Store::findDuplicates(const QList<CookieCopy::Key> &keys, QList<RowError> *errors,
                           QString *failure) const {
    QHash<QString, int> lines;
    QHash<QString, qint64> stored;
    QSet<qint64> sitesRead;
    auto keyOf = [](qint64 siteId, const QString &domain, const QString &name) {
        return QStringLiteral("%1\n%2\n%3").arg(siteId).arg(domain, name);
    };
    for (const CookieCopy::Key &key : keys) {
        if (!sitesRead.contains(key.siteId)) {
            sitesRead.insert(key.siteId);
            QSqlQuery existing(database());
            existing.setForwardOnly(true);
            existing.prepare(
                QStringLiteral("SELECT id, domain, name FROM cookie WHERE site_id = ?"));
            existing.addBindValue(key.siteId);
            if (!existing.exec()) {
                *failure = existing.lastError().text();
                return false;
            }
            while (existing.next())
                stored.insert(keyOf(key.siteId, existing.value(1).toString(),
                                    existing.value(2).toString()),
                              existing.value(0).toLongLong());
        }
        const QString wanted = keyOf(key.siteId, key.domain, key.name);
        if (const auto earlier = lines.constFind(wanted); earlier != lines.constEnd())
            errors->append({key.line, tr("duplicate of line %1 (same site, domain and name %2)")
                                          .arg(*earlier)
                                          .arg(key.name)});
        else if (const auto other = stored.constFind(wanted); other != stored.constEnd())
            errors->append({key.line,
                            tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                                .arg(key.name, key.domain)
                                .arg(*other)});
        lines.insert(wanted, key.line);
    }
    if (errors->isEmpty())
        *failure = tr("a row is already in the registry");
    return !errors->isEmpty();
}
