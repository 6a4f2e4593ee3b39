#include "Capture.h"

#include "PublicSuffix.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <cstring>

namespace {

// One HAR entry (or page) is a few kilobytes; one this large is not a browser's.
constexpr qsizetype maxEntryBytes = qsizetype(64) << 20;
// A storageState is read whole.
constexpr qint64 maxStateBytes = qint64(256) << 20;

using PublicSuffix::bareHost;
using PublicSuffix::related;

bool onSite(const QString &host, const QString &siteHost) {
    if (siteHost.isEmpty())
        return true;
    const QString site = PublicSuffix::registrableDomain(siteHost);
    if (site.isEmpty())
        return bareHost(host) == bareHost(siteHost);
    return PublicSuffix::registrableDomain(host) == site;
}

bool keepForHosts(const QString &domain, const Capture::Filter &filter) {
    if (!filter.hosts.isEmpty()) {
        for (const QString &host : filter.hosts) {
            if (related(domain, host))
                return true;
        }
        return false;
    }
    if (filter.siteHost.isEmpty())
        return true;
    const QString site = PublicSuffix::registrableDomain(filter.siteHost);
    return related(domain, site.isEmpty() ? filter.siteHost : site);
}

int lineAt(const char *begin, const char *at) {
    return int(std::count(begin, at, '\n')) + 1;
}

// Walks a HAR's JSON text without building it: finds the log's "pages" and "entries" arrays
// and hands each element's bytes to Qt's JSON parser, so that a 100 MB capture never lives in
// memory as one document.
class HarScanner {
public:
    HarScanner(const char *begin, const char *end)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end) {}

    using Element = std::function<bool(const char *begin, const char *end)>;

    // The top-level object: "log" { "pages": [...], "entries": [...] }.
    bool scan(const Element &page, const Element &entry) {
        skipSpace();
        if (m_p < m_end &&
            std::strncmp(m_p, "\xEF\xBB\xBF", std::min<qsizetype>(3, m_end - m_p)) == 0)
            m_p += 3;
        skipSpace();
        if (!expect('{'))
            return false;
        bool sawLog = false;
        return members([&](const QByteArray &key) {
                   if (key != "log")
                       return skipValue();
                   sawLog = true;
                   skipSpace();
                   if (!expect('{'))
                       return false;
                   return members([&](const QByteArray &inner) {
                       if (inner == "pages")
                           return elements(page);
                       if (inner == "entries") {
                           m_sawEntries = true;
                           return elements(entry);
                       }
                       return skipValue();
                   });
               }) &&
               (sawLog || failAt(QCoreApplication::translate(
                              "Capture", "no \"log\" object: this is not a HAR file")));
    }

