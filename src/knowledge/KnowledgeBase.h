#pragma once

#include "KnownCookie.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The cookie knowledge base: the Open Cookie Database that ships with the program (built in),
// or a newer release that `kb update` put in the user's data folder, which then takes
// precedence.
//
// Matching a name, best first: the exact name (case-sensitive), then case-insensitive, then the
// base's wildcard rows (a name prefix: "_ga_" matches "_ga_ABC123"). A registry pattern
// ("_pk_id.*", "_ga_*") matches the rows for its prefix. Where several rows match equally, the
// cookie's domain decides, then the longest prefix.
class KnowledgeBase {
public:
    enum class MatchKind { Exact, CaseInsensitive, Prefix };
    struct Match {
        const KnownCookie *cookie = nullptr;
        MatchKind kind = MatchKind::Exact;
        bool domainMatches = false;
    };

    // Reads a release in the Open Cookie Database's CSV or JSON form (told by its content).
    // False, with the line and the reason, for a file that is not one or a row without a name;
    // the base is then unchanged.
    bool load(const QByteArray &bytes, QString *error);
    bool loadCsv(const QByteArray &csv, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    // The base in use: the user's copy when there is a valid one, else the built-in release.
    // `source` says which ("built-in" or the file's path). The release is parsed once: its
    // compact index is cached (cachePath()) and read back at the next start while the release
    // is the same (the built-in one's hash, the user copy's size and time).
    bool loadDefault(QString *error);
    bool loadedFromCache() const { return m_fromCache; }
    // The user's copy in use (JSON or CSV, as installed), else where a CSV one would go.
    static QString userCopyPath();
    static QString cachePath();
    // Checks FILE as a release and puts it in the user's data folder (atomically), where it
    // takes precedence from then on. Anything but Installed leaves the base in use unchanged,
    // with the reason in *error.
    enum class Install { Installed, Unreadable, TooLarge, Invalid, NotWritten };
    static Install install(const QString &file, QString *error, int *entries = nullptr);

    QString source() const { return m_source; }
    qsizetype size() const { return m_cookies.size(); }
    qsizetype wildcardCount() const;

    // Every row that matches `name`, best first (see above).
    QList<Match> lookup(const QString &name, const QString &domain = QString()) const;
    std::optional<Match> best(const QString &name, const QString &domain = QString()) const;

    // The row's domain ("doubleclick.net (3rd party)") is the cookie's, or one above or below.
    static bool domainMatches(const QString &rowDomain, const QString &cookieDomain);

    // The base's words mapped to ours.
    static std::optional<Category> mapCategory(const QString &text);
    static QString mapRetention(const QString &text); // empty when it cannot be read

private:
    void buildIndex();
    bool readCache(const QString &key);
    void writeCache(const QString &key) const;

    QList<KnownCookie> m_cookies;
    QHash<QString, QList<int>> m_exact;  // name -> rows (not wildcard)
    QHash<QString, QList<int>> m_folded; // lower-case name -> rows (not wildcard)
    QList<int> m_prefixes;               // wildcard rows, longest prefix first
    QString m_source;
    bool m_fromCache = false;
};
