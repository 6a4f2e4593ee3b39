#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace Settings {

std::unique_ptr<QSettings> open() {
    return std::make_unique<QSettings>(QStringLiteral("cookie-charter"),
                                       QStringLiteral("cookie-charter"));
}

QString charterLanguage() {
    const QString language = open()->value(QStringLiteral("charter/language")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("fr");
}

void setCharterLanguage(const QString &language) {
    open()->setValue(QStringLiteral("charter/language"), language);
}

QString lastStore() {
    return open()->value(QStringLiteral("stores/last")).toString();
}

QStringList recentStores() {
    return open()->value(QStringLiteral("stores/recent")).toStringList();
}

void rememberStore(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentStores();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    const std::unique_ptr<QSettings> settings = open();
    settings->setValue(QStringLiteral("stores/recent"), recent);
    settings->setValue(QStringLiteral("stores/last"), absolute);
}

void forgetStore(const QString &path) {
    QStringList recent = recentStores();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    open()->setValue(QStringLiteral("stores/recent"), recent);
}

qint64 lastSite(const QString &storePath) {
    return open()
        ->value(QStringLiteral("stores/lastSites"))
        .toMap()
        .value(QFileInfo(storePath).absoluteFilePath())
        .toLongLong();
}

void setLastSite(const QString &storePath, qint64 siteId) {
    const std::unique_ptr<QSettings> settings = open();
    QVariantMap sites = settings->value(QStringLiteral("stores/lastSites")).toMap();
    sites.insert(QFileInfo(storePath).absoluteFilePath(), siteId);
    settings->setValue(QStringLiteral("stores/lastSites"), sites);
}

} // namespace Settings
