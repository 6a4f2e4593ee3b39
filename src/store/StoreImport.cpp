// Importing: every row checked, all written or none; on a server streamed with COPY.
#include "Store.h"

#include "StoreRows.h"

#include "CookieCopy.h"
#include "Validator.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace StoreRows;

ImportReport Store::importRecords(RecordSource &source, const ImportOptions &options) {
    ImportReport report;
    bool dryRunDone = false;
    const WriteResult result = runWrite([&]() -> WriteResult {
        report = ImportReport();
        source.rewind();
        QHash<QString, qint64> siteIds; // folded name -> id
        for (const Site &existing : sites())
            siteIds.insert(existing.name.toCaseFolded(), existing.id);
        QString defaultSite = options.defaultSite.trimmed();
        if (defaultSite.isEmpty() && siteIds.size() == 1)
            defaultSite = sites().constFirst().name;

        QHash<qint64, int> addedPerSite;
        QHash<qint64, int> linesOfRows; // cookie id inserted by this import -> its line
        QString lastSiteName;
        qint64 lastSiteId = 0;
        const auto insert = statement(insertCookieSql(), StatementKind::Insert);
        // A server takes the rows through COPY, while the file is still being read.
        const std::unique_ptr<CookieCopy> copy = m_backend->cookieCopy(m_user, nowText());
        ImportRecord record;
        int rows = 0;
        while (source.next(&record)) {
            if ((++rows & 1023) == 0 && options.progress && !options.progress(source.progress())) {
                report.cancelled = true;
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("import cancelled; nothing was written"));
            }
            QStringList problems = record.errors;
            if (problems.isEmpty())
                problems = Validator::importErrors(record.cookie);
            const QString siteName =
                record.siteName.trimmed().isEmpty() ? defaultSite : record.siteName.trimmed();
            if (problems.isEmpty() && siteName.isEmpty())
                problems.append(tr("no site given: add a site column or name the site (the store "
                                   "has %1 sites)")
                                    .arg(siteIds.size()));
            if (!problems.isEmpty()) {
                for (const QString &problem : problems)
                    report.errors.append({record.line, problem});
                continue;
            }
            // Rows of one site usually come together: skip the folding and lookup for a repeat.
            if (siteName == lastSiteName && lastSiteId > 0) {
                record.cookie.siteId = lastSiteId;
            } else {
                const QString folded = siteName.toCaseFolded();
                auto siteIt = siteIds.find(folded);
                if (siteIt == siteIds.end()) {
                    Site created;
                    created.name = siteName;
                    for (const Site &details : options.siteDetails) {
                        if (details.name.toCaseFolded() == folded)
                            created = details;
                    }
                    if (created.languages.isEmpty())
                        created.languages = QStringList{QStringLiteral("fr")};
                    if (copy)
                        copy->pause(); // the connection is the COPY's until then
                    const WriteResult made = insertSite(created);
                    if (!made.ok()) {
                        if (made.status == WriteResult::Status::Busy ||
                            made.status == WriteResult::Status::Failed)
                            return made;
                        report.errors.append({record.line, made.message});
                        continue;
                    }
                    report.createdSites.append(created.name);
                    for (const CharterText &own : options.siteTexts.value(created.name)) {
                        QString error;
                        if (!insertCharterText(created.id, own.language, own.section, own.body,
                                               &error))
                            return WriteResult::failure(WriteResult::Status::Failed,
                                                        tr("store error: %1").arg(error));
                    }
                    siteIt = siteIds.insert(folded, created.id);
                }
                record.cookie.siteId = *siteIt;
                lastSiteName = siteName;
                lastSiteId = *siteIt;
            }
            if (copy) {
                copy->add(record.cookie, record.line);
                ++report.added;
                if (report.preview.size() < options.previewLimit) {
                    record.siteName = siteName;
                    report.preview.append(record);
                }
                continue;
            }
            const WriteResult inserted = insertCookie(record.cookie, *insert);
            if (!inserted.ok()) {
                if (inserted.status == WriteResult::Status::Busy ||
                    inserted.status == WriteResult::Status::Failed ||
                    inserted.status == WriteResult::Status::ReadOnly)
                    return inserted;
                const auto earlier = linesOfRows.constFind(inserted.otherId);
                if (inserted.status == WriteResult::Status::Duplicate &&
                    earlier != linesOfRows.constEnd())
                    report.errors.append(
                        {record.line, tr("duplicate of line %1 (same site, domain and "
                                         "name %2)")
                                          .arg(*earlier)
                                          .arg(record.cookie.name)});
                else
                    report.errors.append({record.line, inserted.message});
                continue;
            }
            linesOfRows.insert(record.cookie.id, record.line);
            ++addedPerSite[record.cookie.siteId];
            ++report.added;
            if (report.preview.size() < options.previewLimit) {
                record.siteName = siteName;
                report.preview.append(record);
            }
        }
        if (copy && !copy->finish() && report.errors.isEmpty()) {
            if (copy->failedState() != QLatin1String("23505"))
                return WriteResult::failure(connectionLost() ? WriteResult::Status::Busy
                                                             : WriteResult::Status::Failed,
                                            tr("store error: %1").arg(copy->failure()));
            QString failure;
            if (!findDuplicates(copy->keys(), &report.errors, &failure))
                return WriteResult::failure(WriteResult::Status::Failed,
                                            tr("store error: %1").arg(failure));
        }
        if (copy) {
            for (const ImportedKey &key : copy->keys())
                ++addedPerSite[key.siteId];
        }
        if (!report.errors.isEmpty())
            return WriteResult::failure(
                WriteResult::Status::Invalid,
                tr("%n row(s) rejected; nothing was imported", nullptr, int(report.errors.size())));
        if (options.dryRun) {
            dryRunDone = true;
            return WriteResult::failure(WriteResult::Status::Invalid, QString());
        }
        for (auto it = addedPerSite.constBegin(); it != addedPerSite.constEnd(); ++it) {
            const QString summary = options.sourceName.isEmpty()
                                        ? tr("%n cookie(s) imported", nullptr, it.value())
                                        : tr("%n cookie(s) imported from %1", nullptr, it.value())
                                              .arg(options.sourceName);
            if (!audit(QStringLiteral("import"), QStringLiteral("cookie"), 0, it.key(), summary,
                       QString(), QString()))
                return auditFailure();
            const qint64 siteId = it.key();
            m_pendingSignals.append([this, siteId] { Q_EMIT registryReset(siteId); });
        }
        return {};
    });
    report.result = dryRunDone ? WriteResult() : result;
    return report;
}

