#include "KnowledgeBase.h"

#include "AtomicFile.h"
#include "BoundedRead.h"
#include "CsvReader.h"
#include "Duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    if (rowDomain.isEmpty() || cookieDomain.isEmpty())
        return false;
    // The base writes "doubleclick.net (3rd party)": the domain is the first word.
    auto bare = [](const QString &text) {
        QString domain = text.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
        while (domain.startsWith(QLatin1Char('.')))
            domain.remove(0, 1);
        return domain;
    };
    const QString row = bare(rowDomain);
    const QString cookie = bare(cookieDomain);
    if (row.isEmpty() || cookie.isEmpty())
        return false;
    return cookie == row || cookie.endsWith(QLatin1Char('.') + row) ||
           row.endsWith(QLatin1Char('.') + cookie);
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
    return true;
}

QString KnowledgeBase::userCopyPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/open-cookie-database.csv");
}

bool KnowledgeBase::loadDefault(QString *error) {
    const QString user = userCopyPath();
    QFile copy(user);
    QByteArray bytes;
    if (copy.open(QIODevice::ReadOnly) &&
        BoundedRead::readAll(copy, maxReleaseBytes, &bytes) == BoundedRead::Status::Ok &&
        loadCsv(bytes, nullptr)) {
        m_source = user;
        return true;
    }
    QFile builtIn(QStringLiteral(":/knowledge/open-cookie-database.csv"));
    if (!builtIn.open(QIODevice::ReadOnly) || !loadCsv(builtIn.readAll(), error)) {
        if (error && error->isEmpty())
            *error = tr("the built-in cookie database is missing from this build");
        return false;
    }
    m_source = tr("built-in");
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
    if (!check.loadCsv(bytes, &problem)) {
        if (error)
            *error = tr("%1: %2; the base in use is unchanged").arg(file, problem);
        return Install::Invalid;
    }
    const QString target = userCopyPath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
        return Install::NotWritten;
    }
    if (!AtomicFile::write(target, bytes, error))
        return Install::NotWritten;
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
