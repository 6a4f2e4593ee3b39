#include "Typography.h"

namespace Typography {

QString french(const QString &text) {
    constexpr char16_t wordSpace = 0x00A0;
    constexpr char16_t thinSpace = 0x202F;
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c != QLatin1Char(' '))
            continue;
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        const QChar previous = i > 0 ? out.at(i - 1) : QChar();
        if (next == QLatin1Char(':') || next == QChar(0x00BB)) // »
            out[i] = QChar(wordSpace);
        else if (next == QLatin1Char(';') || next == QLatin1Char('!') || next == QLatin1Char('?'))
            out[i] = QChar(thinSpace);
        else if (previous == QChar(0x00AB)) // «
            out[i] = QChar(wordSpace);
    }
    return out;
}

QString forLanguage(const QString &text, const QString &language) {
    return language == QLatin1String("fr") ? french(text) : text;
}

} // namespace Typography
