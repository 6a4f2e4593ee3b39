#include "KnowledgeBase.h"

#include "AtomicFile.h"
#include "BoundedRead.h"
#include "CsvReader.h"
#include "Duration.h"
#include "PublicSuffix.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("KnowledgeBase", text);
}

// A release is a few megabytes; anything near this is not one.
constexpr qint64 maxReleaseBytes = qint64(64) << 20;

const char *const columns[] = {"ID",
                               "Platform",
                               "Category",
                               "Cookie / Data Key name",
                               "Domain",
                               "Description",
                               "Retention period",
                               "Data Controller",
                               "User Privacy & GDPR Rights Portals",
                               "Wildcard match"};

// "_ga_*" -> "_ga_", "_pk_id.*" -> "_pk_id.": a registry pattern's prefix; empty for a name.
QString patternPrefix(const QString &name) {
    return name.endsWith(QLatin1Char('*')) ? name.chopped(1) : QString();
}

} // namespace

bool KnowledgeBase::domainMatches(const QString &rowDomain, const QString &cookieDomain) {
    // The base writes "doubleclick.net (3rd party)": the domain is the first word.
    return PublicSuffix::related(rowDomain.trimmed().section(QLatin1Char(' '), 0, 0), cookieDomain);
}

std::optional<Category> KnowledgeBase::mapCategory(const QString &text) {
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("functional") || word == QLatin1String("security") ||
        word == QLatin1String("necessary"))
        return Category::Necessary;
    if (word == QLatin1String("personalization") || word == QLatin1String("personalisation"))
        return Category::Preferences;
    if (word == QLatin1String("analytics"))
        return Category::Statistics;
    if (word == QLatin1String("marketing"))
        return Category::Marketing;
    return std::nullopt;
}

QString KnowledgeBase::mapRetention(const QString &text) {
    const QString word = text.trimmed().toLower();
    if (word.isEmpty())
        return QString();
    if (word == QLatin1String("session") || word == QLatin1String("sessions") ||
        word.startsWith(QLatin1String("end of session")) ||
        word == QLatin1String("browser session"))
        return QStringLiteral("session");
    // "1 year", "13 months", "30 Days", "24 hours": a number and a unit, written in French as the
    // registry's durations are ("1 an", "13 mois").
    static const QRegularExpression amount(QStringLiteral("^(\\d+)\\s*([a-z]+)$"));
    const QRegularExpressionMatch match = amount.match(word);
    if (!match.hasMatch())
        return QString(); // "Unknown", "forever", "persistent", "until cleared"...
    const int count = match.captured(1).toInt();
    const QString unit = match.captured(2);
    struct Unit {
        const char *english;
        const char *one;
        const char *many;
    };
    static const Unit units[] = {{"year", "an", "ans"},
                                 {"month", "mois", "mois"},
                                 {"week", "semaine", "semaines"},
                                 {"day", "jour", "jours"},
                                 {"hour", "heure", "heures"},
                                 {"minute", "minute", "minutes"},
                                 {"second", "seconde", "secondes"}};
    for (const Unit &each : units) {
        const QString english = QLatin1String(each.english);
        if (unit == english || unit == english + QLatin1Char('s')) {
            const QString ours = QStringLiteral("%1 %2").arg(count).arg(
                QLatin1String(count > 1 ? each.many : each.one));
            return Duration::parseDays(ours) ? ours : QString();
        }
    }
    return QString();
}

