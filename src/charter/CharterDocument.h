#pragma once

#include "CharterText.h"
#include "Cookie.h"
#include "Site.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The charter as one document model, built from a site, its registry and its texts in one
// language. Every output (HTML page, HTML fragment, Markdown, PDF, the preview) is written from
// this model, so they always say the same thing. All text in it is plain (unescaped); each
// writer escapes for its own format.

struct CharterInline {
    enum class Kind { Text, Strong, Emphasis, Code, Link };
    Kind kind = Kind::Text;
    QString text;
    QString url; // Link only: always http or https
};
using CharterSpans = QList<CharterInline>;

struct CharterRow {
    QString provider;
    QString serviceAndLocation;
    QString name;       // as written, "_ga_*" for a pattern
    QString namePrefix; // pattern only: "_ga_"
    bool isPattern = false;
    QString purpose;
    bool purposeFromOtherLanguage = false;
    QString duration;
    QString privacyUrl; // http/https or empty

    // The cookie it shows ("domain\nname"): how a review matches it with the published one.
    QString key;
    // In a review only: what changed since the last publication. Published charters have none.
    enum class Mark { None, Added, Removed, Changed };
    Mark mark = Mark::None;
    QHash<int, QString> before; // Changed: column (CharterDocument::Column) -> the cell before
    QStringList notes;          // changes the table does not show: "category: a → b"
};

struct CharterBlock {
    enum class Kind { Heading, Paragraph, List, CookieTable };
    Kind kind = Kind::Paragraph;
    int level = 2;             // Heading: 2..4
    QList<CharterSpans> items; // Heading/Paragraph: one item; List: one per entry
    // CookieTable:
    Category category = Category::Unclassified;
    QString caption;
    QString note;
    bool showDuration = false;
    bool showPrivacy = false;
    QList<CharterRow> rows;
};

struct CharterDocument {
    enum Column { Provider, ServiceAndLocation, Name, Purpose, Duration, Privacy, ColumnCount };

    QString language;
    QString title; // "Charte cookies"
    QString siteName;
    QString siteUrl;
    QString updatedLine; // "Mise à jour le 29 novembre 2026"
    QList<CharterBlock> blocks;
    QStringList warnings; // e.g. purposes shown in the other language
    int cookieCount = 0;

    QString columnLabel(Column column) const;
    // The columns a cookie table shows: duration and privacy link only when some row has one.
    static QList<Column> columnsOf(const CharterBlock &table);
    QString patternLabel(const CharterRow &row) const;
    // The text a cell shows (the privacy column: its address).
    static QString cellText(const CharterRow &row, Column column);

    // Builds the document. `texts` are the site's own sections in `language` (others use the
    // defaults); `date` is the date printed as last update.
    static CharterDocument build(const Site &site, const QList<Cookie> &cookies,
                                 const QList<CharterText> &texts, const QString &language,
                                 const QDate &date);
};
