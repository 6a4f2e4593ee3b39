#pragma once

#include "StoreBackend.h"

#include <QTimer>

// The store as one SQLite file, possibly on a network share and open by several people at once.
//
// Locking rules: rollback journal (never WAL, which needs shared memory a network share does
// not give), synchronous=FULL, every write a short BEGIN IMMEDIATE transaction so that a writer
// queues on the lock (busy timeout) instead of failing half-way. Others' commits are noticed by
// polling PRAGMA data_version while someone listens.
class SqliteBackend final : public StoreBackend {
    Q_OBJECT
public:
    explicit SqliteBackend(QObject *parent = nullptr);
    ~SqliteBackend() override;

    // Whether open() runs the integrity check (PRAGMA quick_check) at once or before the first
    // write only.
    void setCheckOnOpen(bool atOnce) { m_checkOnOpen = atOnce; }

    bool isServer() const override { return false; }
    bool open(const QString &location, bool readOnly, QString *error) override;
    bool openReader(const QString &location, QString *error) override;
    bool create(const QString &location, QString *error) override;
    void close() override;
    bool isOpen() const override;
    QSqlDatabase database() const override;
    QString location() const override { return m_path; }
    int schemaVersion() const override;
    // Changes whenever any connection commits a change to the file (PRAGMA data_version).
    qint64 dataVersion() const;

    std::unique_ptr<Statement> statement(const char *sql, StatementKind kind) const override;
    QString returningId(const QString &insertSql) const override { return insertSql; }
    qint64 insertedId(QSqlQuery &query) const override;
    bool checkBeforeWrite(QString *findings) override;
    bool beginWrite(QSqlQuery &control) override;
    QString beginSnapshot() const override;
    WriteResult failure(const QSqlError &error) const override;
    void watch(std::function<bool()> wanted) override;

protected:
    void busyTimeoutChanged() override;

private:
    bool openConnection(const QString &path, bool readOnly, QString *error);
    bool buildNew(const QString &path, QString *error);
    bool recoverHotJournal(const QString &path, QString *error);
    void checkExternalChange();

    QString m_connection;
    QString m_path;
    bool m_recovering = false; // open() once more after rolling a hot journal back
    bool m_checkOnOpen = true;
    bool m_verified = false; // quick_check passed on this connection
    QTimer m_watchTimer;     // polls data_version while someone listens
    std::function<bool()> m_wanted;
    qint64 m_seenDataVersion = -1;
};
