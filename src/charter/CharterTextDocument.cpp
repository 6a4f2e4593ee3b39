#include "CharterTextDocument.h"

#include "CharterDefaults.h"
#include "MarkdownText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <memory>

namespace {

const QColor accent(0x1d, 0x4e, 0x89);
const QColor muted(0x5a, 0x62, 0x72);

using Column = CharterDocument::Column;

// Share of the page width per column: QTextDocument does not size columns by their content.
// The name column is sized to its names instead (nameColumn()), and the others share the rest.
qreal columnWidth(Column column, qsizetype columnCount) {
    static const qreal four[] = {17, 24, 19, 40, 0, 0};
    static const qreal five[] = {16, 19, 17, 36, 12, 0};
    static const qreal six[] = {15, 17, 16, 28, 10, 14};
    const qreal *widths = columnCount <= 4 ? four : columnCount == 5 ? five : six;
    int index = int(column);
    if (columnCount == 5 && column == Column::Privacy)
        index = 4; // the fifth column is the privacy link when there is no duration
    return widths[index];
}

QTextCharFormat baseFormat() {
    return QTextCharFormat();
}

const QStringList &codeFamilies() {
    static const QStringList families{QStringLiteral("DejaVu Sans Mono"),
                                      QStringLiteral("monospace")};
    return families;
}

QTextCharFormat codeFormat() {
    QTextCharFormat format;
    format.setFontFamilies(codeFamilies());
    return format;
}

// The width of the text on an A4 page once QTextDocument::print() has taken its 2 cm margins,
// in points: what the column widths are shares of.
constexpr qreal pageTextWidth = (210.0 - 40.0) / 25.4 * 72.0;
// A name wider than this share of the page may break, after _ - or . only.
constexpr qreal longNameShare = 0.55;
constexpr qreal cellPadding = 4;

// A cookie name never breaks inside a word: searching the PDF for it must find it. The name
// column gets the width of its longest name (up to longNameShare of the page; a longer name gets
// break opportunities after _ - and ., and the column the width of its longest piece).
struct NameColumn {
    qreal percent = 0;
    qreal breakAbove = 0; // points: names wider than this get break opportunities
};

class NameMeasure {
public:
    explicit NameMeasure(const QFont &base)
        : m_size(base.pointSizeF() > 0 ? base.pointSizeF() : 9.5) {
        QFont code(base);
        code.setFamilies(codeFamilies());
        m_metrics = std::make_unique<QFontMetricsF>(code);
        // Measured in the font's own pixels, turned into points through the em: no screen
        // resolution comes into it.
        m_pointsPerPixel = m_size / qMax<qreal>(1, m_metrics->height() / 1.164);
    }
    qreal points(const QString &text) const {
        return m_metrics->horizontalAdvance(text) * m_pointsPerPixel;
    }

private:
    qreal m_size;
    qreal m_pointsPerPixel = 1;
    std::unique_ptr<QFontMetricsF> m_metrics;
};

QStringList namePieces(const QString &name) {
    QStringList pieces;
    QString piece;
    for (const QChar c : name) {
        piece += c;
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            pieces.append(piece);
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces.append(piece);
    return pieces;
}

// The text of a name cell: a name too long for the column may break after _ - or . only.
QString breakableName(const QString &name, qreal breakAbove, const NameMeasure &measure) {
    if (breakAbove <= 0 || measure.points(name) <= breakAbove)
        return name;
    return namePieces(name).join(QChar(0x200B)); // zero-width space: a break opportunity
}

NameColumn nameColumn(const CharterBlock &block, const NameMeasure &measure) {
    const qreal cap = pageTextWidth * longNameShare;
    qreal widest = 0;
    for (const CharterRow &row : block.rows) {
        const QString &name = row.isPattern ? row.namePrefix : row.name;
        const qreal width = measure.points(name);
        if (width <= cap) {
            widest = qMax(widest, width);
            continue;
        }
        for (const QString &piece : namePieces(name))
            widest = qMax(widest, measure.points(piece));
    }
    NameColumn column;
    column.breakAbove = cap;
    // Padding on both sides, the borders, and room for the layout's rounding and hinting: a
    // column even a point too narrow breaks the name after a hyphen, which pdftotext then joins.
    // A long name without _ - . is wider than the cap itself: the layout then breaks it where it
    // must, and the other columns keep their room.
    const qreal wanted = (widest * 1.06 + 2 * cellPadding + 4) / pageTextWidth * 100;
    column.percent = qMin<qreal>(wanted, (cap + 2 * cellPadding + 4) / pageTextWidth * 100);
    return column;
}

QTextCharFormat linkFormat(const QString &url) {
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setForeground(accent);
    format.setFontUnderline(true);
    return format;
}

void insertSpans(QTextCursor &cursor, const CharterSpans &spans, const QTextCharFormat &base) {
    for (const CharterInline &span : spans) {
        QTextCharFormat format = base;
        switch (span.kind) {
        case CharterInline::Kind::Text:
            break;
        case CharterInline::Kind::Strong:
            format.setFontWeight(QFont::Bold);
            break;
        case CharterInline::Kind::Emphasis:
            format.setFontItalic(true);
            break;
        case CharterInline::Kind::Code:
            format.merge(codeFormat());
            break;
        case CharterInline::Kind::Link:
            if (MarkdownText::isSafeUrl(span.url))
                format.merge(linkFormat(span.url));
            break;
        }
        cursor.insertText(span.text, format);
    }
}

QTextBlockFormat paragraphFormat(qreal top, qreal bottom) {
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

QTextCharFormat headingFormat(int level) {
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(level <= 2 ? 14 : 11.5);
    if (level <= 2)
        format.setForeground(accent);
    return format;
}

void fillCell(QTextCursor cursor, const CharterDocument &document, const CharterRow &row,
              Column column, const NameColumn &names, const NameMeasure &measure) {
    switch (column) {
    case Column::Provider:
        cursor.insertText(row.provider, baseFormat());
        break;
    case Column::ServiceAndLocation:
        cursor.insertText(row.serviceAndLocation, baseFormat());
        break;
    case Column::Name:
        if (row.isPattern) {
            const QString label = document.patternLabel(row);
            const qsizetype at = label.lastIndexOf(row.namePrefix);
            cursor.insertText(label.left(at), baseFormat());
            cursor.insertText(breakableName(row.namePrefix, names.breakAbove, measure),
                              codeFormat());
            cursor.insertText(label.mid(at + row.namePrefix.size()), baseFormat());
        } else {
            cursor.insertText(breakableName(row.name, names.breakAbove, measure), codeFormat());
        }
        break;
    case Column::Purpose: {
        QTextCharFormat format;
        if (row.purposeFromOtherLanguage) {
            format.setFontItalic(true);
            format.setForeground(muted);
        }
        cursor.insertText(row.purpose, format);
        break;
    }
    case Column::Duration:
        cursor.insertText(row.duration, baseFormat());
        break;
    case Column::Privacy:
    case Column::ColumnCount:
        if (MarkdownText::isSafeUrl(row.privacyUrl))
            cursor.insertText(CharterDefaults::privacyLinkText(document.language),
                              linkFormat(row.privacyUrl));
        break;
    }
}

// How one table lays its names out.
struct TableLayout {
    TableLayout(const CharterBlock &block, const QFont &font)
        : measure(font)
        , names(nameColumn(block, measure)) {}
    NameMeasure measure;
    NameColumn names;
};

// A review's marks (never in a published charter): an added row on green with a "+", a removed
// one struck through on red with a "−", a changed cell with its old text struck through, an
// arrow and the new text on yellow, and what the table does not show under the name.
const QColor addedBackground(0xdc, 0xf3, 0xe0);
const QColor removedBackground(0xfb, 0xe1, 0xe1);
const QColor changedBackground(0xff, 0xf3, 0xc4);
const QColor removedText(0x9b, 0x1c, 0x1c);
const QColor addedText(0x1b, 0x6b, 0x2f);

void setCellBackground(QTextTableCell cell, const QColor &color) {
    QTextCharFormat format = cell.format();
    if (color.isValid())
        format.setBackground(color);
    else
        format.clearBackground();
    cell.setFormat(format);
}

void fillMarkedCell(QTextTableCell cell, const CharterDocument &document, const CharterRow &row,
                    Column column, bool first, const TableLayout &layout) {
    QTextCursor cursor = cell.firstCursorPosition();
    QTextCharFormat sign;
    sign.setFontWeight(QFont::Bold);
    const auto changed = row.before.constFind(int(column));
    switch (row.mark) {
    case CharterRow::Mark::Added:
        setCellBackground(cell, addedBackground);
        if (first) {
            sign.setForeground(addedText);
            cursor.insertText(QStringLiteral("+ "), sign);
        }
        break;
    case CharterRow::Mark::Removed:
        setCellBackground(cell, removedBackground);
        if (first) {
            sign.setForeground(removedText);
            cursor.insertText(QStringLiteral("\u2212 "), sign);
        }
        break;
    case CharterRow::Mark::Changed:
        if (changed != row.before.constEnd()) {
            setCellBackground(cell, changedBackground);
            QTextCharFormat old;
            old.setFontStrikeOut(true);
            old.setForeground(removedText);
            cursor.insertText(changed->isEmpty() ? QStringLiteral("\u2205") : *changed, old);
            cursor.insertText(QStringLiteral(" \u2192 "), sign);
        }
        break;
    case CharterRow::Mark::None:
        break;
    }
    const int start = cursor.position();
    fillCell(cursor, document, row, column, layout.names, layout.measure);
    if (row.mark == CharterRow::Mark::Removed) {
        QTextCursor all(cell.firstCursorPosition());
        all.setPosition(start);
        all.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCharFormat struck;
        struck.setFontStrikeOut(true);
        struck.setForeground(removedText);
        all.mergeCharFormat(struck);
    }
    if (column == Column::Name && !row.notes.isEmpty()) {
        QTextCursor end(cell.lastCursorPosition());
        QTextCharFormat note;
        note.setFontItalic(true);
        note.setForeground(muted);
        for (const QString &line : row.notes)
            end.insertText(QChar(QChar::LineSeparator) + line, note);
    }
}

void fillRow(QTextTable *table, int tableRow, const CharterDocument &document,
             const CharterRow &row, const QList<Column> &columns, const TableLayout &layout) {
    for (int c = 0; c < columns.size(); ++c) {
        if (row.mark == CharterRow::Mark::None)
            fillCell(table->cellAt(tableRow, c).firstCursorPosition(), document, row, columns.at(c),
                     layout.names, layout.measure);
        else
            fillMarkedCell(table->cellAt(tableRow, c), document, row, columns.at(c), c == 0,
                           layout);
    }
}

void clearRow(QTextTable *table, int tableRow, int columnCount) {
    for (int c = 0; c < columnCount; ++c) {
        const QTextTableCell cell = table->cellAt(tableRow, c);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setCharFormat(QTextCharFormat());
        if (cell.format().hasProperty(QTextFormat::BackgroundBrush))
            setCellBackground(cell, QColor());
    }
}

// Table frames carry the index of the model block they show, so update() can find them.
constexpr int blockProperty = QTextFormat::UserProperty + 1;

// The name column as its names need; the other columns share the rest as they would share the
// whole, and wrap.
QList<QTextLength> columnWidths(const QList<Column> &columns, const NameColumn &names) {
    const qreal others = 100 - columnWidth(Column::Name, columns.size());
    const qreal scale = (100 - names.percent) / others;
    QList<QTextLength> widths;
    for (Column column : columns)
        widths.append(QTextLength(
            QTextLength::PercentageLength,
            column == Column::Name ? names.percent : columnWidth(column, columns.size()) * scale));
    return widths;
}

QTextTableFormat tableFormat(const QList<Column> &columns, int blockIndex, bool first,
                             const NameColumn &names) {
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xc9, 0xd0, 0xdb));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(cellPadding);
    format.setCellSpacing(0);
    format.setHeaderRowCount(first ? 1 : 0);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(columnWidths(columns, names));
    format.setProperty(blockProperty, blockIndex);
    return format;
}

void insertTable(QTextCursor &cursor, const CharterDocument &document, const CharterBlock &block,
                 int blockIndex, int chunkRows) {
    cursor.insertBlock(paragraphFormat(12, 2), headingFormat(3));
    cursor.insertText(block.caption);
    QTextCharFormat note;
    note.setForeground(muted);
    cursor.insertBlock(paragraphFormat(0, 4), note);
    cursor.insertText(block.note);

    const QList<Column> columns = CharterDocument::columnsOf(block);
    const TableLayout layout(block, cursor.document()->defaultFont());
    const int total = int(block.rows.size());
    const int chunk = chunkRows > 0 ? chunkRows : total;
    int next = 0;
    bool first = true;
    do {
        const int rows = qMin(chunk, total - next);
        if (!first) {
            // Qt keeps a block between two tables; make it as thin as it goes.
            QTextCharFormat hairline;
            hairline.setFontPointSize(1);
            cursor.insertBlock(paragraphFormat(0, 0), hairline);
        }
        QTextTable *table =
            cursor.insertTable(rows + (first ? 1 : 0), int(columns.size()),
                               tableFormat(columns, blockIndex, first, layout.names));
        const int offset = first ? 1 : 0;
        if (first) {
            QTextCharFormat header;
            header.setFontWeight(QFont::Bold);
            header.setForeground(Qt::white);
            for (int c = 0; c < columns.size(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBackground(accent);
                cell.setFormat(cellFormat);
                cell.firstCursorPosition().insertText(document.columnLabel(columns.at(c)), header);
            }
        }
        for (int r = 0; r < rows; ++r)
            fillRow(table, r + offset, document, block.rows.at(next + r), columns, layout);
        next += rows;
        first = false;
        cursor.movePosition(QTextCursor::End);
    } while (next < total);
}

// The tables showing model block `blockIndex`, in order, with where each one's body rows start.
struct Chunk {
    QTextTable *table;
    int firstBodyRow; // 1 for the chunk with the header, else 0
};

QList<Chunk> chunksOf(QTextDocument *target, int blockIndex) {
    QList<Chunk> chunks;
    for (QTextFrame *frame : target->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table && table->format().property(blockProperty).toInt() == blockIndex)
            chunks.append({table, table->format().headerRowCount()});
    }
    return chunks;
}

// Where virtual body row `row` of a chunked table lives.
bool locate(const QList<Chunk> &chunks, int row, int *chunkIndex, int *tableRow) {
    for (int i = 0; i < chunks.size(); ++i) {
        const int bodyRows = chunks.at(i).table->rows() - chunks.at(i).firstBodyRow;
        if (row < bodyRows || (i == chunks.size() - 1 && row == bodyRows)) {
            *chunkIndex = i;
            *tableRow = chunks.at(i).firstBodyRow + row;
            return true;
        }
        row -= bodyRows;
    }
    return false;
}

bool sameSpans(const CharterSpans &a, const CharterSpans &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).text != b.at(i).text ||
            a.at(i).url != b.at(i).url)
            return false;
    }
    return true;
}

