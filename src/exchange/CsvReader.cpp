#include "CsvReader.h"

#include <QCoreApplication>

bool isValidUtf8(const char *data, qsizetype size) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(const QByteArray &data) {
    setData(data);
}

void CsvReader::setData(const QByteArray &data) {
    m_data = data;
    rewind();
}

void CsvReader::rewind() {
    m_start = m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    m_pos = m_start;
    m_line = 1;
    m_recordLine = 0;
    m_recordError.clear();
}

double CsvReader::progress() const {
    return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size());
}

char CsvReader::detectSeparator(const QByteArray &data) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

bool CsvReader::readRecord(QStringList *fields) {
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    fields->clear();
    m_recordError.clear();

    // Skip blank lines between records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return false;

    m_recordLine = m_line;
    const qsizetype recordStart = m_pos;
    bool endOfRecord = false;
    while (!endOfRecord) {
        if (m_pos < size && data[m_pos] == '"') {
            ++m_pos;
            m_buffer.clear();
            bool closed = false;
            while (m_pos < size) {
                const char *quote =
                    static_cast<const char *>(memchr(data + m_pos, '"', size_t(size - m_pos)));
                const qsizetype end = quote ? quote - data : size;
                for (qsizetype i = m_pos; i < end; ++i) {
                    if (data[i] == '\n' ||
                        (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
                        ++m_line;
                }
                m_buffer.append(data + m_pos, end - m_pos);
                if (!quote) {
                    m_pos = size;
                    break;
                }
                m_pos = end + 1;
                if (m_pos < size && data[m_pos] == '"') {
                    m_buffer.append('"');
                    ++m_pos;
                    continue;
                }
                closed = true;
                break;
            }
            if (!closed && m_recordError.isEmpty())
                m_recordError =
                    QCoreApplication::translate("CsvReader", "a quoted field is never closed");
            // Text after a closing quote (a"b"c) is kept, as spreadsheets do.
            const qsizetype tail = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n' &&
                   data[m_pos] != '\r')
                ++m_pos;
            if (m_pos > tail)
                m_buffer.append(data + tail, m_pos - tail);
            fields->append(QString::fromUtf8(m_buffer));
        } else {
            const qsizetype begin = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n' &&
                   data[m_pos] != '\r')
                ++m_pos;
            fields->append(QString::fromUtf8(data + begin, m_pos - begin));
        }
        if (m_pos >= size) {
            endOfRecord = true;
        } else if (data[m_pos] == m_separator) {
            ++m_pos;
        } else {
            if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            endOfRecord = true;
        }
    }
    // Decoding turns invalid UTF-8 into U+FFFD; only then is the row worth checking byte by byte.
    bool replaced = false;
    for (const QString &field : *fields) {
        if (field.contains(QChar::ReplacementCharacter)) {
            replaced = true;
            break;
        }
    }
    if (replaced && m_recordError.isEmpty() &&
        !isValidUtf8(data + recordStart, m_pos - recordStart))
        m_recordError = QCoreApplication::translate("CsvReader", "the row is not valid UTF-8 text");
    return true;
}
