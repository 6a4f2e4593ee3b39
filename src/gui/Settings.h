#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

// What the application remembers between runs (QSettings "cookie-charter"): preferences, the
// last store and the recent ones. The window's layout is kept there too, by MainWindow.
namespace Settings {

std::unique_ptr<QSettings> open();
QString charterLanguage(); // default language of the preview: "fr" unless chosen
void setCharterLanguage(const QString &language);
QString lastStore();
QStringList recentStores(); // newest first, at most maxRecent
// Records a store as the last one opened and puts it first among the recent ones.
void rememberStore(const QString &path);
void forgetStore(const QString &path);
// The site last shown in a store (0: none yet).
qint64 lastSite(const QString &storePath);
void setLastSite(const QString &storePath, qint64 siteId);
constexpr int maxRecent = 8;

} // namespace Settings
