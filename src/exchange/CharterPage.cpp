#include "CharterPage.h"

#include "ServiceLocation.h"
#include "TextFold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>
#include <functional>
#include <memory>

namespace {

// What a column of a cookie table holds.
enum class Column {
    None,
    Provider,
    ServiceLocation, // "Service et emplacement": split as the CSV import splits it
    Service,
    Location,
    Name,
    Purpose,
    Duration,
    Category,
    Type, // a storage type, or a category, depending on the page
    Domain,
    Party,
};

QString fieldKey(Column column) {
    switch (column) {
    case Column::None:
        break;
    case Column::Provider:
        return QStringLiteral("provider");
    case Column::ServiceLocation:
        return QStringLiteral("service+location");
    case Column::Service:
        return QStringLiteral("service");
    case Column::Location:
        return QStringLiteral("location");
    case Column::Name:
        return QStringLiteral("name");
    case Column::Purpose:
        return QStringLiteral("purpose");
    case Column::Duration:
        return QStringLiteral("duration");
    case Column::Category:
        return QStringLiteral("category");
    case Column::Type:
        return QStringLiteral("type");
    case Column::Domain:
        return QStringLiteral("domain");
    case Column::Party:
        return QStringLiteral("party");
    }
    return QString();
}

// "Finalité(s)" -> "finalite", "Cookie name(s)" -> "cookie name": lower case, no accents, no
// "(s)", no punctuation but the words.
QString foldHeader(const QString &text) {
    QString folded = foldCaseAndAccents(text);
    folded.replace(QLatin1String("(s)"), QLatin1String(""));
    QString out;
    out.reserve(folded.size());
    for (QChar ch : std::as_const(folded))
        out.append(ch.isLetterOrNumber() ? ch : QLatin1Char(' '));
    return out.simplified();
}

bool hasWord(const QString &folded, std::initializer_list<const char *> stems) {
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        for (const char *stem : stems) {
            if (word.startsWith(QLatin1String(stem)))
                return true;
        }
    }
    return false;
}

Column classify(const QString &header, bool *french) {
    const QString h = foldHeader(header);
    if (h.isEmpty())
        return Column::None;
    static const char *const frenchWords[] = {
        "nom",     "prestataire",  "fournisseur", "finalite",     "duree",    "objectif",
        "utilite", "emplacement",  "categorie",   "domaine",      "fonction", "echeance",
        "editeur", "localisation", "societe",     "conservation", "emetteur", "partie"};
    for (const char *word : frenchWords) {
        if (hasWord(h, {word}))
            *french = true;
    }
    if (h == QLatin1String("service et emplacement") ||
        h == QLatin1String("service and location") ||
        h == QLatin1String("fonction et localisation") ||
        h == QLatin1String("function and location") ||
        h == QLatin1String("service et localisation") || h == QLatin1String("service emplacement"))
        return Column::ServiceLocation;
    if (hasWord(h, {"prestataire", "fournisseur", "provider", "supplier", "editeur", "emetteur",
                    "vendor", "societe", "company", "deposant", "publisher", "controller",
                    "responsable"}))
        return Column::Provider;
    if (h == QLatin1String("nom") || h == QLatin1String("name") || h == QLatin1String("cookie") ||
        h == QLatin1String("cookies") || h == QLatin1String("traceur") ||
        h == QLatin1String("traceurs") ||
        (hasWord(h, {"cookie", "traceur"}) && hasWord(h, {"nom", "name", "identifiant", "id"})))
        return Column::Name;
    if (hasWord(h, {"duree", "expiration", "echeance", "lifetime", "lifespan", "retention",
                    "expiry", "expires", "expire", "conservation", "validite", "duration"}))
        return Column::Duration;
    if (hasWord(h, {"categorie", "category"}))
        return Column::Category;
    if (h == QLatin1String("type") || h == QLatin1String("type de cookie") ||
        h == QLatin1String("cookie type") || h == QLatin1String("type of cookie"))
        return Column::Type;
    if (hasWord(h, {"domaine", "domain", "hote", "host"}))
        return Column::Domain;
    if (hasWord(h, {"partie", "party", "tiers", "third", "interne"}))
        return Column::Party;
    if (hasWord(h, {"finalite", "objectif", "utilite", "purpose", "function", "fonction",
                    "description", "usage", "role", "but", "utilisation", "objet"}))
        return Column::Purpose;
    if (hasWord(h, {"service", "outil", "tool", "plateforme", "platform"}))
        return Column::Service;
    if (hasWord(h, {"emplacement", "localisation", "location"}))
        return Column::Location;
    return Column::None;
}

