// libFuzzer target: a registry CSV, as `import` reads it (separator detection, the header,
// quoted fields, every record mapped to a cookie).
#include "ImportRecord.h"
#include "RegistryCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    RegistryCsvReader reader;
    QString error;
    if (!reader.openData(bytes, &error))
        return 0;
    ImportRecord record;
    int rows = 0;
    while (reader.next(&record) && ++rows < 100000) {
    }
    reader.rewind();
    reader.next(&record);
    return 0;
}
