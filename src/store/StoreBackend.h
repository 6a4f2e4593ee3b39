#pragma once

#include "Statement.h"
#include "WriteResult.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class CookieCopy;
class QSqlError;
class QSqlQuery;

// What differs between the store's two kinds, an SQLite file (SqliteBackend) and a database on a
// PostgreSQL server (PostgresBackend). Store runs the same SQL on either, and asks its backend
// for the rest: opening, checking and migrating, the connection, how a write transaction takes
// the writers' lock, what an error means, how other people's commits are noticed, streaming an
// import. One backend holds one connection.
class StoreBackend : public QObject {
    Q_OBJECT
public:
    enum class StatementKind { Read, Insert, Write };

    using QObject::QObject;
    ~StoreBackend() override;

    virtual bool isServer() const = 0;
    // Opens a store (migrating an older one when it may write), or another read-only connection
    // to one already opened and checked, for reads on another thread, or creates a new one.
    virtual bool open(const QString &location, bool readOnly, QString *error) = 0;
    virtual bool openReader(const QString &location, QString *error) = 0;
    virtual bool create(const QString &location, QString *error) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QSqlDatabase database() const = 0;
    // The location as it may be shown (a server's without its password).
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }

    // What the connection may do: read-only (and why); a server role that may only review; why
    // it may not publish; the role and its rights in one sentence.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    virtual bool reviewOnly() const { return false; }
    virtual QString roleName() const { return QString(); }
    virtual QString publishRefusal() const { return QString(); }
    virtual QString access() const { return QString(); }

    virtual std::unique_ptr<Statement> statement(const char *sql, StatementKind kind) const = 0;
    // An INSERT that gives the new row's id back (insertedId() after it has run).
    virtual QString returningId(const QString &insertSql) const = 0;
    virtual qint64 insertedId(QSqlQuery &query) const = 0;
    // Before the first write: the integrity check where there is one (false, with its findings).
    virtual bool checkBeforeWrite(QString *findings) = 0;
    // Begins a write transaction holding the writers' lock, waiting for it up to the busy timeout.
    virtual bool beginWrite(QSqlQuery &control) = 0;
    // The statement beginning a read transaction whose reads all see one state.
    virtual QString beginSnapshot() const = 0;
    // What a failed statement means for the user.
    virtual WriteResult failure(const QSqlError &error) const = 0;
    // The connection dropped (a server); the next write reconnects.
    virtual bool connectionLost() const { return false; }
    // Imported cookies streamed in bulk (a server's COPY); null: the store inserts them one by one.
    virtual std::unique_ptr<CookieCopy> cookieCopy(const QString &user, const QString &now) const;
    // Notices other connections' commits (externalChange) while `wanted` says someone listens.
    virtual void watch(std::function<bool()> wanted) = 0;

Q_SIGNALS:
    void externalChange();

protected:
    virtual void busyTimeoutChanged() {}

    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_busyTimeoutMs = 5000;
};
