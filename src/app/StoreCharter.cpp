#include "StoreCharter.h"

#include "Store.h"

namespace StoreCharter {

bool build(const Store &store, const Site &site, const QString &language, CharterDocument *document,
           QString *error, const QDate &date) {
    Store::SiteState state;
    if (!store.readSiteState(site.id, &state, error))
        return false;
    QList<CharterText> texts;
    for (const CharterText &text : std::as_const(state.texts)) {
        if (text.language == language)
            texts.append(text);
    }
    *document = CharterDocument::build(state.site, state.cookies, texts, language, date);
    return true;
}

} // namespace StoreCharter
