#include "OverviewCharts.h"

#include "Rules.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

int maxCount(const QList<Overview::Bar> &bars) {
    int most = 0;
    for (const Overview::Bar &bar : bars)
        most = std::max(most, bar.count);
    return most;
}

// Counts on whole numbers: a step of 1, 2 or 5 times a power of ten, about five ticks.
QValueAxis *countAxis(int most) {
    auto *axis = new QValueAxis;
    const double wanted = std::max(1.0, most * 1.12) / 5.0;
    double step = 1;
    while (step * 10 <= wanted)
        step *= 10;
    if (step * 5 < wanted)
        step *= 10;
    else if (step * 2 < wanted)
        step *= 5;
    else if (step < wanted)
        step *= 2;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(std::max(1.0, most * 1.12) / step) * step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

const QColor barColor(QStringLiteral("#3465a4"));

// Vertical bars with their counts above them.
QChart *barChart(const QList<Overview::Bar> &bars, bool horizontal) {
    auto *chart = new QChart;
    auto *set = new QBarSet(QCoreApplication::translate("OverviewCharts", "Cookies"));
    set->setColor(barColor);
    set->setLabelColor(Qt::black);
    QStringList labels;
    // Horizontal bars read top to bottom: the first bar goes last on the axis.
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Overview::Bar &bar = horizontal ? bars.at(bars.size() - 1 - i) : bars.at(i);
        set->append(bar.count);
        labels.append(bar.label);
    }
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // a provider's name is what the bar says
    QValueAxis *counts = countAxis(maxCount(bars));
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart *partyChart(const Overview::Data &data) {
    auto *chart = new QChart;
    auto *series = new QPieSeries;
    const QList<QColor> colors{barColor, QColor(QStringLiteral("#f57900"))};
    for (qsizetype i = 0; i < data.parties.size(); ++i) {
        const Overview::Bar &bar = data.parties.at(i);
        QPieSlice *slice = series->append(QCoreApplication::translate("OverviewCharts", "%1: %2")
                                              .arg(bar.label, QLocale().toString(bar.count)),
                                          bar.count);
        slice->setColor(colors.value(i, Qt::gray));
        slice->setLabelVisible(bar.count > 0);
    }
    series->setPieSize(0.6);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *lifetimeChart(const Overview::Data &data) {
    QChart *chart = barChart(data.lifetimes, true);
    // The CNIL's 13-month line, between the buckets below and above it (the first bucket is
    // drawn on top, so bucket i stands at n - 1 - i).
    auto *line = new QLineSeries;
    line->setName(QCoreApplication::translate("OverviewCharts",
                                              "13 months: the CNIL's limit for exempt cookies"));
    QPen pen(QColor(QStringLiteral("#cc0000")));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    const double n = double(data.lifetimes.size());
    const double y = n - 1 - data.lifetimeLimitAfter - 0.5;
    const auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    const double right = counts ? counts->max() : std::max(1, maxCount(data.lifetimes));
    line->append(0, y);
    line->append(right, y);
    chart->addSeries(line);
    auto *hidden = new QValueAxis;
    hidden->setRange(-0.5, n - 0.5);
    hidden->setVisible(false);
    chart->addAxis(hidden, Qt::AlignRight);
    line->attachAxis(hidden);
    if (!chart->axes(Qt::Horizontal).isEmpty())
        line->attachAxis(chart->axes(Qt::Horizontal).constFirst());
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignTop);
    // Only the line has a name worth a legend entry.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() != line)
            marker->setVisible(false);
    }
    return chart;
}

QChart *publicationChart(const Overview::Data &data) {
    auto *chart = new QChart;
    int most = 1;
    int lastSeq = 1;
    for (const Overview::History &history : data.publications) {
        if (history.points.isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(history.site);
        series->setPointsVisible(true);
        for (const Overview::History::Point &point : history.points) {
            series->append(point.seq, point.cookies);
            most = std::max(most, point.cookies);
            lastSeq = std::max(lastSeq, point.seq);
        }
        chart->addSeries(series);
    }
    auto *x = new QValueAxis;
    x->setTitleText(QCoreApplication::translate("OverviewCharts", "publication"));
    x->setRange(std::min(1, lastSeq) - 0.2, lastSeq + 0.2);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(std::max(1, lastSeq / 8));
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis *y = countAxis(most);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *line : series) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setVisible(series.size() > 1);
    x->setVisible(!series.isEmpty());
    y->setVisible(!series.isEmpty());
    if (series.isEmpty())
        chart->setTitle(OverviewCharts::title(OverviewCharts::Chart::Publications) +
                        QLatin1Char('\n') +
                        QCoreApplication::translate("OverviewCharts", "(nothing published yet)"));
    return chart;
}

