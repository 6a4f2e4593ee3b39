#pragma once

#include <QString>
#include <QStringList>

// A website whose cookies the registry lists; its charter is published in its languages.
struct Site {
    qint64 id = 0;
    QString name; // short name used on the command line: "opendata.clermont-ferrand.fr"
    QString url;
    QStringList languages{QStringLiteral("fr")};
    QString contact;
    // How long the consent banner keeps the visitor's choice, in days; 0: not set (the banner
    // then keeps it 182 days, six months).
    int consentDays = 0;
    // Whether a publication needs an approval: none, or one approval by someone other than the
    // people who changed the registry since the last publication (and the one who submitted it).
    enum class ReviewPolicy { None, Approval };
    ReviewPolicy reviewPolicy = ReviewPolicy::None;
    qint64 version = 0;

    // "fr,en" -> {"fr","en"}; nullopt-like empty list with an error for unknown codes.
    static QStringList parseLanguages(const QString &text, QString *error);
    // An http:// or https:// address with a host: the only links a charter ever shows.
    static bool isWebAddress(const QString &url);
    // The site's address: empty, or a web address; false with the reason otherwise.
    static bool checkUrl(const QString &url, QString *error);
    static QString policyKey(ReviewPolicy policy); // "none", "approval"
    // false for a word that is no policy.
    static bool policyFromKey(const QString &key, ReviewPolicy *policy);
};
