#include "RegistryTransfer.h"

#include "AtomicFile.h"
#include "BoundedRead.h"
#include "KnowledgeBase.h"
#include "PrefetchingSource.h"
#include "RecordListSource.h"
#include "RegistryCsv.h"
#include "RegistryJson.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RegistryTransfer", text);
}

constexpr qsizetype chunkSize = 1 << 20;

} // namespace

namespace RegistryTransfer {

std::optional<Format> formatFromName(const QString &name) {
    const QString word = name.trimmed().toLower();
    if (word == QLatin1String("csv"))
        return Format::Csv;
    if (word == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

Format formatForPath(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? Format::Json
               : Format::Csv;
}

ImportReport importPage(Store &store, const QByteArray &bytes, CharterPage::Kind kind,
                        const QString &site, bool dryRun, const QString &sourceName,
                        CharterPage::Result *page, const KnowledgeBase *base, int previewLimit) {
    *page = CharterPage::read(bytes, kind);
    for (ImportRecord &record : page->records) {
        Cookie &cookie = record.cookie;
        if (!base || !cookie.provider.trimmed().isEmpty() || cookie.name.isEmpty())
            continue;
        const std::optional<KnowledgeBase::Match> match = base->best(cookie.name, cookie.domain);
        if (!match || match->cookie->controller.isEmpty())
            continue;
        cookie.provider = match->cookie->controller;
        const QString said = tr("Provider from the cookie database (row %1); the page names none")
                                 .arg(match->cookie->id);
        cookie.notes = cookie.notes.isEmpty() ? said : cookie.notes + QLatin1Char('\n') + said;
    }
    ImportReport report;
    if (page->tables.isEmpty()) {
        report.result = WriteResult::failure(
            WriteResult::Status::Invalid,
            tr("%1 has no cookie table: no table whose header names the cookies (\"Nom du "
               "cookie\", \"Cookie name\"...); nothing was imported")
                .arg(sourceName));
        return report;
    }
    ImportOptions options;
    options.defaultSite = site;
    options.dryRun = dryRun;
    options.previewLimit = previewLimit;
    options.sourceName = sourceName;
    RecordListSource source(page->records);
    return store.importRecords(source, options);
}

ImportOutcome importFile(Store &store, const QString &path, Format format,
                         const QString &defaultSite, bool dryRun,
                         const std::function<bool(double)> &progress, int previewLimit) {
    ImportOutcome outcome;
    ImportOptions options;
    options.defaultSite = defaultSite;
    options.dryRun = dryRun;
    options.progress = progress;
    options.previewLimit = previewLimit;
    options.sourceName = QFileInfo(path).fileName();
    if (format == Format::Csv) {
        RegistryCsvReader reader;
        if (!reader.openFile(path, &outcome.fileError))
            return outcome;
        outcome.unknownColumns = reader.unknownColumns();
        PrefetchingSource prefetching(reader);
        outcome.report = store.importRecords(prefetching, options);
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.fileError = tr("cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    QByteArray bytes;
    switch (BoundedRead::readAll(file, maxJsonBytes, &bytes)) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        outcome.tooLarge = true;
        outcome.fileError = tr("%1 is larger than %2, the most a JSON registry may hold; nothing "
                               "was imported")
                                .arg(path, BoundedRead::describe(maxJsonBytes));
        return outcome;
    case BoundedRead::Status::Failed:
        outcome.fileError = tr("cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    QList<ImportRecord> records;
    QString error;
    if (!RegistryJson::read(bytes, &options.siteDetails, &records, &error, &options.siteTexts)) {
        outcome.fileError = tr("%1: %2").arg(path, error);
        return outcome;
    }
    RecordListSource source(std::move(records));
    outcome.report = store.importRecords(source, options);
    return outcome;
}

bool exportRegistry(const Store &store, qint64 siteId, Format format, QIODevice *device,
                    QString *error, const std::function<bool(double)> &progress) {
    QString readError;
    QList<Site> sites = store.sites(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (siteId > 0) {
        sites.erase(std::remove_if(sites.begin(), sites.end(),
                                   [siteId](const Site &site) { return site.id != siteId; }),
                    sites.end());
    }
    const double total = qMax(1, store.cookieCount(siteId));
    qint64 written = 0;
    QByteArray buffer;
    buffer.reserve(chunkSize + 4096);
    bool ok = true;
    auto flush = [&](bool force) {
        if (!ok || (!force && buffer.size() < chunkSize))
            return;
        if (device->write(buffer) != buffer.size()) {
            ok = false;
            if (error)
                *error = tr("cannot write the export: %1").arg(device->errorString());
        }
        buffer.clear();
        if (ok && progress && !progress(double(written) / total)) {
            ok = false;
            if (error)
                *error = tr("export cancelled; no file was written");
        }
    };

    if (format == Format::Csv)
        RegistryCsv::appendHeader(buffer);
    else
        RegistryJson::beginDocument(buffer);
    for (qsizetype s = 0; s < sites.size() && ok; ++s) {
        const Site &site = sites.at(s);
        if (format == Format::Json) {
            const QList<CharterText> texts = store.allCharterTexts(site.id, &readError);
            if (!readError.isEmpty()) {
                ok = false;
                if (error)
                    *error = tr("cannot read the store: %1").arg(readError);
                break;
            }
            RegistryJson::beginSite(buffer, site, s == 0, texts);
        }
        bool first = true;
        const bool read = store.forEachCookie(
            site.id,
            [&](const Cookie &cookie) {
                if (format == Format::Csv)
                    RegistryCsv::appendCookie(buffer, site.name, cookie);
                else
                    RegistryJson::appendCookie(buffer, cookie, first);
                first = false;
                ++written;
                flush(false);
                return ok;
            },
            &readError);
        if (!read) {
            ok = false;
            if (error)
                *error = tr("cannot read the store: %1").arg(readError);
        }
        if (format == Format::Json)
            RegistryJson::endSite(buffer);
    }
    if (format == Format::Json)
        RegistryJson::endDocument(buffer);
    flush(true);
    return ok;
}

bool exportToFile(const Store &store, qint64 siteId, Format format, const QString &path,
                  QString *error, const std::function<bool(double)> &progress) {
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    if (!exportRegistry(store, siteId, format, file.device(), error, progress)) {
        file.cancel();
        return false;
    }
    return file.commit(error);
}

} // namespace RegistryTransfer