    bool sawEntries() const { return m_sawEntries; }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int lineOf(const char *at) const { return lineAt(m_begin, at); }

private:
    bool failAt(const QString &message) {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorLine = lineAt(m_begin, std::min(m_p, m_end));
        }
        return false;
    }
    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool expect(char c) {
        skipSpace();
        if (m_p >= m_end)
            return failAt(
                QCoreApplication::translate("Capture", "the file ends too early (truncated)"));
        if (*m_p != c)
            return failAt(QCoreApplication::translate("Capture", "expected '%1' but found '%2'")
                              .arg(QLatin1Char(c))
                              .arg(QLatin1Char(*m_p >= 32 && *m_p < 127 ? *m_p : '?')));
        ++m_p;
        return true;
    }
    bool skipString() {
        if (!expect('"'))
            return false;
        // Inside an entry, never look further than the most an entry may hold: a 1 GB string
        // is refused without reading it.
        const char *stop = m_limit ? std::min(m_end, m_limit) : m_end;
        while (m_p < stop) {
            const char *quote =
                static_cast<const char *>(std::memchr(m_p, '"', size_t(stop - m_p)));
            if (!quote) {
                if (stop < m_end) {
                    m_p = stop;
                    return failAt(QCoreApplication::translate(
                        "Capture", "an entry is larger than 64 MiB: this is not a browser's HAR"));
                }
                break;
            }
            // Escaped when preceded by an odd number of backslashes.
            const char *back = quote;
            while (back > m_p && back[-1] == '\\')
                --back;
            m_p = quote + 1;
            if ((quote - back) % 2 == 0)
                return true;
        }
        m_p = m_end;
        return failAt(
            QCoreApplication::translate("Capture", "the file ends inside a string (truncated)"));
    }
    bool readKey(QByteArray *key) {
        skipSpace();
        const char *start = m_p + 1;
        if (!skipString())
            return false;
        *key = QByteArray(start, qsizetype(m_p - 1 - start));
        return expect(':');
    }
    bool skipValue() {
        skipSpace();
        if (m_p >= m_end)
            return failAt(
                QCoreApplication::translate("Capture", "the file ends too early (truncated)"));
        if (*m_p == '"')
            return skipString();
        if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            const char *stop = m_limit ? std::min(m_end, m_limit) : m_end;
            while (m_p < stop) {
                const char c = *m_p;
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_p;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            if (m_p < m_end)
                return failAt(QCoreApplication::translate(
                    "Capture", "an entry is larger than 64 MiB: this is not a browser's HAR"));
            return failAt(
                QCoreApplication::translate("Capture", "the file ends too early (truncated)"));
        }
        // A number, true, false or null.
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' &&
               *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
            ++m_p;
        return m_p > start || failAt(QCoreApplication::translate("Capture", "a value is missing"));
    }
    bool members(const std::function<bool(const QByteArray &)> &member) {
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            QByteArray key;
            if (!readKey(&key) || !member(key))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return failAt(
                    QCoreApplication::translate("Capture", "the file ends too early (truncated)"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            return expect('}');
        }
    }
    bool elements(const Element &element) {
        if (!expect('['))
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            const char *start = m_p;
            m_limit = start + std::min<qsizetype>(maxEntryBytes + 1, m_end - start);
            const bool skipped = skipValue();
            m_limit = nullptr;
            if (!skipped)
                return false;
            if (m_p - start > maxEntryBytes)
                return failAt(QCoreApplication::translate(
                    "Capture", "an entry is larger than 64 MiB: this is not a browser's HAR"));
            if (!element(start, m_p))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return failAt(
                    QCoreApplication::translate("Capture", "the file ends too early (truncated)"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            return expect(']');
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_limit = nullptr; // the end of what the current entry may span
    bool m_sawEntries = false;
    QString m_error;
    int m_errorLine = 0;
};

QString header(const QJsonArray &headers, const char *name) {
    for (const QJsonValue &each : headers) {
        const QJsonObject h = each.toObject();
        if (h.value(QLatin1String("name"))
                .toString()
                .compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return h.value(QLatin1String("value")).toString();
    }
    return QString();
}

QStringList headers(const QJsonArray &list, const char *name) {
    QStringList values;
    for (const QJsonValue &each : list) {
        const QJsonObject h = each.toObject();
        if (h.value(QLatin1String("name"))
                .toString()
                .compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            values.append(h.value(QLatin1String("value")).toString());
    }
    return values;
}

QString sameSiteName(QNetworkCookie::SameSite policy) {
    switch (policy) {
    case QNetworkCookie::SameSite::Default:
        break;
    case QNetworkCookie::SameSite::None:
        return QStringLiteral("None");
    case QNetworkCookie::SameSite::Lax:
        return QStringLiteral("Lax");
    case QNetworkCookie::SameSite::Strict:
        return QStringLiteral("Strict");
    }
    return QString();
}

QDateTime isoTime(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

} // namespace

QString Capture::kindName(Kind kind) {
    switch (kind) {
    case Kind::Har:
        return QStringLiteral("HAR");
    case Kind::FirefoxJar:
        return QStringLiteral("Firefox cookies.sqlite");
    case Kind::ChromiumJar:
        return QStringLiteral("Chromium Cookies");
    case Kind::StorageState:
        break;
    }
    return QStringLiteral("storageState");
}

bool Capture::fail(Failure failure, const QString &message) {
    m_failure = failure;
    m_error = message;
    return false;
}

bool Capture::read(const QString &path, const Filter &filter,
                   const std::function<void(const Sighting &)> &take) {
    m_failure = Failure::None;
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::CannotOpen,
                    QCoreApplication::translate("Capture", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    if (QFileInfo(path).isDir())
        return fail(
            Failure::CannotOpen,
            QCoreApplication::translate("Capture", "%1 is a folder, not a capture").arg(path));
    const QByteArray head = file.peek(4096);
    if (head.startsWith("SQLite format 3")) {
        file.close();
        return readJar(path, filter, take);
    }
    // JSON: a HAR has a "log"; a storageState has "cookies" and "origins".
    qsizetype at = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        at = 3;
    while (at < head.size() && QChar::isSpace(uchar(head.at(at))))
        ++at;
    if (at >= head.size() || head.at(at) != '{')
        return fail(Failure::Unreadable,
                    QCoreApplication::translate(
                        "Capture",
                        "%1: line 1: not a capture (a HAR file, a storageState, or a browser's "
                        "cookie database)")
                        .arg(path));
    if (head.contains("\"log\""))
        return readHar(path, filter, take);
    QByteArray bytes;
    if (file.size() > maxStateBytes)
        return fail(
            Failure::Unreadable,
            QCoreApplication::translate(
                "Capture", "%1 is larger than 256 MiB and has no HAR \"log\": not a capture")
                .arg(path));
    bytes = file.readAll();
    return readStorageState(bytes, path, filter, take);
}

bool Capture::readHar(const QString &path, const Filter &filter,
                      const std::function<void(const Sighting &)> &take) {
    m_kind = Kind::Har;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::CannotOpen,
                    QCoreApplication::translate("Capture", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    const qint64 size = file.size();
    QByteArray buffer;
    const char *begin = nullptr;
    if (size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            begin = reinterpret_cast<const char *>(mapped);
        } else {
            buffer = file.readAll();
            begin = buffer.constData();
        }
    }
    if (!begin)
        return fail(Failure::Unreadable,
                    QCoreApplication::translate("Capture", "%1 is empty").arg(path));
    HarScanner scanner(begin, begin + size);

    QHash<QString, QString> pageUrls; // page id -> its address
    int cookiesSeen = 0;
    int entryNumber = 0;
    QString entryError;
    auto parse = [&](const char *start, const char *end, QJsonObject *object) {
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(start, qsizetype(end - start)), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            entryError =
                QCoreApplication::translate("Capture", "%1: line %2: %3")
                    .arg(path)
                    .arg(scanner.lineOf(start + std::max(0, error.offset)))
                    .arg(error.error != QJsonParseError::NoError
                             ? error.errorString()
                             : QCoreApplication::translate("Capture", "an entry is not an object"));
            return false;
        }
        *object = document.object();
        return true;
    };
    bool pagesRead = false;
    QString lastStarted;
    QDateTime lastWhen;
    QList<std::pair<const char *, const char *>> deferred; // entries before the pages
    auto page = [&](const char *start, const char *end) {
        pagesRead = true;
        QJsonObject object;
        if (!parse(start, end, &object))
            return false;
        const QString title = object.value(QLatin1String("title")).toString();
        pageUrls.insert(object.value(QLatin1String("id")).toString(), title);
        return true;
    };
    auto entry = [&](const char *start, const char *end) -> bool {
        ++entryNumber;
        QJsonObject object;
        if (!parse(start, end, &object))
            return false;
        const QJsonObject request = object.value(QLatin1String("request")).toObject();
        const QJsonObject response = object.value(QLatin1String("response")).toObject();
        const QUrl url(request.value(QLatin1String("url")).toString());
        const QString host = url.host().toLower();
        // Entries often share their time to the millisecond: parse each text once.
        const QString started = object.value(QLatin1String("startedDateTime")).toString();
        if (started != lastStarted) {
            lastStarted = started;
            lastWhen = isoTime(started);
        }
        const QDateTime when = lastWhen;
        const QJsonArray requestHeaders = request.value(QLatin1String("headers")).toArray();
        const QJsonArray responseHeaders = response.value(QLatin1String("headers")).toArray();
        // The page that caused it: the entry's page, else its referrer, else itself.
        QString pageUrl = pageUrls.value(object.value(QLatin1String("pageref")).toString());
        if (!QUrl(pageUrl).isValid() || QUrl(pageUrl).host().isEmpty())
            pageUrl = header(requestHeaders, "referer");
        if (!QUrl(pageUrl).isValid() || QUrl(pageUrl).host().isEmpty())
            pageUrl = url.toString();
        const QStringList setCookies = headers(responseHeaders, "set-cookie");
        const QJsonArray responseCookies = response.value(QLatin1String("cookies")).toArray();
        const QJsonArray requestCookies = request.value(QLatin1String("cookies")).toArray();
        const QString cookieHeader = header(requestHeaders, "cookie");
        cookiesSeen += int(setCookies.size() + responseCookies.size() + requestCookies.size()) +
                       (cookieHeader.isEmpty() ? 0 : 1);
        if (!onSite(QUrl(pageUrl).host(), filter.siteHost))
            return true;

        QSet<QString> set; // names this response sets (headers first, then its cookie list)
        for (const QString &value : setCookies) {
            // Firefox joins several Set-Cookie headers with new lines.
            for (const QString &line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QDateTime parsedAt = QDateTime::currentDateTimeUtc();
                const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(line.toUtf8());
                if (cookies.isEmpty())
                    continue; // malformed: nothing to take from it
                const QNetworkCookie &cookie = cookies.constFirst();
                Sighting s;
                s.name = QString::fromUtf8(cookie.name());
                s.domain = cookie.domain().isEmpty() ? host : cookie.domain().toLower();
                s.path = cookie.path();
                s.secure = cookie.isSecure();
                s.httpOnly = cookie.isHttpOnly();
                s.sameSite = sameSiteName(cookie.sameSitePolicy());
                s.seen = when.isValid() ? when : parsedAt;
                s.page = pageUrl;
                if (!cookie.isSessionCookie()) {
                    const bool maxAge =
                        line.section(QLatin1Char(';'), 1)
                            .contains(QLatin1String("max-age"), Qt::CaseInsensitive);
                    const qint64 lifetime =
                        maxAge ? parsedAt.secsTo(cookie.expirationDate())
                               : (when.isValid() ? when : parsedAt).secsTo(cookie.expirationDate());
                    if (lifetime <= 0)
                        continue; // an expiry in the past: the site deletes the cookie
                    s.lifetime = lifetime;
                }
                set.insert(s.name);
                take(s);
            }
        }
        for (const QJsonValue &each : responseCookies) {
            const QJsonObject c = each.toObject();
            Sighting s;
            s.name = c.value(QLatin1String("name")).toString();
            if (s.name.isEmpty() || set.contains(s.name))
                continue;
            const QString domain = c.value(QLatin1String("domain")).toString();
            s.domain = domain.isEmpty() ? host : domain.toLower();
            s.path = c.value(QLatin1String("path")).toString();
            s.secure = c.value(QLatin1String("secure")).toBool();
            s.httpOnly = c.value(QLatin1String("httpOnly")).toBool();
            s.sameSite = c.value(QLatin1String("sameSite")).toString();
            s.seen = when.isValid() ? when : QDateTime::currentDateTimeUtc();
            s.page = pageUrl;
            const QDateTime expires = isoTime(c.value(QLatin1String("expires")).toString());
            if (expires.isValid()) {
                const qint64 lifetime = s.seen.secsTo(expires);
                if (lifetime <= 0)
                    continue;
                s.lifetime = lifetime;
            }
            set.insert(s.name);
            take(s);
        }
        // Cookies the browser sent: they exist, for this host; their lifetime is not known.
        QSet<QString> sent;
        for (const QJsonValue &each : requestCookies)
            sent.insert(each.toObject().value(QLatin1String("name")).toString());
        for (const QString &pair : cookieHeader.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            sent.insert(pair.section(QLatin1Char('='), 0, 0).trimmed());
        for (const QString &name : std::as_const(sent)) {
            if (name.isEmpty())
                continue;
            Sighting s;
            s.name = name;
            s.domain = host;
            s.lifetimeKnown = false;
            s.seen = when.isValid() ? when : QDateTime::currentDateTimeUtc();
            s.page = pageUrl;
            take(s);
        }
        return true;
    };
    // Entries that come before the pages (a tool that sorts its keys) wait for them.
    auto entryOrLater = [&](const char *start, const char *end) {
        if (pagesRead)
            return entry(start, end);
        deferred.append(std::make_pair(start, end));
        return true;
    };
    if (!scanner.scan(page, entryOrLater)) {
        if (!entryError.isEmpty())
            return fail(Failure::Unreadable, entryError);
        return fail(Failure::Unreadable, QCoreApplication::translate("Capture", "%1: line %2: %3")
                                             .arg(path)
                                             .arg(scanner.errorLine())
                                             .arg(scanner.error()));
    }
    for (const auto &[start, end] : std::as_const(deferred)) {
        if (!entry(start, end))
            return fail(Failure::Unreadable, entryError);
    }
    if (!scanner.sawEntries())
        return fail(Failure::Unreadable,
                    QCoreApplication::translate(
                        "Capture", "%1: the HAR has no \"entries\": this is not a browser's HAR")
                        .arg(path));
    if (cookiesSeen == 0)
        return fail(Failure::Unreadable,
                    QCoreApplication::translate(
                        "Capture",
                        "%1 holds no cookie at all: browsers export HAR files without their "
                        "cookies by default. In Chromium's DevTools, Settings > Preferences > "
                        "Network: check \"Allow to generate HAR with sensitive data\", then use "
                        "\"Export HAR (with sensitive data)\" in the Network panel; Firefox "
                        "exports them with \"Save All As HAR\".")
                        .arg(path));
    return true;
}

bool Capture::readJar(const QString &path, const Filter &filter,
                      const std::function<void(const Sighting &)> &take) {
    // A copy: the browser may hold a lock on the original, and the original is never written.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Failure::CannotOpen, QCoreApplication::translate(
                                             "Capture", "cannot make a temporary folder to copy %1")
                                             .arg(path));
    const QString copy = dir.filePath(QStringLiteral("jar.sqlite"));
    if (!QFile::copy(path, copy))
        return fail(Failure::CannotOpen,
                    QCoreApplication::translate("Capture", "cannot copy %1 to read it").arg(path));
    for (const char *suffix : {"-wal", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::copy(side, copy + QLatin1String(suffix));
    }
    const QString connection = QStringLiteral("capture-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto unreadable = [&](const QString &why) {
            return fail(Failure::Unreadable,
                        QCoreApplication::translate(
                            "Capture",
                            "%1: %2: not a Firefox cookies.sqlite nor a Chromium Cookies database")
                            .arg(path, why));
        };
        if (!db.open()) {
            ok = unreadable(db.lastError().text());
        } else {
            QSqlQuery tables(db);
            QStringList names;
            if (!tables.exec(
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                ok = unreadable(tables.lastError().databaseText());
            } else {
                while (tables.next())
                    names.append(tables.value(0).toString());
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QSqlQuery rows(db);
                if (names.contains(QLatin1String("moz_cookies"))) {
                    m_kind = Kind::FirefoxJar;
                    ok = rows.exec(QStringLiteral(
                        "SELECT name, host, path, expiry, creationTime, lastAccessed, isSecure, "
                        "isHttpOnly, sameSite FROM moz_cookies"));
                    if (!ok)
                        return unreadable(rows.lastError().databaseText());
                    while (rows.next()) {
                        Sighting s;
                        s.name = rows.value(0).toString();
                        s.domain = rows.value(1).toString().toLower();
                        if (s.name.isEmpty() || !keepForHosts(s.domain, filter))
                            continue;
                        s.path = rows.value(2).toString();
                        qint64 expiry = rows.value(3).toLongLong();
                        if (expiry > 100'000'000'000LL) // newer Firefox: milliseconds
                            expiry /= 1000;
                        const qint64 created = rows.value(4).toLongLong() / 1'000'000;
                        s.seen = QDateTime::fromSecsSinceEpoch(
                            rows.value(5).toLongLong() / 1'000'000, Qt::UTC);
                        if (!s.seen.isValid() || rows.value(5).toLongLong() <= 0)
                            s.seen = now;
                        const qint64 from = created > 0 ? created : now.toSecsSinceEpoch();
                        if (expiry > from)
                            s.lifetime = expiry - from;
                        s.secure = rows.value(6).toInt() != 0;
                        s.httpOnly = rows.value(7).toInt() != 0;
                        const int sameSite = rows.value(8).toInt();
                        s.sameSite = sameSite == 1   ? QStringLiteral("Lax")
                                     : sameSite == 2 ? QStringLiteral("Strict")
                                                     : QStringLiteral("None");
                        take(s);
                    }
                } else if (names.contains(QLatin1String("cookies"))) {
                    m_kind = Kind::ChromiumJar;
                    ok = rows.exec(QStringLiteral(
                        "SELECT name, host_key, path, expires_utc, is_persistent, creation_utc, "
                        "last_access_utc, is_secure, is_httponly, samesite FROM cookies"));
                    if (!ok)
                        return unreadable(rows.lastError().databaseText());
                    // Microseconds since 1601-01-01 UTC.
                    constexpr qint64 epochGap = 11'644'473'600LL;
                    while (rows.next()) {
                        Sighting s;
                        s.name = rows.value(0).toString();
                        s.domain = rows.value(1).toString().toLower();
                        if (s.name.isEmpty() || !keepForHosts(s.domain, filter))
                            continue;
                        s.path = rows.value(2).toString();
                        const qint64 expires = rows.value(3).toLongLong() / 1'000'000 - epochGap;
                        const qint64 created = rows.value(5).toLongLong() / 1'000'000 - epochGap;
                        const qint64 accessed = rows.value(6).toLongLong() / 1'000'000 - epochGap;
                        s.seen =
                            accessed > 0 ? QDateTime::fromSecsSinceEpoch(accessed, Qt::UTC) : now;
                        if (rows.value(4).toInt() != 0 && expires > created && created > 0)
                            s.lifetime = expires - created;
                        s.secure = rows.value(7).toInt() != 0;
                        s.httpOnly = rows.value(8).toInt() != 0;
                        const int sameSite = rows.value(9).toInt();
                        s.sameSite = sameSite == 1   ? QStringLiteral("Lax")
                                     : sameSite == 2 ? QStringLiteral("Strict")
                                     : sameSite == 0 ? QStringLiteral("None")
                                                     : QString();
                        take(s);
                    }
                } else {
                    ok = unreadable(QCoreApplication::translate(
                        "Capture", "it has no moz_cookies or cookies table"));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool Capture::readStorageState(const QByteArray &bytes, const QString &path, const Filter &filter,
                               const std::function<void(const Sighting &)> &take) {
    m_kind = Kind::StorageState;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Failure::Unreadable,
                    QCoreApplication::translate("Capture", "%1: line %2: %3")
                        .arg(path)
                        .arg(lineAt(bytes.constData(), bytes.constData() + error.offset))
                        .arg(error.errorString()));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("cookies")).isArray())
        return fail(Failure::Unreadable,
                    QCoreApplication::translate(
                        "Capture",
                        "%1: no \"cookies\" list: not a Playwright or Puppeteer storageState "
                        "(nor a HAR file)")
                        .arg(path));
    // A storageState says when it was saved only through its file.
    QDateTime saved = QFileInfo(path).lastModified().toUTC();
    if (!saved.isValid())
        saved = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &each : root.value(QLatin1String("cookies")).toArray()) {
        const QJsonObject c = each.toObject();
        Sighting s;
        s.name = c.value(QLatin1String("name")).toString();
        s.domain = c.value(QLatin1String("domain")).toString().toLower();
        if (s.name.isEmpty() || !keepForHosts(s.domain, filter))
            continue;
        s.path = c.value(QLatin1String("path")).toString();
        s.secure = c.value(QLatin1String("secure")).toBool();
        s.httpOnly = c.value(QLatin1String("httpOnly")).toBool();
        s.sameSite = c.value(QLatin1String("sameSite")).toString();
        s.seen = saved;
        const double expires = c.value(QLatin1String("expires")).toDouble(-1);
        if (expires > 0) {
            // Counted from when the file was saved; a file copied since (a checkout) may be
            // younger than its cookies, and their lifetime is then not known.
            const qint64 lifetime = qint64(std::min(expires, 9.0e15)) - saved.toSecsSinceEpoch();
            if (lifetime > 0)
                s.lifetime = lifetime;
            else
                s.lifetimeKnown = false;
        }
        take(s);
    }
    for (const QJsonValue &each : root.value(QLatin1String("origins")).toArray()) {
        const QJsonObject origin = each.toObject();
        const QString host = QUrl(origin.value(QLatin1String("origin")).toString()).host();
        if (host.isEmpty() || !keepForHosts(host, filter))
            continue;
        for (const QJsonValue &item : origin.value(QLatin1String("localStorage")).toArray()) {
            Sighting s;
            s.name = item.toObject().value(QLatin1String("name")).toString();
            if (s.name.isEmpty())
                continue;
            s.domain = host.toLower();
            s.type = StorageType::LocalStorage;
            s.lifetimeKnown = false;
            s.seen = saved;
            take(s);
        }
    }
    return true;
}
