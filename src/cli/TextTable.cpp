#include "TextTable.h"

TextTable::TextTable(QStringList header, QList<int> maxWidths)
    : m_header(std::move(header))
    , m_maxWidths(std::move(maxWidths)) {}

void TextTable::addRow(const QStringList &cells) {
    m_rows.append(cells);
}

QString TextTable::render() const {
    const qsizetype columns = m_header.size();
    QList<qsizetype> widths(columns, 0);
    auto cellText = [this](const QString &text, qsizetype column) {
        QString flat = text;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const int limit = column < m_maxWidths.size() ? m_maxWidths.at(column) : 0;
        if (limit > 1 && flat.size() > limit)
            flat = flat.left(limit - 1) + QChar(0x2026);
        return flat;
    };
    auto measure = [&](const QStringList &row) {
        for (qsizetype c = 0; c < columns && c < row.size(); ++c)
            widths[c] = qMax(widths[c], cellText(row.at(c), c).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    QString out;
    auto line = [&](const QStringList &row) {
        QString text;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < row.size() ? cellText(row.at(c), c) : QString();
            text += c + 1 < columns ? cell.leftJustified(widths[c] + 2) : cell;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    return out;
}
