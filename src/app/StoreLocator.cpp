#include "StoreLocator.h"

#include "RecordListSource.h"
#include "RegistryJson.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("StoreLocator", text);
}

} // namespace

namespace StoreLocator {

QString defaultStorePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/registry.cookiestore");
}

QString chooseStorePath(const QString &explicitPath, bool *isDefault) {
    *isDefault = false;
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("COOKIE_CHARTER_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    *isDefault = true;
    return defaultStorePath();
}

bool createSeededStore(const QString &path, QString *error) {
    QFile seedFile(QStringLiteral(":/seed/reference-registry.json"));
    if (!seedFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("the reference registry is missing from this build");
        return false;
    }
    QList<Site> sites;
    QList<ImportRecord> records;
    if (!RegistryJson::read(seedFile.readAll(), &sites, &records, error))
        return false;
    {
        Store store;
        if (!store.create(path, error))
            return false;
        RecordListSource source(records);
        ImportOptions options;
        options.siteDetails = sites;
        options.sourceName = tr("the reference charter");
        const ImportReport report = store.importRecords(source, options);
        if (!report.result.ok()) {
            if (error)
                *error = report.result.message;
            store.close();
            QFile::remove(path);
            return false;
        }
    }
    return true;
}

bool openStore(Store &store, const QString &path, bool isDefault, bool readOnly, QString *error) {
    if (isDefault && !QFileInfo::exists(path)) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        const QString building = path + QStringLiteral(".new-") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        if (!createSeededStore(building, error))
            return false;
        // Another process may have created it meanwhile: then its store wins and ours goes.
        if (!QFile::rename(building, path))
            QFile::remove(building);
    }
    return store.open(path, readOnly ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite,
                      error);
}

} // namespace StoreLocator