// A table as found in the page, before its columns are read.
struct RawRow {
    int line = 0;
    QStringList cells; // each cell's lines joined with '\n'
};
struct RawTable {
    QStringList headings; // headings above it since the previous table, nearest last
    QStringList texts;    // other short texts (paragraphs, lines) above it, nearest last
    QString caption;
    QList<RawRow> rows; // the first is the header
};
// Takes each table as soon as it is read, so that only one is held at a time.
using TableSink = std::function<void(const RawTable &)>;

// Names in a cell: "_pk_id, _pk_ses", "_ga et _gid", one per line; "_ga_<container-id>" and
// "_ga_XXXXXX" are the pattern "_ga_*".
QStringList splitNames(const QString &cell) {
    // A placeholder in brackets, spaces and all ("_hjSession_[site id]"), is the varying part.
    QString text;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar open = cell.at(i);
        const QChar close = open == QLatin1Char('<')   ? QLatin1Char('>')
                            : open == QLatin1Char('[') ? QLatin1Char(']')
                            : open == QLatin1Char('{') ? QLatin1Char('}')
                                                       : QChar();
        const qsizetype end = close.isNull() ? -1 : cell.indexOf(close, i + 1);
        if (end > i && end - i <= 40 && !cell.mid(i, end - i).contains(QLatin1Char('\n'))) {
            text += QLatin1Char('*');
            i = end;
            continue;
        }
        text += open;
    }
    for (const char *quote : {"`", "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "'"})
        text.replace(QString::fromUtf8(quote), QLatin1String(" "));
    for (const char *separator : {",", ";", "\n", "|", "/"})
        text.replace(QLatin1String(separator), QLatin1String(" "));
    QStringList names;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        const QString folded = word.toLower();
        if (folded == QLatin1String("et") || folded == QLatin1String("and") ||
            folded == QLatin1String("ou") || folded == QLatin1String("or") ||
            folded == QLatin1String("&"))
            continue;
        // A placeholder for the part that varies makes a pattern.
        qsizetype cut = -1;
        for (QChar mark :
             {QLatin1Char('<'), QLatin1Char('['), QLatin1Char('{'), QLatin1Char('*')}) {
            const qsizetype at = word.indexOf(mark);
            if (at > 0 && (cut < 0 || at < cut))
                cut = at;
        }
        if (cut < 0) {
            qsizetype xs = 0;
            while (xs < word.size() && (word.at(word.size() - 1 - xs) == QLatin1Char('X') ||
                                        word.at(word.size() - 1 - xs) == QLatin1Char('x')))
                ++xs;
            if (xs >= 3 && xs < word.size())
                cut = word.size() - xs;
        }
        if (cut > 0)
            word = word.left(cut) + QLatin1Char('*');
        if (word.startsWith(QLatin1Char('*')) || word.isEmpty())
            continue;
        if (!names.contains(word))
            names.append(word);
    }
    return names;
}

