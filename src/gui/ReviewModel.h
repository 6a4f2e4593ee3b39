#pragma once

#include "Review.h"
#include "ReviewFlow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The reviews of a store as a table: number, site, when and by whom submitted, where each one
// stands against the registry now, who decided. Filled by the reviews dialog.
class ReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Site, Submitted, SubmittedBy, Status, DecidedBy, Note, ColumnCount };
    enum Role { ReviewIdRole = Qt::UserRole + 1, StatusRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `hashes`: each site's state now (site id -> hash), which says whether a review is void.
    void setReviews(const QList<Review> &reviews, const QHash<qint64, QString> &hashes);
    const Review &reviewAt(int row) const { return m_reviews.at(row); }
    ReviewFlow::Status statusAt(int row) const;
    int rowOf(qint64 reviewId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Review> m_reviews;
    QHash<qint64, QString> m_hashes;
};
