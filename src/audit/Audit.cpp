#include "Audit.h"

#include "Duration.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

using PublicSuffix::related;

QString days(qint64 seconds) {
    if (seconds < 2 * 3600)
        return QCoreApplication::translate("Audit", "%1 minutes")
            .arg(qRound(double(seconds) / 60.0));
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("Audit", "%1 hours")
            .arg(qRound(double(seconds) / 3600.0));
    return QCoreApplication::translate("Audit", "%1 days").arg(qRound(double(seconds) / 86400.0));
}

} // namespace

QString ObservedCookie::lifetimeText() const {
    if (lifetime)
        return days(*lifetime);
    if (session)
        return QCoreApplication::translate("Audit", "session");
    return QCoreApplication::translate("Audit", "unknown");
}

QString ObservedCookie::registryDuration() const {
    if (!lifetime)
        return session ? QStringLiteral("session") : QString();
    const double seconds = double(*lifetime);
    const auto up = [](double value) {
        return qint64(std::ceil(value - 1e-9));
    };
    if (seconds < 2 * 3600)
        return QStringLiteral("%1 minutes").arg(up(seconds / 60.0));
    if (seconds < 2 * 86400)
        return QStringLiteral("%1 heures").arg(up(seconds / 3600.0));
    const double days = seconds / 86400.0;
    if (days < 60)
        return QStringLiteral("%1 jours").arg(up(days));
    if (days <= 2 * Duration::daysPerYear)
        return QStringLiteral("%1 mois").arg(up(days / Duration::daysPerMonth));
    return QStringLiteral("%1 ans").arg(up(days / Duration::daysPerYear));
}

void Observations::add(const Sighting &s) {
    ++m_sightings;
    const QString domain = PublicSuffix::bareHost(s.domain);
    const QString key =
        s.name + QLatin1Char('|') + domain + QLatin1Char('|') + QString::number(int(s.type));
    int at = m_index.value(key, -1);
    if (at < 0) {
        at = int(m_cookies.size());
        m_index.insert(key, at);
        ObservedCookie cookie;
        cookie.name = s.name;
        cookie.domain = domain;
        cookie.type = s.type;
        cookie.firstSeen = s.seen;
        cookie.lastSeen = s.seen;
        m_cookies.append(cookie);
        m_pages.append(QSet<QString>());
    }
    ObservedCookie &cookie = m_cookies[at];
    if (s.lifetimeKnown) {
        cookie.lifetimeKnown = true;
        cookie.secure = s.secure;
        cookie.httpOnly = s.httpOnly;
        cookie.sameSite = s.sameSite;
        if (s.lifetime) {
            if (!cookie.lifetime || *s.lifetime > *cookie.lifetime)
                cookie.lifetime = s.lifetime;
        } else {
            cookie.session = true;
        }
    }
    if (s.seen.isValid()) {
        if (!cookie.firstSeen.isValid() || s.seen < cookie.firstSeen)
            cookie.firstSeen = s.seen;
        if (!cookie.lastSeen.isValid() || s.seen > cookie.lastSeen)
            cookie.lastSeen = s.seen;
    }
    if (!s.page.isEmpty()) {
        QSet<QString> &pages = m_pages[at];
        if (!pages.contains(s.page)) {
            pages.insert(s.page);
            if (cookie.somePages.size() < 3)
                cookie.somePages.append(s.page);
        }
        cookie.pages = int(pages.size());
    }
}

QList<ObservedCookie> Observations::cookies(const QString &siteHost) const {
    // A cookie only seen sent (request host) is the one set for a domain above that host.
    QList<ObservedCookie> result;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < m_cookies.size(); ++i) {
        if (m_cookies.at(i).lifetimeKnown)
            byName[m_cookies.at(i).name].append(i);
    }
    QList<ObservedCookie> merged = m_cookies;
    QList<bool> dropped(merged.size(), false);
    for (int i = 0; i < merged.size(); ++i) {
        const ObservedCookie &sent = m_cookies.at(i);
        if (sent.lifetimeKnown)
            continue;
        for (int j : byName.value(sent.name)) {
            ObservedCookie &set = merged[j];
            if (set.type != sent.type || !related(set.domain, sent.domain))
                continue;
            if (sent.firstSeen.isValid() &&
                (!set.firstSeen.isValid() || sent.firstSeen < set.firstSeen))
                set.firstSeen = sent.firstSeen;
            if (sent.lastSeen.isValid() &&
                (!set.lastSeen.isValid() || sent.lastSeen > set.lastSeen))
                set.lastSeen = sent.lastSeen;
            set.pages = int((m_pages.at(j) + m_pages.at(i)).size());
            dropped[i] = true;
            break;
        }
    }
    for (int i = 0; i < merged.size(); ++i) {
        if (dropped.at(i))
            continue;
        ObservedCookie cookie = merged.at(i);
        if (!siteHost.isEmpty())
            cookie.party = PublicSuffix::partyOf(cookie.domain, siteHost);
        result.append(cookie);
    }
    std::sort(result.begin(), result.end(), [](const ObservedCookie &a, const ObservedCookie &b) {
        if (a.domain != b.domain)
            return a.domain < b.domain;
        return a.name < b.name;
    });
    return result;
}