QString share(int count, int total) {
    if (total <= 0)
        return QString();
    return QLocale().toString(100.0 * count / total, 'f', 1) + QStringLiteral(" %");
}

} // namespace

namespace OverviewCharts {

const QList<Chart> &all() {
    static const QList<Chart> charts{Chart::Category, Chart::Party, Chart::Provider,
                                     Chart::Lifetime, Chart::Rule,  Chart::Publications};
    return charts;
}

std::optional<Overview::Kind> kindOf(Chart chart) {
    switch (chart) {
    case Chart::Category:
        return Overview::Kind::Category;
    case Chart::Party:
        return Overview::Kind::Party;
    case Chart::Provider:
        return Overview::Kind::Provider;
    case Chart::Lifetime:
        return Overview::Kind::Lifetime;
    case Chart::Rule:
        return Overview::Kind::Rule;
    case Chart::Publications:
        break;
    }
    return std::nullopt;
}

QString title(Chart chart) {
    if (const std::optional<Overview::Kind> kind = kindOf(chart))
        return Overview::title(*kind);
    return QCoreApplication::translate("OverviewCharts", "Cookies across publications");
}

QChart *build(const Overview::Data &data, Chart chart) {
    QChart *result = nullptr;
    switch (chart) {
    case Chart::Party:
        result = partyChart(data);
        break;
    case Chart::Lifetime:
        result = lifetimeChart(data);
        break;
    case Chart::Publications:
        result = publicationChart(data);
        break;
    case Chart::Provider:
        result = barChart(data.providers, true);
        break;
    case Chart::Category:
    case Chart::Rule:
        result = barChart(Overview::bars(data, *kindOf(chart)), true);
        break;
    }
    if (result->title().isEmpty())
        result->setTitle(title(chart));
    QFont font = result->titleFont();
    font.setBold(true);
    result->setTitleFont(font);
    result->setAnimationOptions(QChart::NoAnimation);
    result->setBackgroundRoundness(0);
    result->layout()->setContentsMargins(0, 0, 0, 0);
    return result;
}

Table table(const Overview::Data &data, Chart chart) {
    Table result;
    const QLocale locale;
    if (chart == Chart::Publications) {
        result.headers = {QCoreApplication::translate("OverviewCharts", "Site"),
                          QCoreApplication::translate("OverviewCharts", "Publication"),
                          QCoreApplication::translate("OverviewCharts", "Published"),
                          QCoreApplication::translate("OverviewCharts", "Cookies")};
        for (const Overview::History &history : data.publications) {
            for (const Overview::History::Point &point : history.points)
                result.rows.append({history.site, QString::number(point.seq),
                                    point.publishedAt.left(10), locale.toString(point.cookies)});
        }
        return result;
    }
    const Overview::Kind kind = *kindOf(chart);
    switch (kind) {
    case Overview::Kind::Category:
        result.headers = {QCoreApplication::translate("OverviewCharts", "Category")};
        break;
    case Overview::Kind::Party:
        result.headers = {QCoreApplication::translate("OverviewCharts", "Party")};
        break;
    case Overview::Kind::Provider:
        result.headers = {QCoreApplication::translate("OverviewCharts", "Provider")};
        break;
    case Overview::Kind::Lifetime:
        result.headers = {QCoreApplication::translate("OverviewCharts", "Lifetime")};
        break;
    case Overview::Kind::Rule:
        result.headers = {QCoreApplication::translate("OverviewCharts", "Rule")};
        break;
    }
    const bool problems = kind == Overview::Kind::Rule;
    if (problems)
        result.headers << QCoreApplication::translate("OverviewCharts", "Severity")
                       << QCoreApplication::translate("OverviewCharts", "Findings");
    else
        result.headers << QCoreApplication::translate("OverviewCharts", "Cookies")
                       << QCoreApplication::translate("OverviewCharts", "Share");
    for (qsizetype i = 0; i < Overview::bars(data, kind).size(); ++i) {
        const Overview::Bar &bar = Overview::bars(data, kind).at(i);
        QStringList row{bar.label, locale.toString(bar.count)};
        if (problems) {
            const Rule *rule = Rules::find(bar.key);
            row.insert(1, rule ? Rules::severityLabel(rule->severity) : QString());
        } else {
            row.append(share(bar.count, data.cookies));
        }
        result.rows.append(row);
        if (kind == Overview::Kind::Lifetime && i == data.lifetimeLimitAfter)
            result.rows.append(
                {QCoreApplication::translate("OverviewCharts", "— 13 months, the CNIL's limit —"),
                 QString(), QString()});
    }
    if (kind == Overview::Kind::Provider && data.otherProviders > 0)
        result.rows.append({QCoreApplication::translate("OverviewCharts", "%n other provider(s)",
                                                        nullptr, data.otherProviders),
                            locale.toString(data.otherProviderCookies),
                            share(data.otherProviderCookies, data.cookies)});
    return result;
}

void paint(QPainter &painter, const QRectF &target, const Overview::Data &data, Chart chart,
           const QSizeF &logical, bool titled) {
    QGraphicsScene scene;
    QChart *built = build(data, chart);
    if (!titled)
        built->setTitle(QString());
    scene.addItem(built); // the scene owns it
    built->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

QSize pageSize() {
    return {1200, 1500};
}

QString summary(const Overview::Data &data) {
    QString cookies =
        QCoreApplication::translate("OverviewCharts", "%n cookie(s)", nullptr, data.cookies);
    if (data.sites > 1)
        cookies += QLatin1Char(' ') + QCoreApplication::translate("OverviewCharts", "on %n site(s)",
                                                                  nullptr, data.sites);
    QStringList counts{
        QCoreApplication::translate("OverviewCharts", "%n error(s)", nullptr, data.errors),
        QCoreApplication::translate("OverviewCharts", "%n warning(s)", nullptr, data.warnings)};
    if (data.information > 0)
        counts.append(QCoreApplication::translate("OverviewCharts", "%n information(s)", nullptr,
                                                  data.information));
    if (data.switchedOff > 0)
        counts.append(QCoreApplication::translate("OverviewCharts", "%n rule(s) switched off",
                                                  nullptr, data.switchedOff));
    //: The cookies counted, then what the rules found ("12 cookies: 0 errors, 3 warnings").
    return QCoreApplication::translate("OverviewCharts", "%1: %2")
        .arg(cookies, counts.join(QStringLiteral(", ")));
}

void paintAll(QPainter &painter, const QRectF &target, const Overview::Data &data) {
    painter.save();
    painter.fillRect(target, Qt::white);
    const qreal scale = target.width() / pageSize().width();
    QFont font = painter.font();
    font.setPixelSize(int(26 * scale));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const qreal margin = 24 * scale;
    QRectF line(target.left() + margin, target.top() + margin, target.width() - 2 * margin,
                40 * scale);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("OverviewCharts", "Cookie registry overview: %1")
                         .arg(data.scope));
    font.setBold(false);
    font.setPixelSize(int(17 * scale));
    painter.setFont(font);
    line.translate(0, 40 * scale);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, summary(data));
    const qreal top = line.bottom() + 10 * scale;
    const qreal cellWidth = (target.width() - 2 * margin) / 2;
    const qreal cellHeight = (target.bottom() - margin - top) / 3;
    for (qsizetype i = 0; i < all().size(); ++i) {
        const QRectF cell(target.left() + margin + double(i % 2) * cellWidth,
                          top + double(i / 2) * cellHeight, cellWidth, cellHeight);
        const QRectF inner = cell.adjusted(6 * scale, 6 * scale, -6 * scale, -6 * scale);
        paint(painter, inner, data, all().at(i), inner.size() / scale);
    }
    painter.restore();
}

} // namespace OverviewCharts
