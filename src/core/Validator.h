#pragma once

#include "Cookie.h"
#include "Problem.h"
#include "RuleSwitch.h"
#include "Site.h"

#include <QHash>
#include <QList>
#include <QPair>

// The registry's rules, shared by `validate`, import, publishing and the editor.
// Errors block publishing; warnings are shown with their reason.
namespace Validator {

// Rules about one cookie on its own (empty fields, CNIL limit, links, languages, duration).
QList<Problem> checkCookie(const Cookie &cookie, const QStringList &siteLanguages);

// Rules about the site's own settings (consent-lifetime): findings with cookie id 0.
QList<Problem> checkSite(const Site &site);

// checkSite, checkCookie for each cookie, plus duplicates of (domain, name) within the site.
QList<Problem> checkRegistry(const Site &site, const QList<Cookie> &cookies);

// The same, one cookie at a time, for work spread over several turns of an event loop (the
// editor's problems panel on a 100,000-cookie registry).
class RegistryChecker {
public:
    explicit RegistryChecker(QStringList siteLanguages);
    void add(const Cookie &cookie);
    QList<Problem> takeProblems() { return std::move(m_problems); }

private:
    QStringList m_languages;
    QList<Problem> m_problems;
    QHash<QString, qint64> m_seen; // folded domain + name -> first cookie id
};

// The rules that look at several sites of a store at once (cross-site-category): one finding
// per cookie whose provider and name have another category on an earlier site.
QList<Problem> checkAcrossSites(const QList<QPair<Site, QList<Cookie>>> &sites);

// Sets aside the findings of the rules the site has switched off: they are removed, and each
// switch adds one finding (severity Info, switchedOff, cookie 0) that names the rule, who
// switched it off and when, the reason, and how many findings it set aside.
void applySwitches(QList<Problem> &problems, const QList<RuleSwitch> &switches);

// Only the errors that make a row unacceptable in an import.
QStringList importErrors(const Cookie &cookie);

} // namespace Validator
