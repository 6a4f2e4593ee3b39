#pragma once

#include "Vocabulary.h"

#include <QString>

#include <optional>

// One entry of a site's cookie registry. A value type: the store hands out copies and takes
// them back with the version they were read at.
struct Cookie {
    qint64 id = 0;
    qint64 siteId = 0;
    QString provider;
    QString service;
    QString location; // "front et back office"
    QString name;     // a pattern keeps its trailing '*': "_ga_*"
    QString purposeFr;
    QString purposeEn;
    Category category = Category::Unclassified;
    Party party = Party::First;
    QString domain;
    QString duration; // as written; see durationDays()
    StorageType storage = StorageType::Cookie;
    QString privacyUrl;
    std::optional<bool> consentExemptOverride; // unset: follows the category
    QString notes;
    QString createdAt; // ISO 8601 UTC, as stored: "2026-11-29T00:46:14Z"
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    qint64 version = 0;

    bool isPattern() const { return name.endsWith(QLatin1Char('*')); }
    QString patternPrefix() const; // "_ga_" for "_ga_*"
    QString purpose(const QString &language) const;
    void setPurpose(const QString &language, const QString &text);
    std::optional<double> durationDays() const;
    bool consentExempt() const;
    static bool defaultConsentExempt(Category category);

    // Same registry content (ignores id, site, version and the created/updated stamps).
    bool sameContent(const Cookie &other) const;
};

// Moved in memory as plain bytes when a list of cookies grows (a QString is relocatable).
Q_DECLARE_TYPEINFO(Cookie, Q_RELOCATABLE_TYPE);
