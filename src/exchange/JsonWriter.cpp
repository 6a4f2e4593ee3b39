#include "JsonWriter.h"

namespace JsonWriter {

void appendString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray bytes = value.toUtf8();
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

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendMember(QByteArray &out, const char *key, const QString &value, bool comma)
{
    appendKey(out, key);
    appendString(out, value);
    if (comma)
        out.append(',');
}

} // namespace JsonWriter
