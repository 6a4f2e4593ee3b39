#pragma once

#include "CharterDocument.h"

class Store;

// The charter of one site of a store, in one language, as it stands now.
namespace StoreCharter {

CharterDocument build(const Store &store, const Site &site, const QString &language,
                      const QDate &date = QDate::currentDate());

} // namespace StoreCharter
