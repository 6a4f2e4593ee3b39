#pragma once

#include "Capture.h"
#include "Cookie.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class KnowledgeBase;

// A cookie as the captures saw it, all its sightings together.
struct ObservedCookie {
    QString name;
    QString domain; // without a leading dot, lower case
    StorageType type = StorageType::Cookie;
    std::optional<Party> party;     // against the site's registrable domain; unknown without a site
    std::optional<qint64> lifetime; // the longest seen, in seconds; nullopt: session or unknown
    bool session = false;           // seen set as a session cookie
    bool lifetimeKnown = false;     // false: only seen sent, never set
    int pages = 0;                  // distinct pages that set or sent it
    QDateTime firstSeen;
    QDateTime lastSeen;
    QStringList somePages; // the first few, for the report
    bool secure = false;
    bool httpOnly = false;
    QString sameSite;

    // "session", "396 days", "unknown".
    QString lifetimeText() const;
    // The lifetime as the registry writes durations, never shorter than what was seen:
    // "session", "30 minutes", "31 jours", "14 mois", "3 ans"; empty when unknown.
    QString registryDuration() const;
};

Q_DECLARE_TYPEINFO(ObservedCookie, Q_RELOCATABLE_TYPE);

// Gathers sightings, from any number of captures, into observed cookies.
class Observations {
public:
    void add(const Sighting &sighting);
    // Sorted by domain then name; party judged against `siteHost` (empty: unknown).
    QList<ObservedCookie> cookies(const QString &siteHost) const;
    qsizetype sightings() const { return m_sightings; }

private:
    QList<ObservedCookie> m_cookies;
    QList<QSet<QString>> m_pages;
    QHash<QString, int> m_index; // name|domain|type -> m_cookies
    qsizetype m_sightings = 0;
};

struct Finding {
    enum class Kind { Undeclared, NotSeen, Lifetime, ExemptTooLong, Party };
    Kind kind = Kind::Undeclared;
    QString name;
    QString domain;
    qint64 cookieId = 0; // the declared row, 0 for an undeclared cookie
    // What the finding says; text() composes it for a "not seen" one, which keeps none, since a
    // registry of 100,000 rows may give as many.
    QString message;
    QString text() const;
    static QString notSeenMessage(); // translated, "%1" for the name
    int observed = -1;               // index into the observed cookies, -1 for not seen
    // What the cookie database says of an undeclared cookie; null when it does not know it, and
    // for every other finding (kept apart: a registry of 100,000 rows gives as many findings).
    struct Known {
        QString provider;
        QString category; // our category key
        QString duration;
        QString purpose;
        QString row;
    };
    std::shared_ptr<const Known> known;

    static QString kindKey(Kind kind);   // "undeclared", "not-seen", "lifetime", ...
    static QString kindLabel(Kind kind); // translated
    static QList<Kind> allKinds();
    // Kinds that make `audit` exit 1 (not seen is information only).
    static bool failing(Kind kind) { return kind != Kind::NotSeen; }
};

Q_DECLARE_TYPEINFO(Finding, Q_RELOCATABLE_TYPE);

struct AuditResult {
    QList<ObservedCookie> observed;
    QList<Finding> findings;
    int declared = 0;
    int matched = 0; // declared rows seen in a capture
    int count(Finding::Kind kind) const;
    bool failing() const;
};

// Compares what was observed with the site's declared rows. A declared row matches an observed
// cookie by its exact name or through its pattern ("_ga_*"), and on the same domain when the
// row names one.
AuditResult audit(const QList<Cookie> &declared, QList<ObservedCookie> observed,
                  const KnowledgeBase *base);