QString oneLine(const QString &cell) {
    QString text = cell;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

// Reads the columns of a table into records.
void readTable(const RawTable &raw, CharterPage::Result *result, bool *french) {
    if (raw.rows.size() < 2)
        return;
    const RawRow &headerRow = raw.rows.constFirst();
    QList<Column> columns;
    bool tableFrench = false;
    for (const QString &cell : headerRow.cells)
        columns.append(classify(oneLine(cell), &tableFrench));
    if (!columns.contains(Column::Name))
        return;
    int known = 0;
    for (Column column : std::as_const(columns))
        known += column != Column::None ? 1 : 0;
    if (known < 2)
        return;
    *french = *french || tableFrench;

    CharterPage::Table table;
    table.line = headerRow.line;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        table.header.append(oneLine(headerRow.cells.at(i)));
        table.fields.append(fieldKey(columns.at(i)));
    }
    // The category: the caption, else the nearest heading above that names one, else the
    // nearest short text.
    Category category = Category::Unclassified;
    QStringList candidates = raw.texts + raw.headings;
    if (!raw.caption.isEmpty())
        candidates.append(raw.caption);
    for (qsizetype i = candidates.size() - 1; i >= 0; --i) {
        const Category named = CharterPage::headingCategory(candidates.at(i));
        if (named != Category::Unclassified) {
            category = named;
            table.heading = oneLine(candidates.at(i));
            break;
        }
    }

    const QString language = tableFrench ? QStringLiteral("fr") : QStringLiteral("en");
    for (qsizetype r = 1; r < raw.rows.size(); ++r) {
        const RawRow &row = raw.rows.at(r);
        QStringList cells;
        int filled = 0;
        for (const QString &cell : row.cells) {
            cells.append(cell.trimmed());
            filled += cell.trimmed().isEmpty() ? 0 : 1;
        }
        if (filled == 0)
            continue;
        // A row of one cell across the table is a heading inside it ("Cookies statistiques").
        if (filled == 1 && row.cells.size() < columns.size()) {
            const Category named = CharterPage::headingCategory(cells.join(QLatin1Char(' ')));
            if (named != Category::Unclassified)
                category = named;
            continue;
        }
        if (cells.size() == headerRow.cells.size() &&
            std::equal(cells.cbegin(), cells.cend(), headerRow.cells.cbegin(),
                       [](const QString &a, const QString &b) { return a == b.trimmed(); }))
            continue; // the header again
        ++table.rows;
        Cookie cookie;
        cookie.category = category;
        QStringList names;
        QStringList notes;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Column column = columns.value(i, Column::None);
            const QString text = column == Column::Name ? cells.at(i) : oneLine(cells.at(i));
            if (text.isEmpty())
                continue;
            const QString label =
                i < table.header.size() && !table.header.at(i).isEmpty()
                    ? table.header.at(i)
                    : QCoreApplication::translate("CharterPage", "Column %1").arg(i + 1);
            auto keep = [&] {
                notes.append(QStringLiteral("%1: %2").arg(label, text));
            };
            switch (column) {
            case Column::Provider:
                cookie.provider = text;
                break;
            case Column::ServiceLocation:
            case Column::Service: {
                const QPair<QString, QString> split = ServiceLocation::split(text);
                cookie.service = split.first;
                if (cookie.location.isEmpty())
                    cookie.location = split.second;
                break;
            }
            case Column::Location:
                cookie.location = text;
                break;
            case Column::Name:
                names = splitNames(text);
                break;
            case Column::Purpose:
                cookie.setPurpose(language, text);
                break;
            case Column::Duration:
                cookie.duration = text;
                break;
            case Column::Category: {
                const Category named = CharterPage::headingCategory(text);
                if (named != Category::Unclassified)
                    cookie.category = named;
                else
                    keep();
                break;
            }
            case Column::Type: {
                if (const std::optional<StorageType> type = Vocabulary::parseStorage(text)) {
                    cookie.storage = *type;
                } else if (const Category named = CharterPage::headingCategory(text);
                           named != Category::Unclassified) {
                    cookie.category = named;
                } else if (hasWord(foldHeader(text), {"tiers", "third", "tierce"})) {
                    cookie.party = Party::Third;
                } else if (hasWord(foldHeader(text), {"interne", "first", "propre"})) {
                    cookie.party = Party::First;
                } else {
                    keep();
                }
                break;
            }
            case Column::Domain:
                cookie.domain = text.toLower();
                break;
            case Column::Party: {
                const QString folded = foldHeader(text);
                if (hasWord(folded, {"tiers", "third", "externe", "tierce"}))
                    cookie.party = Party::Third;
                else if (hasWord(folded, {"interne", "first", "propre", "premiere"}))
                    cookie.party = Party::First;
                else
                    keep();
                break;
            }
            case Column::None:
                keep();
                break;
            }
        }
        cookie.notes = notes.join(QLatin1Char('\n'));
        if (names.isEmpty()) {
            ImportRecord record;
            record.line = row.line;
            record.cookie = cookie;
            record.errors.append(
                QCoreApplication::translate("CharterPage", "the row names no cookie"));
            result->records.append(std::move(record));
            continue;
        }
        for (const QString &name : std::as_const(names)) {
            ImportRecord record;
            record.line = row.line;
            record.cookie = cookie;
            record.cookie.name = name;
            result->records.append(std::move(record));
        }
    }
    result->tables.append(table);
}

