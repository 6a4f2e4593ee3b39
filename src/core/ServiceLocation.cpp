#include "ServiceLocation.h"

#include <QRegularExpression>

namespace ServiceLocation {

QPair<QString, QString> split(const QString &text) {
    static const QRegularExpression finalGroup(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)\\s*$"));
    static const QRegularExpression locationWords(
        QStringLiteral("\\b(front|back|office|back-office|front-office|admin|administration|"
                       "site|portail|portal|public|partout|everywhere)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = finalGroup.match(trimmed);
    if (match.hasMatch() && locationWords.match(match.captured(2)).hasMatch())
        return {match.captured(1).trimmed(), match.captured(2).trimmed()};
    return {trimmed, QString()};
}

QString join(const QString &service, const QString &location) {
    if (location.isEmpty())
        return service;
    return service + QStringLiteral(" (") + location + QLatin1Char(')');
}

} // namespace ServiceLocation
