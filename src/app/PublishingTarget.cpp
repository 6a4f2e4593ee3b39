#include "PublishingTarget.h"

#include "Store.h"

#include <QFileInfo>
#include <QSettings>

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
    if (path.isEmpty() || (!openStorePath.isEmpty() && QFileInfo(path) == QFileInfo(openStorePath)))
        return QString();
    return path;
}

bool open(Store &shared, const QString &path, bool create, bool readOnly, QString *error) {
    const Store::OpenMode mode = readOnly ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite;
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
