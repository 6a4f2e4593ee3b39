#pragma once

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
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bindText(int index, const QString &text); // 1-based, as in SQLite; null binds ''
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code (extended).
    int step();
    void reset();

    QByteArrayView columnUtf8(int column) const;
    QString columnText(int column) const;
    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;

    int errorCode() const; // extended result code of the last failure
    QString errorText() const;
    qint64 lastInsertRowId() const;

    static bool isBusy(int code);
    static bool isUniqueViolation(int code);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_text; // UTF-8 of the bound texts, alive until the next bind or reset
};
