#pragma once

class QCoreApplication;

// Installs Cookie Charter's translation for the system's language (English when there is none
// for it: the English file carries the plural forms) and Qt's own.
namespace Translations {

void install(QCoreApplication &application);

} // namespace Translations
