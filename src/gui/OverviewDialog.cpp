#include "OverviewDialog.h"

#include "Dialogs.h"
#include "Store.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "AtomicFile.h"

#include <QBuffer>

namespace {

QString chartName(OverviewCharts::Chart chart) {
    static const char *const names[] = {"category", "party", "provider",
                                        "lifetime", "rule",  "publications"};
    return QLatin1String(names[int(chart)]);
}

} // namespace

OverviewDialog::OverviewDialog(Store *store, qint64 siteId, QWidget *parent, RegistrySource source)
    : QDialog(parent)
    , m_store(store)
    , m_siteId(siteId)
    , m_source(std::move(source)) {
    setWindowTitle(tr("Overview"));
    setObjectName(QStringLiteral("overviewDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("overviewScope"));
    m_scope->setAccessibleName(tr("Which cookies the overview counts"));
    m_scope->addItem(tr("This site"), false);
    m_scope->addItem(tr("Every site of the store"), true);
    auto *scopeLabel = new QLabel(tr("&Count:"), this);
    scopeLabel->setBuddy(m_scope);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    auto *hint = new QLabel(
        tr("Click a bar or a slice to show only its cookies in the registry table. Each chart "
           "has its numbers on the Table tab."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    const QList<OverviewCharts::Chart> &charts = OverviewCharts::all();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const OverviewCharts::Chart chart = charts.at(i);
        auto *tabs = new QTabWidget(grid);
        tabs->setObjectName(QStringLiteral("overview_") + chartName(chart));
        tabs->setAccessibleName(OverviewCharts::title(chart));
        auto *view = new QChartView(tabs);
        view->setObjectName(QStringLiteral("chart_") + chartName(chart));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(460, 300);
        view->setAccessibleName(OverviewCharts::title(chart));
        view->setAccessibleDescription(tr("A chart; its Table tab has the same numbers."));
        auto *table = new QTableWidget(tabs);
        table->setObjectName(QStringLiteral("table_") + chartName(chart));
        table->setAccessibleName(OverviewCharts::title(chart));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(false);
        tabs->addTab(view, tr("Chart"));
        tabs->addTab(table, tr("Table"));
        m_views.insert(int(chart), view);
        m_tables.insert(int(chart), table);
        gridLayout->addWidget(tabs, int(i / 2), int(i % 2));
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("overviewSaveButton"));
    QPushButton *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &OverviewDialog::saveChosen);
    connect(reload, &QPushButton::clicked, this, &OverviewDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &OverviewDialog::refresh);
    resize(1100, 800);
    refresh();
}

void OverviewDialog::setSite(qint64 siteId) {
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    refresh();
}

void OverviewDialog::refresh() {
    const bool everySite = m_scope->currentData().toBool() || m_siteId <= 0;
    Overview::Data data;
    QList<Overview::SiteFindings> findings;
    QString error;
    std::optional<Overview::Registry> held =
        !everySite && m_source ? m_source() : std::optional<Overview::Registry>();
    if (held && held->site.id == m_siteId) {
        held->switches = m_store->ruleSwitches(m_siteId, &error);
        if (error.isEmpty())
            data = Overview::build({*held}, false, m_store->publications(held->site.name),
                                   &findings, false);
    } else {
        Overview::read(*m_store, everySite ? 0 : m_siteId, &data, &findings, &error);
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("The store could not be read: %1").arg(error));
        return;
    }
    m_data = std::move(data);
    m_findings = std::move(findings);
    build();
}

void OverviewDialog::build() {
    m_summary->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(m_data.scope.toHtmlEscaped(), OverviewCharts::summary(m_data).toHtmlEscaped()));
    for (OverviewCharts::Chart chart : OverviewCharts::all()) {
        QChartView *view = m_views.value(int(chart));
        QChart *old = view->chart();
        view->setChart(OverviewCharts::build(m_data, chart));
        delete old;
        connectClicks(chart, view);
        const OverviewCharts::Table table = OverviewCharts::table(m_data, chart);
        QTableWidget *widget = m_tables.value(int(chart));
        widget->clear();
        widget->setColumnCount(int(table.headers.size()));
        widget->setRowCount(int(table.rows.size()));
        widget->setHorizontalHeaderLabels(table.headers);
        for (qsizetype row = 0; row < table.rows.size(); ++row) {
            for (qsizetype column = 0; column < table.rows.at(row).size(); ++column) {
                auto *item = new QTableWidgetItem(table.rows.at(row).at(column));
                if (column > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                widget->setItem(int(row), int(column), item);
            }
        }
        widget->resizeColumnsToContents();
    }
}

void OverviewDialog::connectClicks(OverviewCharts::Chart chart, QChartView *view) {
    if (!OverviewCharts::kindOf(chart))
        return;
    const QList<QAbstractSeries *> series = view->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const bool reversed = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar;
            connect(bars, &QAbstractBarSeries::clicked, this,
                    [this, chart, reversed](int index, QBarSet *set) {
                        activate(chart, reversed ? int(set->count()) - 1 - index : index);
                    });
        } else if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            connect(pie, &QPieSeries::clicked, this, [this, chart, pie](QPieSlice *slice) {
                activate(chart, int(pie->slices().indexOf(slice)));
            });
        }
    }
}

