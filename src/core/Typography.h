#pragma once

#include <QString>

// French typography: a non-breaking space before : ; ! ? and », and after «, so that a line
// never starts with the punctuation or leaves a guillemet alone at its end. A thin one (U+202F)
// before ; ! ?, a word-wide one (U+00A0) before : and inside guillemets. Only spaces already
// there change; nothing is added where the author wrote none, and no other language is touched.
namespace Typography {

QString french(const QString &text);
// french() for "fr", the text itself for any other language.
QString forLanguage(const QString &text, const QString &language);

} // namespace Typography
