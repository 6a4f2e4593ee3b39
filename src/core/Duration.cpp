#include "Duration.h"

#include "TextFold.h"

#include <QHash>

#include <algorithm>

namespace {

std::optional<double> unitDays(const QString &unit) {
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
    if (singular.size() > 2 && singular.endsWith(QLatin1Char('s')) &&
        singular != QLatin1String("mois"))
        singular.chop(1);
    for (const auto &entry : units) {
        if (singular == QLatin1String(entry.unit) || unit == QLatin1String(entry.unit))
            return entry.days;
    }
    return std::nullopt;
}

bool isSeparator(QChar ch) {
    return ch.isSpace() || ch == QLatin1Char(',') || ch == QLatin1Char(';') ||
           ch == QLatin1Char('+');
}

} // namespace

namespace Duration {

namespace {

std::optional<double> parse(const QString &text) {
    const QString folded = foldCaseAndAccents(text);
    const qsizetype size = folded.size();
    qsizetype i = 0;
    auto skipSeparators = [&] {
        while (i < size && isSeparator(folded.at(i)))
            ++i;
    };
    skipSeparators();
    if (i == size)
        return std::nullopt;
    // "session", "Session", "End of session (browser)", "fin de session"...
    const bool hasDigit =
        std::any_of(folded.begin(), folded.end(), [](QChar ch) { return ch.isDigit(); });
    if (!hasDigit)
        return folded.contains(QLatin1String("session")) ? std::optional<double>(0.0)
                                                         : std::nullopt;

    // One or more "<number> <unit>" parts, joined by spaces, commas, "and" or "et".
    double total = 0;
    int parts = 0;
    while (i < size) {
        if (parts > 0) {
            const QStringView rest = QStringView(folded).mid(i);
            if (rest.startsWith(QLatin1String("and ")))
                i += 4;
            else if (rest.startsWith(QLatin1String("et ")))
                i += 3;
            skipSeparators();
        }
        const qsizetype numberStart = i;
        while (i < size && folded.at(i).isDigit())
            ++i;
        if (i == numberStart)
            return std::nullopt;
        if (i + 1 < size &&
            (folded.at(i) == QLatin1Char('.') || folded.at(i) == QLatin1Char(',')) &&
            folded.at(i + 1).isDigit()) {
            ++i;
            while (i < size && folded.at(i).isDigit())
                ++i;
        }
        QString number = folded.mid(numberStart, i - numberStart);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        while (i < size && folded.at(i).isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < size && folded.at(i) >= QLatin1Char('a') && folded.at(i) <= QLatin1Char('z'))
            ++i;
        const std::optional<double> days = unitDays(folded.mid(unitStart, i - unitStart));
        if (!days)
            return std::nullopt;
        if (i < size && folded.at(i) == QLatin1Char('.'))
            ++i;
        total += number.toDouble() * *days;
        ++parts;
        skipSeparators();
    }
    return total;
}

} // namespace

std::optional<double> parseDays(const QString &text) {
    // A registry uses a handful of distinct durations over and over: remember them.
    thread_local QHash<QString, std::optional<double>> known;
    const auto it = known.constFind(text);
    if (it != known.constEnd())
        return *it;
    const std::optional<double> days = parse(text);
    if (known.size() >= 512)
        known.clear();
    known.insert(text, days);
    return days;
}

} // namespace Duration