bool sameRow(const CharterRow &a, const CharterRow &b) {
    return a.provider == b.provider && a.serviceAndLocation == b.serviceAndLocation &&
           a.name == b.name && a.isPattern == b.isPattern && a.purpose == b.purpose &&
           a.purposeFromOtherLanguage == b.purposeFromOtherLanguage && a.duration == b.duration &&
           a.privacyUrl == b.privacyUrl && a.mark == b.mark && a.before == b.before &&
           a.notes == b.notes;
}

// Same document but for the rows inside tables.
bool sameFrame(const CharterDocument &a, const CharterDocument &b) {
    if (a.language != b.language || a.title != b.title || a.siteName != b.siteName ||
        a.siteUrl != b.siteUrl || a.updatedLine != b.updatedLine ||
        a.blocks.size() != b.blocks.size())
        return false;
    for (qsizetype i = 0; i < a.blocks.size(); ++i) {
        const CharterBlock &x = a.blocks.at(i);
        const CharterBlock &y = b.blocks.at(i);
        if (x.kind != y.kind || x.level != y.level || x.items.size() != y.items.size())
            return false;
        if (x.kind == CharterBlock::Kind::CookieTable) {
            if (x.category != y.category || x.caption != y.caption || x.note != y.note ||
                x.showDuration != y.showDuration || x.showPrivacy != y.showPrivacy)
                return false;
            continue;
        }
        for (qsizetype k = 0; k < x.items.size(); ++k) {
            if (!sameSpans(x.items.at(k), y.items.at(k)))
                return false;
        }
    }
    return true;
}

} // namespace

