#include "BoundedRead.h"

#include <QIODevice>

namespace BoundedRead {

Status readAll(QIODevice &device, qint64 limit, QByteArray *bytes) {
    bytes->clear();
    if (!device.isSequential() && device.size() > limit)
        return Status::TooLarge;
    constexpr qint64 chunk = 1 << 20;
    for (;;) {
        const qint64 room = limit + 1 - bytes->size(); // one byte more tells "too large"
        const qsizetype before = bytes->size();
        bytes->resize(before + qsizetype(qMin(chunk, room)));
        const qint64 got = device.read(bytes->data() + before, bytes->size() - before);
        if (got < 0) {
            bytes->clear();
            return Status::Failed;
        }
        bytes->resize(before + qsizetype(got));
        if (bytes->size() > limit) {
            bytes->clear();
            return Status::TooLarge;
        }
        // A file or a blocking pipe reads 0 only at its end; a socket may have more to come.
        if (got == 0 && !device.waitForReadyRead(-1))
            return Status::Ok;
    }
}

QString describe(qint64 bytes) {
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes >> 10);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace BoundedRead
