#pragma once

#include "Vocabulary.h"

#include <QString>

#include <optional>

// The registrable domain of a host ("opendata.clermont-ferrand.fr" -> "clermont-ferrand.fr"),
// from the public suffix list that Debian's `publicsuffix` package ships, read through libpsl
// (which also has a built-in copy). A cookie is first party when its domain and the site's host
// share a registrable domain.
namespace PublicSuffix {

// ".Opendata.Example.FR." -> "opendata.example.fr": lower case, no leading or final dot.
QString bareHost(const QString &host);
// A cookie for `domain` reaches `host`, or one is under the other ("clermont-ferrand.fr" and
// "opendata.clermont-ferrand.fr"); dots and case do not count. False when either is empty.
bool related(const QString &domain, const QString &host);

// "Www.Example.CO.UK." -> "example.co.uk"; a leading dot is dropped. Empty for a host that is
// itself a public suffix ("gouv.fr"), an IP address or anything that is not a host name.
QString registrableDomain(const QString &host);

// The host of a site: its address's host, else its name when that is a host name.
QString siteHost(const QString &siteUrl, const QString &siteName);

// First when the cookie's domain lies under the site's registrable domain; Third when it does
// not (a cookie set on a public suffix such as ".gouv.fr" is never first party); nullopt when
// either is unknown (no domain, no site host).
std::optional<Party> partyOf(const QString &cookieDomain, const QString &siteHost);

} // namespace PublicSuffix
