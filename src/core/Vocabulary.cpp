#include "Vocabulary.h"

#include "TextFold.h"

#include <QCoreApplication>

namespace {

// "Nécessaire", "first-party" and "third_party" as the words they are.
QString fold(const QString &text) {
    QString out = foldCaseAndAccents(text);
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    out.replace(QLatin1Char('-'), QLatin1Char(' '));
    return out.simplified();
}

} // namespace

namespace Vocabulary {

const QStringList &languages() {
    static const QStringList codes{QStringLiteral("fr"), QStringLiteral("en")};
    return codes;
}

bool isLanguage(const QString &code) {
    return languages().contains(code);
}

QString categoryKey(Category category) {
    switch (category) {
    case Category::Necessary:
        return QStringLiteral("necessary");
    case Category::Preferences:
        return QStringLiteral("preferences");
    case Category::Statistics:
        return QStringLiteral("statistics");
    case Category::Marketing:
        return QStringLiteral("marketing");
    case Category::Unclassified:
        break;
    }
    return QStringLiteral("unclassified");
}

QList<Category> allCategories() {
    return {Category::Necessary, Category::Preferences, Category::Statistics, Category::Marketing,
            Category::Unclassified};
}

std::optional<Category> parseCategory(const QString &text) {
    for (Category category : allCategories()) {
        if (text == categoryKey(category))
            return category;
    }
    const QString word = fold(text);
    if (word.isEmpty())
        return Category::Unclassified;
    static const struct {
        const char *word;
        Category category;
    } table[] = {
        {"necessary", Category::Necessary},         {"strictly necessary", Category::Necessary},
        {"essential", Category::Necessary},         {"necessaire", Category::Necessary},
        {"necessaires", Category::Necessary},       {"fonctionnel", Category::Necessary},
        {"technique", Category::Necessary},         {"security", Category::Necessary},
        {"securite", Category::Necessary},          {"personalization", Category::Preferences},
        {"personalisation", Category::Preferences}, {"preferences", Category::Preferences},
        {"preference", Category::Preferences},      {"functional", Category::Preferences},
        {"functionality", Category::Preferences},   {"personnalisation", Category::Preferences},
        {"statistics", Category::Statistics},       {"statistic", Category::Statistics},
        {"statistiques", Category::Statistics},     {"statistique", Category::Statistics},
        {"analytics", Category::Statistics},        {"mesure d'audience", Category::Statistics},
        {"audience", Category::Statistics},         {"marketing", Category::Marketing},
        {"advertising", Category::Marketing},       {"publicite", Category::Marketing},
        {"publicitaire", Category::Marketing},      {"unclassified", Category::Unclassified},
        {"non classe", Category::Unclassified},     {"unknown", Category::Unclassified},
    };
    for (const auto &entry : table) {
        if (word == QLatin1String(entry.word))
            return entry.category;
    }
    return std::nullopt;
}

QString categoryLabel(Category category) {
    switch (category) {
    case Category::Necessary:
        return QCoreApplication::translate("Vocabulary", "Necessary");
    case Category::Preferences:
        return QCoreApplication::translate("Vocabulary", "Preferences");
    case Category::Statistics:
        return QCoreApplication::translate("Vocabulary", "Statistics");
    case Category::Marketing:
        return QCoreApplication::translate("Vocabulary", "Marketing");
    case Category::Unclassified:
        break;
    }
    return QCoreApplication::translate("Vocabulary", "Unclassified");
}

QString partyKey(Party party) {
    return party == Party::Third ? QStringLiteral("third") : QStringLiteral("first");
}

std::optional<Party> parseParty(const QString &text) {
    if (text == QLatin1String("first"))
        return Party::First;
    if (text == QLatin1String("third"))
        return Party::Third;
    const QString word = fold(text);
    static const char *const first[] = {"",          "first",   "first party", "1st",
                                        "1st party", "interne", "internal",    "premiere partie"};
    static const char *const third[] = {"third", "third party",   "3rd",     "3rd party",
                                        "tiers", "tierce partie", "externe", "external"};
    for (const char *w : first) {
        if (word == QLatin1String(w))
            return Party::First;
    }
    for (const char *w : third) {
        if (word == QLatin1String(w))
            return Party::Third;
    }
    return std::nullopt;
}

QString partyLabel(Party party) {
    return party == Party::Third ? QCoreApplication::translate("Vocabulary", "Third party")
                                 : QCoreApplication::translate("Vocabulary", "First party");
}

QString storageKey(StorageType type) {
    switch (type) {
    case StorageType::Cookie:
        break;
    case StorageType::LocalStorage:
        return QStringLiteral("localStorage");
    case StorageType::SessionStorage:
        return QStringLiteral("sessionStorage");
    case StorageType::IndexedDb:
        return QStringLiteral("IndexedDB");
    case StorageType::Pixel:
        return QStringLiteral("pixel");
    }
    return QStringLiteral("cookie");
}

QList<StorageType> allStorageTypes() {
    return {StorageType::Cookie, StorageType::LocalStorage, StorageType::SessionStorage,
            StorageType::IndexedDb, StorageType::Pixel};
}

std::optional<StorageType> parseStorage(const QString &text) {
    for (StorageType type : allStorageTypes()) {
        if (text == storageKey(type))
            return type;
    }
    const QString word = fold(text);
    if (word.isEmpty() || word == QLatin1String("cookie") || word == QLatin1String("http") ||
        word == QLatin1String("http cookie") || word == QLatin1String("https") ||
        word == QLatin1String("html"))
        return StorageType::Cookie;
    if (word == QLatin1String("localstorage") || word == QLatin1String("local storage"))
        return StorageType::LocalStorage;
    if (word == QLatin1String("sessionstorage") || word == QLatin1String("session storage"))
        return StorageType::SessionStorage;
    if (word == QLatin1String("indexeddb") || word == QLatin1String("indexed db"))
        return StorageType::IndexedDb;
    if (word == QLatin1String("pixel") || word == QLatin1String("tracking pixel") ||
        word == QLatin1String("pixel espion"))
        return StorageType::Pixel;
    return std::nullopt;
}

QString storageLabel(StorageType type) {
    switch (type) {
    case StorageType::Cookie:
        break;
    case StorageType::LocalStorage:
        return QCoreApplication::translate("Vocabulary", "Local storage");
    case StorageType::SessionStorage:
        return QCoreApplication::translate("Vocabulary", "Session storage");
    case StorageType::IndexedDb:
        return QCoreApplication::translate("Vocabulary", "IndexedDB");
    case StorageType::Pixel:
        return QCoreApplication::translate("Vocabulary", "Pixel");
    }
    return QCoreApplication::translate("Vocabulary", "HTTP cookie");
}

std::optional<bool> parseYesNo(const QString &text) {
    const QString word = fold(text);
    if (word == QLatin1String("yes") || word == QLatin1String("oui") ||
        word == QLatin1String("true") || word == QLatin1String("1") || word == QLatin1String("y"))
        return true;
    if (word == QLatin1String("no") || word == QLatin1String("non") ||
        word == QLatin1String("false") || word == QLatin1String("0") || word == QLatin1String("n"))
        return false;
    return std::nullopt;
}

} // namespace Vocabulary
