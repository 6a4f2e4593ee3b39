#include "MainWindow.h"

#include "CharterPreview.h"
#include "Store.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store) {
    m_ui->setupUi(this);
    m_preview = new CharterPreview(m_store, m_ui->mainSplitter);
    m_preview->setObjectName(QStringLiteral("charterPreview"));
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({320, 960});
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_store, &Store::siteAdded, this, &MainWindow::refresh);
    connect(m_store, &Store::siteChanged, this, &MainWindow::refresh);
    connect(m_store, &Store::registryReset, this, &MainWindow::refresh);
    connect(m_ui->sitesTree, &QTreeWidget::currentItemChanged, this, &MainWindow::showSelectedSite);
    refresh();
    if (m_ui->sitesTree->topLevelItemCount() > 0)
        m_ui->sitesTree->setCurrentItem(m_ui->sitesTree->topLevelItem(0));
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh() {
    const QString path = QDir::toNativeSeparators(m_store->path());
    QString text = tr("Store: %1").arg(path);
    if (m_store->isReadOnly())
        text += QLatin1Char(' ') + tr("(read-only: %1)").arg(m_store->readOnlyReason());
    m_ui->storeLabel->setText(text);
    setWindowTitle(tr("%1 - Cookie Charter").arg(QFileInfo(m_store->path()).fileName()));
    const qint64 current = m_preview->siteId();
    QSignalBlocker blocker(m_ui->sitesTree);
    m_ui->sitesTree->clear();
    for (const Site &site : m_store->sites()) {
        auto *item = new QTreeWidgetItem(m_ui->sitesTree);
        item->setText(0, site.name);
        item->setText(1, site.url);
        item->setText(2, site.languages.join(QStringLiteral(", ")));
        item->setText(3, QString::number(m_store->cookieCount(site.id)));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, site.id);
        if (site.id == current)
            m_ui->sitesTree->setCurrentItem(item);
    }
    for (int column = 0; column < m_ui->sitesTree->columnCount(); ++column)
        m_ui->sitesTree->resizeColumnToContents(column);
    m_ui->statusBar->showMessage(tr("%n cookie(s) in the store", nullptr, m_store->cookieCount()));
}

void MainWindow::showSelectedSite() {
    const QTreeWidgetItem *item = m_ui->sitesTree->currentItem();
    m_preview->setSite(item ? item->data(0, Qt::UserRole).toLongLong() : 0);
}
