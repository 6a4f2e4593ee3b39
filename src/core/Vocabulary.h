#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of a cookie record. Keys are the stable English words stored in the
// store and written to CSV/JSON; parsing also accepts the French words and the Open Cookie
// Database's names so that files from other tools import without hand editing.

enum class Category { Necessary, Preferences, Statistics, Marketing, Unclassified };
enum class Party { First, Third };
enum class StorageType { Cookie, LocalStorage, SessionStorage, IndexedDb, Pixel };

namespace Vocabulary {

const QStringList &languages(); // charter languages, French first
bool isLanguage(const QString &code);

QString categoryKey(Category category);
std::optional<Category> parseCategory(const QString &text);
QList<Category> allCategories();
QString categoryLabel(Category category); // translated for the interface

QString partyKey(Party party);
std::optional<Party> parseParty(const QString &text);
QString partyLabel(Party party);

QString storageKey(StorageType type);
std::optional<StorageType> parseStorage(const QString &text);
QList<StorageType> allStorageTypes();
QString storageLabel(StorageType type);

std::optional<bool> parseYesNo(const QString &text);

} // namespace Vocabulary
