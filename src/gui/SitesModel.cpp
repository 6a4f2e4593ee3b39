#include "SitesModel.h"

#include "Store.h"

SitesModel::SitesModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store) {}

bool SitesModel::reload(QString *error) {
    QString failure;
    QList<Site> sites = m_store->sites(&failure);
    QHash<qint64, int> counts;
    if (failure.isEmpty())
        counts = m_store->cookieCounts(&failure); // one scan for every site
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    const bool sameRows = sites.size() == m_sites.size() &&
                          std::equal(sites.cbegin(), sites.cend(), m_sites.cbegin(),
                                     [](const Site &a, const Site &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_sites = std::move(sites);
        m_counts = std::move(counts);
        endResetModel();
        return true;
    }
    for (int row = 0; row < m_sites.size(); ++row) {
        const Site &now = sites.at(row);
        const Site &before = m_sites.at(row);
        const bool changed =
            now.version != before.version || counts.value(now.id) != m_counts.value(now.id);
        m_sites[row] = now;
        m_counts.insert(now.id, counts.value(now.id));
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

qint64 SitesModel::siteIdAt(int row) const {
    return row >= 0 && row < m_sites.size() ? m_sites.at(row).id : 0;
}

int SitesModel::rowOfSite(qint64 siteId) const {
    for (int row = 0; row < m_sites.size(); ++row) {
        if (m_sites.at(row).id == siteId)
            return row;
    }
    return -1;
}

int SitesModel::totalCookies() const {
    int total = 0;
    for (const Site &site : m_sites)
        total += m_counts.value(site.id);
    return total;
}

int SitesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SitesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_sites.size() || index.column() >= ColumnCount)
        return QVariant();
    const Site &site = m_sites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return site.name;
        case AddressColumn:
            return site.url;
        case LanguagesColumn:
            return site.languages.join(QStringLiteral(", "));
        case CookiesColumn:
            return QLocale().toString(m_counts.value(site.id));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CookiesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SiteIdRole:
        return site.id;
    default:
        break;
    }
    return QVariant();
}

QVariant SitesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Site");
    case AddressColumn:
        return tr("Address");
    case LanguagesColumn:
        return tr("Languages");
    case CookiesColumn:
        return tr("Cookies");
    default:
        break;
    }
    return QVariant();
}
