#pragma once

#include "Problem.h"

#include <QAbstractTableModel>
#include <QHash>

// The validation rules' findings for one site's registry, for the problems panel: severity,
// cookie, field, message. Errors first, then warnings, each in registry order.
class ProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CookieColumn, FieldColumn, MessageColumn, ColumnCount };
    enum Role { CookieIdRole = Qt::UserRole + 1, FieldKeyRole, RuleRole, SwitchedOffRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `names`: cookie id -> name, for the cookie column.
    void setProblems(QList<Problem> problems, QHash<qint64, QString> names);
    int errorCount() const { return m_errors; }
    int warningCount() const { return int(m_problems.size()) - m_errors; }
    const Problem &problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Problem> m_problems;
    QHash<qint64, QString> m_names;
    int m_errors = 0;
};
