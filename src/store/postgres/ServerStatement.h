#pragma once

#include "Statement.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

class QSqlDatabase;

// A Statement on a PostgreSQL connection (Qt's QPSQL driver), for the paths SqliteStatement
// serves on SQLite. An insert is written "... ON CONFLICT DO NOTHING RETURNING id": a row that
// is already there is reported as a unique violation without aborting the transaction, so the
// caller can name the row in the way, as on SQLite. Other writes run under a savepoint for the
// same reason.
class ServerStatement final : public Statement {
public:
    enum class Kind { Read, Insert, Write };
    ServerStatement(const QSqlDatabase &db, const QString &sql, Kind kind);

    bool isValid() const override { return m_prepared; }
    void bindText(int index, const QString &text) override;
    void bindInt64(int index, qint64 value) override;
    void bindDouble(int index, double value) override;
    void bindNull(int index) override;

    int step() override;
    void reset() override;

    QByteArrayView columnUtf8(int column) const override;
    QString columnText(int column) const override;
    qint64 columnInt64(int column) const override;
    bool columnIsNull(int column) const override;

    QString errorText() const override { return m_error; }
    qint64 lastInsertRowId() const override { return m_insertedId; }

    bool isBusy(int code) const override { return code == Busy; }
    bool isUniqueViolation(int code) const override { return code == UniqueViolation; }

    // The error code step() gives for a failed statement of this SQLSTATE.
    static int codeOf(const QString &sqlState);

private:
    void bind(int index, const QVariant &value);
    int fail(const QSqlQuery &query);

    QString m_connection;
    QSqlQuery m_query;
    Kind m_kind;
    bool m_prepared = false;
    bool m_executed = false;
    QVector<QVariant> m_values;
    qint64 m_insertedId = 0;
    QString m_error;
    mutable QVector<QByteArray> m_utf8;
};
