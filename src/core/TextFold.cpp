#include "TextFold.h"

QString foldCaseAndAccents(const QString &text) {
    bool ascii = true;
    for (QChar ch : text) {
        if (ch.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    }
    return out;
}
