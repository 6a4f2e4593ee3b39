#include "CharterHtml.h"

#include "CharterDefaults.h"
#include "MarkdownText.h"

namespace {

const char pageStyle[] = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #f5f6f8; color: #1f2430;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 64rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff;
  border-radius: 10px; box-shadow: 0 1px 4px rgba(20, 30, 60, .12); }
header { border-bottom: 3px solid #1d4e89; margin-bottom: 1.5rem; padding-bottom: 1rem; }
h1 { margin: 0 0 .4rem; font-size: 2rem; color: #1d4e89; }
.site { margin: 0; font-size: 1.05rem; }
.updated { margin: .2rem 0 0; color: #5a6272; font-size: .95rem; }
h2 { margin: 2.2rem 0 .6rem; font-size: 1.35rem; color: #1d4e89; }
h3, h4 { margin: 1.6rem 0 .4rem; font-size: 1.1rem; }
a { color: #1d4e89; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em;
  background: #eef1f6; padding: .05em .3em; border-radius: 3px; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1.4rem; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
caption { caption-side: top; text-align: left; font-weight: 700; font-size: 1.08rem; padding: .8rem 0 .2rem; }
.note { display: inline-block; margin: .2rem 0 .5rem; color: #5a6272; font-size: .93rem; font-weight: 400; }
th, td { border: 1px solid #d5dae3; padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #1d4e89; color: #fff; font-weight: 600; }
tbody tr:nth-child(even) { background: #f3f6fa; }
.other-language { color: #5a6272; font-style: italic; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #5a6272; }
  thead th { background: #e3e8f0; color: #000; }
}
)css";

QString spans(const CharterSpans &items) {
    QString out;
    for (const CharterInline &span : items) {
        const QString text = CharterHtml::escape(span.text);
        switch (span.kind) {
        case CharterInline::Kind::Text:
            out += text;
            break;
        case CharterInline::Kind::Strong:
            out += QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
            break;
        case CharterInline::Kind::Emphasis:
            out += QStringLiteral("<em>") + text + QStringLiteral("</em>");
            break;
        case CharterInline::Kind::Code:
            out += QStringLiteral("<code>") + text + QStringLiteral("</code>");
            break;
        case CharterInline::Kind::Link:
            if (MarkdownText::isSafeUrl(span.url))
                out += QStringLiteral("<a href=\"") + CharterHtml::escape(span.url) +
                       QStringLiteral("\">") + text + QStringLiteral("</a>");
            else
                out += text;
            break;
        }
    }
    return out;
}

QString nameCell(const CharterDocument &document, const CharterRow &row) {
    if (row.isPattern) {
        const QString prefix =
            QStringLiteral("<code>%1</code>").arg(CharterHtml::escape(row.namePrefix));
        return CharterHtml::escape(document.patternLabel(row))
            .replace(CharterHtml::escape(row.namePrefix), prefix);
    }
    return QStringLiteral("<code>") + CharterHtml::escape(row.name) + QStringLiteral("</code>");
}

void writeTable(QString &out, const CharterDocument &document, const CharterBlock &table) {
    using Column = CharterDocument::Column;
    const QList<Column> columns = CharterDocument::columnsOf(table);
    const QString caption = CharterHtml::escape(table.caption);
    const QString note = CharterHtml::escape(table.note);
    out += QStringLiteral("<div class=\"table-wrap\">\n<table id=\"cookies-%1\">\n<caption>%2<br>\n"
                          "<span class=\"note\">%3</span></caption>\n")
               .arg(Vocabulary::categoryKey(table.category), caption, note);
    out += QStringLiteral("<thead>\n<tr>");
    for (Column column : columns)
        out += QStringLiteral("<th scope=\"col\">%1</th>")
                   .arg(CharterHtml::escape(document.columnLabel(column)));
    out += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (const CharterRow &row : table.rows) {
        out += QStringLiteral("<tr>");
        for (Column column : columns) {
            QString cell;
            switch (column) {
            case Column::Provider:
                cell = CharterHtml::escape(row.provider);
                break;
            case Column::ServiceAndLocation:
                cell = CharterHtml::escape(row.serviceAndLocation);
                break;
            case Column::Name:
                cell = nameCell(document, row);
                break;
            case Column::Purpose:
                cell =
                    row.purposeFromOtherLanguage
                        ? QStringLiteral("<span class=\"other-language\" lang=\"%1\">%2</span>")
                              .arg(document.language == QLatin1String("en") ? QStringLiteral("fr")
                                                                            : QStringLiteral("en"),
                                   CharterHtml::escape(row.purpose))
                        : CharterHtml::escape(row.purpose);
                break;
            case Column::Duration:
                cell = CharterHtml::escape(row.duration);
                break;
            case Column::Privacy:
            case Column::ColumnCount:
                if (MarkdownText::isSafeUrl(row.privacyUrl))
                    cell = QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(CharterHtml::escape(row.privacyUrl),
                                    CharterHtml::escape(
                                        CharterDefaults::privacyLinkText(document.language)));
                break;
            }
            out += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n</div>\n");
}

void writeBlocks(QString &out, const CharterDocument &document) {
    for (const CharterBlock &block : document.blocks) {
        switch (block.kind) {
        case CharterBlock::Kind::Heading:
            out +=
                QStringLiteral("<h%1>%2</h%1>\n").arg(block.level).arg(spans(block.items.value(0)));
            break;
        case CharterBlock::Kind::Paragraph:
            out += QStringLiteral("<p>") + spans(block.items.value(0)) + QStringLiteral("</p>\n");
            break;
        case CharterBlock::Kind::List:
            out += QStringLiteral("<ul>\n");
            for (const CharterSpans &item : block.items)
                out += QStringLiteral("<li>") + spans(item) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case CharterBlock::Kind::CookieTable:
            writeTable(out, document, block);
            break;
        }
    }
}

QString siteLine(const CharterDocument &document) {
    QString line = CharterHtml::escape(document.siteName);
    if (!document.siteUrl.isEmpty())
        line +=
            QStringLiteral(" — <a href=\"%1\">%1</a>").arg(CharterHtml::escape(document.siteUrl));
    return line;
}

} // namespace

namespace CharterHtml {

QString escape(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString write(const CharterDocument &document, Flavour flavour) {
    QString out;
    out.reserve(4096 + document.cookieCount * 400);
    const QString title = escape(document.title);
    switch (flavour) {
    case Flavour::Page:
        out += QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>%2 — %3</title>\n<style>")
                   .arg(escape(document.language), title, escape(document.siteName));
        out += QLatin1String(pageStyle);
        out += QStringLiteral("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>%1</h1>\n"
                              "<p class=\"site\">%2</p>\n<p class=\"updated\">%3</p>\n</header>\n")
                   .arg(title, siteLine(document), escape(document.updatedLine));
        writeBlocks(out, document);
        out += QStringLiteral("</main>\n</body>\n</html>\n");
        break;
    case Flavour::Fragment:
        out += QStringLiteral(
                   "<section class=\"cookie-charter\" lang=\"%1\">\n<p class=\"updated\">%2</p>\n")
                   .arg(escape(document.language), escape(document.updatedLine));
        writeBlocks(out, document);
        out += QStringLiteral("</section>\n");
        break;
    }
    return out;
}

} // namespace CharterHtml
