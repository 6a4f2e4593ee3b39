// The store: opening (through its backend), sites, the write unit every write runs in, the audit
// log, the one-transaction read of a site's state. Cookies, imports, texts and switches,
// publications and reviews are in StoreCookies.cpp, StoreImport.cpp, StoreTexts.cpp,
// StorePublications.cpp and StoreReviews.cpp; copying and server roles in StoreCopy.cpp.
#include "Store.h"

#include "StoreRows.h"

#include "CookieField.h"
#include "PostgresBackend.h"
#include "SqliteBackend.h"
#include "UserName.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <array>

using namespace StoreRows;

Store::Store(QObject *parent)
    : QObject(parent)
    , m_user(currentUserName()) {}

Store::~Store() {
    close();
}

QSqlDatabase Store::database() const {
    return m_backend ? m_backend->database() : QSqlDatabase();
}

std::unique_ptr<Statement> Store::statement(const char *sql, StatementKind kind) const {
    return m_backend->statement(sql, kind);
}

QString Store::returningId(const QString &insertSql) const {
    return m_backend->returningId(insertSql);
}

qint64 Store::insertedId(QSqlQuery &query) const {
    return m_backend->insertedId(query);
}

bool Store::isServerLocation(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void Store::setPasswordPrompt(PasswordPrompt prompt) {
    PostgresBackend::setPasswordPrompt(std::move(prompt));
}

bool Store::isOpen() const {
    return m_backend && m_backend->isOpen();
}

bool Store::isServer() const {
    return m_backend && m_backend->isServer();
}

QString Store::path() const {
    return m_backend ? m_backend->location() : QString();
}

void Store::close() {
    m_backend.reset();
}

void Store::setBusyTimeout(int milliseconds) {
    m_busyTimeoutMs = milliseconds;
    if (m_backend)
        m_backend->setBusyTimeout(milliseconds);
}

// A new backend for `location`, set up as this store is, its notices passed on.
StoreBackend *Store::newBackend(const QString &location) {
    close();
    if (isServerLocation(location)) {
        m_backend = std::make_unique<PostgresBackend>();
    } else {
        auto file = std::make_unique<SqliteBackend>();
        file->setCheckOnOpen(m_verify == Verify::OnOpen);
        m_backend = std::move(file);
    }
    m_backend->setBusyTimeout(m_busyTimeoutMs);
    connect(m_backend.get(), &StoreBackend::externalChange, this, &Store::externalChange);
    return m_backend.get();
}

bool Store::open(const QString &path, OpenMode mode, QString *error) {
    return opened(newBackend(path)->open(path, mode == OpenMode::ReadOnly, error));
}

bool Store::openReader(const QString &path, QString *error) {
    return opened(newBackend(path)->openReader(path, error));
}

bool Store::create(const QString &path, QString *error) {
    return opened(newBackend(path)->create(path, error));
}

// After an attempt to open: a failed backend goes; an open one is watched at once when someone
// was already listening for others' changes.
bool Store::opened(bool success) {
    if (!success) {
        m_backend.reset();
        return false;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&Store::externalChange)))
        startWatching();
    return true;
}

void Store::startWatching() {
    if (m_backend)
        m_backend->watch(
            [this] { return isSignalConnected(QMetaMethod::fromSignal(&Store::externalChange)); });
}

int Store::schemaVersion() const {
    return m_backend ? m_backend->schemaVersion() : -1;
}

qint64 Store::dataVersion() const {
    const auto *file = dynamic_cast<const SqliteBackend *>(m_backend.get());
    return file ? file->dataVersion() : -1;
}

Store::Role Store::role() const {
    return m_role == Role::Reviewer || (m_backend && m_backend->reviewOnly()) ? Role::Reviewer
                                                                              : Role::Editor;
}

bool Store::isReadOnly() const {
    return (m_backend && m_backend->isReadOnly()) || role() == Role::Reviewer;
}

bool Store::canReview() const {
    return isOpen() && !m_backend->isReadOnly();
}

QString Store::publishRefusal() const {
    return m_backend ? m_backend->publishRefusal() : QString();
}

QString Store::serverAccess() const {
    return m_backend ? m_backend->access() : QString();
}

bool Store::connectionLost() const {
    return m_backend && m_backend->connectionLost();
}

// Qt may call this from another thread, with its connection lock held: nothing here may touch
// QObject functions, so the timer is started from the store's own thread, a moment later.
void Store::connectNotify(const QMetaMethod &signal) {
    if (signal == QMetaMethod::fromSignal(&Store::externalChange))
        QMetaObject::invokeMethod(this, &Store::startWatching, Qt::QueuedConnection);
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
    return m_backend->failure(query.lastError());
}

WriteResult Store::statementFailure(const Statement &statement, int code) const {
    if (connectionLost())
        return m_backend->failure(QSqlError(statement.errorText(), QString(),
                                            QSqlError::ConnectionError, QStringLiteral("08006")));
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

QString Store::readOnlyReason() const {
    if (m_backend && m_backend->isReadOnly())
        return m_backend->readOnlyReason();
    if (m_backend && m_backend->reviewOnly())
        return tr("the server lets role %1 comment on reviews and approve them, not change the "
                  "registry")
            .arg(m_backend->roleName());
    if (m_role == Role::Reviewer)
        return tr("you opened it as a reviewer: you may comment on reviews and approve them, not "
                  "change the registry");
    return QString();
}

WriteResult Store::runWrite(const std::function<WriteResult()> &unit, WriteScope scope) {
    if (!isOpen())
        return WriteResult::failure(WriteResult::Status::Failed, tr("no store is open"));
    if (m_backend->isReadOnly())
        return WriteResult::failure(
            WriteResult::Status::ReadOnly,
            tr("the store is read-only (%1)").arg(m_backend->readOnlyReason()));
    if (scope == WriteScope::Registry && m_backend->reviewOnly())
        return WriteResult::failure(WriteResult::Status::NotAllowed,
                                    tr("not allowed: the server lets role %1 review, not change "
                                       "the registry; nothing was written")
                                        .arg(m_backend->roleName()));
    if (scope == WriteScope::Registry && m_role == Role::Reviewer)
        return WriteResult::failure(WriteResult::Status::NotAllowed,
                                    tr("not allowed: %1 works as a reviewer, who may comment on "
                                       "and approve reviews but not change the registry; nothing "
                                       "was written")
                                        .arg(m_user));
    QString damage;
    if (!m_backend->checkBeforeWrite(&damage))
        return WriteResult::failure(
            WriteResult::Status::Failed,
            tr("%1 is damaged (integrity check: %2); nothing was written").arg(path(), damage));
    QSqlDatabase db = database();
    WriteResult last;
    for (int attempt = 1; attempt <= m_maxAttempts; ++attempt) {
        m_pendingSignals.clear();
        QSqlQuery control(db);
        if (!m_backend->beginWrite(control)) {
            last = failureFrom(control);
            if (last.status == WriteResult::Status::Busy && !connectionLost())
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
        if (connectionLost())
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

bool Store::readSiteState(qint64 siteId, SiteState *state, QString *error) const {
    QSqlDatabase db = database();
    // One read transaction: no write lands between the parts (see beginSnapshot()).
    QSqlQuery control(db);
    // On a server, a snapshot: every read of the transaction sees the same commits.
    if (!control.exec(m_backend->beginSnapshot())) {
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
