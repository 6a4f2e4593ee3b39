#pragma once

#include <QByteArray>
#include <QString>

// Appends JSON tokens to a byte buffer without building a document in memory, so that exports
// of 100,000 cookies stream straight to the file.
namespace JsonWriter {

void appendString(QByteArray &out, const QString &value);
void appendKey(QByteArray &out, const char *key); // "key":
void appendMember(QByteArray &out, const char *key, const QString &value, bool comma = true);

} // namespace JsonWriter
