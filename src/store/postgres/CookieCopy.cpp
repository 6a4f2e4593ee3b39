#include "CookieCopy.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace {

constexpr qsizetype chunkSize = 1 << 20;

// COPY's text format: backslash, tab, newline and carriage return escaped; NULL is \N.
void appendField(QByteArray &line, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
    line += '\t';
}

} // namespace

CookieCopy::CookieCopy(const QSqlDatabase &db, QString user, QString now)
    : m_db(db)
    , m_user(std::move(user))
    , m_now(std::move(now)) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_connection = *static_cast<pg_conn *const *>(handle.constData());
    m_chunk.reserve(chunkSize);
}

CookieCopy::~CookieCopy() {
    if (m_copying && m_connection) { // abandoned (an import that failed): cancel it
        PQputCopyEnd(m_connection, "cancelled");
        while (PGresult *result = PQgetResult(m_connection))
            PQclear(result);
    }
}

bool CookieCopy::start() {
    if (!m_connection) {
        m_failed = true;
        m_failure = QStringLiteral("the connection to the server was lost");
        return false;
    }
    if (!m_savepoint) {
        QSqlQuery savepoint(m_db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT cookie_charter_import"))) {
            m_failed = true;
            m_failure = savepoint.lastError().text();
            return false;
        }
        m_savepoint = true;
    }
    PGresult *started = PQexec(
        m_connection, "COPY cookie (provider, service, location, name, purpose_fr, purpose_en, "
                      "category, party, domain, duration, duration_days, storage, privacy_url, "
                      "consent_exempt, notes, site_id, created_at, created_by, updated_at, "
                      "updated_by) FROM STDIN");
    m_copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!m_copying) {
        m_failed = true;
        m_failure = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    }
    return m_copying;
}

bool CookieCopy::add(const Cookie &cookie, int line) {
    m_keys.append({cookie.siteId, cookie.domain, cookie.name, line});
    if (m_failed || (!m_copying && !start()))
        return false;
    for (const QString *field : {&cookie.provider, &cookie.service, &cookie.location, &cookie.name,
                                 &cookie.purposeFr, &cookie.purposeEn})
        appendField(m_chunk, *field);
    appendField(m_chunk, Vocabulary::categoryKey(cookie.category));
    appendField(m_chunk, Vocabulary::partyKey(cookie.party));
    appendField(m_chunk, cookie.domain);
    appendField(m_chunk, cookie.duration);
    const std::optional<double> days = cookie.durationDays();
    m_chunk += days ? QByteArray::number(*days, 'g', 17) : QByteArrayLiteral("\\N");
    m_chunk += '\t';
    appendField(m_chunk, Vocabulary::storageKey(cookie.storage));
    appendField(m_chunk, cookie.privacyUrl);
    m_chunk +=
        cookie.consentExemptOverride ? (*cookie.consentExemptOverride ? "1\t" : "0\t") : "\\N\t";
    appendField(m_chunk, cookie.notes);
    m_chunk += QByteArray::number(cookie.siteId);
    m_chunk += '\t';
    appendField(m_chunk, m_now);
    appendField(m_chunk, m_user);
    appendField(m_chunk, m_now);
    appendField(m_chunk, m_user);
    m_chunk[m_chunk.size() - 1] = '\n';
    return m_chunk.size() < chunkSize - 4096 || flush();
}

bool CookieCopy::flush() {
    if (m_chunk.isEmpty())
        return true;
    const bool sent = PQputCopyData(m_connection, m_chunk.constData(), int(m_chunk.size())) == 1;
    m_chunk.clear();
    if (!sent) {
        m_failed = true;
        m_failure = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    }
    return sent;
}

bool CookieCopy::end() {
    if (!m_copying)
        return !m_failed;
    const bool sent = flush();
    PQputCopyEnd(m_connection, sent ? nullptr : "cancelled");
    m_copying = false;
    bool copied = false;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK) {
            copied = true;
        } else {
            const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            m_state = QString::fromLatin1(code ? code : "");
            m_failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            copied = false;
        }
        PQclear(result);
    }
    if (!copied || !m_state.isEmpty())
        m_failed = true;
    return !m_failed;
}

bool CookieCopy::pause() {
    const bool ok = end();
    // A failed COPY leaves the transaction aborted: back to the savepoint, so that the import
    // can go on writing (a new site) and report every row at the end.
    if (!ok && m_savepoint)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT cookie_charter_import"));
    return ok;
}

bool CookieCopy::finish() {
    const bool done = end() && !m_failed;
    if (!m_savepoint)
        return done;
    QSqlQuery savepoint(m_db);
    if (done)
        return savepoint.exec(QStringLiteral("RELEASE SAVEPOINT cookie_charter_import"));
    savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT cookie_charter_import"));
    return false;
}
