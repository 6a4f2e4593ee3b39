#pragma once

#include "Statement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the sqlite3 handle of a Qt QSQLITE connection, for the bulk paths
// (import, registry reads) where QSqlQuery's per-value QVariant and placeholder bookkeeping cost
// more than SQLite itself. Text goes in and out as UTF-8. Same connection, same transaction as
// the QSqlQuery statements around it. Debian's Qt links the system libsqlite3, as we do.
class SqliteStatement final : public Statement {
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const override { return m_statement != nullptr; }

    void bindText(int index, const QString &text) override; // 1-based, as in SQLite; null binds ''
    void bindInt64(int index, qint64 value) override;
    void bindDouble(int index, double value) override;
    void bindNull(int index) override;

    // SQLITE_ROW, SQLITE_DONE or an error code (extended).
    int step() override;
    void reset() override;

    QByteArrayView columnUtf8(int column) const override;
    QString columnText(int column) const override;
    qint64 columnInt64(int column) const override;
    bool columnIsNull(int column) const override;

    int errorCode() const; // extended result code of the last failure
    QString errorText() const override;
    qint64 lastInsertRowId() const override;

    static bool busyCode(int code);
    static bool uniqueViolationCode(int code);
    bool isBusy(int code) const override { return busyCode(code); }
    bool isUniqueViolation(int code) const override { return uniqueViolationCode(code); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_text; // UTF-8 of the bound texts, alive until the next bind or reset
};
