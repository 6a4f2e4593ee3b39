#include "Validator.h"

#include "CookieField.h"
#include "Duration.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Validator", text);
}

Problem error(const Cookie &cookie, CookieField field, const QString &message) {
    return {Problem::Severity::Error, cookie.id, CookieFields::key(field), message};
}

Problem warning(const Cookie &cookie, CookieField field, const QString &message) {
    return {Problem::Severity::Warning, cookie.id, CookieFields::key(field), message};
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
        problems.append(error(cookie, CookieField::Provider, tr("the provider is empty")));
    if (cookie.name.trimmed().isEmpty())
        problems.append(error(cookie, CookieField::Name, tr("the cookie name is empty")));
    if (cookie.purposeFr.trimmed().isEmpty() && cookie.purposeEn.trimmed().isEmpty()) {
        problems.append(error(cookie, CookieField::PurposeFr, tr("the purpose is empty")));
    } else {
        for (const QString &language : siteLanguages) {
            if (cookie.purpose(language).trimmed().isEmpty())
                problems.append(warning(cookie,
                                        language == QLatin1String("en") ? CookieField::PurposeEn
                                                                        : CookieField::PurposeFr,
                                        tr("the purpose is missing in %1, a language of the site")
                                            .arg(languageName(language))));
        }
    }

    if (cookie.category == Category::Unclassified)
        problems.append(warning(cookie, CookieField::Category,
                                tr("the cookie has no category: the charter has no table of its "
                                   "own for it (choose necessary, preferences, statistics or "
                                   "marketing)")));

    const std::optional<double> days = cookie.durationDays();
    if (!cookie.duration.trimmed().isEmpty() && !days) {
        problems.append(warning(cookie, CookieField::Duration,
                                tr("the duration \"%1\" cannot be read (write e.g. \"13 mois\", "
                                   "\"2 years\" or \"session\")")
                                    .arg(cookie.duration)));
    }
    if (cookie.category == Category::Statistics && cookie.consentExempt() && days &&
        *days > Duration::cnilAudienceLimitDays + 1e-9) {
        problems.append(warning(cookie, CookieField::Duration,
                                tr("an audience-measurement cookie exempt from consent may last "
                                   "13 months at most (CNIL); this one lasts %1")
                                    .arg(cookie.duration)));
    }
    if (cookie.party == Party::Third && cookie.privacyUrl.trimmed().isEmpty()) {
        problems.append(warning(cookie, CookieField::PrivacyUrl,
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
        m_problems.append(error(cookie, CookieField::Name,
                                tr("duplicate of cookie #%1 (same domain and name)").arg(*it)));
    else
        m_seen.insert(key, cookie.id);
}

QList<Problem> checkRegistry(const Site &site, const QList<Cookie> &cookies) {
    RegistryChecker checker(site.languages);
    for (const Cookie &cookie : cookies)
        checker.add(cookie);
    return checker.takeProblems();
}

QStringList importErrors(const Cookie &cookie) {
    // Called for every imported row: the common case (nothing wrong) must cost next to nothing.
    if (!cookie.provider.trimmed().isEmpty() && !cookie.name.trimmed().isEmpty() &&
        !(cookie.purposeFr.trimmed().isEmpty() && cookie.purposeEn.trimmed().isEmpty()))
        return {};
    QStringList messages;
    for (const Problem &problem : checkCookie(cookie, {})) {
        if (problem.isError())
            messages.append(problem.field + QStringLiteral(": ") + problem.message);
    }
    return messages;
}

} // namespace Validator