bool KnowledgeBase::loadCsv(const QByteArray &csv, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    CsvReader reader(csv);
    reader.setSeparator(CsvReader::detectSeparator(csv));
    QStringList header;
    if (!reader.readRecord(&header))
        return fail(tr("the file is empty"));
    QList<int> at;
    for (const char *column : columns) {
        const qsizetype index = header.indexOf(QLatin1String(column));
        if (index < 0)
            return fail(tr("line 1: no \"%1\" column: this is not an Open Cookie Database release")
                            .arg(QLatin1String(column)));
        at.append(int(index));
    }
    QList<KnownCookie> cookies;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        if (!reader.recordError().isEmpty())
            return fail(tr("line %1: %2").arg(reader.recordLine()).arg(reader.recordError()));
        auto field = [&](int column) {
            return fields.value(at.at(column)).trimmed();
        };
        KnownCookie cookie;
        cookie.id = field(0);
        cookie.platform = field(1);
        cookie.categoryText = field(2);
        cookie.category = mapCategory(cookie.categoryText);
        cookie.name = field(3);
        cookie.domain = field(4);
        cookie.description = field(5);
        cookie.retention = field(6);
        cookie.duration = mapRetention(cookie.retention);
        cookie.controller = field(7);
        cookie.privacyUrl = field(8);
        cookie.wildcard = field(9) == QLatin1String("1");
        if (cookie.name.isEmpty())
            return fail(tr("line %1: the row has no cookie name").arg(reader.recordLine()));
        cookies.append(cookie);
    }
    if (cookies.isEmpty())
        return fail(tr("the file holds no cookie"));
    m_cookies = std::move(cookies);
    buildIndex();
    return true;
}

bool KnowledgeBase::load(const QByteArray &bytes, QString *error) {
    for (char ch : bytes.left(64)) {
        if (ch == '{' || ch == '[')
            return loadJson(bytes, error);
        if (!QChar::isSpace(uchar(ch)) && uchar(ch) < 0x80)
            break;
    }
    return loadCsv(bytes, error);
}

// The release as JSON: {"Platform": [{"id", "category", "cookie", "domain", "description",
// "retentionPeriod", "dataController", "privacyLink", "wildcardMatch"}, ...], ...}.
bool KnowledgeBase::loadJson(const QByteArray &json, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto lineAt = [&json](qsizetype offset) {
        return int(json.left(offset).count('\n')) + 1;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("line %1: %2: this is not an Open Cookie Database release")
                        .arg(lineAt(parseError.offset))
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("line 1: not an object of platforms: this is not an Open Cookie Database "
                       "release"));
    const QJsonObject platforms = document.object();
    QList<KnownCookie> cookies;
    for (auto platform = platforms.constBegin(); platform != platforms.constEnd(); ++platform) {
        if (!platform.value().isArray())
            return fail(tr("line %1: \"%2\" is not a list of cookies: this is not an Open "
                           "Cookie Database release")
                            .arg(lineAt(json.indexOf(platform.key().toUtf8())))
                            .arg(platform.key()));
        const QJsonArray entries = platform.value().toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            auto field = [&entry](const char *key) {
                const QJsonValue value = entry.value(QLatin1String(key));
                return (value.isDouble() ? QString::number(value.toInt()) : value.toString())
                    .trimmed();
            };
            KnownCookie cookie;
            cookie.id = field("id");
            cookie.platform = platform.key().trimmed();
            cookie.categoryText = field("category");
            cookie.category = mapCategory(cookie.categoryText);
            cookie.name = field("cookie");
            cookie.domain = field("domain");
            cookie.description = field("description");
            cookie.retention = field("retentionPeriod");
            cookie.duration = mapRetention(cookie.retention);
            cookie.controller = field("dataController");
            cookie.privacyUrl = field("privacyLink");
            cookie.wildcard = field("wildcardMatch") == QLatin1String("1");
            if (cookie.name.isEmpty()) {
                // The entry's line: where its id stands, else its platform.
                const qsizetype at = cookie.id.isEmpty() ? json.indexOf(platform.key().toUtf8())
                                                         : json.indexOf(cookie.id.toUtf8());
                return fail(tr("line %1: entry %2 of \"%3\" has no cookie name")
                                .arg(lineAt(std::max<qsizetype>(at, 0)))
                                .arg(i + 1)
                                .arg(platform.key()));
            }
            cookies.append(cookie);
        }
    }
    if (cookies.isEmpty())
        return fail(tr("the file holds no cookie"));
    m_cookies = std::move(cookies);
    buildIndex();
    return true;
}

