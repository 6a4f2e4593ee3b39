// Cookies: reads (streamed, or the columns an audit or a banner needs), and writes, each
// checked against the version read.
#include "Store.h"

#include "StoreRows.h"

#include "CookieField.h"
#include "Validator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace StoreRows;

bool Store::forEachCookie(qint64 siteId, const std::function<bool(const Cookie &)> &visit,
                          QString *error, qint64 afterId) const {
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + QByteArray(cookieColumns.data(), cookieColumns.size()) +
        // "+site_id": a scan in id order, with no index to keep up on every insert and no sort.
        (siteId > 0 ? QByteArrayLiteral(" FROM cookie WHERE id > ? AND +site_id = ? ORDER BY id")
                    : QByteArrayLiteral(" FROM cookie WHERE id > ? ORDER BY id"));
    const auto select = statement(sql.constData());
    select->bindInt64(1, afterId);
    if (siteId > 0)
        select->bindInt64(2, siteId);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        if (!visit(readCookie(*select)))
            return true;
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return false;
    }
    return true;
}

QList<Cookie> Store::auditCookies(qint64 siteId, QString *error) const {
    const auto select =
        statement("SELECT id, site_id, name, category, party, domain, duration, storage, "
                  "consent_exempt, version FROM cookie WHERE +site_id = ? ORDER BY id");
    select->bindInt64(1, siteId);
    QList<Cookie> result;
    result.reserve(cookieCount(siteId)); // one allocation, not a copy of the list at each growth
    RepeatedColumns columns(*select);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        Cookie cookie;
        cookie.id = select->columnInt64(0);
        cookie.siteId = select->columnInt64(1);
        cookie.name = select->columnText(2);
        cookie.category = Category(columns.parsed(3, parseCategory));
        cookie.party = Party(columns.parsed(4, parseParty));
        cookie.domain = columns.text(5);
        cookie.duration = columns.text(6);
        cookie.storage = StorageType(columns.parsed(7, parseStorage));
        if (!select->columnIsNull(8))
            cookie.consentExemptOverride = select->columnInt64(8) != 0;
        cookie.version = select->columnInt64(9);
        result.append(std::move(cookie));
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return result;
}

QList<Cookie> Store::bannerCookies(qint64 siteId, QString *error) const {
    const auto select =
        statement("SELECT id, site_id, provider, service, name, purpose_fr, purpose_en, "
                  "category, consent_exempt, privacy_url FROM cookie WHERE +site_id = ? "
                  "ORDER BY id");
    select->bindInt64(1, siteId);
    QList<Cookie> result;
    result.reserve(cookieCount(siteId));
    RepeatedColumns columns(*select);
    int code = select->step();
    while (code == 100) { // SQLITE_ROW
        Cookie cookie;
        cookie.id = select->columnInt64(0);
        cookie.siteId = select->columnInt64(1);
        cookie.provider = columns.text(2);
        cookie.service = columns.text(3);
        cookie.name = select->columnText(4);
        cookie.purposeFr = columns.text(5);
        cookie.purposeEn = columns.text(6);
        cookie.category = Category(columns.parsed(7, parseCategory));
        if (!select->columnIsNull(8))
            cookie.consentExemptOverride = select->columnInt64(8) != 0;
        cookie.privacyUrl = columns.text(9);
        result.append(std::move(cookie));
        code = select->step();
    }
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return result;
}

QList<Cookie> Store::cookies(qint64 siteId, QString *error) const {
    QList<Cookie> result;
    forEachCookie(
        siteId,
        [&result](const Cookie &cookie) {
            result.append(cookie);
            return true;
        },
        error);
    return result;
}

std::optional<Cookie> Store::cookie(qint64 id, QString *error) const {
    const QByteArray sql = QByteArrayLiteral("SELECT ") +
                           QByteArray(cookieColumns.data(), cookieColumns.size()) +
                           QByteArrayLiteral(" FROM cookie WHERE id = ?");
    const auto select = statement(sql.constData());
    select->bindInt64(1, id);
    const int code = select->step();
    if (code == 100) // SQLITE_ROW
        return readCookie(*select);
    if (code != 101 && error) // SQLITE_DONE: no such row
        *error = readFailure(select->errorText());
    return std::nullopt;
}

