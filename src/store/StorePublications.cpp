// Publications: appended under the write lock, chained by hash, verified whole.
#include "Store.h"

#include "StoreRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace StoreRows;

namespace {

const QLatin1String publicationColumns(
    "id, site, seq, published_at, author, note, registry_json, registry_sha256, cookie_count, "
    "file_count, previous_hash, hash, rule_switches, approval");
// The same without the snapshot, for lists.
const QLatin1String publicationListColumns(
    "id, site, seq, published_at, author, note, '', registry_sha256, cookie_count, "
    "file_count, previous_hash, hash, rule_switches, approval");

Publication readPublication(const QSqlQuery &query) {
    Publication publication;
    publication.id = query.value(0).toLongLong();
    publication.site = query.value(1).toString();
    publication.seq = query.value(2).toInt();
    publication.publishedAt = query.value(3).toString();
    publication.author = query.value(4).toString();
    publication.note = query.value(5).toString();
    publication.registryJson = query.value(6).toString();
    publication.registrySha256 = query.value(7).toString();
    publication.cookieCount = query.value(8).toInt();
    publication.fileCount = query.value(9).toInt();
    publication.previousHash = query.value(10).toString();
    publication.hash = query.value(11).toString();
    publication.storedSwitches = query.value(12).toString();
    publication.storedApproval = query.value(13).toString();
    publication.ruleSwitches = Publication::switchesFrom(publication.storedSwitches);
    publication.approval = Approval::fromText(publication.storedApproval);
    return publication;
}

} // namespace

QList<PublicationFile> Store::publicationFiles(qint64 publicationId, bool withContents) const {
    QList<PublicationFile> files;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        withContents
            ? QStringLiteral("SELECT name, lang, format, sha256, content FROM publication_file "
                             "WHERE publication_id = ? ORDER BY name")
            : QStringLiteral("SELECT name, lang, format, sha256 FROM publication_file "
                             "WHERE publication_id = ? ORDER BY name"));
    query.addBindValue(publicationId);
    if (!query.exec())
        return files;
    while (query.next()) {
        PublicationFile file;
        file.name = query.value(0).toString();
        file.language = query.value(1).toString();
        file.format = query.value(2).toString();
        file.sha256 = query.value(3).toString();
        if (withContents)
            file.content = query.value(4).toByteArray();
        files.append(file);
    }
    return files;
}

QStringList Store::publishedSites() const {
    QStringList sites;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral(
            "SELECT site FROM publication GROUP BY site ORDER BY site COLLATE NOCASE"))) {
        while (query.next())
            sites.append(query.value(0).toString());
    }
    return sites;
}

QList<Publication> Store::publications(const QString &site) const {
    QList<Publication> list;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM publication WHERE ? = '' OR site = ? COLLATE NOCASE "
                       "ORDER BY site COLLATE NOCASE, seq")
            .arg(publicationListColumns));
    query.addBindValue(text(site));
    query.addBindValue(text(site));
    if (!query.exec())
        return list;
    while (query.next()) {
        list.append(readPublication(query)); // without the snapshots
    }
    for (Publication &publication : list)
        publication.files = publicationFiles(publication.id, false);
    return list;
}

std::optional<Publication> Store::publication(const QString &site, int seq,
                                              bool withContents) const {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM publication WHERE site = ? COLLATE NOCASE AND seq = ?")
            .arg(publicationColumns));
    query.addBindValue(text(site));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Publication publication = readPublication(query);
    query.finish();
    publication.files = publicationFiles(publication.id, withContents);
    return publication;
}

