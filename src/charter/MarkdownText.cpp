#include "MarkdownText.h"

#include "Site.h"

#include <QUrl>

namespace {

QString substitute(QString text, const QHash<QString, QString> &placeholders) {
    for (auto it = placeholders.constBegin(); it != placeholders.constEnd(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

void appendText(CharterSpans &spans, CharterInline::Kind kind, const QString &text,
                const QHash<QString, QString> &placeholders, const QString &url = QString()) {
    if (text.isEmpty())
        return;
    const QString value = substitute(text, placeholders);
    if (kind == CharterInline::Kind::Text && !spans.isEmpty() &&
        spans.last().kind == CharterInline::Kind::Text) {
        spans.last().text += value;
        return;
    }
    spans.append({kind, value, url});
}

// The index of the closing delimiter, or -1.
qsizetype findClosing(const QString &text, qsizetype from, const QString &delimiter) {
    for (qsizetype i = from; i + delimiter.size() <= text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (QStringView(text).mid(i, delimiter.size()) == delimiter)
            return i;
    }
    return -1;
}

QString unescape(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).isPunct())
            ++i;
        out.append(text.at(i));
    }
    return out;
}

} // namespace

namespace MarkdownText {

bool isSafeUrl(const QString &url) {
    return Site::isWebAddress(url);
}

CharterSpans parseInline(const QString &text, const QHash<QString, QString> &placeholders) {
    CharterSpans spans;
    QString plain;
    auto flush = [&] {
        appendText(spans, CharterInline::Kind::Text, plain, placeholders);
        plain.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).isPunct()) {
            plain.append(text.at(i + 1));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('*') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = findClosing(text, i + 2, QStringLiteral("**"));
            if (end > i + 2) {
                flush();
                appendText(spans, CharterInline::Kind::Strong,
                           unescape(text.mid(i + 2, end - i - 2)), placeholders);
                i = end + 2;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < text.size() &&
            !text.at(i + 1).isSpace()) {
            const qsizetype end = findClosing(text, i + 1, QString(c));
            if (end > i + 1) {
                flush();
                appendText(spans, CharterInline::Kind::Emphasis,
                           unescape(text.mid(i + 1, end - i - 1)), placeholders);
                i = end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = text.indexOf(QLatin1Char('`'), i + 1);
            if (end > i + 1) {
                flush();
                appendText(spans, CharterInline::Kind::Code, text.mid(i + 1, end - i - 1),
                           placeholders);
                i = end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = findClosing(text, i + 1, QStringLiteral("]"));
            if (close > i && close + 1 < text.size() && text.at(close + 1) == QLatin1Char('(')) {
                // The destination may hold balanced parentheses: "(javascript:alert(1))".
                qsizetype end = -1;
                int depth = 0;
                for (qsizetype k = close + 2; k < text.size(); ++k) {
                    if (text.at(k) == QLatin1Char('('))
                        ++depth;
                    else if (text.at(k) == QLatin1Char(')') && depth-- == 0) {
                        end = k;
                        break;
                    }
                }
                if (end > close) {
                    flush();
                    const QString label = unescape(text.mid(i + 1, close - i - 1));
                    const QString url =
                        substitute(text.mid(close + 2, end - close - 2).trimmed(), placeholders);
                    if (isSafeUrl(url))
                        appendText(spans, CharterInline::Kind::Link, label, placeholders,
                                   QUrl(url).toString(QUrl::FullyEncoded));
                    else
                        appendText(spans, CharterInline::Kind::Text, label, placeholders);
                    i = end + 1;
                    continue;
                }
            }
        }
        plain.append(c);
        ++i;
    }
    flush();
    return spans;
}

QList<CharterBlock> parse(const QString &markdown, const QHash<QString, QString> &placeholders) {
    QList<CharterBlock> blocks;
    QString paragraph;
    CharterBlock list;
    list.kind = CharterBlock::Kind::List;
    auto flushParagraph = [&] {
        if (!paragraph.trimmed().isEmpty()) {
            CharterBlock block;
            block.kind = CharterBlock::Kind::Paragraph;
            block.items.append(parseInline(paragraph.simplified(), placeholders));
            blocks.append(block);
        }
        paragraph.clear();
    };
    auto flushList = [&] {
        if (!list.items.isEmpty())
            blocks.append(list);
        list.items.clear();
    };
    QString item;
    auto flushItem = [&] {
        if (!item.trimmed().isEmpty())
            list.items.append(parseInline(item.simplified(), placeholders));
        item.clear();
    };

    const QStringList lines = QString(markdown)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flushItem();
            flushList();
            flushParagraph();
            continue;
        }
        int hashes = 0;
        while (hashes < line.size() && line.at(hashes) == QLatin1Char('#'))
            ++hashes;
        if (hashes > 0 && hashes <= 6 && hashes < line.size() &&
            line.at(hashes) == QLatin1Char(' ')) {
            flushItem();
            flushList();
            flushParagraph();
            CharterBlock heading;
            heading.kind = CharterBlock::Kind::Heading;
            heading.level = qBound(2, hashes, 4);
            heading.items.append(parseInline(line.mid(hashes + 1).trimmed(), placeholders));
            blocks.append(heading);
            continue;
        }
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            flushParagraph();
            flushItem();
            item = line.mid(2);
            continue;
        }
        if (!item.isEmpty()) {
            item += QLatin1Char(' ') + line; // continuation of a list entry
            continue;
        }
        paragraph += QLatin1Char(' ') + line;
    }
    flushItem();
    flushList();
    flushParagraph();
    return blocks;
}

} // namespace MarkdownText
