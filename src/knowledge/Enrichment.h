#pragma once

#include "Cookie.h"
#include "CookieField.h"

#include <QList>
#include <QString>

class KnowledgeBase;
struct KnownCookie;

// What the cookie knowledge base would add to a cookie of the registry: one proposal per field.
//
// It fills what is empty: the provider (the base's data controller), the category (an
// unclassified cookie), the duration, the English purpose (the base's description), the privacy
// link, and the party. A field that holds a value already is proposed only when the base says
// otherwise, as an overwrite, which nothing applies unless the user asks for it.
//
// The party comes from the cookie's own domain compared with the site's registrable domain
// (public suffix list), never from the base (the base names the provider's domain, not where
// the cookie is set). A cookie has no "unknown" party: first party is what every new row gets,
// so first -> third is a fill, and third -> first an overwrite.
struct EnrichmentProposal {
    qint64 cookieId = 0;
    qint64 cookieVersion = 0; // the version the proposal was made from
    QString cookieName;
    CookieField field = CookieField::Provider;
    QString before; // as CookieFields::value shows them
    QString after;
    QString sourceId; // the base's row id
    bool overwrite = false;
};

namespace Enrichment {

// The fields enrich may write, in the order proposals are listed.
QList<CookieField> fields();

// Whether the base's row is about this cookie and not another one of the same name. A row that
// names a domain (the base's "sessionid" is Instagram's) describes a cookie of the registry set
// elsewhere (the cookie's domain, else the site's host) only when the registry's provider is the
// row's company, or is not said yet: Django's "sessionid" on a city's portal is not Instagram's.
bool sameCookie(const KnownCookie &known, const Cookie &cookie, const QString &siteHost);

// Proposals for one cookie (none when the base does not know it). `siteHost` is the site's
// host, for the party. *otherCookie: the base knows the name, but as another cookie (see
// sameCookie), so nothing is proposed.
QList<EnrichmentProposal> propose(const KnowledgeBase &base, const Cookie &cookie,
                                  const QString &siteHost, bool *otherCookie = nullptr);

// Writes a proposal's value into a cookie (the field parsed as any edit parses it).
bool apply(Cookie &cookie, const EnrichmentProposal &proposal, QString *error = nullptr);

} // namespace Enrichment
