#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// Reads a whole input with a ceiling, so that /dev/zero or a runaway pipe is refused instead of
// exhausting memory.
namespace BoundedRead {

enum class Status { Ok, TooLarge, Failed };

// Reads `device` to its end, at most `limit` bytes; TooLarge as soon as there is more.
Status readAll(QIODevice &device, qint64 limit, QByteArray *bytes);

// "64 MiB": a limit as the help and the messages say it.
QString describe(qint64 bytes);

} // namespace BoundedRead
