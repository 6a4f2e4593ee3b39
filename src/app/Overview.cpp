#include "Overview.h"

#include "Duration.h"
#include "Store.h"
#include "Validator.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

struct Bucket {
    const char *key;
    const char *label; // QT_TRANSLATE_NOOP("Overview", ...)
    double upTo;       // days, inclusive
};

// The lifetime histogram. The CNIL's 13-month limit is the end of the fifth bucket.
constexpr std::array<Bucket, 7> buckets{{
    {"session", QT_TRANSLATE_NOOP("Overview", "session"), 0.0},
    {"day", QT_TRANSLATE_NOOP("Overview", "≤ 1 day"), 1.0},
    {"month", QT_TRANSLATE_NOOP("Overview", "≤ 1 month"), Duration::daysPerMonth},
    {"6-months", QT_TRANSLATE_NOOP("Overview", "1–6 months"), 6 * Duration::daysPerMonth},
    {"13-months", QT_TRANSLATE_NOOP("Overview", "6–13 months"), Duration::cnilAudienceLimitDays},
    {"25-months", QT_TRANSLATE_NOOP("Overview", "13–25 months"), 25 * Duration::daysPerMonth},
    {"longer", QT_TRANSLATE_NOOP("Overview", "> 25 months"), 1e300},
}};
constexpr int limitBucket = 4; // "6 to 13 months"
constexpr const char *unknownKey = "unknown";

int bucketOf(const Cookie &cookie) {
    if (cookie.storage == StorageType::SessionStorage)
        return 0;
    const std::optional<double> days = cookie.durationDays();
    if (!days)
        return -1;
    for (int i = 0; i < int(buckets.size()); ++i) {
        if (*days <= buckets.at(size_t(i)).upTo + 1e-9)
            return i;
    }
    return int(buckets.size()) - 1;
}

} // namespace

namespace Overview {

QString lifetimeKey(const Cookie &cookie) {
    const int bucket = bucketOf(cookie);
    return QLatin1String(bucket < 0 ? unknownKey : buckets.at(size_t(bucket)).key);
}

History historyOf(const QString &site, const QList<Publication> &publications) {
    History history;
    history.site = site;
    for (const Publication &publication : publications) {
        if (publication.site == site)
            history.points.append(
                {publication.seq, publication.publishedAt, publication.cookieCount});
    }
    std::sort(history.points.begin(), history.points.end(),
              [](const History::Point &a, const History::Point &b) { return a.seq < b.seq; });
    return history;
}

Data compute(const QList<Cookie> &cookies, const QList<Problem> &problems,
             const QList<History> &publications) {
    Data data;
    data.cookies = int(cookies.size());
    const QList<Category> categories = Vocabulary::allCategories();
    std::array<int, 5> byCategory{};
    std::array<int, 2> byParty{};
    std::array<int, buckets.size() + 1> byLifetime{}; // the last: unknown
    QHash<QString, int> byProvider;
    QHash<QString, QString> providerLabel; // folded -> first spelling met
    QString previousProvider;
    int *previousCount = nullptr;
    // A registry writes few distinct durations: each is read once.
    QHash<QString, int> bucketOfDuration;
    for (const Cookie &cookie : cookies) {
        ++byCategory.at(size_t(cookie.category));
        ++byParty.at(size_t(cookie.party));
        int bucket = 0;
        if (cookie.storage != StorageType::SessionStorage) {
            const auto known = bucketOfDuration.constFind(cookie.duration);
            bucket = known != bucketOfDuration.cend()
                         ? *known
                         : *bucketOfDuration.insert(cookie.duration, bucketOf(cookie));
        }
        ++byLifetime.at(bucket < 0 ? buckets.size() : size_t(bucket));
        // A registry lists a provider's cookies together: count runs without hashing each row.
        if (previousCount && cookie.provider == previousProvider) {
            ++*previousCount;
            continue;
        }
        const QString trimmed = cookie.provider.trimmed();
        const QString key = trimmed.toCaseFolded();
        if (!providerLabel.contains(key))
            providerLabel.insert(key, trimmed.isEmpty()
                                          ? QCoreApplication::translate("Overview", "(no provider)")
                                          : trimmed);
        previousCount = &byProvider[key];
        ++*previousCount;
        previousProvider = cookie.provider;
    }
    for (Category category : categories)
        data.categories.append({Vocabulary::categoryKey(category),
                                Vocabulary::categoryLabel(category),
                                byCategory.at(size_t(category))});
    for (Party party : {Party::First, Party::Third})
        data.parties.append({Vocabulary::partyKey(party), Vocabulary::partyLabel(party),
                             byParty.at(size_t(party))});
    for (size_t i = 0; i < buckets.size(); ++i)
        data.lifetimes.append({QLatin1String(buckets.at(i).key),
                               QCoreApplication::translate("Overview", buckets.at(i).label),
                               byLifetime.at(i)});
    data.lifetimes.append({QLatin1String(unknownKey),
                           QCoreApplication::translate("Overview", "unknown"), byLifetime.back()});
    data.lifetimeLimitAfter = limitBucket;

    QList<Bar> providers;
    providers.reserve(byProvider.size());
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it)
        providers.append(
            {providerLabel.value(it.key()), providerLabel.value(it.key()), it.value()});
    std::sort(providers.begin(), providers.end(), [](const Bar &a, const Bar &b) {
        return a.count != b.count ? a.count > b.count
                                  : QString::localeAwareCompare(a.label, b.label) < 0;
    });
    for (qsizetype i = 0; i < providers.size(); ++i) {
        if (i < topProviders) {
            data.providers.append(providers.at(i));
        } else {
            ++data.otherProviders;
            data.otherProviderCookies += providers.at(i).count;
        }
    }