Store::Verification Store::verifyPublications() const {
    Verification report;
    auto broken = [&report](const Publication &publication, const QString &what) {
        report.ok = false;
        report.firstBroken =
            tr("publication %1 of %2: %3").arg(publication.seq).arg(publication.site, what);
    };
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM publication ORDER BY site COLLATE NOCASE, seq")
                        .arg(publicationColumns))) {
        report.ok = false;
        report.firstBroken = query.lastError().text();
        return report;
    }
    QList<Publication> all;
    while (query.next())
        all.append(readPublication(query));
    query.finish();
    QString previousSite;
    QString previousHash;
    int expectedSeq = 1;
    for (Publication &publication : all) {
        if (publication.site.compare(previousSite, Qt::CaseInsensitive) != 0) {
            previousSite = publication.site;
            previousHash.clear();
            expectedSeq = 1;
        }
        publication.files = publicationFiles(publication.id, true);
        ++report.checked;
        if (publication.seq != expectedSeq) {
            broken(publication, expectedSeq == 1
                                    ? tr("the history does not start at 1")
                                    : tr("publication %1 is missing").arg(expectedSeq));
            return report;
        }
        if (publication.previousHash != previousHash) {
            broken(publication,
                   tr("it does not follow the publication before it (its previous hash differs)"));
            return report;
        }
        if (Publication::sha256(publication.registryJson.toUtf8()) != publication.registrySha256) {
            broken(publication, tr("its registry snapshot does not match its SHA-256"));
            return report;
        }
        if (publication.files.size() != publication.fileCount) {
            broken(publication, tr("it should hold %1 files but holds %2")
                                    .arg(publication.fileCount)
                                    .arg(publication.files.size()));
            return report;
        }
        for (const PublicationFile &file : publication.files) {
            if (Publication::sha256(file.content) != file.sha256) {
                broken(publication, tr("the file %1 does not match its SHA-256").arg(file.name));
                return report;
            }
        }
        if (Publication::switchesText(publication.ruleSwitches) != publication.storedSwitches) {
            broken(publication, tr("its record of the rules switched off is not as it was "
                                   "written (changed after publishing)"));
            return report;
        }
        if (publication.approval.toText() != publication.storedApproval) {
            broken(publication,
                   tr("its approval is not as it was written (changed after publishing)"));
            return report;
        }
        if (!publication.approval.isEmpty() &&
            publication.approval.stateHash != publication.registrySha256) {
            broken(publication, tr("its approval (review %1 by %2) is for another state of the "
                                   "registry than the one published")
                                    .arg(publication.approval.reviewId)
                                    .arg(publication.approval.approvedBy));
            return report;
        }
        if (publication.computeHash() != publication.hash) {
            broken(publication,
                   tr("its hash does not match its contents (changed after publishing)"));
            return report;
        }
        previousHash = publication.hash;
        ++expectedSeq;
        publication.files.clear(); // one publication's files in memory at a time
    }
    return report;
}

WriteResult Store::addPublication(Publication &publication) {
    if (const QString refused = publishRefusal(); !refused.isEmpty())
        return WriteResult::failure(WriteResult::Status::NotAllowed, refused);
    Publication candidate = publication;
    const WriteResult result = runWrite([&]() -> WriteResult {
        QSqlQuery last(database());
        last.prepare(
            QStringLiteral("SELECT seq, hash FROM publication WHERE site = ? COLLATE NOCASE "
                           "ORDER BY seq DESC LIMIT 1"));
        last.addBindValue(text(candidate.site));
        if (!last.exec())
            return failureFrom(last);
        candidate.seq = 1;
        candidate.previousHash.clear();
        if (last.next()) {
            candidate.seq = last.value(0).toInt() + 1;
            candidate.previousHash = last.value(1).toString();
        }
        last.finish();
        candidate.publishedAt = nowText();
        candidate.author = m_user;
        candidate.registrySha256 = Publication::sha256(candidate.registryJson.toUtf8());
        candidate.fileCount = int(candidate.files.size());
        for (PublicationFile &file : candidate.files)
            file.sha256 = Publication::sha256(file.content);
        candidate.hash = candidate.computeHash();

        QSqlQuery insert(database());
        insert.prepare(returningId(QStringLiteral(
            "INSERT INTO publication (site, seq, published_at, author, note, registry_json, "
            "registry_sha256, cookie_count, file_count, previous_hash, hash, rule_switches, "
            "approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        insert.addBindValue(text(candidate.site));
        insert.addBindValue(candidate.seq);
        insert.addBindValue(candidate.publishedAt);
        insert.addBindValue(text(candidate.author));
        insert.addBindValue(text(candidate.note));
        insert.addBindValue(text(candidate.registryJson));
        insert.addBindValue(candidate.registrySha256);
        insert.addBindValue(candidate.cookieCount);
        insert.addBindValue(candidate.fileCount);
        insert.addBindValue(text(candidate.previousHash));
        insert.addBindValue(candidate.hash);
        insert.addBindValue(text(Publication::switchesText(candidate.ruleSwitches)));
        insert.addBindValue(text(candidate.approval.toText()));
        if (!insert.exec())
            return failureFrom(insert);
        candidate.id = insertedId(insert);
        QSqlQuery file(database());
        file.prepare(QStringLiteral(
            "INSERT INTO publication_file (publication_id, name, lang, format, content, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const PublicationFile &entry : candidate.files) {
            file.bindValue(0, candidate.id);
            file.bindValue(1, text(entry.name));
            file.bindValue(2, text(entry.language));
            file.bindValue(3, text(entry.format));
            file.bindValue(4, entry.content);
            file.bindValue(5, entry.sha256);
            if (!file.exec())
                return failureFrom(file);
        }
        if (!audit(QStringLiteral("publish"), QStringLiteral("publication"), candidate.id, 0,
                   tr("publication %1 of %2").arg(candidate.seq).arg(candidate.site), QString(),
                   QString()))
            return auditFailure();
        const QString site = candidate.site;
        const int seq = candidate.seq;
        m_pendingSignals.append([this, site, seq] { Q_EMIT published(site, seq); });
        return {};
    });
    if (result.ok())
        publication = candidate;
    return result;
}
