#pragma once

#include "Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One sighting of a cookie (or a localStorage key) in a capture of a browser session.
struct Sighting {
    QString name;
    QString domain; // as set: ".clermont-ferrand.fr", or the host for a host-only cookie
    QString path;
    bool secure = false;
    bool httpOnly = false;
    QString sameSite;
    StorageType type = StorageType::Cookie;
    // Seconds it was set to live, counted from `seen`; nullopt: a session cookie, or unknown
    // (`lifetimeKnown` false: a cookie only seen sent in a request).
    std::optional<qint64> lifetime;
    bool lifetimeKnown = true;
    QDateTime seen;
    QString page; // the page that caused it (HAR), empty for a cookie jar
};

// Reads a capture: a HAR 1.2 file (Chromium, Firefox), Firefox's cookies.sqlite, Chromium's
// Cookies database, or a Playwright/Puppeteer storageState. The databases are read from a copy,
// so that a browser's lock never stands in the way and the original is never touched.
class Capture {
public:
    enum class Kind { Har, FirefoxJar, ChromiumJar, StorageState };
    enum class Failure {
        None,
        Unreadable, // not a capture, damaged, truncated (exit 2)
        CannotOpen, // the file cannot be opened at all (exit 3)
    };

    // `site` (a host) decides which HAR entries count: those of the site's pages and what they
    // caused; `hosts` keeps a cookie jar's cookies for those hosts. Empty: everything.
    struct Filter {
        QString siteHost;
        QStringList hosts;
    };

    // Calls `take` for each sighting. False, with the reason (naming the file and, where it
    // can, the place in it), when the file is not a capture it can read.
    bool read(const QString &path, const Filter &filter,
              const std::function<void(const Sighting &)> &take);
    Failure failure() const { return m_failure; }
    QString error() const { return m_error; }
    Kind kind() const { return m_kind; }

    static QString kindName(Kind kind);

private:
    bool fail(Failure failure, const QString &message);
    bool readHar(const QString &path, const Filter &filter,
                 const std::function<void(const Sighting &)> &take);
    bool readJar(const QString &path, const Filter &filter,
                 const std::function<void(const Sighting &)> &take);
    bool readStorageState(const QByteArray &bytes, const QString &path, const Filter &filter,
                          const std::function<void(const Sighting &)> &take);

    Failure m_failure = Failure::None;
    QString m_error;
    Kind m_kind = Kind::Har;
};
