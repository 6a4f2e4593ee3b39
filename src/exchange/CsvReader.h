#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// An RFC 4180 reader over bytes held by the caller (often a memory-mapped file): quoted fields
// with doubled quotes, separators and line breaks inside quotes, CRLF, LF or CR line ends, a
// UTF-8 byte-order mark. It streams one record at a time and reports bad records (invalid UTF-8,
// an unterminated quote) with the line they start on instead of stopping.
class CsvReader {
public:
    explicit CsvReader(const QByteArray &data = QByteArray());

    void setData(const QByteArray &data);
    void setSeparator(char separator) { m_separator = separator; }
    char separator() const { return m_separator; }
    // ',' unless the first line has more ';' or tabs outside quotes (spreadsheets in French
    // locales write ';').
    static char detectSeparator(const QByteArray &data);

    // Reads the next non-blank record; false at the end of the data.
    bool readRecord(QStringList *fields);
    int recordLine() const { return m_recordLine; }
    QString recordError() const { return m_recordError; }
    double progress() const;
    void rewind();

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    qsizetype m_start = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_recordError;
    char m_separator = ',';
    QByteArray m_buffer;
};

bool isValidUtf8(const char *data, qsizetype size);
