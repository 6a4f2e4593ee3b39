#pragma once

#include "CharterDocument.h"

class Store;

// The charter of one site of a store, in one language, as it stands now: the site's cookies and
// texts are read in one read transaction.
namespace StoreCharter {

// False with the reason when the store could not be read.
bool build(const Store &store, const Site &site, const QString &language, CharterDocument *document,
           QString *error, const QDate &date = QDate::currentDate());

} // namespace StoreCharter