void KnowledgeBase::buildIndex() {
    m_exact.clear();
    m_folded.clear();
    m_prefixes.clear();
    for (int i = 0; i < m_cookies.size(); ++i) {
        const KnownCookie &cookie = m_cookies.at(i);
        if (cookie.wildcard) {
            m_prefixes.append(i);
        } else {
            m_exact[cookie.name].append(i);
            m_folded[cookie.name.toLower()].append(i);
        }
    }
    std::stable_sort(m_prefixes.begin(), m_prefixes.end(), [this](int a, int b) {
        return m_cookies.at(a).name.size() > m_cookies.at(b).name.size();
    });
}

namespace {

QString userCopyBase() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/open-cookie-database");
}

// The cache's layout; a change of KnownCookie or of the mapping means a new number.
constexpr quint32 cacheMagic = 0x43434b42; // "CCKB"
constexpr quint32 cacheVersion = 2;

QDataStream &operator<<(QDataStream &out, const KnownCookie &c) {
    return out << c.id << c.platform << c.name << c.wildcard << c.domain << c.categoryText
               << qint32(c.category ? int(*c.category) : -1) << c.description << c.retention
               << c.duration << c.controller << c.privacyUrl;
}

QDataStream &operator>>(QDataStream &in, KnownCookie &c) {
    qint32 category = -1;
    in >> c.id >> c.platform >> c.name >> c.wildcard >> c.domain >> c.categoryText >> category >>
        c.description >> c.retention >> c.duration >> c.controller >> c.privacyUrl;
    c.category = category >= 0 && category <= int(Category::Unclassified)
                     ? std::optional<Category>(Category(category))
                     : std::nullopt;
    return in;
}

} // namespace

QString KnowledgeBase::userCopyPath() {
    const QString json = userCopyBase() + QStringLiteral(".json");
    return QFile::exists(json) ? json : userCopyBase() + QStringLiteral(".csv");
}

QString KnowledgeBase::cachePath() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/knowledge-index.bin");
}

bool KnowledgeBase::readCache(const QString &key) {
    QFile file(cachePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString storedKey;
    in >> magic >> version;
    if (magic != cacheMagic || version != cacheVersion)
        return false;
    in >> storedKey;
    if (storedKey != key)
        return false;
    QList<KnownCookie> cookies;
    qint32 count = 0;
    in >> count;
    if (count <= 0 || count > 10'000'000)
        return false;
    cookies.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        KnownCookie cookie;
        in >> cookie;
        cookies.append(std::move(cookie));
    }
    if (in.status() != QDataStream::Ok || cookies.size() != count)
        return false;
    m_cookies = std::move(cookies);
    buildIndex();
    return true;
}

void KnowledgeBase::writeCache(const QString &key) const {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << cacheMagic << cacheVersion << key << qint32(m_cookies.size());
    for (const KnownCookie &cookie : m_cookies)
        out << cookie;
    // A cache that cannot be written only costs the next start a parse.
    if (QDir().mkpath(QFileInfo(cachePath()).absolutePath()))
        AtomicFile::write(cachePath(), bytes, nullptr);
}

bool KnowledgeBase::loadDefault(QString *error) {
    m_fromCache = false;
    const QString user = userCopyPath();
    const QFileInfo userInfo(user);
    if (userInfo.exists()) {
        const QString key = QStringLiteral("%1|%2|%3")
                                .arg(user)
                                .arg(userInfo.size())
                                .arg(userInfo.lastModified().toMSecsSinceEpoch());
        if (readCache(key)) {
            m_source = user;
            m_fromCache = true;
            return true;
        }
        QFile copy(user);
        QByteArray bytes;
        if (copy.open(QIODevice::ReadOnly) &&
            BoundedRead::readAll(copy, maxReleaseBytes, &bytes) == BoundedRead::Status::Ok &&
            load(bytes, nullptr)) {
            m_source = user;
            writeCache(key);
            return true;
        }
    }
    m_source = tr("built-in");
    const QString key = QStringLiteral("built-in|" CC_KNOWLEDGE_SHA256);
    if (readCache(key)) {
        m_fromCache = true;
        return true;
    }
    QFile builtIn(QStringLiteral(":/knowledge/open-cookie-database.csv"));
    if (!builtIn.open(QIODevice::ReadOnly) || !loadCsv(builtIn.readAll(), error)) {
        if (error && error->isEmpty())
            *error = tr("the built-in cookie database is missing from this build");
        return false;
    }
    writeCache(key);
    return true;
}