void OverviewDialog::activate(OverviewCharts::Chart chart, int bar) {
    const std::optional<Overview::Kind> kind = OverviewCharts::kindOf(chart);
    if (!kind)
        return;
    const QList<Overview::Bar> &bars = Overview::bars(m_data, *kind);
    if (bar < 0 || bar >= bars.size())
        return;
    const Overview::Bar chosen = bars.at(bar);
    QSet<qint64> ruleCookies;
    if (*kind == Overview::Kind::Rule) {
        for (const Overview::SiteFindings &site : std::as_const(m_findings)) {
            for (const Problem &problem : site.problems) {
                if (problem.rule == chosen.key && problem.cookieId != 0 && !problem.switchedOff)
                    ruleCookies.insert(problem.cookieId);
            }
        }
    }
    const Overview::Kind k = *kind;
    const QString key = chosen.key;
    QString what;
    switch (k) {
    case Overview::Kind::Category:
        what = tr("Category");
        break;
    case Overview::Kind::Party:
        what = tr("Party");
        break;
    case Overview::Kind::Provider:
        what = tr("Provider");
        break;
    case Overview::Kind::Lifetime:
        what = tr("Lifetime");
        break;
    case Overview::Kind::Rule:
        what = tr("Rule");
        break;
    }
    Q_EMIT filterRequested(tr("%1: %2").arg(what, chosen.label),
                           [k, key, ruleCookies](const Cookie &cookie) {
                               return Overview::matches(k, key, cookie, ruleCookies);
                           });
}

bool OverviewDialog::saveAs(const QString &path, QString *error) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = OverviewCharts::pageSize();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            OverviewCharts::paintAll(painter, QRectF(QPointF(0, 0), size * 2), m_data);
        }
        image.save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Cookie registry overview: %1").arg(m_data.scope));
        QPainter painter(&generator);
        OverviewCharts::paintAll(painter, QRectF(QPointF(0, 0), size), m_data);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Cookie registry overview: %1").arg(m_data.scope));
        writer.setCreator(QStringLiteral("Cookie Charter"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(200);
        QPainter painter(&writer);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        // The page's width, the picture's proportions.
        const qreal height = page.width() * qreal(size.height()) / size.width();
        OverviewCharts::paintAll(painter, QRectF(0, 0, page.width(), height), m_data);
    } else {
        if (error)
            *error = tr("choose a name ending in .png, .svg or .pdf");
        return false;
    }
    buffer.close();
    return AtomicFile::write(path, bytes, error);
}

void OverviewDialog::saveChosen() {
    const QString path =
        Dialogs::saveFileName(this, tr("Save the overview"), tr("overview.png"),
                              tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(path, &error))
        Dialogs::warn(this, tr("Save the overview"),
                      tr("The overview was not saved: %1").arg(error));
}