// Keeps the short texts seen since the last table: the candidates for its heading.
void noteText(QStringList *texts, const QString &text) {
    const QString line = oneLine(text);
    if (line.isEmpty() || line.size() > 200)
        return;
    texts->append(line);
    if (texts->size() > 4)
        texts->removeFirst();
}

// --- tab-separated text -------------------------------------------------------------------

QStringList splitLines(const QByteArray &bytes) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

bool looksLikeHeader(const QStringList &cells) {
    bool french = false;
    int known = 0;
    bool name = false;
    for (const QString &cell : cells) {
        const Column column = classify(cell, &french);
        known += column != Column::None ? 1 : 0;
        name = name || column == Column::Name;
    }
    return name && known >= 2;
}

void readTabSeparated(const QStringList &lines, const TableSink &tables) {
    QStringList texts;
    RawTable current;
    bool inTable = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool tabbed = line.contains(QLatin1Char('\t'));
        if (inTable) {
            if (tabbed) {
                current.rows.append({int(i + 1), line.split(QLatin1Char('\t'))});
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
            tables(current);
            inTable = false;
            texts.clear();
        }
        if (tabbed && looksLikeHeader(line.split(QLatin1Char('\t')))) {
            current = RawTable();
            current.texts = texts;
            current.rows.append({int(i + 1), line.split(QLatin1Char('\t'))});
            inTable = true;
            continue;
        }
        noteText(&texts, line);
    }
    if (inTable)
        tables(current);
}

// --- Markdown pipe tables -----------------------------------------------------------------

bool isDelimiterRow(const QString &line) {
    QString text = line.trimmed();
    if (!text.contains(QLatin1Char('-')) || !(text.contains(QLatin1Char('|'))))
        return false;
    for (QChar ch : std::as_const(text)) {
        if (ch != QLatin1Char('|') && ch != QLatin1Char('-') && ch != QLatin1Char(':') &&
            !ch.isSpace())
            return false;
    }
    return true;
}

// A Markdown cell as plain text: code spans, emphasis and links give their text.
QString markdownText(QString cell) {
    cell.replace(QLatin1String("\\|"), QLatin1String("|"));
    cell.replace(QLatin1String("<br>"), QLatin1String("\n"), Qt::CaseInsensitive);
    cell.replace(QLatin1String("<br/>"), QLatin1String("\n"), Qt::CaseInsensitive);
    cell.replace(QLatin1String("<br />"), QLatin1String("\n"), Qt::CaseInsensitive);
    cell.remove(QLatin1String("**"));
    cell.remove(QLatin1String("__"));
    cell.remove(QLatin1Char('`'));
    // [text](address) -> text
    QString out;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == QLatin1Char('[')) {
            const qsizetype close = cell.indexOf(QLatin1String("]("), i);
            const qsizetype end = close < 0 ? -1 : cell.indexOf(QLatin1Char(')'), close);
            if (close > i && end > close && !cell.mid(i, close - i).contains(QLatin1Char('\n'))) {
                out += cell.mid(i + 1, close - i - 1);
                i = end;
                continue;
            }
        }
        out += cell.at(i);
    }
    return out.trimmed();
}

