#pragma once

#include "Store.h"
#include "TestSupport.h"

#include <QTest>
#include <QWidget>

#include <type_traits>

namespace TestSupport {

// Finds a child by objectName. A missing one (renamed in a .ui file, say) fails the current test
// and yields a stand-in owned by `parent`, so that the test ends with that failure instead of a
// null pointer crashing the whole test program. Use it through CC_CHILD.
template <typename T> T *child(QObject *parent, const QString &name, const char *file, int line) {
    if (T *found = parent->findChild<T *>(name))
        return found;
    QTest::qFail(qPrintable(QStringLiteral("no %1 named \"%2\"")
                                .arg(QLatin1String(T::staticMetaObject.className()), name)),
                 file, line);
    T *standIn = new T;
    if constexpr (std::is_base_of_v<QWidget, T>)
        standIn->setParent(qobject_cast<QWidget *>(parent));
    else
        standIn->setParent(parent);
    return standIn;
}

// A new store at `path` with the site exemple.fr (French and English) and one necessary cookie,
// csrftoken; returns the site's id, 0 when something failed.
inline qint64 createExampleStore(Store &store, const QString &path) {
    if (!store.create(path, nullptr))
        return 0;
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    if (!store.addSite(site).ok())
        return 0;
    Cookie cookie;
    cookie.siteId = site.id;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.service = QStringLiteral("API (CSRF)");
    cookie.location = QStringLiteral("front et back office");
    cookie.name = QStringLiteral("csrftoken");
    cookie.purposeFr = QStringLiteral("Récupérer des données via des appels API");
    cookie.category = Category::Necessary;
    return store.addCookie(cookie).ok() ? site.id : 0;
}

} // namespace TestSupport

#define CC_CHILD(Type, parent, name) TestSupport::child<Type>((parent), (name), __FILE__, __LINE__)
