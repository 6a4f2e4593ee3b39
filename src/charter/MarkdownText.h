#pragma once

#include "CharterDocument.h"

#include <QHash>

// Reads the small Markdown subset that charter texts are written in: headings (#, ##, ###),
// paragraphs, "- " lists, **strong**, *emphasis*, `code`, [links](https://...), and backslash
// escapes. Anything else stays literal text; there is no raw HTML. A link to anything but
// http/https keeps its text and loses its target. Placeholders ({site}...) are replaced in the
// text after parsing, so a site name can never turn into markup.
namespace MarkdownText {

QList<CharterBlock> parse(const QString &markdown, const QHash<QString, QString> &placeholders);
CharterSpans parseInline(const QString &text, const QHash<QString, QString> &placeholders);
bool isSafeUrl(const QString &url);

} // namespace MarkdownText
