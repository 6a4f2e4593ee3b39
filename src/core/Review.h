#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A reviewer's remark, on one cookie or on the whole review.
struct ReviewComment {
    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 cookieId = 0; // 0: on the whole review
    QString cookieName;  // as the cookie was named when the comment was written
    QString cookieDomain;
    QString body;
    QString writtenAt;
    QString writtenBy;

    QJsonObject toJson() const;
    static ReviewComment fromJson(const QJsonObject &object);
};

// An editor's request that someone else check a site's registry and charter before it is
// published. It names the exact state submitted (the hash of what a publication would hold) and
// keeps that state and the last publication's, so that what changed can be shown at any time.
// The decision and the comments are written by reviewers, in tables of their own.
struct Review {
    enum class Decision { None, Approved, ChangesRequested };

    qint64 id = 0;
    qint64 siteId = 0;
    QString siteName;
    QString stateHash; // SHA-256 of the snapshot a publication would keep
    QString snapshot;  // that snapshot (RegistryJson): the registry and texts submitted
    int baseSeq = 0;   // the publication it is compared with; 0: none yet
    QString baseAt;    // that publication's time; edits since then count as changes
    QString baseSnapshot;
    QString note;
    QString submittedAt;
    QString submittedBy;

    Decision decision = Decision::None;
    QString decisionComment;
    QString decidedAt;
    QString decidedBy;
    QList<ReviewComment> comments; // oldest first

    static QString decisionKey(Decision decision); // "approved", "changes-requested", ""
    static Decision decisionFromKey(const QString &key);
};

// What a publication records of the approval it was made with: who approved which state, when,
// and the comments. Covered by the publication's hash.
struct Approval {
    qint64 reviewId = 0;
    QString stateHash;
    QString submittedBy;
    QString approvedBy;
    QString approvedAt;
    QString comment;
    QList<ReviewComment> comments;

    bool isEmpty() const { return reviewId == 0; }
    static Approval from(const Review &review);
    // Compact JSON as the store and the hash keep it; empty for no approval, and back.
    QString toText() const;
    static Approval fromText(const QString &text);
};