QStringList pipeCells(const QString &line) {
    QString text = line.trimmed();
    if (text.startsWith(QLatin1Char('|')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('|')) && !text.endsWith(QLatin1String("\\|")))
        text.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1String("\\|");
            ++i;
        } else if (text.at(i) == QLatin1Char('|')) {
            cells.append(markdownText(cell));
            cell.clear();
        } else {
            cell += text.at(i);
        }
    }
    cells.append(markdownText(cell));
    return cells;
}

void readMarkdown(const QStringList &lines, const TableSink &tables) {
    QStringList headings;
    QStringList texts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.contains(QLatin1Char('|')) && i + 1 < lines.size() &&
            isDelimiterRow(lines.at(i + 1))) {
            RawTable table;
            table.headings = headings;
            table.texts = texts;
            table.rows.append({int(i + 1), pipeCells(line)});
            qsizetype j = i + 2;
            for (; j < lines.size() && lines.at(j).contains(QLatin1Char('|')) &&
                   !lines.at(j).trimmed().isEmpty();
                 ++j)
                table.rows.append({int(j + 1), pipeCells(lines.at(j))});
            tables(table);
            headings.clear();
            texts.clear();
            i = j - 1;
            continue;
        }
        QString text = line.trimmed();
        if (text.startsWith(QLatin1Char('#'))) {
            while (text.startsWith(QLatin1Char('#')))
                text.remove(0, 1);
            noteText(&headings, markdownText(text));
        } else {
            noteText(&texts, markdownText(text));
        }
    }
}

// --- HTML, through libxml2's HTML parser --------------------------------------------------
//
// The parser's SAX events, without building a document tree (which costs twice the parse): the
// parser closes what the markup leaves open, as a browser does, and every start has its end.

bool isSkipped(const char *name) {
    return std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0 ||
           std::strcmp(name, "noscript") == 0 || std::strcmp(name, "template") == 0 ||
           std::strcmp(name, "head") == 0 || std::strcmp(name, "svg") == 0;
}

bool isBlock(const char *name) {
    static const char *const blocks[] = {
        "p",  "div", "li", "ul", "ol",    "tr",      "h1",      "h2",     "h3",        "h4",
        "h5", "h6",  "dt", "dd", "table", "section", "article", "header", "blockquote"};
    for (const char *block : blocks) {
        if (std::strcmp(name, block) == 0)
            return true;
    }
    return false;
}