int Store::cookieCount(qint64 siteId) const {
    QSqlQuery query(database());
    if (siteId > 0) {
        query.prepare(QStringLiteral("SELECT count(*) FROM cookie WHERE site_id = ?"));
        query.addBindValue(siteId);
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM cookie"));
    }
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<qint64, int> Store::cookieCounts(QString *error) const {
    QHash<qint64, int> counts;
    const auto select = statement("SELECT site_id, count(*) FROM cookie GROUP BY site_id");
    int code = select->step();
    for (; code == 100; code = select->step()) // SQLITE_ROW
        counts.insert(select->columnInt64(0), int(select->columnInt64(1)));
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return counts;
}

QHash<qint64, qint64> Store::cookieVersions(qint64 siteId, QString *error) const {
    QHash<qint64, qint64> versions;
    const auto select = statement("SELECT id, version FROM cookie WHERE +site_id = ?");
    select->bindInt64(1, siteId);
    int code = select->step();
    for (; code == 100; code = select->step()) // SQLITE_ROW
        versions.insert(select->columnInt64(0), select->columnInt64(1));
    if (code != 101) { // SQLITE_DONE
        if (error)
            *error = readFailure(select->errorText());
        return {};
    }
    return versions;
}

WriteResult Store::insertCookie(Cookie &cookie, Statement &insert) {
    const QString now = nowText();
    bindContent(insert, cookie);
    insert.bindInt64(16, cookie.siteId);
    insert.bindText(17, cookie.createdAt.isEmpty() ? now : cookie.createdAt);
    insert.bindText(18, cookie.createdBy.isEmpty() ? m_user : cookie.createdBy);
    insert.bindText(19, cookie.updatedAt.isEmpty() ? now : cookie.updatedAt);
    insert.bindText(20, cookie.updatedBy.isEmpty() ? m_user : cookie.updatedBy);
    const int code = insert.step();
    insert.reset();
    if (code != 101) { // SQLITE_DONE
        if (!insert.isUniqueViolation(code))
            return statementFailure(insert, code);
        QSqlQuery existing(database());
        existing.prepare(
            QStringLiteral("SELECT id FROM cookie WHERE site_id = ? AND domain = ? AND name = ?"));
        existing.addBindValue(cookie.siteId);
        existing.addBindValue(text(cookie.domain));
        existing.addBindValue(text(cookie.name));
        const qint64 other =
            existing.exec() && existing.next() ? existing.value(0).toLongLong() : 0;
        WriteResult duplicate = WriteResult::failure(
            WriteResult::Status::Duplicate,
            tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                .arg(cookie.name, cookie.domain)
                .arg(other));
        duplicate.otherId = other;
        return duplicate;
    }
    cookie.id = insert.lastInsertRowId();
    cookie.version = 1;
    return {};
}

WriteResult Store::addCookie(Cookie &cookie) {
    QList<Cookie> one{cookie};
    const WriteResult result = addCookies(one);
    if (result.ok())
        cookie = one.constFirst();
    return result;
}

WriteResult Store::addCookies(QList<Cookie> &cookies) {
    for (const Cookie &cookie : std::as_const(cookies)) {
        const QStringList errors = Validator::importErrors(cookie);
        if (!errors.isEmpty())
            return WriteResult::failure(WriteResult::Status::Invalid,
                                        errors.join(QStringLiteral("; ")));
    }
    QList<Cookie> added;
    const WriteResult result = runWrite([&]() -> WriteResult {
        added.clear();
        const auto insert = statement(insertCookieSql(), StatementKind::Insert);
        for (Cookie candidate : std::as_const(cookies)) {
            candidate.createdAt.clear();
            candidate.updatedAt.clear();
            candidate.createdBy.clear();
            candidate.updatedBy.clear();
            QString error;
            const bool siteExists = site(candidate.siteId, &error).has_value();
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!siteExists)
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("site #%1 does not exist").arg(candidate.siteId));
            const WriteResult inserted = insertCookie(candidate, *insert);
            if (!inserted.ok())
                return inserted;
            if (!audit(QStringLiteral("insert"), QStringLiteral("cookie"), candidate.id,
                       candidate.siteId, tr("cookie %1 added").arg(candidate.name), QString(),
                       cookieJson(candidate, CookieFields::all())))
                return auditFailure();
            const qint64 siteId = candidate.siteId;
            const qint64 id = candidate.id;
            m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieAdded(siteId, id); });
            added.append(candidate);
        }
        return {};
    });
    if (result.ok()) {
        for (qsizetype i = 0; i < cookies.size(); ++i)
            cookies[i] = this->cookie(added.at(i).id).value_or(added.at(i));
    }
    return result;
}

