#pragma once

#include "Enrichment.h"

#include <QAbstractTableModel>

// The proposals of "Complete from the cookie database", one row each, with a check box: checked
// for a field that is empty, unchecked for one that would replace a value.
class EnrichmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CookieColumn,
        FieldColumn,
        ChangeColumn,
        NowColumn,
        ProposedColumn,
        RowColumn,
        ColumnCount
    };

    explicit EnrichmentModel(QObject *parent = nullptr);

    void setProposals(QList<EnrichmentProposal> proposals);
    const QList<EnrichmentProposal> &proposals() const { return m_proposals; }
    QList<EnrichmentProposal> checked() const;
    int checkedCount() const;
    // Checks every row (true) or only the fills (false: the rows start that way).
    void checkAll(bool overwritesToo);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<EnrichmentProposal> m_proposals;
    QList<bool> m_checked;
};
