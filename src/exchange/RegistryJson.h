#pragma once

#include "CharterText.h"
#include "Cookie.h"
#include "ImportRecord.h"
#include "RuleSwitch.h"
#include "Site.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// The registry as JSON, lossless: every field, both languages, sites with their details, and
// the created/updated stamps. Written as a stream; read whole (imports are not the hot path).
//
// {"format":"cookie-charter-registry","version":1,"sites":[{"name":..,"url":..,
//   "languages":["fr","en"],"contact":..,"cookies":[{...}]}]}
namespace RegistryJson {

void beginDocument(QByteArray &out);
// `texts`: the site's own charter sections (any language), written as
// "texts": {"fr": {"contact": "..."}}. `switches`: the rules the site switched off, written as
// "ruleSwitches": [{"rule": .., "reason": .., "by": .., "at": ..}] (a publication records them).
void beginSite(QByteArray &out, const Site &site, bool first, const QList<CharterText> &texts = {},
               const QList<RuleSwitch> &switches = {});
void appendCookie(QByteArray &out, const Cookie &cookie, bool first);
void endSite(QByteArray &out);
void endDocument(QByteArray &out);

// Reads a document into site details and rows (row "line" = position of the cookie in the file,
// counted from 1 across all sites). Rows with bad values carry their errors.
// `texts`, when given, receives each site's own charter sections (siteId 0; keyed by site name).
bool read(const QByteArray &data, QList<Site> *sites, QList<ImportRecord> *records, QString *error,
          QHash<QString, QList<CharterText>> *texts = nullptr);

} // namespace RegistryJson
