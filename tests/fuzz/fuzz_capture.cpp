// libFuzzer target: a capture file as discover and audit read it (the HAR scanner, the
// storageState reader; SQLite files go to the SQLite library).
#include "Audit.h"
#include "Capture.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capture"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Observations observations;
    Capture capture;
    capture.read(path, {QStringLiteral("exemple.fr"), {}},
                 [&observations](const Sighting &s) { observations.add(s); });
    (void)observations.cookies(QStringLiteral("exemple.fr"));
    return 0;
}
