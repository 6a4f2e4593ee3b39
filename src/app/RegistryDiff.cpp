#include "RegistryDiff.h"

#include "CookieField.h"
#include "RegistryJson.h"

#include <QCoreApplication>
#include <QMap>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RegistryDiff", text);
}

struct State {
    Site site;
    QMap<QString, Cookie> cookies; // "domain\nname" -> cookie
    QMap<QString, QString> texts;  // "lang/section" -> body
};

bool read(const QString &snapshot, State *state, QString *error) {
    QList<Site> sites;
    QList<ImportRecord> records;
    QHash<QString, QList<CharterText>> texts;
    if (!RegistryJson::read(snapshot.toUtf8(), &sites, &records, error, &texts))
        return false;
    if (!sites.isEmpty())
        state->site = sites.constFirst();
    for (const ImportRecord &record : records)
        state->cookies.insert(record.cookie.domain + QLatin1Char('\n') + record.cookie.name,
                              record.cookie);
    for (const CharterText &text : texts.value(state->site.name))
        state->texts.insert(text.language + QLatin1Char('/') + text.section, text.body);
    return true;
}

QString quoted(const QString &value) {
    QString flat = value;
    flat.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return value.isEmpty() ? QCoreApplication::translate("RegistryDiff", "(empty)")
                           : QStringLiteral("« %1 »").arg(flat);
}

QString cookieLabel(const Cookie &cookie) {
    return cookie.domain.isEmpty()
               ? QCoreApplication::translate("RegistryDiff", "cookie %1").arg(cookie.name)
               : QCoreApplication::translate("RegistryDiff", "cookie %1 (%2)")
                     .arg(cookie.name, cookie.domain);
}

} // namespace

namespace RegistryDiff {

bool compare(const QString &before, const QString &after, QList<Change> *changes, QString *error) {
    State a;
    State b;
    if (!read(before, &a, error) || !read(after, &b, error))
        return false;
    changes->clear();

    QStringList siteDetails;
    if (a.site.name != b.site.name)
        siteDetails.append(tr("name: %1 → %2").arg(quoted(a.site.name), quoted(b.site.name)));
    if (a.site.url != b.site.url)
        siteDetails.append(tr("address: %1 → %2").arg(quoted(a.site.url), quoted(b.site.url)));
    if (a.site.contact != b.site.contact)
        siteDetails.append(
            tr("contact: %1 → %2").arg(quoted(a.site.contact), quoted(b.site.contact)));
    if (a.site.languages != b.site.languages)
        siteDetails.append(tr("languages: %1 → %2")
                               .arg(a.site.languages.join(QLatin1Char(',')),
                                    b.site.languages.join(QLatin1Char(','))));
    if (!siteDetails.isEmpty())
        changes->append({Change::Kind::Changed, tr("site"), siteDetails});

    for (auto it = a.cookies.constBegin(); it != a.cookies.constEnd(); ++it) {
        const auto other = b.cookies.constFind(it.key());
        if (other == b.cookies.constEnd()) {
            changes->append({Change::Kind::Removed, cookieLabel(*it), {}});
            continue;
        }
        QStringList details;
        for (CookieField field : CookieFields::all()) {
            const QString was = CookieFields::value(*it, field);
            const QString now = CookieFields::value(*other, field);
            if (was != now)
                details.append(QStringLiteral("%1: %2 → %3")
                                   .arg(CookieFields::key(field), quoted(was), quoted(now)));
        }
        if (!details.isEmpty())
            changes->append({Change::Kind::Changed, cookieLabel(*it), details});
    }
    for (auto it = b.cookies.constBegin(); it != b.cookies.constEnd(); ++it) {
        if (!a.cookies.contains(it.key())) {
            QStringList details;
            for (CookieField field : CookieFields::all()) {
                const QString value = CookieFields::value(*it, field);
                if (!value.isEmpty())
                    details.append(
                        QStringLiteral("%1: %2").arg(CookieFields::key(field), quoted(value)));
            }
            changes->append({Change::Kind::Added, cookieLabel(*it), details});
        }
    }

    QStringList keys = a.texts.keys() + b.texts.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const QString was = a.texts.value(key);
        const QString now = b.texts.value(key);
        if (was == now)
            continue;
        const QString what = tr("charter text %1").arg(key);
        if (was.isEmpty())
            changes->append(
                {Change::Kind::Added,
                 what,
                 {tr("the site's own text replaces the default: %1").arg(quoted(now))}});
        else if (now.isEmpty())
            changes->append({Change::Kind::Removed,
                             what,
                             {tr("back to the default text (was %1)").arg(quoted(was))}});
        else
            changes->append({Change::Kind::Changed,
                             what,
                             {QStringLiteral("%1 → %2").arg(quoted(was), quoted(now))}});
    }
    return true;
}

QString describe(const QList<Change> &changes) {
    if (changes.isEmpty())
        return tr("No change.") + QLatin1Char('\n');
    QString out;
    for (const Change &change : changes) {
        const char *sign = change.kind == Change::Kind::Added     ? "+"
                           : change.kind == Change::Kind::Removed ? "-"
                                                                  : "~";
        out += QLatin1String(sign) + QLatin1Char(' ') + change.what + QLatin1Char('\n');
        for (const QString &detail : change.details)
            out += QStringLiteral("    ") + detail + QLatin1Char('\n');
    }
    return out;
}

} // namespace RegistryDiff
