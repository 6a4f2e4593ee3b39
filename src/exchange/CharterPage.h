#pragma once

#include "ImportRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// An existing cookie charter page, read for the cookies its tables list: an HTML page (parsed
// as a browser parses it, by libxml2's HTML parser), Markdown pipe tables, or tab-separated text
// (what a browser puts on the clipboard besides HTML, and how the reference charter reads as
// plain text).
//
// A cookie table is one whose header names a cookie-name column; headers are read in French and
// English ("Nom du prestataire", "Cookie name(s)", "Finalité(s)", "Durée de vie"...). A cell of
// several names ("_pk_id, _pk_ses") gives one cookie per name; "Service (location)" is split as
// the CSV import splits it; a heading just above a table that names a category ("Cookies
// nécessaires", "Mesure d'audience", "Advertising") gives its rows that category. What cannot be
// mapped is kept in the cookie's notes. Cells are plain text: markup and scripts never pass.
namespace CharterPage {

enum class Kind { Html, Markdown, Text };
// From the file name's extension, else from the content.
Kind detect(const QByteArray &bytes, const QString &fileName = QString());

struct Table {
    int line = 0;       // where its header row is (1-based)
    QString heading;    // the heading that gave the category, if any
    QStringList header; // as written
    QStringList fields; // per column: a CookieField key, or empty when not mapped
    int rows = 0;       // body rows read
};

struct Result {
    QList<ImportRecord> records; // one per cookie name; rows with problems carry their errors
    QList<Table> tables;         // the cookie tables found
    QString language;            // "fr" or "en": the language of the headers (purposes go there)
};

// Every cookie table of the page, in order. No table: an empty result.
Result read(const QByteArray &bytes, Kind kind);

// The category a heading names ("Cookies nécessaires au bon fonctionnement / cookies
// fonctionnels" is necessary: the first word that names one wins), else Unclassified.
Category headingCategory(const QString &heading);

} // namespace CharterPage
