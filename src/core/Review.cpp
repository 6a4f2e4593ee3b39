#include "Review.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject ReviewComment::toJson() const {
    QJsonObject object{{QStringLiteral("by"), writtenBy},
                       {QStringLiteral("at"), writtenAt},
                       {QStringLiteral("text"), body}};
    if (cookieId != 0 || !cookieName.isEmpty()) {
        object.insert(QStringLiteral("cookieId"), cookieId);
        object.insert(QStringLiteral("cookie"), cookieName);
        object.insert(QStringLiteral("domain"), cookieDomain);
    }
    return object;
}

ReviewComment ReviewComment::fromJson(const QJsonObject &object) {
    ReviewComment comment;
    comment.writtenBy = object.value(QStringLiteral("by")).toString();
    comment.writtenAt = object.value(QStringLiteral("at")).toString();
    comment.body = object.value(QStringLiteral("text")).toString();
    comment.cookieId = object.value(QStringLiteral("cookieId")).toInteger();
    comment.cookieName = object.value(QStringLiteral("cookie")).toString();
    comment.cookieDomain = object.value(QStringLiteral("domain")).toString();
    return comment;
}

QString Review::decisionKey(Decision decision) {
    switch (decision) {
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::ChangesRequested:
        return QStringLiteral("changes-requested");
    case Decision::None:
        break;
    }
    return QString();
}

Review::Decision Review::decisionFromKey(const QString &key) {
    if (key == QLatin1String("approved"))
        return Decision::Approved;
    if (key == QLatin1String("changes-requested"))
        return Decision::ChangesRequested;
    return Decision::None;
}

Approval Approval::from(const Review &review) {
    Approval approval;
    if (review.decision != Review::Decision::Approved)
        return approval;
    approval.reviewId = review.id;
    approval.stateHash = review.stateHash;
    approval.submittedBy = review.submittedBy;
    approval.approvedBy = review.decidedBy;
    approval.approvedAt = review.decidedAt;
    approval.comment = review.decisionComment;
    approval.comments = review.comments;
    return approval;
}

QString Approval::toText() const {
    if (isEmpty())
        return QString();
    QJsonArray list;
    for (const ReviewComment &entry : comments)
        list.append(entry.toJson());
    const QJsonObject object{{QStringLiteral("review"), reviewId},
                             {QStringLiteral("state"), stateHash},
                             {QStringLiteral("submittedBy"), submittedBy},
                             {QStringLiteral("approvedBy"), approvedBy},
                             {QStringLiteral("approvedAt"), approvedAt},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("comments"), list}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Approval Approval::fromText(const QString &text) {
    Approval approval;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    approval.reviewId = object.value(QStringLiteral("review")).toInteger();
    approval.stateHash = object.value(QStringLiteral("state")).toString();
    approval.submittedBy = object.value(QStringLiteral("submittedBy")).toString();
    approval.approvedBy = object.value(QStringLiteral("approvedBy")).toString();
    approval.approvedAt = object.value(QStringLiteral("approvedAt")).toString();
    approval.comment = object.value(QStringLiteral("comment")).toString();
    const QJsonArray list = object.value(QStringLiteral("comments")).toArray();
    for (const QJsonValue &value : list)
        approval.comments.append(ReviewComment::fromJson(value.toObject()));
    return approval;
}
