#include "Site.h"

#include "Vocabulary.h"

#include <QCoreApplication>

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
