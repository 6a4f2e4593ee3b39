#include "TextFold.h"

#include <array>

namespace {

// Latin letters up to U+024F, lowered and stripped of their accents once ("É" -> "e"). A
// character that does not fold to a single one (none in that range today) is marked 0.
const std::array<char16_t, 0x250> &latinTable() {
    static const std::array<char16_t, 0x250> table = [] {
        std::array<char16_t, 0x250> folded{};
        for (char16_t c = 0; c < folded.size(); ++c) {
            const QString decomposed =
                QString(QChar(c)).toLower().normalized(QString::NormalizationForm_D);
            QString bare;
            for (QChar ch : decomposed) {
                if (ch.category() != QChar::Mark_NonSpacing)
                    bare.append(ch);
            }
            folded[c] = bare.size() == 1 ? bare.at(0).unicode() : 0;
        }
        return folded;
    }();
    return table;
}

QString foldSlowly(const QString &text) {
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    }
    return out;
}

} // namespace

QString foldCaseAndAccents(const QString &text) {
    // French and English text is Latin: fold it through the table, character by character.
    const auto &table = latinTable();
    QString out(text.size(), Qt::Uninitialized);
    QChar *write = out.data();
    for (QChar ch : text) {
        const char16_t code = ch.unicode();
        if (code < 0x80) {
            *write++ = QChar(code >= 'A' && code <= 'Z' ? char16_t(code + 32) : code);
            continue;
        }
        if (code >= table.size() || table[code] == 0)
            return foldSlowly(text);
        *write++ = QChar(table[code]);
    }
    return out;
}
