#include "PublicSuffix.h"

#include <QUrl>

#include <libpsl.h>

namespace {

// The list is loaded once per process: the newest of Debian's file and libpsl's built-in copy.
const psl_ctx_t *list() {
    static const struct Holder {
        psl_ctx_t *context = psl_latest(nullptr);
        ~Holder() { psl_free(context); }
    } holder;
    return holder.context ? holder.context : psl_builtin();
}

// An IPv4 or IPv6 address has no registrable domain.
bool isAddress(const QString &host) {
    if (host.contains(QLatin1Char(':')))
        return true;
    for (QChar ch : host) {
        if (!ch.isDigit() && ch != QLatin1Char('.'))
            return false;
    }
    return true;
}

} // namespace

namespace PublicSuffix {

QString bareHost(const QString &host) {
    QString bare = host.trimmed().toLower();
    while (bare.startsWith(QLatin1Char('.')))
        bare.remove(0, 1);
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    return bare;
}

bool related(const QString &domain, const QString &host) {
    const QString d = bareHost(domain);
    const QString h = bareHost(host);
    if (d.isEmpty() || h.isEmpty())
        return false;
    return d == h || d.endsWith(QLatin1Char('.') + h) || h.endsWith(QLatin1Char('.') + d);
}

QString registrableDomain(const QString &host) {
    const QString bare = bareHost(host);
    if (bare.isEmpty() || isAddress(bare))
        return QString();
    // libpsl works on lower-case UTF-8; an internationalised name is compared in its ACE form.
    const QByteArray ace = QUrl::toAce(bare);
    if (ace.isEmpty() || list() == nullptr)
        return QString();
    const char *registrable = psl_registrable_domain(list(), ace.constData());
    if (registrable == nullptr)
        return QString();
    return QUrl::fromAce(QByteArray(registrable));
}

QString siteHost(const QString &siteUrl, const QString &siteName) {
    const QUrl url(siteUrl.trimmed());
    if (url.isValid() && !url.host().isEmpty())
        return url.host().toLower();
    const QString name = bareHost(siteName);
    if (name.contains(QLatin1Char('.')) && !name.contains(QLatin1Char(' ')) &&
        !name.contains(QLatin1Char('/')))
        return name;
    return QString();
}

std::optional<Party> partyOf(const QString &cookieDomain, const QString &siteHost) {
    const QString cookie = bareHost(cookieDomain);
    const QString site = bareHost(siteHost);
    if (cookie.isEmpty() || site.isEmpty())
        return std::nullopt;
    const QString siteDomain = registrableDomain(site);
    const QString cookieRegistrable = registrableDomain(cookie);
    if (siteDomain.isEmpty()) // the site is an address or a bare suffix: compare hosts
        return cookie == site ? Party::First : Party::Third;
    return cookieRegistrable == siteDomain ? Party::First : Party::Third;
}

} // namespace PublicSuffix
