#pragma once

#include <QString>

class Store;

// Decides which store file a run uses and opens it: --store FILE, else $COOKIE_CHARTER_STORE,
// else the default store in the user's data folder, created on first use and seeded with the
// reference charter's registry.
namespace StoreLocator {

QString defaultStorePath();
QString chooseStorePath(const QString &explicitPath, bool *isDefault);

// Creates the default store if it is missing (atomically: built beside it, then renamed), then
// opens `path`.
bool openStore(Store &store, const QString &path, bool isDefault, bool readOnly, QString *error);

// Writes a new store at `path` holding the reference charter's site and cookies.
bool createSeededStore(const QString &path, QString *error);

} // namespace StoreLocator
