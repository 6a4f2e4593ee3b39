#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Lays rows out in aligned columns for a terminal, cutting long cells with an ellipsis.
class TextTable {
public:
    explicit TextTable(QStringList header, QList<int> maxWidths = {});
    void addRow(const QStringList &cells);
    QString render() const;

private:
    QStringList m_header;
    QList<int> m_maxWidths;
    QList<QStringList> m_rows;
};
