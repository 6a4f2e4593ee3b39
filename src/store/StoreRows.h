#pragma once

// What the parts of Store (Store.cpp, StoreCookies.cpp, StoreImport.cpp, StoreTexts.cpp,
// StorePublications.cpp, StoreReviews.cpp) share: columns, how rows are read and bound, the
// JSON the audit log keeps. Internal to the store.
#include "Cookie.h"
#include "CookieField.h"
#include "Site.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <optional>

namespace StoreRows {

// Rows in a row mostly share some values (a category, a domain, a provider): a value equal to
// the previous row's in the same column is shared with it, not decoded and parsed again.
class RepeatedColumns {
public:
    explicit RepeatedColumns(const Statement &row)
        : m_row(row) {}
    const QString &text(int column) {
        Previous &last = m_previous[size_t(column)];
        const QByteArrayView utf8 = m_row.columnUtf8(column);
        if (last.known && utf8 == last.utf8)
            return last.text;
        last.known = true;
        last.utf8 = utf8.toByteArray();
        last.text = m_row.columnText(column);
        last.parsed.reset();
        return last.text;
    }
    // The column's text through `parse` (to an enum), once per run of equal values.
    int parsed(int column, int (*parse)(const QString &)) {
        const QString &value = text(column);
        Previous &last = m_previous[size_t(column)];
        if (!last.parsed)
            last.parsed = parse(value);
        return *last.parsed;
    }

private:
    struct Previous {
        bool known = false;
        QByteArray utf8;
        QString text;
        std::optional<int> parsed;
    };
    const Statement &m_row;
    std::array<Previous, 16> m_previous;
};

inline int parseCategory(const QString &text) {
    return int(Vocabulary::parseCategory(text).value_or(Category::Unclassified));
}

inline int parseParty(const QString &text) {
    return int(Vocabulary::parseParty(text).value_or(Party::First));
}

inline int parseStorage(const QString &text) {
    return int(Vocabulary::parseStorage(text).value_or(StorageType::Cookie));
}

inline const QLatin1String cookieColumns(
    "id, site_id, provider, service, location, name, purpose_fr, purpose_en, category, party, "
    "domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, created_at, "
    "created_by, updated_at, updated_by, version");

inline const QLatin1String
    siteColumns("id, name, url, languages, contact, version, consent_days, review_policy");

inline QDateTime timeFrom(const QVariant &value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A read that failed, in plain words: the store could not be read (which is not "the row is gone").
inline QString readFailure(const QString &cause) {
    return QCoreApplication::translate("Store", "the store could not be read: %1").arg(cause);
}

// A UNIQUE violation (SQLITE_CONSTRAINT_UNIQUE), as opposed to a NOT NULL or CHECK one.
inline bool isConstraint(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return (ok && code == 2067) || error.nativeErrorCode() == QLatin1String("23505") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint"));
}

// SQLite stores a null QString as NULL; our text columns are NOT NULL and empty means empty.
inline QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline Cookie readCookie(const Statement &row) {
    Cookie cookie;
    cookie.id = row.columnInt64(0);
    cookie.siteId = row.columnInt64(1);
    cookie.provider = row.columnText(2);
    cookie.service = row.columnText(3);
    cookie.location = row.columnText(4);
    cookie.name = row.columnText(5);
    cookie.purposeFr = row.columnText(6);
    cookie.purposeEn = row.columnText(7);
    cookie.category = Vocabulary::parseCategory(row.columnText(8)).value_or(Category::Unclassified);
    cookie.party = Vocabulary::parseParty(row.columnText(9)).value_or(Party::First);
    cookie.domain = row.columnText(10);
    cookie.duration = row.columnText(11);
    cookie.storage = Vocabulary::parseStorage(row.columnText(13)).value_or(StorageType::Cookie);
    cookie.privacyUrl = row.columnText(14);
    if (!row.columnIsNull(15))
        cookie.consentExemptOverride = row.columnInt64(15) != 0;
    cookie.notes = row.columnText(16);
    cookie.createdAt = row.columnText(17);
    cookie.createdBy = row.columnText(18);
    cookie.updatedAt = row.columnText(19);
    cookie.updatedBy = row.columnText(20);
    cookie.version = row.columnInt64(21);
    return cookie;
}

inline Site readSite(const QSqlQuery &query) {
    Site site;
    site.id = query.value(0).toLongLong();
    site.name = query.value(1).toString();
    site.url = query.value(2).toString();
    site.languages = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    site.contact = query.value(4).toString();
    site.version = query.value(5).toLongLong();
    site.consentDays = query.value(6).isNull() ? 0 : query.value(6).toInt();
    Site::policyFromKey(query.value(7).toString(), &site.reviewPolicy);
    return site;
}

// Binds the registry content of a cookie to parameters 1..15.
inline void bindContent(Statement &statement, const Cookie &cookie) {
    const std::optional<double> days = cookie.durationDays();
    statement.bindText(1, cookie.provider);
    statement.bindText(2, cookie.service);
    statement.bindText(3, cookie.location);
    statement.bindText(4, cookie.name);
    statement.bindText(5, cookie.purposeFr);
    statement.bindText(6, cookie.purposeEn);
    statement.bindText(7, Vocabulary::categoryKey(cookie.category));
    statement.bindText(8, Vocabulary::partyKey(cookie.party));
    statement.bindText(9, cookie.domain);
    statement.bindText(10, cookie.duration);
    if (days)
        statement.bindDouble(11, *days);
    else
        statement.bindNull(11);
    statement.bindText(12, Vocabulary::storageKey(cookie.storage));
    statement.bindText(13, cookie.privacyUrl);
    if (cookie.consentExemptOverride)
        statement.bindInt64(14, *cookie.consentExemptOverride ? 1 : 0);
    else
        statement.bindNull(14);
    statement.bindText(15, cookie.notes);
}

inline QString cookieJson(const Cookie &cookie, const QList<CookieField> &fields) {
    QJsonObject object;
    for (CookieField field : fields)
        object.insert(CookieFields::key(field), CookieFields::value(cookie, field));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QList<CookieField> changedFields(const Cookie &before, const Cookie &after) {
    QList<CookieField> fields;
    for (CookieField field : CookieFields::all()) {
        if (CookieFields::value(before, field) != CookieFields::value(after, field))
            fields.append(field);
    }
    return fields;
}

inline QString siteJson(const Site &site) {
    QJsonObject object{{QStringLiteral("name"), site.name},
                       {QStringLiteral("url"), site.url},
                       {QStringLiteral("languages"), site.languages.join(QLatin1Char(','))},
                       {QStringLiteral("contact"), site.contact}};
    if (site.consentDays > 0)
        object.insert(QStringLiteral("consentDays"), site.consentDays);
    if (site.reviewPolicy != Site::ReviewPolicy::None)
        object.insert(QStringLiteral("review"), Site::policyKey(site.reviewPolicy));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline const char *insertCookieSql() {
    return (
        "INSERT INTO cookie (provider, service, location, name, purpose_fr, purpose_en, category, "
        "party, domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, "
        "site_id, created_at, created_by, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
}

} // namespace StoreRows
