#include "ReviewModel.h"

#include <QApplication>
#include <QStyle>

void ReviewModel::setReviews(const QList<Review> &reviews, const QHash<qint64, QString> &hashes) {
    beginResetModel();
    m_reviews = reviews;
    m_hashes = hashes;
    endResetModel();
}

ReviewFlow::Status ReviewModel::statusAt(int row) const {
    const Review &review = m_reviews.at(row);
    return ReviewFlow::statusOf(review, m_hashes.value(review.siteId));
}

int ReviewModel::rowOf(qint64 reviewId) const {
    for (int row = 0; row < m_reviews.size(); ++row) {
        if (m_reviews.at(row).id == reviewId)
            return row;
    }
    return -1;
}

int ReviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Review &review = m_reviews.at(index.row());
    const ReviewFlow::Status status = statusAt(index.row());
    switch (role) {
    case ReviewIdRole:
        return review.id;
    case StatusRole:
        return int(status);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return review.id;
        case Site:
            return review.siteName;
        case Submitted:
            return review.submittedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        case SubmittedBy:
            return review.submittedBy;
        case Status:
            return ReviewFlow::statusText(status);
        case DecidedBy:
            return review.decidedBy;
        case Note:
            return review.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != Status)
            break;
        switch (status) {
        case ReviewFlow::Status::Approved:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case ReviewFlow::Status::ChangesRequested:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case ReviewFlow::Status::Void:
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        case ReviewFlow::Status::Waiting:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
        }
        break;
    case Qt::ToolTipRole:
        return ReviewFlow::summary(review, status);
    default:
        break;
    }
    return QVariant();
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Site:
        return tr("Site");
    case Submitted:
        return tr("Submitted");
    case SubmittedBy:
        return tr("By");
    case Status:
        return tr("Status");
    case DecidedBy:
        return tr("Decided by");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return QVariant();
}