bool isHeading(const char *name) {
    return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

// Short texts outside tables that may name a table's category.
bool isShortText(const char *name) {
    return std::strcmp(name, "p") == 0 || std::strcmp(name, "dt") == 0 ||
           std::strcmp(name, "summary") == 0 || std::strcmp(name, "legend") == 0 ||
           std::strcmp(name, "button") == 0 || std::strcmp(name, "strong") == 0;
}

// Lines with their spaces collapsed, empty ones dropped.
QString cleanText(const QString &raw) {
    QStringList lines;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines.join(QLatin1Char('\n'));
}

struct HtmlReader {
    const TableSink *tables = nullptr;
    xmlParserCtxtPtr parser = nullptr;
    int skipDepth = 0;  // inside script, style...
    int tableDepth = 0; // 1: in a table we read; more: a table inside one of its cells
    RawTable table;
    bool inRow = false;
    RawRow row;
    bool inCell = false;
    QByteArray cell; // UTF-8, as the parser gives it
    bool inCaption = false;
    QByteArray caption;
    int captureDepth = 0; // nesting of the element whose text is captured (0: none)
    bool captureHeading = false;
    QByteArray capture;
    QStringList headings;
    QStringList texts;

    void append(const char *text, int length) {
        if (inCell)
            cell.append(text, length);
        else if (inCaption)
            caption.append(text, length);
        else if (captureDepth > 0)
            capture.append(text, length);
    }

    void start(const char *name) {
        if (skipDepth > 0 || isSkipped(name)) {
            ++skipDepth;
            return;
        }
        if (std::strcmp(name, "br") == 0) {
            append("\n", 1);
            return;
        }
        if (std::strcmp(name, "table") == 0) {
            if (tableDepth++ == 0) {
                table = RawTable();
                table.headings = headings;
                table.texts = texts;
                captureDepth = 0;
                return;
            }
        } else if (tableDepth == 1) {
            if (std::strcmp(name, "tr") == 0) {
                finishRow();
                inRow = true;
                row = RawRow();
                row.line = xmlSAX2GetLineNumber(parser);
                return;
            }
            if ((std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0) && inRow) {
                finishCell();
                inCell = true;
                cell.clear();
                return;
            }
            if (std::strcmp(name, "caption") == 0) {
                inCaption = true;
                caption.clear();
                return;
            }
        } else if (tableDepth == 0) {
            if (captureDepth > 0) {
                ++captureDepth;
            } else if (isHeading(name) || isShortText(name)) {
                captureDepth = 1;
                captureHeading = isHeading(name);
                capture.clear();
                return;
            }
        }
        if (isBlock(name))
            append("\n", 1);
    }

    void end(const char *name) {
        if (skipDepth > 0) {
            --skipDepth;
            return;
        }
        if (std::strcmp(name, "table") == 0 && tableDepth > 0) {
            if (--tableDepth == 0) {
                finishRow();
                inCaption = false;
                table.caption = cleanText(QString::fromUtf8(caption));
                (*tables)(table);
                headings.clear();
                texts.clear();
            }
            return;
        }
        if (tableDepth == 1) {
            if (std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0) {
                finishCell();
                return;
            }
            if (std::strcmp(name, "tr") == 0) {
                finishRow();
                return;
            }
            if (std::strcmp(name, "caption") == 0) {
                inCaption = false;
                return;
            }
        } else if (tableDepth == 0 && captureDepth > 0) {
            if (--captureDepth == 0) {
                noteText(captureHeading ? &headings : &texts,
                         cleanText(QString::fromUtf8(capture)));
                return;
            }
        }
        if (isBlock(name))
            append("\n", 1);
    }

    void finishCell() {
        if (!inCell)
            return;
        inCell = false;
        row.cells.append(cleanText(QString::fromUtf8(cell)));
    }

    void finishRow() {
        finishCell();
        if (!inRow)
            return;
        inRow = false;
        table.rows.append(std::move(row));
    }
};

HtmlReader *readerOf(void *context) {
    return static_cast<HtmlReader *>(static_cast<xmlParserCtxtPtr>(context)->_private);
}

void onStart(void *context, const xmlChar *name, const xmlChar **) {
    readerOf(context)->start(reinterpret_cast<const char *>(name));
}

void onEnd(void *context, const xmlChar *name) {
    readerOf(context)->end(reinterpret_cast<const char *>(name));
}

void onCharacters(void *context, const xmlChar *text, int length) {
    HtmlReader *reader = readerOf(context);
    if (reader->skipDepth == 0)
        reader->append(reinterpret_cast<const char *>(text), length);
}

// The charset a page declares in its first kilobytes (<meta charset="..."> or http-equiv).
QByteArray declaredCharset(const QByteArray &bytes) {
    const QByteArray head = bytes.left(4096).toLower();
    const qsizetype at = head.indexOf("charset=");
    if (at >= 0) {
        qsizetype start = at + 8;
        while (start < head.size() && (head.at(start) == '"' || head.at(start) == '\''))
            ++start;
        qsizetype end = start;
        while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head.at(end))) ||
                                     head.at(end) == '-' || head.at(end) == '_'))
            ++end;
        if (end > start)
            return head.mid(start, end - start);
    }
    return "windows-1252";
}

struct ParserFree {
    void operator()(htmlParserCtxtPtr parser) const { htmlFreeParserCtxt(parser); }
};