QString Finding::text() const {
    if (kind == Kind::NotSeen && message.isEmpty())
        return notSeenMessage().arg(name);
    return message;
}

QString Finding::notSeenMessage() {
    return QCoreApplication::translate(
        "Audit", "%1 is declared but in no capture (a capture may not visit every page)");
}

QString Finding::kindKey(Kind kind) {
    switch (kind) {
    case Kind::Undeclared:
        return QStringLiteral("undeclared");
    case Kind::NotSeen:
        return QStringLiteral("not-seen");
    case Kind::Lifetime:
        return QStringLiteral("lifetime");
    case Kind::ExemptTooLong:
        return QStringLiteral("exempt-too-long");
    case Kind::Party:
        break;
    }
    return QStringLiteral("party");
}

QString Finding::kindLabel(Kind kind) {
    switch (kind) {
    case Kind::Undeclared:
        return QCoreApplication::translate("Audit", "Undeclared");
    case Kind::NotSeen:
        return QCoreApplication::translate("Audit", "Not seen");
    case Kind::Lifetime:
        return QCoreApplication::translate("Audit", "Lifetime");
    case Kind::ExemptTooLong:
        return QCoreApplication::translate("Audit", "Exempt too long");
    case Kind::Party:
        break;
    }
    return QCoreApplication::translate("Audit", "Party");
}

QList<Finding::Kind> Finding::allKinds() {
    return {Kind::Undeclared, Kind::Lifetime, Kind::ExemptTooLong, Kind::Party, Kind::NotSeen};
}

int AuditResult::count(Finding::Kind kind) const {
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [kind](const Finding &f) { return f.kind == kind; }));
}

bool AuditResult::failing() const {
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return Finding::failing(f.kind); });
}

