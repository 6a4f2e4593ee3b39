#pragma once

#include <QByteArray>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <utility>

// A file that appears whole or not at all, and never replaces a good file with a cut one.
// QSaveFile alone misses a write error that happens when its last buffer is flushed at
// commit (a full disk on a small file), then renames the cut file over the old one. Here every
// write, the flush and an fsync are checked before the rename; on any failure the temporary file
// goes and the previous file stays as it was.
class AtomicFile {
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // without commit(): nothing changes

    bool open(QString *error);
    QIODevice *device() { return &m_file; }
    bool write(const QByteArray &bytes, QString *error);
    // Flushes and syncs; the file is not in place yet. commit() calls it too.
    bool sync(QString *error);
    bool commit(QString *error);
    void cancel();

    // One file, whole or not at all.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Several files, all or none: every one is written and synced before the first is renamed.
    // `committed`: how many are in place (all of them on success, almost always 0 on failure).
    static bool writeAll(const QList<std::pair<QString, QByteArray>> &files, QString *error,
                         int *committed = nullptr);

private:
    bool failed(const QString &cause, QString *error);
    QString cause(int code) const;

    QSaveFile m_file;
    bool m_synced = false;
};
