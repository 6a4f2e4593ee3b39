#include "Duration.h"

#include <QRegularExpression>

namespace {

std::optional<double> unitDays(const QString &unit)
{
    static const struct {
        const char *unit;
        double days;
    } units[] = {
        {"s", 1.0 / 86400},
        {"sec", 1.0 / 86400},
        {"second", 1.0 / 86400},
        {"seconde", 1.0 / 86400},
        {"min", 1.0 / 1440},
        {"minute", 1.0 / 1440},
        {"mn", 1.0 / 1440},
        {"h", 1.0 / 24},
        {"hr", 1.0 / 24},
        {"hour", 1.0 / 24},
        {"heure", 1.0 / 24},
        {"d", 1},
        {"day", 1},
        {"j", 1},
        {"jour", 1},
        {"w", 7},
        {"wk", 7},
        {"week", 7},
        {"semaine", 7},
        {"sem", 7},
        {"month", Duration::daysPerMonth},
        {"mo", Duration::daysPerMonth},
        {"mois", Duration::daysPerMonth},
        {"y", Duration::daysPerYear},
        {"yr", Duration::daysPerYear},
        {"year", Duration::daysPerYear},
        {"an", Duration::daysPerYear},
        {"annee", Duration::daysPerYear},
    };
    QString singular = unit;
    if (singular.size() > 2 && singular.endsWith(QLatin1Char('s')) && singular != QLatin1String("mois"))
        singular.chop(1);
    for (const auto &entry : units) {
        if (singular == QLatin1String(entry.unit) || unit == QLatin1String(entry.unit))
            return entry.days;
    }
    return std::nullopt;
}

QString foldAccents(const QString &text)
{
    QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    }
    return out;
}

} // namespace

namespace Duration {

std::optional<double> parseDays(const QString &text)
{
    const QString folded = foldAccents(text).simplified();
    if (folded.isEmpty())
        return std::nullopt;
    // "session", "Session", "End of session (browser)", "fin de session"...
    static const QRegularExpression digits(QStringLiteral("\\d"));
    if (folded.contains(QLatin1String("session")) && !digits.match(folded).hasMatch())
        return 0.0;

    // One or more "<number> <unit>" parts joined by spaces, commas, "and" or "et".
    static const QRegularExpression part(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*([a-z]+)\\.?"));
    static const QRegularExpression joiner(QStringLiteral("^[\\s,;+]*(and|et)?[\\s,;+]*$"));
    double total = 0;
    int position = 0;
    int parts = 0;
    auto it = part.globalMatch(folded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!joiner.match(folded.mid(position, match.capturedStart() - position)).hasMatch())
            return std::nullopt;
        QString number = match.captured(1);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = number.toDouble(&ok);
        const std::optional<double> days = unitDays(match.captured(2));
        if (!ok || !days)
            return std::nullopt;
        total += value * *days;
        position = int(match.capturedEnd());
        ++parts;
    }
    if (parts == 0 || position != folded.size())
        return std::nullopt;
    return total;
}

} // namespace Duration