AuditResult audit(const QList<Cookie> &declared, QList<ObservedCookie> observed,
                  const KnowledgeBase *base) {
    AuditResult result;
    result.declared = int(declared.size());
    result.findings.reserve(declared.size() + observed.size());
    // Declared rows by exact name and by pattern prefix: the first row of each name, and the
    // next row of the same name after each row (no list per name: a registry may have 100,000).
    QHash<QString, int> exact;
    QHash<QString, int> prefixes;
    QList<int> next(declared.size(), -1);
    exact.reserve(declared.size());
    int longestPrefix = 0;
    for (int i = int(declared.size()) - 1; i >= 0; --i) {
        const Cookie &cookie = declared.at(i);
        QHash<QString, int> &index = cookie.isPattern() ? prefixes : exact;
        const QString key = cookie.isPattern() ? cookie.patternPrefix() : cookie.name;
        if (cookie.isPattern())
            longestPrefix = std::max(longestPrefix, int(key.size()));
        auto at = index.find(key);
        if (at == index.end()) {
            index.insert(key, i);
        } else {
            next[i] = *at;
            *at = i;
        }
    }
    auto rowsOf = [&next](const QHash<QString, int> &index, const QString &key) {
        QList<int> rows;
        for (int row = index.value(key, -1); row >= 0; row = next.at(row))
            rows.append(row);
        return rows;
    };
    // Each row's domain as the captures write them; rows in a row mostly share one.
    QList<QString> domains;
    domains.reserve(declared.size());
    for (const Cookie &cookie : declared) {
        if (domains.isEmpty() || cookie.domain != declared.at(domains.size() - 1).domain)
            domains.append(PublicSuffix::bareHost(cookie.domain));
        else
            domains.append(domains.constLast());
    }
    const double thirteenMonths = Duration::parseDays(QStringLiteral("13 mois")).value_or(396);
    QList<bool> seen(declared.size(), false);
    for (int o = 0; o < observed.size(); ++o) {
        const ObservedCookie &cookie = observed.at(o);
        auto sameDomain = [&](int d) {
            const QString &domain = domains.at(d);
            return domain.isEmpty() || domain == cookie.domain;
        };
        int match = -1;
        const QList<int> named = rowsOf(exact, cookie.name);
        for (int d : named) {
            if (sameDomain(d)) {
                match = d;
                break;
            }
        }
        // The longest pattern that covers the name.
        for (int length = std::min(int(cookie.name.size()), longestPrefix); match < 0 && length > 0;
             --length) {
            for (int d : rowsOf(prefixes, cookie.name.left(length))) {
                if (sameDomain(d)) {
                    match = d;
                    break;
                }
            }
        }
        // Every declared row the cookie answers is seen, not only the one compared.
        for (int d : named) {
            if (sameDomain(d))
                seen[d] = true;
        }
        if (match < 0) {
            Finding finding;
            finding.kind = Finding::Kind::Undeclared;
            finding.name = cookie.name;
            finding.domain = cookie.domain;
            finding.observed = o;
            finding.message =
                QCoreApplication::translate(
                    "Audit", "%1 (%2) is set by the site but in no row of the registry")
                    .arg(cookie.name, cookie.domain);
            if (base) {
                if (const std::optional<KnowledgeBase::Match> known =
                        base->best(cookie.name, cookie.domain)) {
                    const KnownCookie &k = *known->cookie;
                    auto facts = std::make_shared<Finding::Known>();
                    facts->provider = k.controller.isEmpty() ? k.platform : k.controller;
                    facts->category = k.category ? Vocabulary::categoryKey(*k.category) : QString();
                    facts->duration = k.duration;
                    facts->purpose = k.description;
                    facts->row = k.id;
                    finding.message +=
                        QLatin1String("; ") +
                        QCoreApplication::translate("Audit", "the cookie database knows it: %1, %2")
                            .arg(k.platform,
                                 facts->category.isEmpty() ? k.categoryText : facts->category);
                    finding.known = std::move(facts);
                }
            }
            result.findings.append(std::move(finding));
            continue;
        }
        seen[match] = true;
        const Cookie &row = declared.at(match);
        auto finding = [&](Finding::Kind kind, const QString &message) {
            Finding f;
            f.kind = kind;
            f.name = cookie.name;
            f.domain = cookie.domain;
            f.cookieId = row.id;
            f.observed = o;
            f.message = message;
            result.findings.append(std::move(f));
        };
        const std::optional<double> declaredDays = row.durationDays();
        if (cookie.lifetime && declaredDays &&
            double(*cookie.lifetime) > (*declaredDays + 1.0) * 86400.0)
            finding(Finding::Kind::Lifetime,
                    QCoreApplication::translate(
                        "Audit", "%1 lives %2, longer than the %3 the registry declares (\"%4\")")
                        .arg(cookie.name, days(*cookie.lifetime))
                        .arg(days(qint64(*declaredDays * 86400.0)), row.duration));
        if (row.consentExempt()) {
            if (row.category == Category::Statistics && cookie.party == Party::Third)
                finding(Finding::Kind::ExemptTooLong,
                        QCoreApplication::translate(
                            "Audit",
                            "%1 is a third-party statistics cookie marked exempt from consent: "
                            "the audience-measurement exemption covers first-party measurement "
                            "only")
                            .arg(cookie.name));
            else if (cookie.lifetime && double(*cookie.lifetime) > thirteenMonths * 86400.0)
                finding(Finding::Kind::ExemptTooLong,
                        QCoreApplication::translate(
                            "Audit",
                            "%1 asks no consent but lives %2, more than the 13 months the CNIL "
                            "allows such a cookie")
                            .arg(cookie.name, days(*cookie.lifetime)));
        }
        if (cookie.party && *cookie.party != row.party)
            finding(Finding::Kind::Party,
                    QCoreApplication::translate("Audit", "%1 is declared %2 but set by %3, a %4")
                        .arg(cookie.name, Vocabulary::partyLabel(row.party), cookie.domain,
                             Vocabulary::partyLabel(*cookie.party)));
    }
    for (int d = 0; d < declared.size(); ++d) {
        if (seen.at(d)) {
            ++result.matched;
            continue;
        }
        Finding f;
        f.kind = Finding::Kind::NotSeen;
        f.name = declared.at(d).name;
        f.domain = domains.at(d);
        f.cookieId = declared.at(d).id;
        result.findings.append(std::move(f));
    }
    result.observed = std::move(observed);
    return result;
}
