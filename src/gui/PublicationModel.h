#pragma once

#include "Publication.h"

#include <QAbstractTableModel>

// The publications of one site, oldest first: number, time, author, note, cookies, files.
class PublicationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Time, Author, Note, Cookies, Files, RulesOff, ApprovedBy, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPublications(QList<Publication> publications);
    const Publication &publication(int row) const { return m_publications.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Publication> m_publications;
};
