#include "PublicationModel.h"

#include <QDateTime>
#include <QLocale>

void PublicationModel::setPublications(QList<Publication> publications) {
    beginResetModel();
    m_publications = std::move(publications);
    endResetModel();
}

int PublicationModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_publications.size());
}

int PublicationModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublicationModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_publications.size())
        return QVariant();
    const Publication &publication = m_publications.at(index.row());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Number || index.column() == Cookies || index.column() == Files))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == RulesOff &&
        !publication.ruleSwitches.isEmpty()) {
        QStringList lines;
        for (const RuleSwitch &entry : publication.ruleSwitches)
            lines.append(
                tr("%1, switched off by %2 on %3: %4")
                    .arg(entry.rule, entry.switchedBy, entry.switchedAt.left(10), entry.reason));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == ApprovedBy &&
        !publication.approval.isEmpty()) {
        const Approval &approval = publication.approval;
        QStringList lines{
            tr("Review %1, submitted by %2, approved by %3 on %4")
                .arg(approval.reviewId)
                .arg(approval.submittedBy, approval.approvedBy, approval.approvedAt.left(10))};
        if (!approval.comment.isEmpty())
            lines.append(tr("%1: %2").arg(approval.approvedBy, approval.comment));
        for (const ReviewComment &comment : approval.comments)
            lines.append(
                comment.cookieName.isEmpty()
                    ? tr("%1: %2").arg(comment.writtenBy, comment.body)
                    : tr("%1 on %2: %3").arg(comment.writtenBy, comment.cookieName, comment.body));
        lines.append(tr("State %1").arg(approval.stateHash));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole)
        return tr("Hash %1").arg(publication.hash);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Number:
        return publication.seq;
    case Time:
        return QLocale().toString(
            QDateTime::fromString(publication.publishedAt, Qt::ISODate).toLocalTime(),
            QLocale::ShortFormat);
    case Author:
        return publication.author;
    case Note:
        return publication.note;
    case Cookies:
        return publication.cookieCount;
    case Files:
        return publication.fileCount;
    case RulesOff: {
        QStringList rules;
        for (const RuleSwitch &entry : publication.ruleSwitches)
            rules.append(entry.rule);
        return rules.join(QStringLiteral(", "));
    }
    case ApprovedBy:
        return publication.approval.isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(publication.approval.approvedBy,
                                       publication.approval.approvedAt.left(10));
    default:
        break;
    }
    return QVariant();
}

QVariant PublicationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Published");
    case Author:
        return tr("Author");
    case Note:
        return tr("Note");
    case Cookies:
        return tr("Cookies");
    case Files:
        return tr("Files");
    case RulesOff:
        return tr("Rules switched off");
    case ApprovedBy:
        return tr("Approved by");
    default:
        break;
    }
    return QVariant();
}
