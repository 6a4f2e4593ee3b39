#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// Small helpers shared by the tests.
namespace TestSupport {

inline QString dataPath(const QString &name) {
    return QStringLiteral(CC_TEST_DATA "/") + name;
}

inline QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray fileHash(const QString &path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// Points QSettings at an empty folder for this test program: the window remembers stores and
// layout there, never in the user's own settings.
inline void isolateSettings() {
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    static QTemporaryDir cache; // the cookie database's cached index
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
}

} // namespace TestSupport
