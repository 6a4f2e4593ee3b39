#pragma once

#include "Overview.h"
#include "OverviewCharts.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;
class Store;

// View > Overview: the registry at a glance, for the current site or every site of the store:
// six charts (Qt Charts), each with its table for a screen reader; a bar or a slice clicked
// filters the registry table to its cookies; Save as writes PNG, SVG or PDF.
class OverviewDialog : public QDialog {
    Q_OBJECT
public:
    // The current site's registry when the window already holds all of it (nullopt: the dialog
    // reads the store): the overview then needs no second read of 100,000 rows.
    using RegistrySource = std::function<std::optional<Overview::Registry>()>;

    OverviewDialog(Store *store, qint64 siteId, QWidget *parent = nullptr,
                   RegistrySource source = {});

    void setSite(qint64 siteId); // the window's current site
    void refresh();              // reads the store again
    const Overview::Data &data() const { return m_data; }
    // Saves every chart as one picture: .png, .svg or .pdf by the name's suffix.
    bool saveAs(const QString &path, QString *error) const;
    // The cookies of a bar (what a click filters to); public for the tests.
    void activate(OverviewCharts::Chart chart, int bar);

Q_SIGNALS:
    // Show only the cookies `accepts` says yes to, described by `label` ("Marketing").
    void filterRequested(const QString &label, const Overview::Filter &accepts);

private:
    void build();
    void saveChosen();
    void connectClicks(OverviewCharts::Chart chart, QChartView *view);

    Store *m_store;
    qint64 m_siteId;
    RegistrySource m_source;
    Overview::Data m_data;
    QList<Overview::SiteFindings> m_findings;
    QComboBox *m_scope;
    QLabel *m_summary;
    QHash<int, QChartView *> m_views;    // by OverviewCharts::Chart
    QHash<int, QTableWidget *> m_tables; // by OverviewCharts::Chart
};
