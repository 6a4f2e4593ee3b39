// The store's reviews: what editors submit, and the decisions and comments reviewers write in
// tables of their own (review_decision, review_comment), never in the registry's.
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

WriteResult failed(const QString &message) {
    return WriteResult::failure(WriteResult::Status::Failed, message);
}

QString reviewColumns(bool withSnapshots) {
    return QStringLiteral(
               "r.id, r.site_id, s.name, r.state_hash, %1, r.base_seq, r.base_at, %2, r.note, "
               "r.submitted_at, r.submitted_by, d.decision, d.comment, d.decided_at, d.decided_by")
        .arg(withSnapshots ? QStringLiteral("r.snapshot") : QStringLiteral("''"),
             withSnapshots ? QStringLiteral("r.base_snapshot") : QStringLiteral("''"));
}

Review readReview(const QSqlQuery &query) {
    Review review;
    review.id = query.value(0).toLongLong();
    review.siteId = query.value(1).toLongLong();
    review.siteName = query.value(2).toString();
    review.stateHash = query.value(3).toString();
    review.snapshot = query.value(4).toString();
    review.baseSeq = query.value(5).toInt();
    review.baseAt = query.value(6).toString();
    review.baseSnapshot = query.value(7).toString();
    review.note = query.value(8).toString();
    review.submittedAt = query.value(9).toString();
    review.submittedBy = query.value(10).toString();
    review.decision = Review::decisionFromKey(query.value(11).toString());
    review.decisionComment = query.value(12).toString();
    review.decidedAt = query.value(13).toString();
    review.decidedBy = query.value(14).toString();
    return review;
}

} // namespace

bool Store::readReviewDetails(QList<Review> &reviews, QString *error) const {
    if (reviews.isEmpty())
        return true;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < reviews.size(); ++i)
        index.insert(reviews.at(i).id, i);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.review_id, c.cookie_id, c.cookie_name, c.cookie_domain, c.body, "
        "c.written_at, c.written_by FROM review_comment c JOIN review r ON r.id = c.review_id "
        "WHERE r.site_id = ? OR ? = 0 ORDER BY c.id"));
    const qint64 siteId = reviews.size() == 1 ? reviews.constFirst().siteId : 0;
    query.addBindValue(siteId);
    query.addBindValue(siteId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        ReviewComment comment;
        comment.id = query.value(0).toLongLong();
        comment.reviewId = query.value(1).toLongLong();
        comment.cookieId = query.value(2).toLongLong();
        comment.cookieName = query.value(3).toString();
        comment.cookieDomain = query.value(4).toString();
        comment.body = query.value(5).toString();
        comment.writtenAt = query.value(6).toString();
        comment.writtenBy = query.value(7).toString();
        const auto found = index.constFind(comment.reviewId);
        if (found != index.constEnd())
            reviews[*found].comments.append(comment);
    }
    return true;
}

QList<Review> Store::reviews(qint64 siteId, bool withSnapshots, QString *error) const {
    QList<Review> list;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM review r JOIN site s ON s.id = r.site_id "
                                 "LEFT JOIN review_decision d ON d.review_id = r.id %2 "
                                 "ORDER BY r.id")
                      .arg(reviewColumns(withSnapshots),
                           siteId > 0 ? QStringLiteral("WHERE r.site_id = ?") : QString()));
    if (siteId > 0)
        query.addBindValue(siteId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return list;
    }
    while (query.next())
        list.append(readReview(query));
    query.finish();
    if (!readReviewDetails(list, error))
        return {};
    return list;
}

std::optional<Review> Store::review(qint64 id, QString *error, bool withSnapshots) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM review r JOIN site s ON s.id = r.site_id "
                                 "LEFT JOIN review_decision d ON d.review_id = r.id "
                                 "WHERE r.id = ?")
                      .arg(reviewColumns(withSnapshots)));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QList<Review> one{readReview(query)};
    query.finish();
    if (!readReviewDetails(one, error))
        return std::nullopt;
    return one.constFirst();
}