WriteResult Store::updateCookie(Cookie &cookie) {
    const QStringList errors = Validator::importErrors(cookie);
    if (!errors.isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    errors.join(QStringLiteral("; ")));
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Cookie> stored = this->cookie(cookie.id, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Status::Failed, error);
        if (!stored)
            return WriteResult::failure(
                WriteResult::Status::NotFound,
                tr("cookie #%1 no longer exists (someone deleted it)").arg(cookie.id));
        if (stored->version != cookie.version) {
            QStringList theirs;
            for (CookieField field : changedFields(cookie, *stored))
                theirs.append(CookieFields::key(field));
            WriteResult conflict = WriteResult::failure(
                WriteResult::Status::Conflict,
                tr("cookie #%1 (%2) was changed by %3 at %4 since you read it (they changed: %5); "
                   "your change was not saved")
                    .arg(cookie.id)
                    .arg(stored->name, stored->updatedBy, stored->updatedAt,
                         theirs.isEmpty() ? tr("nothing visible")
                                          : theirs.join(QStringLiteral(", "))));
            conflict.current = stored;
            return conflict;
        }
        return updateCookieLocked(cookie, *stored);
    });
    if (result.ok()) {
        if (const std::optional<Cookie> fresh = this->cookie(cookie.id))
            cookie = *fresh;
    }
    return result;
}

// Writes `cookie` over `stored` (read in this same transaction, at the same version).
WriteResult Store::updateCookieLocked(Cookie &cookie, const Cookie &stored) {
    const QList<CookieField> changed = changedFields(stored, cookie);
    if (changed.isEmpty() && stored.siteId == cookie.siteId)
        return {};
    const auto update = statement(
        "UPDATE cookie SET provider = ?, service = ?, location = ?, name = ?, purpose_fr = ?, "
        "purpose_en = ?, category = ?, party = ?, domain = ?, duration = ?, duration_days = ?, "
        "storage = ?, privacy_url = ?, consent_exempt = ?, notes = ?, updated_at = ?, "
        "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?",
        StatementKind::Write);
    bindContent(*update, cookie);
    update->bindText(16, nowText());
    update->bindText(17, m_user);
    update->bindInt64(18, cookie.id);
    update->bindInt64(19, cookie.version);
    const int code = update->step();
    if (code != 101) { // SQLITE_DONE
        if (!update->isUniqueViolation(code))
            return statementFailure(*update, code);
        QSqlQuery existing(database());
        existing.prepare(QStringLiteral(
            "SELECT id FROM cookie WHERE site_id = ? AND domain = ? AND name = ? AND id <> ?"));
        existing.addBindValue(stored.siteId);
        existing.addBindValue(text(cookie.domain));
        existing.addBindValue(text(cookie.name));
        existing.addBindValue(cookie.id);
        const qint64 other =
            existing.exec() && existing.next() ? existing.value(0).toLongLong() : 0;
        return WriteResult::failure(
            WriteResult::Status::Duplicate,
            tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                .arg(cookie.name, cookie.domain)
                .arg(other));
    }
    if (!audit(QStringLiteral("update"), QStringLiteral("cookie"), cookie.id, stored.siteId,
               tr("cookie %1 changed").arg(cookie.name), cookieJson(stored, changed),
               cookieJson(cookie, changed)))
        return auditFailure();
    const qint64 siteId = stored.siteId;
    const qint64 id = cookie.id;
    m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieChanged(siteId, id); });
    return {};
}