KnowledgeBase::Install KnowledgeBase::install(const QString &file, QString *error, int *entries) {
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(file, input.errorString());
        return Install::Unreadable;
    }
    QByteArray bytes;
    switch (BoundedRead::readAll(input, maxReleaseBytes, &bytes)) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        if (error)
            *error = tr("%1 is larger than %2; it is not a cookie database release")
                         .arg(file, BoundedRead::describe(maxReleaseBytes));
        return Install::TooLarge;
    case BoundedRead::Status::Failed:
        if (error)
            *error = tr("cannot read %1: %2").arg(file, input.errorString());
        return Install::Unreadable;
    }
    KnowledgeBase check;
    QString problem;
    if (!check.load(bytes, &problem)) {
        if (error)
            *error = tr("%1: %2; the base in use is unchanged").arg(file, problem);
        return Install::Invalid;
    }
    const bool json = bytes.trimmed().startsWith('{');
    const QString target =
        userCopyBase() + (json ? QStringLiteral(".json") : QStringLiteral(".csv"));
    const QString other =
        userCopyBase() + (json ? QStringLiteral(".csv") : QStringLiteral(".json"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
        return Install::NotWritten;
    }
    if (!AtomicFile::write(target, bytes, error))
        return Install::NotWritten;
    QFile::remove(other); // one user copy: the one just installed
    if (entries)
        *entries = int(check.size());
    return Install::Installed;
}

qsizetype KnowledgeBase::wildcardCount() const {
    return m_prefixes.size();
}

QList<KnowledgeBase::Match> KnowledgeBase::lookup(const QString &name,
                                                  const QString &domain) const {
    QList<Match> matches;
    auto add = [&](int row, MatchKind kind) {
        for (const Match &already : std::as_const(matches)) {
            if (already.cookie == &m_cookies.at(row))
                return;
        }
        matches.append({&m_cookies.at(row), kind, domainMatches(m_cookies.at(row).domain, domain)});
    };
    const QString prefix = patternPrefix(name);
    if (prefix.isEmpty()) {
        for (int row : m_exact.value(name))
            add(row, MatchKind::Exact);
        for (int row : m_folded.value(name.toLower()))
            add(row, MatchKind::CaseInsensitive);
        for (int row : m_prefixes) { // longest prefix first
            if (name.startsWith(m_cookies.at(row).name))
                add(row, MatchKind::Prefix);
        }
    } else {
        // Our pattern "_ga_*" is the base's wildcard row "_ga_" (or a row written as the prefix).
        for (int row : m_prefixes) {
            if (m_cookies.at(row).name == prefix)
                add(row, MatchKind::Exact);
        }
        for (int row : m_prefixes) {
            if (m_cookies.at(row).name.compare(prefix, Qt::CaseInsensitive) == 0)
                add(row, MatchKind::CaseInsensitive);
        }
        for (int row : m_prefixes) {
            if (prefix.startsWith(m_cookies.at(row).name))
                add(row, MatchKind::Prefix);
        }
    }
    // Best first: the kind of match, then the domain, then (for prefixes) the longest; the
    // base's order otherwise.
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.domainMatches != b.domainMatches)
            return a.domainMatches;
        return a.cookie->name.size() > b.cookie->name.size();
    });
    return matches;
}

std::optional<KnowledgeBase::Match> KnowledgeBase::best(const QString &name,
                                                        const QString &domain) const {
    const QList<Match> matches = lookup(name, domain);
    if (matches.isEmpty())
        return std::nullopt;
    return matches.constFirst();
}
