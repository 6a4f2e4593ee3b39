// libFuzzer target: a charter text section in Markdown, with its placeholders, as the charter
// reads the site's own texts.
#include "MarkdownText.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, QString> placeholders{
        {QStringLiteral("site"), QStringLiteral("s.fr")},
        {QStringLiteral("url"), QStringLiteral("https://s.fr")},
        {QStringLiteral("contact"), QStringLiteral("dpo")}};
    const QList<CharterBlock> blocks = MarkdownText::parse(text, placeholders);
    for (const CharterBlock &block : blocks) {
        for (const CharterSpans &spans : block.items)
            MarkdownText::parseInline(spans.isEmpty() ? QString() : spans.constFirst().text,
                                      placeholders);
    }
    return 0;
}
