#include "ServerStatement.h"

#include <QSqlDatabase>
#include <QSqlError>

ServerStatement::ServerStatement(const QSqlDatabase &db, const QString &sql, Kind kind)
    : m_connection(db.connectionName())
    , m_query(db)
    , m_kind(kind) {
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(
        kind == Kind::Insert ? sql + QStringLiteral(" ON CONFLICT DO NOTHING RETURNING id") : sql);
    if (!m_prepared)
        m_error = m_query.lastError().text();
}

void ServerStatement::bind(int index, const QVariant &value) {
    if (index <= 0)
        return;
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void ServerStatement::bindText(int index, const QString &text) {
    bind(index, text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text));
}

void ServerStatement::bindInt64(int index, qint64 value) {
    bind(index, QVariant(value));
}

void ServerStatement::bindDouble(int index, double value) {
    bind(index, QVariant(value));
}

void ServerStatement::bindNull(int index) {
    bind(index, QVariant());
}

int ServerStatement::codeOf(const QString &sqlState) {
    if (sqlState == QLatin1String("23505"))
        return UniqueViolation;
    // lock_not_available (lock_timeout), serialization and deadlock failures: try again.
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40001") ||
        sqlState == QLatin1String("40P01"))
        return Busy;
    return Other;
}

int ServerStatement::fail(const QSqlQuery &query) {
    m_error = query.lastError().text();
    return codeOf(query.lastError().nativeErrorCode());
}

int ServerStatement::step() {
    if (!m_prepared)
        return Other;
    if (!m_executed) {
        m_executed = true;
        for (int i = 0; i < m_values.size(); ++i)
            m_query.bindValue(i, m_values.at(i));
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (m_kind == Kind::Write) {
            QSqlQuery savepoint(db);
            if (!savepoint.exec(QStringLiteral("SAVEPOINT cc_statement")))
                return fail(savepoint);
            if (!m_query.exec()) {
                const int code = fail(m_query);
                savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT cc_statement"));
                return code;
            }
            if (!savepoint.exec(QStringLiteral("RELEASE SAVEPOINT cc_statement")))
                return fail(savepoint);
            return Done;
        }
        if (!m_query.exec())
            return fail(m_query);
        if (m_kind == Kind::Insert) {
            if (!m_query.next()) {
                m_error = QStringLiteral("duplicate key value violates unique constraint");
                return UniqueViolation;
            }
            m_insertedId = m_query.value(0).toLongLong();
            m_query.finish();
            return Done;
        }
    }
    if (m_kind != Kind::Read)
        return Done;
    if (m_query.next())
        return Row;
    if (m_query.lastError().isValid())
        return fail(m_query);
    return Done;
}

void ServerStatement::reset() {
    m_query.finish();
    m_executed = false;
}

QByteArrayView ServerStatement::columnUtf8(int column) const {
    if (m_utf8.size() <= column)
        m_utf8.resize(column + 1);
    m_utf8[column] = m_query.value(column).toString().toUtf8();
    return m_utf8.at(column);
}

QString ServerStatement::columnText(int column) const {
    const QVariant value = m_query.value(column);
    return value.isNull() ? QStringLiteral("") : value.toString();
}

qint64 ServerStatement::columnInt64(int column) const {
    return m_query.value(column).toLongLong();
}

bool ServerStatement::columnIsNull(int column) const {
    return m_query.isNull(column);
}
