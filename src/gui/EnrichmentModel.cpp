#include "EnrichmentModel.h"

#include <QFont>

namespace {

// A value as the window shows it: categories and parties by their names, not their keys.
QString shown(CookieField field, const QString &value) {
    if (field == CookieField::Category) {
        if (const std::optional<Category> category = Vocabulary::parseCategory(value))
            return Vocabulary::categoryLabel(*category);
    } else if (field == CookieField::Party) {
        if (const std::optional<Party> party = Vocabulary::parseParty(value))
            return Vocabulary::partyLabel(*party);
    }
    return value;
}

} // namespace

EnrichmentModel::EnrichmentModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EnrichmentModel::setProposals(QList<EnrichmentProposal> proposals) {
    beginResetModel();
    m_proposals = std::move(proposals);
    m_checked.clear();
    for (const EnrichmentProposal &proposal : std::as_const(m_proposals))
        m_checked.append(!proposal.overwrite);
    endResetModel();
    Q_EMIT checkedChanged();
}

QList<EnrichmentProposal> EnrichmentModel::checked() const {
    QList<EnrichmentProposal> chosen;
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        if (m_checked.at(i))
            chosen.append(m_proposals.at(i));
    }
    return chosen;
}

int EnrichmentModel::checkedCount() const {
    return int(m_checked.count(true));
}

void EnrichmentModel::checkAll(bool overwritesToo) {
    for (qsizetype i = 0; i < m_proposals.size(); ++i)
        m_checked[i] = overwritesToo || !m_proposals.at(i).overwrite;
    if (!m_proposals.isEmpty())
        Q_EMIT dataChanged(index(0, CookieColumn), index(rowCount() - 1, CookieColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int EnrichmentModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int EnrichmentModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrichmentModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnrichmentProposal &proposal = m_proposals.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == CookieColumn)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CookieColumn:
            return proposal.cookieName;
        case FieldColumn:
            return CookieFields::label(proposal.field);
        case ChangeColumn:
            return proposal.overwrite ? tr("Replace") : tr("Fill");
        case NowColumn:
            return proposal.before.isEmpty() && role == Qt::DisplayRole
                       ? tr("(empty)")
                       : shown(proposal.field, proposal.before);
        case ProposedColumn:
            return shown(proposal.field, proposal.after);
        case RowColumn:
            return proposal.sourceId;
        default:
            break;
        }
    }
    if (role == Qt::FontRole && index.column() == ChangeColumn && proposal.overwrite) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::FontRole && index.column() == NowColumn && !proposal.overwrite) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

bool EnrichmentModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != CookieColumn)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags EnrichmentModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CookieColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant EnrichmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CookieColumn:
        return tr("Cookie");
    case FieldColumn:
        return tr("Field");
    case ChangeColumn:
        return tr("Change");
    case NowColumn:
        return tr("Now");
    case ProposedColumn:
        return tr("From the cookie database");
    case RowColumn:
        return tr("Database row");
    default:
        break;
    }
    return {};
}
