#pragma once

#include "Cookie.h"
#include "ImportRecord.h"
#include "Site.h"

#include <QByteArray>
#include <QList>

// The registry as JSON, lossless: every field, both languages, sites with their details, and
// the created/updated stamps. Written as a stream; read whole (imports are not the hot path).
//
// {"format":"cookie-charter-registry","version":1,"sites":[{"name":..,"url":..,
//   "languages":["fr","en"],"contact":..,"cookies":[{...}]}]}
namespace RegistryJson {

void beginDocument(QByteArray &out);
void beginSite(QByteArray &out, const Site &site, bool first);
void appendCookie(QByteArray &out, const Cookie &cookie, bool first);
void endSite(QByteArray &out);
void endDocument(QByteArray &out);

// Reads a document into site details and rows (row "line" = position of the cookie in the file,
// counted from 1 across all sites). Rows with bad values carry their errors.
bool read(const QByteArray &data, QList<Site> *sites, QList<ImportRecord> *records, QString *error);

} // namespace RegistryJson