WriteResult Store::changeCookie(qint64 id, const std::function<void(Cookie &)> &change,
                                qint64 expectedVersion, Cookie *result) {
    CookieChange one;
    one.id = id;
    one.expectedVersion = expectedVersion;
    one.change = [&change](Cookie &cookie, QString *) {
        change(cookie);
        return true;
    };
    QList<Cookie> results;
    const WriteResult written = changeCookies({one}, result ? &results : nullptr);
    if (written.ok() && result && !results.isEmpty())
        *result = results.constFirst();
    return written;
}

WriteResult Store::changeCookies(const QList<CookieChange> &changes, QList<Cookie> *results) {
    const WriteResult written = runWrite([&]() -> WriteResult {
        for (const CookieChange &each : changes) {
            QString error;
            const std::optional<Cookie> stored = this->cookie(each.id, &error);
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!stored)
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("cookie #%1 does not exist").arg(each.id));
            if (each.expectedVersion > 0 && stored->version != each.expectedVersion) {
                WriteResult conflict = WriteResult::failure(
                    WriteResult::Status::Conflict,
                    tr("cookie #%1 (%2) is at version %3, not %4: %5 changed it at %6; your "
                       "change was not saved")
                        .arg(each.id)
                        .arg(stored->name)
                        .arg(stored->version)
                        .arg(each.expectedVersion)
                        .arg(stored->updatedBy, stored->updatedAt));
                conflict.current = stored;
                return conflict;
            }
            Cookie changed = *stored;
            QString refusal;
            if (!each.change(changed, &refusal)) {
                WriteResult conflict = WriteResult::failure(WriteResult::Status::Conflict, refusal);
                conflict.current = stored;
                return conflict;
            }
            const QStringList errors = Validator::importErrors(changed);
            if (!errors.isEmpty())
                return WriteResult::failure(
                    WriteResult::Status::Invalid,
                    tr("cookie #%1 (%2): %3")
                        .arg(each.id)
                        .arg(stored->name, errors.join(QStringLiteral("; "))));
            const WriteResult one = updateCookieLocked(changed, *stored);
            if (!one.ok())
                return one;
        }
        return {};
    });
    if (written.ok() && results) {
        results->clear();
        for (const CookieChange &each : changes) {
            if (const std::optional<Cookie> fresh = this->cookie(each.id))
                results->append(*fresh);
        }
    }
    return written;
}

WriteResult Store::removeCookies(const QList<Cookie> &cookies) {
    return runWrite([&]() -> WriteResult {
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM cookie WHERE id = ? AND version = ?"));
        for (const Cookie &wanted : cookies) {
            QString error;
            const std::optional<Cookie> stored = this->cookie(wanted.id, &error);
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Status::Failed, error);
            if (!stored)
                return WriteResult::failure(
                    WriteResult::Status::NotFound,
                    tr("cookie #%1 does not exist; nothing was removed").arg(wanted.id));
            if (stored->version != wanted.version) {
                WriteResult conflict = WriteResult::failure(
                    WriteResult::Status::Conflict,
                    tr("cookie #%1 (%2) was changed by %3 since you read it; nothing was removed")
                        .arg(wanted.id)
                        .arg(stored->name, stored->updatedBy));
                conflict.current = stored;
                return conflict;
            }
            remove.bindValue(0, wanted.id);
            remove.bindValue(1, wanted.version);
            if (!remove.exec())
                return failureFrom(remove);
            if (!audit(QStringLiteral("delete"), QStringLiteral("cookie"), stored->id,
                       stored->siteId, tr("cookie %1 removed").arg(stored->name),
                       cookieJson(*stored, CookieFields::all()), QString()))
                return auditFailure();
            const qint64 siteId = stored->siteId;
            const qint64 id = stored->id;
            m_pendingSignals.append([this, siteId, id] { Q_EMIT cookieRemoved(siteId, id); });
        }
        return {};
    });
}