bool Store::findDuplicates(const QList<ImportedKey> &keys, QList<RowError> *errors,
                           QString *failure) const {
    QHash<QString, int> lines;
    QHash<QString, qint64> stored;
    QSet<qint64> sitesRead;
    auto keyOf = [](qint64 siteId, const QString &domain, const QString &name) {
        return QStringLiteral("%1\n%2\n%3").arg(siteId).arg(domain, name);
    };
    for (const ImportedKey &key : keys) {
        if (!sitesRead.contains(key.siteId)) {
            sitesRead.insert(key.siteId);
            QSqlQuery existing(database());
            existing.setForwardOnly(true);
            existing.prepare(
                QStringLiteral("SELECT id, domain, name FROM cookie WHERE site_id = ?"));
            existing.addBindValue(key.siteId);
            if (!existing.exec()) {
                *failure = existing.lastError().text();
                return false;
            }
            while (existing.next())
                stored.insert(
                    keyOf(key.siteId, existing.value(1).toString(), existing.value(2).toString()),
                    existing.value(0).toLongLong());
        }
        const QString wanted = keyOf(key.siteId, key.domain, key.name);
        if (const auto earlier = lines.constFind(wanted); earlier != lines.constEnd())
            errors->append({key.line, tr("duplicate of line %1 (same site, domain and name %2)")
                                          .arg(*earlier)
                                          .arg(key.name)});
        else if (const auto other = stored.constFind(wanted); other != stored.constEnd())
            errors->append(
                {key.line, tr("cookie %1 (domain \"%2\") is already in the registry as cookie #%3")
                               .arg(key.name, key.domain)
                               .arg(*other)});
        lines.insert(wanted, key.line);
    }
    if (errors->isEmpty())
        *failure = tr("a row is already in the registry");
    return !errors->isEmpty();
}
