#pragma once

#include "StoreBackend.h"

#include <QTimer>

#include <functional>

// The store as a database on a PostgreSQL server (postgresql://user@host:port/database), through
// Qt's QPSQL driver, with libpq for COPY and the connection's state.
//
// The password comes from the location, ~/.pgpass, PGPASSWORD or the prompt (kept in memory
// for the process, never written); TLS follows sslmode. Every write transaction first takes one
// transaction-scoped advisory lock, so writers queue as on SQLite's BEGIN IMMEDIATE: a version
// read in a transaction is still the version when it writes, and two publishers never fork a
// chain. What the role may do is read from its grants at open, and enforced by the server.
// Others' commits arrive by LISTEN/NOTIFY (a trigger on every table); a dropped connection is
// reported, never retried blindly, and reconnected before the next write or by the watch.
class PostgresBackend final : public StoreBackend {
    Q_OBJECT
public:
    using PasswordPrompt = std::function<QString(const QString &location, const QString &why)>;
    static void setPasswordPrompt(PasswordPrompt prompt);

    explicit PostgresBackend(QObject *parent = nullptr);
    ~PostgresBackend() override;

    bool isServer() const override { return true; }
    bool open(const QString &location, bool readOnly, QString *error) override;
    bool openReader(const QString &location, QString *error) override;
    bool create(const QString &location, QString *error) override;
    void close() override;
    bool isOpen() const override;
    QSqlDatabase database() const override;
    QString location() const override { return m_path; }
    int schemaVersion() const override;

    bool reviewOnly() const override { return m_reviewOnly; }
    QString roleName() const override { return m_role; }
    QString publishRefusal() const override;
    QString access() const override;

    std::unique_ptr<Statement> statement(const char *sql, StatementKind kind) const override;
    QString returningId(const QString &insertSql) const override;
    qint64 insertedId(QSqlQuery &query) const override;
    bool checkBeforeWrite(QString *) override { return true; }
    bool beginWrite(QSqlQuery &control) override;
    QString beginSnapshot() const override;
    WriteResult failure(const QSqlError &error) const override;
    bool connectionLost() const override;
    std::unique_ptr<CookieCopy> cookieCopy(const QString &user, const QString &now) const override;
    void watch(std::function<bool()> wanted) override;

private:
    bool openServer(const QString &location, bool readOnly, bool create, QString *error);
    bool connect(const QString &location, QString *error);
    bool checkStore(bool readOnly, bool create, QString *error);
    bool reconnect();
    void subscribe();
    void checkConnection();

    QString m_connection;
    QString m_path; // the location without its password
    bool m_mayWrite = true;
    bool m_mayPublish = true;
    bool m_reviewOnly = false;
    QString m_role;
    bool m_subscribed = false;
    QTimer m_watchTimer; // looks at the connection while someone listens, to reconnect
    std::function<bool()> m_wanted;
};
