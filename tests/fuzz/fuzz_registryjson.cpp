// libFuzzer target: a registry JSON, as `import` and a publication's snapshot are read.
#include "ImportRecord.h"
#include "RegistryJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<Site> sites;
    QList<ImportRecord> records;
    QHash<QString, QList<CharterText>> texts;
    QString error;
    RegistryJson::read(bytes, &sites, &records, &error, &texts);
    return 0;
}
