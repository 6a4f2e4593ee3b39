#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

// The read-only tables of the preview and audit dialogs: whole rows selected, one line per
// row, the last column taking what width is left, each cell's text also as its tooltip.
namespace ResultTable {

QTableWidget *make(QWidget *parent, const QString &objectName, const QStringList &headers);
void setRow(QTableWidget *table, int row, const QStringList &cells);
// Columns sized to their contents, none but the last wider than `maxWidth`.
void fitColumns(QTableWidget *table, int maxWidth);

} // namespace ResultTable
