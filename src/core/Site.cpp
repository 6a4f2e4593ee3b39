#include "Site.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QUrl>

QStringList Site::parseLanguages(const QString &text, QString *error) {
    QStringList result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString code = part.trimmed().toLower();
        if (!Vocabulary::isLanguage(code)) {
            if (error)
                *error = QCoreApplication::translate("Site",
                                                     "unknown language \"%1\" (use fr and/or en)")
                             .arg(part.trimmed());
            return {};
        }
        if (!result.contains(code))
            result.append(code);
    }
    if (result.isEmpty() && error)
        *error = QCoreApplication::translate("Site", "at least one language is needed (fr, en)");
    return result;
}

bool Site::isWebAddress(const QString &url) {
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool Site::checkUrl(const QString &url, QString *error) {
    if (url.trimmed().isEmpty() || isWebAddress(url))
        return true;
    if (error)
        *error =
            QCoreApplication::translate(
                "Site", "the site's address must be an http:// or https:// address, not \"%1\"")
                .arg(url.trimmed());
    return false;
}

QString Site::policyKey(ReviewPolicy policy) {
    return policy == ReviewPolicy::Approval ? QStringLiteral("approval") : QStringLiteral("none");
}

bool Site::policyFromKey(const QString &key, ReviewPolicy *policy) {
    const QString word = key.trimmed().toLower();
    if (word == QLatin1String("none")) {
        *policy = ReviewPolicy::None;
        return true;
    }
    if (word == QLatin1String("approval")) {
        *policy = ReviewPolicy::Approval;
        return true;
    }
    return false;
}
