#include "ResultTable.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace ResultTable {

QTableWidget *make(QWidget *parent, const QString &objectName, const QStringList &headers) {
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells) {
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

void fitColumns(QTableWidget *table, int maxWidth) {
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount() - 1; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), maxWidth));
    // The last column takes the rest of the width again after the resizing.
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace ResultTable
