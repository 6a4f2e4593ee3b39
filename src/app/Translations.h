#pragma once

#include <QString>

class QCoreApplication;

// Installs Cookie Charter's translation for the system's language (English when there is none
// for it: the English file carries the plural forms) and Qt's own.
namespace Translations {

void install(QCoreApplication &application);
// The interface language chosen in the preferences ("fr", "en"), empty for the system's; kept in
// the user's settings and read by install() at start.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

} // namespace Translations
