#include "StoreCharter.h"

#include "Store.h"

namespace StoreCharter {

CharterDocument build(const Store &store, const Site &site, const QString &language,
                      const QDate &date) {
    return CharterDocument::build(site, store.cookies(site.id),
                                  store.charterTexts(site.id, language), language, date);
}

} // namespace StoreCharter
