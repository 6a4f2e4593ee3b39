#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV (UTF-8, CRLF). Cells that a spreadsheet would run as a formula (starting
// with = + - @ tab or CR, after any leading apostrophes) get one leading apostrophe;
// CsvWriter::unneutralise takes exactly one off again, so every value round-trips.
namespace CsvWriter {

void appendField(QByteArray &out, const QString &value, bool first);
void appendRecord(QByteArray &out, const QStringList &values);
QString neutralise(const QString &value);
QString unneutralise(const QString &cell);

} // namespace CsvWriter
