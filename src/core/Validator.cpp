#include "Validator.h"

#include "CookieField.h"
#include "Duration.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Validator", text);
}

// A finding of the rule `id`, with the rule's severity. The id string is the catalogue's own
// (shared, not copied): a large registry gives as many findings as cookies.
Problem problem(qint64 cookieId, const QString &field, const char *id, const QString &message) {
    const qsizetype index = Rules::indexOf(id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return {Problem::Severity::Error, cookieId, field, message, QString::fromLatin1(id)};
    return {Rules::all().at(index).severity, cookieId, field, message, Rules::ids().at(index)};
}

Problem problem(const Cookie &cookie, CookieField field, const char *id, const QString &message) {
    return problem(cookie.id, CookieFields::key(field), id, message);
}

QString languageName(const QString &code) {
    return code == QLatin1String("en") ? QCoreApplication::translate("Validator", "English")
                                       : QCoreApplication::translate("Validator", "French");
}

} // namespace

namespace Validator {

QList<Problem> checkCookie(const Cookie &cookie, const QStringList &siteLanguages) {
    QList<Problem> problems;
    if (cookie.provider.trimmed().isEmpty())
        problems.append(problem(cookie, CookieField::Provider, "provider-missing",
                                tr("the provider is empty")));
    if (cookie.name.trimmed().isEmpty())
        problems.append(
            problem(cookie, CookieField::Name, "name-missing", tr("the cookie name is empty")));
    if (cookie.purposeFr.trimmed().isEmpty() && cookie.purposeEn.trimmed().isEmpty()) {
        problems.append(
            problem(cookie, CookieField::PurposeFr, "purpose-missing", tr("the purpose is empty")));
    } else {
        for (const QString &language : siteLanguages) {
            if (cookie.purpose(language).trimmed().isEmpty())
                problems.append(problem(cookie,
                                        language == QLatin1String("en") ? CookieField::PurposeEn
                                                                        : CookieField::PurposeFr,
                                        "purpose-language",
                                        tr("the purpose is missing in %1, a language of the site")
                                            .arg(languageName(language))));
        }
    }

    if (cookie.category == Category::Unclassified)
        problems.append(problem(cookie, CookieField::Category, "category-unclassified",
                                tr("the cookie has no category: the charter has no table of its "
                                   "own for it (choose necessary, preferences, statistics or "
                                   "marketing)")));

    const std::optional<double> days = cookie.durationDays();
    const bool hasDuration = !cookie.duration.trimmed().isEmpty();
    if (hasDuration && !days) {
        problems.append(problem(cookie, CookieField::Duration, "duration-unreadable",
                                tr("the duration \"%1\" cannot be read (write e.g. \"13 mois\", "
                                   "\"2 years\" or \"session\")")
                                    .arg(cookie.duration)));
    }
    const bool exempt = cookie.consentExempt();
    if (!exempt && !hasDuration)
        problems.append(problem(cookie, CookieField::Duration, "duration-missing",
                                tr("the cookie needs consent but has no duration: the charter "
                                   "must say how long it is kept")));
    if (cookie.storage == StorageType::SessionStorage && days && *days > 0)
        problems.append(problem(cookie, CookieField::Duration, "session-duration",
                                tr("a session storage item is gone when the tab closes, but its "
                                   "duration says %1")
                                    .arg(cookie.duration)));
    if (exempt && days && *days > Duration::cnilAudienceLimitDays + 1e-9) {
        if (cookie.category == Category::Statistics)
            problems.append(problem(cookie, CookieField::Duration, "cnil-exempt-lifetime",
                                    tr("an audience-measurement cookie exempt from consent may "
                                       "last 13 months at most (CNIL); this one lasts %1")
                                        .arg(cookie.duration)));
        else
            problems.append(problem(cookie, CookieField::Duration, "necessary-lifetime",
                                    tr("the cookie asks no consent but lasts %1, more than 13 "
                                       "months: is all of that time necessary?")
                                        .arg(cookie.duration)));
    }
    if (exempt && cookie.category == Category::Statistics && cookie.party == Party::Third)
        problems.append(problem(cookie, CookieField::ConsentExempt, "cnil-exempt-third-party",
                                tr("a third-party statistics cookie cannot be exempt from "
                                   "consent: the exemption covers first-party audience "
                                   "measurement only")));
    if (exempt &&
        (cookie.category == Category::Marketing || cookie.category == Category::Preferences))
        problems.append(problem(cookie, CookieField::ConsentExempt, "cnil-exempt-category",
                                tr("a %1 cookie cannot be exempt from consent")
                                    .arg(Vocabulary::categoryLabel(cookie.category).toLower())));
    if (cookie.party == Party::Third && cookie.privacyUrl.trimmed().isEmpty()) {
        problems.append(problem(cookie, CookieField::PrivacyUrl, "third-party-privacy-link",
                                tr("a third-party cookie should link to its provider's privacy "
                                   "policy")));
    }
    return problems;
}

RegistryChecker::RegistryChecker(QStringList siteLanguages)
    : m_languages(std::move(siteLanguages)) {}

void RegistryChecker::add(const Cookie &cookie) {
    m_problems.append(checkCookie(cookie, m_languages));
    const QString key = cookie.domain.toLower() + QLatin1Char('\n') + cookie.name;
    const auto it = m_seen.constFind(key);
    if (it != m_seen.constEnd())
        m_problems.append(problem(cookie, CookieField::Name, "duplicate",
                                  tr("duplicate of cookie #%1 (same domain and name)").arg(*it)));
    else
        m_seen.insert(key, cookie.id);
}

QList<Problem> checkAcrossSites(const QList<QPair<Site, QList<Cookie>>> &sites) {
    // provider + name (folded) -> the first site, cookie and category seen.
    struct First {
        QString site;
        qint64 cookieId;
        Category category;
    };
    QHash<QString, First> first;
    QList<Problem> problems;
    for (const auto &[site, cookies] : sites) {
        for (const Cookie &cookie : cookies) {
            const QString key =
                cookie.provider.trimmed().toCaseFolded() + QLatin1Char('\n') + cookie.name;
            const auto it = first.constFind(key);
            if (it == first.cend()) {
                first.insert(key, {site.name, cookie.id, cookie.category});
                continue;
            }
            if (it->site != site.name && it->category != cookie.category)
                problems.append(
                    problem(cookie, CookieField::Category, "cross-site-category",
                            tr("%1 of %2 is %3 here but %4 on %5 (cookie #%6)")
                                .arg(cookie.name, cookie.provider,
                                     Vocabulary::categoryLabel(cookie.category).toLower(),
                                     Vocabulary::categoryLabel(it->category).toLower(), it->site)
                                .arg(it->cookieId)));
        }
    }
    return problems;
}

QList<Problem> checkSite(const Site &site) {
    QList<Problem> problems;
    if (site.consentDays > Duration::consentChoiceLimitDays) {
        problems.append(problem(0, QString(), "consent-lifetime",
                                tr("the consent banner of %1 keeps the visitor's choice %2 days, "
                                   "more than six months")
                                    .arg(site.name)
                                    .arg(site.consentDays)));
    }
    return problems;
}

QList<Problem> checkRegistry(const Site &site, const QList<Cookie> &cookies) {
    RegistryChecker checker(site.languages);
    for (const Cookie &cookie : cookies)
        checker.add(cookie);
    QList<Problem> problems = checker.takeProblems();
    // The site's own findings first (rare: one at most today).
    const QList<Problem> siteProblems = checkSite(site);
    for (qsizetype i = siteProblems.size() - 1; i >= 0; --i)
        problems.prepend(siteProblems.at(i));
    return problems;
}

void applySwitches(QList<Problem> &problems, const QList<RuleSwitch> &switches) {
    if (switches.isEmpty())
        return;
    QHash<QString, int> setAside;
    for (const RuleSwitch &off : switches)
        setAside.insert(off.rule, 0);
    problems.removeIf([&setAside](const Problem &found) {
        const auto it = setAside.find(found.rule);
        if (it == setAside.end() || found.switchedOff)
            return false;
        ++*it;
        return true;
    });
    for (const RuleSwitch &off : switches) {
        const Rule *rule = Rules::find(off.rule);
        Problem note;
        note.severity = Problem::Severity::Info;
        note.rule = off.rule;
        note.switchedOff = true;
        note.message =
            QCoreApplication::translate("Validator",
                                        "rule switched off for this site by %1 on %2: %3 "
                                        "(%n finding(s) set aside)",
                                        nullptr, setAside.value(off.rule))
                .arg(off.switchedBy, off.switchedAt.left(10), off.reason);
        if (!rule)
            note.message += QLatin1Char(' ') + tr("(no such rule in this version)");
        problems.append(note);
    }
}

QStringList importErrors(const Cookie &cookie) {
    // Called for every imported row: the common case (nothing wrong) must cost next to nothing.
    if (!cookie.provider.trimmed().isEmpty() && !cookie.name.trimmed().isEmpty() &&
        !(cookie.purposeFr.trimmed().isEmpty() && cookie.purposeEn.trimmed().isEmpty()))
        return {};
    // Only what makes a row no row at all; the compliance rules are for validate and publish.
    static const QStringList form{QStringLiteral("provider-missing"),
                                  QStringLiteral("name-missing"),
                                  QStringLiteral("purpose-missing")};
    QStringList messages;
    for (const Problem &found : checkCookie(cookie, {})) {
        if (form.contains(found.rule))
            messages.append(found.field + QStringLiteral(": ") + found.message);
    }
    return messages;
}

} // namespace Validator
