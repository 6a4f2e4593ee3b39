#include "AtomicFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <unistd.h>

AtomicFile::AtomicFile(const QString &path)
    : m_file(path) {}

AtomicFile::~AtomicFile() {
    cancel();
}

bool AtomicFile::failed(const QString &cause, QString *error) {
    if (error)
        *error = QCoreApplication::translate("AtomicFile", "cannot write %1: %2")
                     .arg(m_file.fileName(), cause);
    cancel();
    return false;
}

bool AtomicFile::open(QString *error) {
    m_synced = false;
    if (!m_file.open(QIODevice::WriteOnly))
        return failed(m_file.errorString(), error);
    return true;
}

// The reason the system gave: QFileDevice says only "Unknown error" when a buffered write fails.
QString AtomicFile::cause(int code) const {
    return code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : m_file.errorString();
}

bool AtomicFile::write(const QByteArray &bytes, QString *error) {
    if (!m_file.isOpen())
        return failed(QCoreApplication::translate("AtomicFile", "the file is not open"), error);
    errno = 0;
    if (m_file.write(bytes) != bytes.size() || m_file.error() != QFileDevice::NoError)
        return failed(cause(errno), error);
    return true;
}

bool AtomicFile::sync(QString *error) {
    if (m_synced)
        return true;
    if (!m_file.isOpen())
        return failed(QCoreApplication::translate("AtomicFile", "the file is not open"), error);
    errno = 0;
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return failed(cause(errno), error);
    const int handle = m_file.handle();
    if (handle >= 0 && ::fsync(handle) != 0) {
        const int code = errno;
        // A file system that cannot sync (a pipe, some network shares) has nothing to lose here.
        if (code != EINVAL && code != ENOTSUP)
            return failed(QString::fromLocal8Bit(std::strerror(code)), error);
    }
    m_synced = true;
    return true;
}

bool AtomicFile::commit(QString *error) {
    if (!sync(error))
        return false;
    errno = 0;
    if (!m_file.commit())
        return failed(cause(errno), error);
    return true;
}

void AtomicFile::cancel() {
    if (m_file.isOpen())
        m_file.cancelWriting(); // the temporary file is removed when QSaveFile closes
    m_synced = false;
}

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error) {
    AtomicFile file(path);
    return file.open(error) && file.write(bytes, error) && file.commit(error);
}

bool AtomicFile::writeAll(const QList<std::pair<QString, QByteArray>> &files, QString *error,
                          int *committed) {
    if (committed)
        *committed = 0;
    std::vector<std::unique_ptr<AtomicFile>> open;
    for (const auto &[path, bytes] : files) {
        open.push_back(std::make_unique<AtomicFile>(path));
        if (!open.back()->open(error) || !open.back()->write(bytes, error) ||
            !open.back()->sync(error))
            return false; // every temporary file goes with `open`
    }
    // Only renames are left: the disk has taken every byte. A rename that still fails (a folder
    // put in a file's place meanwhile) cannot take back the ones before it; the caller is told
    // how many went through.
    for (const auto &file : open) {
        if (!file->commit(error))
            return false;
        if (committed)
            ++*committed;
    }
    return true;
}
