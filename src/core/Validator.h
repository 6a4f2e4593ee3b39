#pragma once

#include "Cookie.h"
#include "Problem.h"
#include "Site.h"

#include <QList>

// The registry's rules, shared by `validate`, import, publishing and the editor.
// Errors block publishing; warnings are shown with their reason.
namespace Validator {

// Rules about one cookie on its own (empty fields, CNIL limit, links, languages, duration).
QList<Problem> checkCookie(const Cookie &cookie, const QStringList &siteLanguages);

// checkCookie for each cookie, plus duplicates of (domain, name) within the site.
QList<Problem> checkRegistry(const Site &site, const QList<Cookie> &cookies);

// Only the errors that make a row unacceptable in an import.
QStringList importErrors(const Cookie &cookie);

} // namespace Validator
