#include "Icons.h"

#include <QAction>

namespace Icons {

QIcon themed(const QString &name) {
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

void set(QAction *action, const QString &name) {
    action->setIcon(themed(name));
}

QIcon application() {
    return QIcon::fromTheme(QStringLiteral("org.cookiecharter.CookieCharter"),
                            QIcon(QStringLiteral(":/icons/org.cookiecharter.CookieCharter.svg")));
}

} // namespace Icons