QStringList Store::changedBy(qint64 siteId, const QString &since, QString *error) const {
    QStringList users;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT \"user\" FROM audit WHERE site_id = ? AND "
                                 "entity <> 'publication' AND at >= ? ORDER BY \"user\""));
    query.addBindValue(siteId);
    query.addBindValue(text(since));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return users;
    }
    while (query.next())
        users.append(query.value(0).toString());
    return users;
}

qint64 Store::lastChange(qint64 siteId, QString *error) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT max(id) FROM audit WHERE site_id = ?"));
    query.addBindValue(siteId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

WriteResult Store::submitReview(Review &review) {
    if (review.stateHash.isEmpty() || review.snapshot.isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    tr("a review names the state of the registry it submits"));
    Review candidate = review;
    const WriteResult result = runWrite([&]() -> WriteResult {
        QString error;
        const std::optional<Site> site = this->site(candidate.siteId, &error);
        if (!error.isEmpty())
            return failed(error);
        if (!site)
            return WriteResult::failure(WriteResult::Status::NotFound,
                                        tr("site #%1 does not exist").arg(candidate.siteId));
        QSqlQuery waiting(database());
        waiting.prepare(QStringLiteral(
            "SELECT r.id, r.submitted_by FROM review r LEFT JOIN review_decision d ON "
            "d.review_id = r.id WHERE r.site_id = ? AND r.state_hash = ? AND d.review_id IS NULL "
            "ORDER BY r.id LIMIT 1"));
        waiting.addBindValue(candidate.siteId);
        waiting.addBindValue(candidate.stateHash);
        if (!waiting.exec())
            return failureFrom(waiting);
        if (waiting.next())
            return WriteResult::failure(
                WriteResult::Status::Duplicate,
                tr("review %1 (submitted by %2) already waits for a reviewer on this same state "
                   "of %3; nothing was submitted")
                    .arg(waiting.value(0).toLongLong())
                    .arg(waiting.value(1).toString(), site->name));
        waiting.finish();
        candidate.siteName = site->name;
        candidate.submittedAt = nowText();
        candidate.submittedBy = m_user;
        QSqlQuery insert(database());
        insert.prepare(returningId(QStringLiteral(
            "INSERT INTO review (site_id, state_hash, snapshot, base_seq, base_at, base_snapshot, "
            "note, submitted_at, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        insert.addBindValue(candidate.siteId);
        insert.addBindValue(candidate.stateHash);
        insert.addBindValue(candidate.snapshot);
        insert.addBindValue(candidate.baseSeq);
        insert.addBindValue(text(candidate.baseAt));
        insert.addBindValue(text(candidate.baseSnapshot));
        insert.addBindValue(text(candidate.note.trimmed()));
        insert.addBindValue(candidate.submittedAt);
        insert.addBindValue(text(candidate.submittedBy));
        if (!insert.exec())
            return failureFrom(insert);
        candidate.id = insertedId(insert);
        candidate.note = candidate.note.trimmed();
        const qint64 siteId = candidate.siteId;
        m_pendingSignals.append([this, siteId] { Q_EMIT reviewsChanged(siteId); });
        return {};
    });
    if (result.ok())
        review = candidate;
    return result;
}

WriteResult Store::decideReview(qint64 reviewId, Review::Decision decision, const QString &comment,
                                const QString &currentStateHash, Review *result) {
    if (decision == Review::Decision::None)
        return WriteResult::failure(WriteResult::Status::Invalid, tr("no decision was given"));
    if (decision == Review::Decision::ChangesRequested && comment.trimmed().isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid,
                                    tr("asking for changes needs a comment saying which"));
    Review decided;
    const WriteResult written = runWrite(
        [&]() -> WriteResult {
            QString error;
            // Without the snapshots: megabytes for a large site, read under the write lock.
            const std::optional<Review> stored = review(reviewId, &error, false);
            if (!error.isEmpty())
                return failed(error);
            if (!stored)
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("there is no review %1").arg(reviewId));
            if (stored->decision != Review::Decision::None)
                return WriteResult::failure(
                    WriteResult::Status::Conflict,
                    (stored->decision == Review::Decision::Approved
                         ? tr("review %1 was already approved by %2 on %3; nothing was written")
                         : tr("%2 already asked for changes on review %1 on %3; nothing was "
                              "written"))
                        .arg(reviewId)
                        .arg(stored->decidedBy, stored->decidedAt));
            // Either decision is final: it is a reviewer's, on a review still standing.
            if (stored->stateHash != currentStateHash)
                return WriteResult::failure(
                    WriteResult::Status::Conflict,
                    tr("review %1 is void: the registry of %2 changed since it was submitted; it "
                       "cannot be decided (submit it again)")
                        .arg(reviewId)
                        .arg(stored->siteName));
            QStringList excluded = changedBy(stored->siteId, stored->baseAt, &error);
            if (!error.isEmpty())
                return failed(error);
            if (!excluded.contains(stored->submittedBy))
                excluded.prepend(stored->submittedBy);
            if (excluded.contains(m_user))
                return WriteResult::failure(
                    WriteResult::Status::NotAllowed,
                    tr("not allowed: %1 submitted or changed this registry since the last "
                       "publication, so someone else must review it (anyone but %2)")
                        .arg(m_user, excluded.join(QStringLiteral(", "))));
            QSqlQuery insert(database());
            insert.prepare(QStringLiteral(
                "INSERT INTO review_decision (review_id, decision, comment, state_hash, "
                "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(reviewId);
            insert.addBindValue(Review::decisionKey(decision));
            insert.addBindValue(text(comment.trimmed()));
            insert.addBindValue(stored->stateHash);
            insert.addBindValue(nowText());
            insert.addBindValue(text(m_user));
            if (!insert.exec())
                return failureFrom(insert);
            decided = *stored;
            decided.decision = decision;
            decided.decisionComment = comment.trimmed();
            decided.decidedAt = nowText();
            decided.decidedBy = m_user;
            const qint64 siteId = stored->siteId;
            m_pendingSignals.append([this, siteId] { Q_EMIT reviewsChanged(siteId); });
            return {};
        },
        WriteScope::Review);
    if (written.ok() && result)
        *result = decided;
    return written;
}

WriteResult Store::addReviewComment(ReviewComment &comment) {
    if (comment.body.trimmed().isEmpty())
        return WriteResult::failure(WriteResult::Status::Invalid, tr("the comment is empty"));
    ReviewComment candidate = comment;
    const WriteResult written = runWrite(
        [&]() -> WriteResult {
            QSqlQuery owner(database());
            owner.prepare(QStringLiteral("SELECT site_id FROM review WHERE id = ?"));
            owner.addBindValue(candidate.reviewId);
            if (!owner.exec())
                return failureFrom(owner);
            if (!owner.next())
                return WriteResult::failure(WriteResult::Status::NotFound,
                                            tr("there is no review %1").arg(candidate.reviewId));
            const qint64 siteId = owner.value(0).toLongLong();
            owner.finish();
            candidate.body = candidate.body.trimmed();
            candidate.writtenAt = nowText();
            candidate.writtenBy = m_user;
            QSqlQuery insert(database());
            insert.prepare(returningId(QStringLiteral(
                "INSERT INTO review_comment (review_id, cookie_id, cookie_name, cookie_domain, "
                "body, written_at, written_by) VALUES (?, ?, ?, ?, ?, ?, ?)")));
            insert.addBindValue(candidate.reviewId);
            insert.addBindValue(candidate.cookieId);
            insert.addBindValue(text(candidate.cookieName));
            insert.addBindValue(text(candidate.cookieDomain));
            insert.addBindValue(candidate.body);
            insert.addBindValue(candidate.writtenAt);
            insert.addBindValue(text(candidate.writtenBy));
            if (!insert.exec())
                return failureFrom(insert);
            candidate.id = insertedId(insert);
            m_pendingSignals.append([this, siteId] { Q_EMIT reviewsChanged(siteId); });
            return {};
        },
        WriteScope::Review);
    if (written.ok())
        comment = candidate;
    return written;
}
