#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
    else
        m_text.resize(sqlite3_bind_parameter_count(m_statement) + 1);
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &text) {
    if (index <= 0 || index >= m_text.size())
        return;
    // Encoded into a buffer kept per parameter (no allocation once it is large enough) and bound
    // SQLITE_STATIC: the bytes stay there until the statement has run.
    QByteArray &buffer = m_text[index];
    const qsizetype needed = text.size() * 3 + 1;
    if (buffer.size() < needed)
        buffer.resize(needed);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, index, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindDouble(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

int SqliteStatement::step() {
    if (!m_statement)
        return SQLITE_MISUSE;
    const int code = sqlite3_step(m_statement);
    return code == SQLITE_ROW || code == SQLITE_DONE ? code : sqlite3_extended_errcode(m_db);
}

void SqliteStatement::reset() {
    // Bindings stay; every caller binds all parameters again before the next step.
    sqlite3_reset(m_statement);
}

QByteArrayView SqliteStatement::columnUtf8(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QString SqliteStatement::columnText(int column) const {
    const QByteArrayView utf8 = columnUtf8(column);
    return utf8.isEmpty() ? QStringLiteral("") : QString::fromUtf8(utf8);
}

qint64 SqliteStatement::columnInt64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::errorCode() const {
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

QString SqliteStatement::errorText() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite handle");
}

qint64 SqliteStatement::lastInsertRowId() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteStatement::busyCode(int code) {
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

bool SqliteStatement::uniqueViolationCode(int code) {
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
}
