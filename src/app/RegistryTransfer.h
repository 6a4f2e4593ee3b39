#pragma once

#include "CharterPage.h"
#include "StoreImport.h"

#include <QStringList>

#include <functional>
#include <optional>

class KnowledgeBase;
class QIODevice;
class Store;

// Moves a registry between the store and CSV/JSON files, for the command line and the GUI.
namespace RegistryTransfer {

enum class Format { Csv, Json };
std::optional<Format> formatFromName(const QString &name);
Format formatForPath(const QString &path); // .json -> Json, anything else -> Csv

// A JSON registry is read whole; anything larger is refused rather than exhausting memory.
constexpr qint64 maxJsonBytes = qint64(256) << 20;

struct ImportOutcome {
    QString fileError;          // the file could not be read at all; nothing was tried
    bool tooLarge = false;      // ... because it is larger than the reader accepts
    QStringList unknownColumns; // CSV columns that were ignored
    ImportReport report;
};

ImportOutcome importFile(Store &store, const QString &path, Format format,
                         const QString &defaultSite, bool dryRun = false,
                         const std::function<bool(double)> &progress = {}, int previewLimit = 0);

// An existing charter page (HTML, Markdown, text) is read whole; a page is never this large.
constexpr qint64 maxPageBytes = qint64(64) << 20;

// The cookies of a charter page's tables into a site, all or none (dryRun: the preview).
// `page` gets what was read of the page. No cookie table: nothing is tried and the report's
// result is Invalid with the reason. Many pages (WordPress cookie plugins) name no provider:
// with a `base`, a row without one takes the base's data controller, said in its notes.
ImportReport importPage(Store &store, const QByteArray &bytes, CharterPage::Kind kind,
                        const QString &site, bool dryRun, const QString &sourceName,
                        CharterPage::Result *page, const KnowledgeBase *base = nullptr,
                        int previewLimit = 0);

// Writes the registry of one site (0: all sites) to `device` in chunks. false with a message
// on a store or write error, or when `progress` returned false (cancelled).
bool exportRegistry(const Store &store, qint64 siteId, Format format, QIODevice *device,
                    QString *error, const std::function<bool(double)> &progress = {});

// The same into a file, atomically: the file appears whole or not at all.
bool exportToFile(const Store &store, qint64 siteId, Format format, const QString &path,
                  QString *error, const std::function<bool(double)> &progress = {});

} // namespace RegistryTransfer