void readHtml(const QByteArray &bytes, const TableSink &tables) {
    if (bytes.isEmpty() || bytes.size() > INT_MAX)
        return;
    // Valid UTF-8 is read as such; anything else goes by the page's own <meta charset>, else
    // as windows-1252 (what browsers assume for such a page).
    bool validUtf8 = false;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(bytes); // decoding is lazy: it runs here
        validUtf8 = !utf8.hasError() && !decoded.isNull();
    }
    const QByteArray encoding = validUtf8 ? QByteArray("UTF-8") : declaredCharset(bytes);
    const std::unique_ptr<htmlParserCtxt, ParserFree> parser(
        htmlCreateMemoryParserCtxt(bytes.constData(), int(bytes.size())));
    if (!parser)
        return;
    HtmlReader reader;
    reader.tables = &tables;
    reader.parser = parser.get();
    *parser->sax = htmlSAXHandler{};
    parser->sax->startElement = onStart;
    parser->sax->endElement = onEnd;
    parser->sax->characters = onCharacters;
    parser->sax->cdataBlock = onCharacters;
    parser->_private = &reader;
    if (xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding.constData()))
        xmlSwitchToEncoding(parser.get(), handler);
    htmlCtxtUseOptions(parser.get(), HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                         HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    htmlParseDocument(parser.get());
    if (reader.tableDepth > 0) { // a table the page never closed
        reader.tableDepth = 1;
        reader.end("table");
    }
}

} // namespace

namespace CharterPage {

Kind detect(const QByteArray &bytes, const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml"))
        return Kind::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Kind::Markdown;
    const QByteArray head = bytes.left(4096).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<table") ||
        head.contains("<body") || head.contains("<meta"))
        return Kind::Html;
    return Kind::Text;
}

Category headingCategory(const QString &heading) {
    const QString folded = foldHeader(heading);
    if (folded.isEmpty())
        return Category::Unclassified;
    static const struct {
        const char *stem;
        Category category;
    } words[] = {
        {"necessaire", Category::Necessary},
        {"necessary", Category::Necessary},
        {"essentiel", Category::Necessary},
        {"essential", Category::Necessary},
        {"indispensable", Category::Necessary},
        {"strictement", Category::Necessary},
        {"strictly", Category::Necessary},
        {"technique", Category::Necessary},
        {"statisti", Category::Statistics},
        {"audience", Category::Statistics},
        {"analyti", Category::Statistics},
        {"performance", Category::Statistics},
        {"mesure", Category::Statistics},
        {"preference", Category::Preferences},
        {"fonctionnel", Category::Preferences},
        {"functional", Category::Preferences},
        {"functionality", Category::Preferences},
        {"personnalisation", Category::Preferences},
        {"personalization", Category::Preferences},
        {"personalisation", Category::Preferences},
        {"marketing", Category::Marketing},
        {"publicit", Category::Marketing},
        {"advertis", Category::Marketing},
        {"ciblage", Category::Marketing},
        {"targeting", Category::Marketing},
        {"reseaux", Category::Marketing},
        {"social", Category::Marketing},
    };
    const QStringList list = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : list) { // the first word that names a category wins
        for (const auto &entry : words) {
            if (word.startsWith(QLatin1String(entry.stem)))
                return entry.category;
        }
    }
    return Category::Unclassified;
}

Result read(const QByteArray &bytes, Kind kind) {
    Result result;
    bool french = false;
    const TableSink sink = [&](const RawTable &table) {
        readTable(table, &result, &french);
    };
    if (kind == Kind::Html) {
        readHtml(bytes, sink);
    } else {
        // Tab-separated text first for text, pipe tables first for Markdown; the other when
        // the first finds nothing.
        const QStringList lines = splitLines(bytes);
        auto first = kind == Kind::Text ? readTabSeparated : readMarkdown;
        auto second = kind == Kind::Text ? readMarkdown : readTabSeparated;
        first(lines, sink);
        if (result.tables.isEmpty() && result.records.isEmpty())
            second(lines, sink);
    }
    result.language = french ? QStringLiteral("fr") : QStringLiteral("en");
    return result;
}

} // namespace CharterPage
