#include "PublishingTarget.h"

#include "Store.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace {

const QLatin1String targetKey("publishing/target");

QSettings settings() {
    return QSettings(QStringLiteral("cookie-charter"), QStringLiteral("cookie-charter"));
}

} // namespace

namespace PublishingTarget {

QString configuredPath() {
    return settings().value(targetKey).toString();
}

void setConfiguredPath(const QString &path) {
    QSettings store = settings();
    if (path.isEmpty())
        store.remove(targetKey);
    else
        store.setValue(targetKey, path);
}

QString resolve(const QString &explicitPath, const QString &openStorePath) {
    const QString path = explicitPath.isEmpty() ? configuredPath() : explicitPath;
    const bool same = Store::isServerLocation(path)
                          ? QUrl(path).toString(QUrl::RemovePassword) == openStorePath
                          : !openStorePath.isEmpty() && QFileInfo(path) == QFileInfo(openStorePath);
    if (path.isEmpty() || same)
        return QString();
    return path;
}

bool open(Store &shared, const QString &path, bool create, bool readOnly, QString *error) {
    const Store::OpenMode mode = readOnly ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite;
    if (Store::isServerLocation(path)) // a server store is made with init, by its owner
        return shared.open(path, mode, error);
    if (create && !readOnly && !QFileInfo::exists(path)) {
        if (shared.create(path, error))
            return true;
        if (!QFileInfo::exists(path))
            return false;
        // Someone else made it meanwhile: theirs is whole (it appears only once complete).
    }
    return shared.open(path, mode, error);
}

} // namespace PublishingTarget