namespace CharterTextDocument {

void build(QTextDocument *target, const CharterDocument &document, int chunkRows) {
    target->clear();
    target->setDocumentMargin(12);
    QTextCursor cursor(target);
    cursor.beginEditBlock();

    QTextCharFormat title = headingFormat(1);
    title.setFontPointSize(20);
    cursor.setBlockFormat(paragraphFormat(0, 4));
    cursor.insertText(document.title, title);
    cursor.insertBlock(paragraphFormat(0, 0), baseFormat());
    cursor.insertText(document.siteName, baseFormat());
    if (!document.siteUrl.isEmpty()) {
        cursor.insertText(QStringLiteral(" — "), baseFormat());
        cursor.insertText(document.siteUrl, linkFormat(document.siteUrl));
    }
    QTextCharFormat mutedFormat;
    mutedFormat.setForeground(muted);
    cursor.insertBlock(paragraphFormat(0, 10), mutedFormat);
    cursor.insertText(document.updatedLine, mutedFormat);

    for (int index = 0; index < document.blocks.size(); ++index) {
        const CharterBlock &block = document.blocks.at(index);
        switch (block.kind) {
        case CharterBlock::Kind::Heading:
            cursor.insertBlock(paragraphFormat(block.level <= 2 ? 16 : 10, 4),
                               headingFormat(block.level));
            insertSpans(cursor, block.items.value(0), headingFormat(block.level));
            break;
        case CharterBlock::Kind::Paragraph:
            cursor.insertBlock(paragraphFormat(4, 4), baseFormat());
            insertSpans(cursor, block.items.value(0), baseFormat());
            break;
        case CharterBlock::Kind::List: {
            QTextListFormat listFormat;
            listFormat.setStyle(QTextListFormat::ListDisc);
            listFormat.setIndent(1);
            QTextList *list = nullptr;
            for (const CharterSpans &item : block.items) {
                cursor.insertBlock(paragraphFormat(1, 1), baseFormat());
                // A new block format drops the list: every item joins it explicitly.
                if (!list)
                    list = cursor.createList(listFormat);
                else
                    list->add(cursor.block());
                insertSpans(cursor, item, baseFormat());
            }
            cursor.insertBlock(paragraphFormat(0, 0), baseFormat()); // leaves the list
            break;
        }
        case CharterBlock::Kind::CookieTable:
            insertTable(cursor, document, block, index, chunkRows);
            break;
        }
    }
    cursor.endEditBlock();
}

bool update(QTextDocument *target, const CharterDocument &before, const CharterDocument &after,
            int chunkRows) {
    if (!sameFrame(before, after)) {
        build(target, after, chunkRows);
        return false;
    }
    QTextCursor editing(target);
    editing.beginEditBlock();
    for (int b = 0; b < after.blocks.size(); ++b) {
        if (after.blocks.at(b).kind != CharterBlock::Kind::CookieTable)
            continue;
        const QList<Chunk> chunks = chunksOf(target, b);
        const QList<CharterRow> &old = before.blocks.at(b).rows;
        const QList<CharterRow> &now = after.blocks.at(b).rows;
        const QList<Column> columns = CharterDocument::columnsOf(after.blocks.at(b));
        const TableLayout layout(after.blocks.at(b), target->defaultFont());
        // A name edited longer or shorter resizes its column here too (the preview prints).
        const QList<QTextLength> widths = columnWidths(columns, layout.names);
        for (const Chunk &chunk : chunks) {
            QTextTableFormat format = chunk.table->format().toTableFormat();
            if (format.columnWidthConstraints() == widths)
                continue; // the usual case: no relayout
            format.setColumnWidthConstraints(widths);
            chunk.table->setFormat(format);
        }
        // Rows that stay put at both ends; everything in between is rewritten.
        qsizetype head = 0;
        while (head < old.size() && head < now.size() && sameRow(old.at(head), now.at(head)))
            ++head;
        qsizetype tail = 0;
        while (tail < old.size() - head && tail < now.size() - head &&
               sameRow(old.at(old.size() - 1 - tail), now.at(now.size() - 1 - tail)))
            ++tail;
        const int oldMiddle = int(old.size() - head - tail);
        const int newMiddle = int(now.size() - head - tail);
        const int common = qMin(oldMiddle, newMiddle);
        bool placed = !chunks.isEmpty();
        for (int r = 0; r < common && placed; ++r) {
            int chunk = 0;
            int tableRow = 0;
            placed = locate(chunks, int(head) + r, &chunk, &tableRow);
            if (placed) {
                clearRow(chunks.at(chunk).table, tableRow, int(columns.size()));
                fillRow(chunks.at(chunk).table, tableRow, after, now.at(head + r), columns, layout);
            }
        }
        int chunk = 0;
        int tableRow = 0;
        if (placed && newMiddle != oldMiddle)
            placed = locate(chunks, int(head) + common, &chunk, &tableRow);
        if (placed && newMiddle > oldMiddle) {
            QTextTable *table = chunks.at(chunk).table;
            if (tableRow >= table->rows())
                table->appendRows(newMiddle - oldMiddle);
            else
                table->insertRows(tableRow, newMiddle - oldMiddle);
            for (int r = common; r < newMiddle; ++r)
                fillRow(table, tableRow + r - common, after, now.at(head + r), columns, layout);
        } else if (placed && oldMiddle > newMiddle) {
            QTextTable *table = chunks.at(chunk).table;
            const int removed = oldMiddle - newMiddle;
            // Within one chunk, and never its last body row (a table cannot be empty).
            placed = tableRow + removed <= table->rows() &&
                     table->rows() - removed > chunks.at(chunk).firstBodyRow;
            if (placed)
                table->removeRows(tableRow, removed);
        }
        if (!placed) {
            editing.endEditBlock();
            build(target, after, chunkRows);
            return false;
        }
    }
    editing.endEditBlock();
    return true;
}

} // namespace CharterTextDocument
