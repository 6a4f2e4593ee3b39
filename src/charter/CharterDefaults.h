#pragma once

#include "Vocabulary.h"

#include <QString>
#include <QStringList>

// Cookie Charter's own default wording of the charter, in French and English: the sections the
// CNIL expects a cookie policy to cover. A site may rewrite any section per language (stored as
// CharterText); the default comes back when it resets one. Texts are Markdown with the
// placeholders {site}, {url} and {contact}.
namespace CharterDefaults {

QStringList sections(); // in reading order
bool isSection(const QString &key);
QString sectionTitle(const QString &section, const QString &language); // for editors
QString text(const QString &section, const QString &language);

// The fixed wording around the generated tables.
QString documentTitle(const QString &language);
QString updatedOn(const QString &language); // "Mise à jour le %1"
QString categoryCaption(Category category, const QString &language);
QString categoryNote(Category category, const QString &language);
QString columnLabel(int column, const QString &language); // see CharterDocument::Column
QString patternName(const QString &prefix, const QString &language);
QString privacyLinkText(const QString &language);
QString noCookies(const QString &language);
QString noContact(const QString &language);

} // namespace CharterDefaults
