#include "Enrichment.h"

#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "Site.h"

namespace Enrichment {

QList<CookieField> fields() {
    return {CookieField::Provider,  CookieField::Category,   CookieField::Duration,
            CookieField::PurposeEn, CookieField::PrivacyUrl, CookieField::Party};
}

namespace {

// The base's value for a field, in our words; empty when it has none worth proposing.
QString knownValue(const KnownCookie &known, CookieField field) {
    switch (field) {
    case CookieField::Provider:
        return known.controller;
    case CookieField::Category:
        return known.category ? Vocabulary::categoryKey(*known.category) : QString();
    case CookieField::Duration:
        return known.duration;
    case CookieField::PurposeEn:
        return known.description;
    case CookieField::PrivacyUrl:
        return Site::isWebAddress(known.privacyUrl) ? known.privacyUrl : QString();
    default:
        break;
    }
    return QString();
}

bool isEmpty(const Cookie &cookie, CookieField field) {
    switch (field) {
    case CookieField::Category:
        return cookie.category == Category::Unclassified;
    case CookieField::Party:
        return cookie.party == Party::First; // the value every row starts with
    default:
        break;
    }
    return CookieFields::value(cookie, field).trimmed().isEmpty();
}

QString folded(const QString &text) {
    QString out;
    for (QChar ch : text.toCaseFolded()) {
        if (ch.isLetterOrNumber())
            out.append(ch);
    }
    return out;
}

bool sameCompany(const QString &provider, const QString &other) {
    const QString a = folded(provider);
    const QString b = folded(other);
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
}

} // namespace

bool sameCookie(const KnownCookie &known, const Cookie &cookie, const QString &siteHost) {
    if (known.domain.trimmed().isEmpty())
        return true;
    const QString where = cookie.domain.trimmed().isEmpty() ? siteHost : cookie.domain;
    if (where.isEmpty() || KnowledgeBase::domainMatches(known.domain, where))
        return true;
    if (cookie.provider.trimmed().isEmpty())
        return true;
    return sameCompany(cookie.provider, known.controller) ||
           sameCompany(cookie.provider, known.platform);
}

QList<EnrichmentProposal> propose(const KnowledgeBase &base, const Cookie &cookie,
                                  const QString &siteHost, bool *otherCookie) {
    QList<EnrichmentProposal> proposals;
    if (otherCookie)
        *otherCookie = false;
    const std::optional<KnowledgeBase::Match> match = base.best(cookie.name, cookie.domain);
    if (!match)
        return proposals;
    const KnownCookie &known = *match->cookie;
    if (!sameCookie(known, cookie, siteHost)) {
        if (otherCookie)
            *otherCookie = true;
        return proposals;
    }
    for (CookieField field : fields()) {
        QString wanted;
        if (field == CookieField::Party) {
            const std::optional<Party> party = PublicSuffix::partyOf(cookie.domain, siteHost);
            if (!party)
                continue;
            wanted = Vocabulary::partyKey(*party);
        } else {
            wanted = knownValue(known, field).trimmed();
        }
        if (wanted.isEmpty())
            continue;
        // The value as the registry would store it: parsed and normalised like any edit.
        Cookie changed = cookie;
        if (!CookieFields::setValue(changed, field, wanted, nullptr))
            continue;
        EnrichmentProposal proposal;
        proposal.before = CookieFields::value(cookie, field);
        proposal.after = CookieFields::value(changed, field);
        if (proposal.after == proposal.before)
            continue;
        proposal.cookieId = cookie.id;
        proposal.cookieVersion = cookie.version;
        proposal.cookieName = cookie.name;
        proposal.field = field;
        proposal.sourceId = known.id;
        proposal.overwrite = !isEmpty(cookie, field);
        proposals.append(proposal);
    }
    return proposals;
}

bool apply(Cookie &cookie, const EnrichmentProposal &proposal, QString *error) {
    return CookieFields::setValue(cookie, proposal.field, proposal.after, error);
}

} // namespace Enrichment
