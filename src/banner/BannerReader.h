#pragma once

#include "Banner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads a banner configuration: a tarteaucitron services file (the library's own
// tarteaucitron.services.js, or a site's), a Klaro config.js, an Orejime 2 or 3 configuration.
// These are JavaScript: they are evaluated by QJSEngine in a sandbox with no DOM, no network,
// no file, no timer that ever fires, stubs for the libraries' globals, a time limit and a
// memory limit. Nothing the file does reaches the user's files or rights.
namespace Banner {

struct ReadResult {
    bool ok = false;
    std::optional<Format> format;
    int services = 0;
    QList<ImportRecord> records; // one per distinct cookie name, in the file's order
    QStringList warnings;        // expressions kept verbatim in the notes, services without cookies
    QString error;               // why nothing could be read
    int errorLine = 0;           // where the engine says, 0 when it does not
};

constexpr qint64 maxConfigBytes = 4 * 1024 * 1024;

struct ReadLimits {
    int milliseconds = 3000;
    qint64 memoryBytes = qint64(768) * 1024 * 1024; // growth of the process while evaluating
};

ReadResult read(const QByteArray &source, const QString &sourceName,
                const ReadLimits &limits = ReadLimits());

// The same for a file: one that cannot be read, or is larger than maxConfigBytes, is said in
// the result's error.
ReadResult readFile(const QString &path, const ReadLimits &limits = ReadLimits());

// The category a library's purpose or type names ("analytics", "ads", "Mesure d'audience").
std::optional<Category> categoryFromPurpose(const QString &purpose);

} // namespace Banner
