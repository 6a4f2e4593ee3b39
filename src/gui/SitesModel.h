#pragma once

#include "Site.h"

#include <QAbstractTableModel>
#include <QHash>

class Store;

// The sites of a store with their cookie counts, for the list on the left of the window. It
// follows the store (its own writes and other people's) without being rebuilt: rows keep their
// place, so the selection stays. A failed read keeps what is shown and says so.
class SitesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, LanguagesColumn, CookiesColumn, ColumnCount };
    enum Role { SiteIdRole = Qt::UserRole + 1 };

    explicit SitesModel(Store *store, QObject *parent = nullptr);

    // Reads the sites and counts again; false (rows unchanged) when the store could not be read.
    bool reload(QString *error = nullptr);
    qint64 siteIdAt(int row) const;
    int rowOfSite(qint64 siteId) const; // -1 when it is not there
    int totalCookies() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Store *m_store;
    QList<Site> m_sites;
    QHash<qint64, int> m_counts;
};
