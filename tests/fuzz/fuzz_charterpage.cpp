// libFuzzer target: a charter page, as `import-page` and the window's Paste read it: the same
// bytes as HTML, as Markdown and as tab-separated text.
#include "CharterPage.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (CharterPage::Kind kind :
         {CharterPage::Kind::Html, CharterPage::Kind::Markdown, CharterPage::Kind::Text}) {
        const CharterPage::Result result = CharterPage::read(bytes, kind);
        for (const ImportRecord &record : result.records) {
            if (record.cookie.name.contains(QLatin1Char(' ')))
                __builtin_trap(); // a cell of names always splits on spaces
        }
    }
    (void)CharterPage::detect(bytes);
    return 0;
}
