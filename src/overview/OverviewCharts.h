#pragma once

#include "Overview.h"

#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QChart;
class QPainter;
class QRectF;

// The overview's charts (Qt Charts), shared by *View > Overview* and `cookie-charter report`,
// with the table that says the same to a screen reader or on paper.
namespace OverviewCharts {

enum class Chart { Category, Party, Provider, Lifetime, Rule, Publications };
const QList<Chart> &all();
QString title(Chart chart);
// The bars of a chart that filters the registry (every chart but Publications).
std::optional<Overview::Kind> kindOf(Chart chart);

// A new chart (the caller owns it). Bars and slices keep their Overview::Bar index in order.
QChart *build(const Overview::Data &data, Chart chart);

struct Table {
    QStringList headers;
    QList<QStringList> rows;
};
Table table(const Overview::Data &data, Chart chart);

// Paints one chart into `target` (a PNG, a PDF page, an SVG), laid out at `logical` size (fonts
// and margins as on screen) and scaled to the target: no window needed, but a QApplication.
// Without `titled`, the chart has no title of its own (a page's heading names it).
void paint(QPainter &painter, const QRectF &target, const Overview::Data &data, Chart chart,
           const QSizeF &logical, bool titled = true);
// Every chart, two to a row, under a title and the summary line: what *Save as* writes.
void paintAll(QPainter &painter, const QRectF &target, const Overview::Data &data);
QSize pageSize(); // the size paintAll() is laid out for, in device-independent pixels

// "1,234 cookies on 3 sites: 12 errors, 40 warnings, 2 rules switched off" (translated).
QString summary(const Overview::Data &data);

} // namespace OverviewCharts
