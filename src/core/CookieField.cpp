#include "CookieField.h"

#include "Site.h"

#include <QCoreApplication>
#include <QUrl>

namespace CookieFields {

QList<CookieField> all() {
    return {CookieField::Provider,      CookieField::Service,   CookieField::Location,
            CookieField::Name,          CookieField::PurposeFr, CookieField::PurposeEn,
            CookieField::Category,      CookieField::Party,     CookieField::Domain,
            CookieField::Duration,      CookieField::Type,      CookieField::PrivacyUrl,
            CookieField::ConsentExempt, CookieField::Notes};
}

QString key(CookieField field) {
    switch (field) {
    case CookieField::Provider:
        return QStringLiteral("provider");
    case CookieField::Service:
        return QStringLiteral("service");
    case CookieField::Location:
        return QStringLiteral("location");
    case CookieField::Name:
        return QStringLiteral("name");
    case CookieField::PurposeFr:
        return QStringLiteral("purpose");
    case CookieField::PurposeEn:
        return QStringLiteral("purpose_en");
    case CookieField::Category:
        return QStringLiteral("category");
    case CookieField::Party:
        return QStringLiteral("party");
    case CookieField::Domain:
        return QStringLiteral("domain");
    case CookieField::Duration:
        return QStringLiteral("duration");
    case CookieField::Type:
        return QStringLiteral("type");
    case CookieField::PrivacyUrl:
        return QStringLiteral("privacy_url");
    case CookieField::ConsentExempt:
        return QStringLiteral("consent_exempt");
    case CookieField::Notes:
        break;
    }
    return QStringLiteral("notes");
}

std::optional<CookieField> fromKey(const QString &text) {
    QString wanted = text.trimmed().toLower();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    wanted.replace(QLatin1Char('.'), QLatin1Char('_'));
    wanted.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (wanted == QLatin1String("purpose_fr"))
        return CookieField::PurposeFr;
    if (wanted == QLatin1String("storage") || wanted == QLatin1String("storage_type"))
        return CookieField::Type;
    if (wanted == QLatin1String("privacy") || wanted == QLatin1String("privacy_link"))
        return CookieField::PrivacyUrl;
    for (CookieField field : all()) {
        if (key(field) == wanted)
            return field;
    }
    return std::nullopt;
}

QString label(CookieField field) {
    switch (field) {
    case CookieField::Provider:
        return QCoreApplication::translate("CookieField", "Provider");
    case CookieField::Service:
        return QCoreApplication::translate("CookieField", "Service");
    case CookieField::Location:
        return QCoreApplication::translate("CookieField", "Location");
    case CookieField::Name:
        return QCoreApplication::translate("CookieField", "Name");
    case CookieField::PurposeFr:
        return QCoreApplication::translate("CookieField", "Purpose (French)");
    case CookieField::PurposeEn:
        return QCoreApplication::translate("CookieField", "Purpose (English)");
    case CookieField::Category:
        return QCoreApplication::translate("CookieField", "Category");
    case CookieField::Party:
        return QCoreApplication::translate("CookieField", "Party");
    case CookieField::Domain:
        return QCoreApplication::translate("CookieField", "Domain");
    case CookieField::Duration:
        return QCoreApplication::translate("CookieField", "Duration");
    case CookieField::Type:
        return QCoreApplication::translate("CookieField", "Type");
    case CookieField::PrivacyUrl:
        return QCoreApplication::translate("CookieField", "Privacy link");
    case CookieField::ConsentExempt:
        return QCoreApplication::translate("CookieField", "Consent exempt");
    case CookieField::Notes:
        break;
    }
    return QCoreApplication::translate("CookieField", "Notes");
}

QString value(const Cookie &cookie, CookieField field) {
    switch (field) {
    case CookieField::Provider:
        return cookie.provider;
    case CookieField::Service:
        return cookie.service;
    case CookieField::Location:
        return cookie.location;
    case CookieField::Name:
        return cookie.name;
    case CookieField::PurposeFr:
        return cookie.purposeFr;
    case CookieField::PurposeEn:
        return cookie.purposeEn;
    case CookieField::Category:
        return Vocabulary::categoryKey(cookie.category);
    case CookieField::Party:
        return Vocabulary::partyKey(cookie.party);
    case CookieField::Domain:
        return cookie.domain;
    case CookieField::Duration:
        return cookie.duration;
    case CookieField::Type:
        return Vocabulary::storageKey(cookie.storage);
    case CookieField::PrivacyUrl:
        return cookie.privacyUrl;
    case CookieField::ConsentExempt:
        if (!cookie.consentExemptOverride)
            return QString();
        return *cookie.consentExemptOverride ? QStringLiteral("yes") : QStringLiteral("no");
    case CookieField::Notes:
        break;
    }
    return cookie.notes;
}

namespace {

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

} // namespace

bool setValue(Cookie &cookie, CookieField field, const QString &text, QString *error) {
    switch (field) {
    case CookieField::Provider:
        cookie.provider = text.trimmed();
        return true;
    case CookieField::Service:
        cookie.service = text.trimmed();
        return true;
    case CookieField::Location:
        cookie.location = text.trimmed();
        return true;
    case CookieField::Name: {
        const QString name = text.trimmed();
        for (QChar ch : name) {
            if (ch.category() == QChar::Other_Control)
                return fail(error,
                            QCoreApplication::translate(
                                "CookieField", "a cookie name cannot hold control characters"));
        }
        const int star = int(name.indexOf(QLatin1Char('*')));
        if (star >= 0 && star != name.size() - 1)
            return fail(error, QCoreApplication::translate(
                                   "CookieField", "'*' may only end a name pattern, as in _ga_*"));
        cookie.name = name;
        return true;
    }
    case CookieField::PurposeFr:
        cookie.purposeFr = text.trimmed();
        return true;
    case CookieField::PurposeEn:
        cookie.purposeEn = text.trimmed();
        return true;
    case CookieField::Category: {
        const std::optional<Category> category = Vocabulary::parseCategory(text);
        if (!category)
            return fail(error,
                        QCoreApplication::translate(
                            "CookieField", "unknown category \"%1\" (use necessary, preferences, "
                                           "statistics, marketing or unclassified)")
                            .arg(text.trimmed()));
        cookie.category = *category;
        return true;
    }
    case CookieField::Party: {
        const std::optional<Party> party = Vocabulary::parseParty(text);
        if (!party)
            return fail(error, QCoreApplication::translate(
                                   "CookieField", "unknown party \"%1\" (use first or third)")
                                   .arg(text.trimmed()));
        cookie.party = *party;
        return true;
    }
    case CookieField::Domain:
        cookie.domain = text.trimmed().toLower();
        return true;
    case CookieField::Duration:
        cookie.duration = text.trimmed();
        return true;
    case CookieField::Type: {
        const std::optional<StorageType> type = Vocabulary::parseStorage(text);
        if (!type)
            return fail(error,
                        QCoreApplication::translate(
                            "CookieField", "unknown storage type \"%1\" (use cookie, localStorage, "
                                           "sessionStorage, IndexedDB or pixel)")
                            .arg(text.trimmed()));
        cookie.storage = *type;
        return true;
    }
    case CookieField::PrivacyUrl: {
        const QString url = text.trimmed();
        if (!url.isEmpty() && !Site::isWebAddress(url)) {
            return fail(error, QCoreApplication::translate(
                                   "CookieField",
                                   "the privacy link must be an http:// or https:// address"));
        }
        cookie.privacyUrl = url;
        return true;
    }
    case CookieField::ConsentExempt: {
        const QString word = text.trimmed().toLower();
        if (word.isEmpty() || word == QLatin1String("default") || word == QLatin1String("auto") ||
            word == QStringLiteral("défaut")) {
            cookie.consentExemptOverride.reset();
            return true;
        }
        const std::optional<bool> yes = Vocabulary::parseYesNo(word);
        if (!yes)
            return fail(error, QCoreApplication::translate(
                                   "CookieField", "consent_exempt takes yes, no or default"));
        cookie.consentExemptOverride = *yes;
        return true;
    }
    case CookieField::Notes:
        cookie.notes = text.trimmed();
        return true;
    }
    return false;
}

} // namespace CookieFields
