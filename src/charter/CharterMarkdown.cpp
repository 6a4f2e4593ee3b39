#include "CharterMarkdown.h"

#include <QRegularExpression>

#include "CharterDefaults.h"
#include "MarkdownText.h"

#include <QUrl>

namespace {

QString linkTarget(const QString &url) {
    QString encoded = QString::fromUtf8(QUrl(url).toEncoded());
    encoded.replace(QLatin1Char('('), QLatin1String("%28"));
    encoded.replace(QLatin1Char(')'), QLatin1String("%29"));
    encoded.replace(QLatin1Char(' '), QLatin1String("%20"));
    return encoded;
}

QString link(const QString &text, const QString &url) {
    if (!MarkdownText::isSafeUrl(url))
        return CharterMarkdown::escape(text);
    return QLatin1Char('[') + CharterMarkdown::escape(text) + QStringLiteral("](") +
           linkTarget(url) + QLatin1Char(')');
}

QString spans(const CharterSpans &items) {
    QString out;
    for (const CharterInline &span : items) {
        const QString text = CharterMarkdown::escape(span.text);
        switch (span.kind) {
        case CharterInline::Kind::Text:
            out += text;
            break;
        case CharterInline::Kind::Strong:
            out += QStringLiteral("**") + text + QStringLiteral("**");
            break;
        case CharterInline::Kind::Emphasis:
            out += QLatin1Char('*') + text + QLatin1Char('*');
            break;
        case CharterInline::Kind::Code:
            out += QLatin1Char('*') + text + QLatin1Char('*');
            break;
        case CharterInline::Kind::Link:
            out += link(span.text, span.url);
            break;
        }
    }
    return out;
}

// One line: runs of ASCII white space become one space. Non-breaking spaces stay (French
// typography puts them before : ; ! ?), which QString::simplified() would turn into spaces.
QString cell(const QString &text) {
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n\\f\\v]+"));
    QString flat = text;
    flat.replace(space, QStringLiteral(" "));
    return CharterMarkdown::escape(flat.trimmed());
}

} // namespace

namespace CharterMarkdown {

QString escape(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 128 && QStringLiteral("\\`*_[]<>|&~!#{}").contains(c)) {
            out += QLatin1Char('\\');
        } else if (i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+') ||
                              c == QLatin1Char('=') || c == QLatin1Char('>'))) {
            out += QLatin1Char('\\');
        } else if (c == QLatin1Char('.') && i > 0 && text.at(i - 1).isDigit()) {
            qsizetype start = i - 1;
            while (start > 0 && text.at(start - 1).isDigit())
                --start;
            if (start == 0)
                out += QLatin1Char('\\'); // "1." at the start would begin a numbered list
        }
        out += c;
    }
    return out;
}

QString write(const CharterDocument &document) {
    QString out;
    out.reserve(4096 + document.cookieCount * 300);
    out += QStringLiteral("# ") + escape(document.title) + QStringLiteral("\n\n");
    out += QStringLiteral("**") + escape(document.siteName) + QStringLiteral("**");
    if (!document.siteUrl.isEmpty())
        out += QStringLiteral(" — ") + link(document.siteUrl, document.siteUrl);
    out += QStringLiteral("  \n*") + escape(document.updatedLine) + QStringLiteral("*\n");

    using Column = CharterDocument::Column;
    for (const CharterBlock &block : document.blocks) {
        out += QLatin1Char('\n');
        switch (block.kind) {
        case CharterBlock::Kind::Heading:
            out += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') +
                   spans(block.items.value(0)) + QLatin1Char('\n');
            break;
        case CharterBlock::Kind::Paragraph:
            out += spans(block.items.value(0)) + QLatin1Char('\n');
            break;
        case CharterBlock::Kind::List:
            for (const CharterSpans &item : block.items)
                out += QStringLiteral("- ") + spans(item) + QLatin1Char('\n');
            break;
        case CharterBlock::Kind::CookieTable: {
            const QList<Column> columns = CharterDocument::columnsOf(block);
            out += QStringLiteral("### ") + escape(block.caption) + QStringLiteral("\n\n");
            out += escape(block.note) + QStringLiteral("\n\n|");
            for (Column column : columns)
                out +=
                    QLatin1Char(' ') + escape(document.columnLabel(column)) + QStringLiteral(" |");
            out += QStringLiteral("\n|");
            for (qsizetype i = 0; i < columns.size(); ++i)
                out += QStringLiteral(" --- |");
            out += QLatin1Char('\n');
            for (const CharterRow &row : block.rows) {
                out += QLatin1Char('|');
                for (Column column : columns) {
                    QString value;
                    switch (column) {
                    case Column::Provider:
                        value = cell(row.provider);
                        break;
                    case Column::ServiceAndLocation:
                        value = cell(row.serviceAndLocation);
                        break;
                    case Column::Name:
                        value = row.isPattern ? cell(document.patternLabel(row)) : cell(row.name);
                        break;
                    case Column::Purpose:
                        value = row.purposeFromOtherLanguage
                                    ? QLatin1Char('*') + cell(row.purpose) + QLatin1Char('*')
                                    : cell(row.purpose);
                        break;
                    case Column::Duration:
                        value = cell(row.duration);
                        break;
                    case Column::Privacy:
                    case Column::ColumnCount:
                        value = row.privacyUrl.isEmpty()
                                    ? QString()
                                    : link(CharterDefaults::privacyLinkText(document.language),
                                           row.privacyUrl);
                        break;
                    }
                    out += QLatin1Char(' ') + value + QStringLiteral(" |");
                }
                out += QLatin1Char('\n');
            }
            break;
        }
        }
    }
    return out;
}

} // namespace CharterMarkdown