    QHash<QString, int> byRule;
    for (const Problem &problem : problems) {
        if (problem.switchedOff) {
            ++data.switchedOff;
            continue;
        }
        switch (problem.severity) {
        case Problem::Severity::Error:
            ++data.errors;
            break;
        case Problem::Severity::Warning:
            ++data.warnings;
            break;
        case Problem::Severity::Info:
            ++data.information;
            break;
        }
        ++byRule[problem.rule];
    }
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        data.rules.append({it.key(), it.key(), it.value()});
    std::sort(data.rules.begin(), data.rules.end(), [](const Bar &a, const Bar &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    data.publications = publications;
    return data;
}

bool matches(Kind kind, const QString &key, const Cookie &cookie, const QSet<qint64> &ruleCookies) {
    switch (kind) {
    case Kind::Category:
        return Vocabulary::categoryKey(cookie.category) == key;
    case Kind::Party:
        return Vocabulary::partyKey(cookie.party) == key;
    case Kind::Provider: {
        const QString trimmed = cookie.provider.trimmed();
        return trimmed.isEmpty() ? key == QCoreApplication::translate("Overview", "(no provider)")
                                 : trimmed.compare(key, Qt::CaseInsensitive) == 0;
    }
    case Kind::Lifetime:
        return lifetimeKey(cookie) == key;
    case Kind::Rule:
        return ruleCookies.contains(cookie.id);
    }
    return false;
}

const QList<Bar> &bars(const Data &data, Kind kind) {
    switch (kind) {
    case Kind::Category:
        return data.categories;
    case Kind::Party:
        return data.parties;
    case Kind::Provider:
        return data.providers;
    case Kind::Lifetime:
        return data.lifetimes;
    case Kind::Rule:
        break;
    }
    return data.rules;
}

QString title(Kind kind) {
    switch (kind) {
    case Kind::Category:
        return QCoreApplication::translate("Overview", "Cookies by category");
    case Kind::Party:
        return QCoreApplication::translate("Overview", "First and third party");
    case Kind::Provider:
        return QCoreApplication::translate("Overview", "Top providers");
    case Kind::Lifetime:
        return QCoreApplication::translate("Overview", "Lifetimes");
    case Kind::Rule:
        return QCoreApplication::translate("Overview", "Problems by rule");
    }
    return QString();
}

Data build(const QList<Registry> &registries, bool everySite,
           const QList<Publication> &publications, QList<SiteFindings> *findings, bool withNames) {
    QList<QPair<Site, QList<Cookie>>> pairs;
    QHash<qint64, QList<Problem>> acrossSites;
    if (everySite && registries.size() > 1) {
        for (const Registry &registry : registries)
            pairs.append({registry.site, registry.cookies});
        for (const Problem &problem : Validator::checkAcrossSites(pairs))
            acrossSites[problem.cookieId].append(problem);
    }
    QList<Cookie> everyCookie;
    QList<Problem> everyProblem;
    QList<History> histories;
    for (const Registry &registry : registries) {
        SiteFindings found;
        found.site = registry.site.name;
        found.siteId = registry.site.id;
        found.problems = Validator::checkRegistry(registry.site, registry.cookies);
        if (findings && withNames) {
            found.cookieNames.reserve(registry.cookies.size());
            for (const Cookie &cookie : registry.cookies)
                found.cookieNames.insert(cookie.id, cookie.name);
        }
        if (!acrossSites.isEmpty()) {
            for (const Cookie &cookie : registry.cookies)
                found.problems.append(acrossSites.value(cookie.id));
        }
        found.switches = registry.switches;
        Validator::applySwitches(found.problems, found.switches);
        everyProblem.append(found.problems);
        if (registries.size() == 1)
            everyCookie = registry.cookies;
        else
            everyCookie.append(registry.cookies);
        histories.append(historyOf(registry.site.name, publications));
        if (findings)
            findings->append(std::move(found));
    }
    Data data = compute(everyCookie, everyProblem, histories);
    data.sites = int(registries.size());
    data.scope = !everySite && !registries.isEmpty()
                     ? registries.constFirst().site.name
                     : QCoreApplication::translate("Overview", "every site");
    return data;
}

bool read(const Store &store, qint64 siteId, Data *data, QList<SiteFindings> *findings,
          QString *error) {
    QString failure;
    QList<Site> sites;
    if (siteId > 0) {
        const std::optional<Site> site = store.site(siteId, &failure);
        if (!site && failure.isEmpty())
            failure =
                QCoreApplication::translate("Overview", "site #%1 does not exist").arg(siteId);
        if (site)
            sites.append(*site);
    } else {
        sites = store.sites(&failure);
    }
    QList<Registry> registries;
    for (const Site &site : std::as_const(sites)) {
        if (!failure.isEmpty())
            break;
        Registry registry;
        registry.site = site;
        registry.cookies = store.cookies(site.id, &failure);
        if (failure.isEmpty())
            registry.switches = store.ruleSwitches(site.id, &failure);
        registries.append(std::move(registry));
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    *data = build(
        registries, siteId == 0,
        store.publications(siteId > 0 && !sites.isEmpty() ? sites.constFirst().name : QString()),
        findings);
    return true;
}

} // namespace Overview
