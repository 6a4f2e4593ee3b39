#include "CsvWriter.h"

namespace {

bool looksLikeFormula(const QString &value) {
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= value.size())
        return false;
    const QChar c = value.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

namespace CsvWriter {

QString neutralise(const QString &value) {
    return looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QString unneutralise(const QString &cell) {
    if (cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(cell))
        return cell.mid(1);
    return cell;
}

void appendField(QByteArray &out, const QString &value, bool first) {
    if (!first)
        out.append(',');
    const QByteArray bytes = neutralise(value).toUtf8();
    bool quote = false;
    for (char c : bytes) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(bytes);
        return;
    }
    out.append('"');
    for (char c : bytes) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendRecord(QByteArray &out, const QStringList &values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        appendField(out, values.at(i), i == 0);
    out.append("\r\n");
}

} // namespace CsvWriter
