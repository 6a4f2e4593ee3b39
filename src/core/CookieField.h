#pragma once

#include "Cookie.h"

#include <QList>
#include <QString>

#include <optional>

// The editable fields of a cookie, by the keys that CSV headers, `set FIELD=VALUE` and the
// editor share. Reading and writing a field as text goes through here so that every entry
// point parses and normalises values the same way.
enum class CookieField {
    Provider,
    Service,
    Location,
    Name,
    PurposeFr,
    PurposeEn,
    Category,
    Party,
    Domain,
    Duration,
    Type,
    PrivacyUrl,
    ConsentExempt,
    Notes,
};

namespace CookieFields {

QList<CookieField> all();
QString key(CookieField field);                         // "purpose", "purpose_en", "type", ...
std::optional<CookieField> fromKey(const QString &key); // also accepts a few aliases
QString label(CookieField field);                       // translated, for messages and headers

QString value(const Cookie &cookie, CookieField field);
// Parses and normalises text into the field; false with a message when the text is not valid
// for that field (the cookie is then unchanged).
bool setValue(Cookie &cookie, CookieField field, const QString &text, QString *error);

} // namespace CookieFields
