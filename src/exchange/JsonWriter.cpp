#include "JsonWriter.h"

#include <QStringEncoder>

#include <cstring>

namespace JsonWriter {

void appendString(QByteArray &out, const QString &value) {
    static const char hex[] = "0123456789abcdef";
    // Encode straight into the output, then escape only if the text needs it (rarely).
    const qsizetype start = out.size();
    out.resize(start + 1 + value.size() * 3 + 1);
    char *begin = out.data() + start;
    *begin = '"';
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(begin + 1, value);
    bool plain = true;
    for (const char *p = begin + 1; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        *end++ = '"';
        out.truncate(end - out.constData());
        return;
    }
    const QByteArray bytes(begin + 1, end - (begin + 1));
    out.truncate(start);
    out.append('"');
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(bytes.constData() + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(bytes.constData() + plainStart, bytes.size() - plainStart);
    out.append('"');
}

void appendKey(QByteArray &out, const char *key) {
    const qsizetype length = qsizetype(strlen(key));
    const qsizetype start = out.size();
    out.resize(start + length + 3);
    char *p = out.data() + start;
    *p++ = '"';
    memcpy(p, key, size_t(length));
    p += length;
    *p++ = '"';
    *p = ':';
}

void appendMember(QByteArray &out, const char *key, const QString &value, bool comma) {
    appendKey(out, key);
    appendString(out, value);
    if (comma)
        out.append(',');
}

} // namespace JsonWriter
