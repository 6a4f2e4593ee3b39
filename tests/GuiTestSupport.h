#pragma once

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

} // namespace TestSupport

#define CC_CHILD(Type, parent, name) TestSupport::child<Type>((parent), (name), __FILE__, __LINE__)
