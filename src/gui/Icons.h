#pragma once

#include <QIcon>
#include <QString>

class QAction;

// Icons come from the desktop's icon theme (freedesktop names), with the ones bundled in the
// program (resources/icons) where the theme has none.
namespace Icons {

QIcon themed(const QString &name);
void set(QAction *action, const QString &name);
QIcon application();

} // namespace Icons
