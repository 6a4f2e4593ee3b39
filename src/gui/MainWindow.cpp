#include "MainWindow.h"

#include "Store.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store) {
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_store, &Store::siteAdded, this, &MainWindow::refresh);
    connect(m_store, &Store::registryReset, this, &MainWindow::refresh);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh() {
    const QString path = QDir::toNativeSeparators(m_store->path());
    QString text = tr("Store: %1").arg(path);
    if (m_store->isReadOnly())
        text += QLatin1Char(' ') + tr("(read-only: %1)").arg(m_store->readOnlyReason());
    m_ui->storeLabel->setText(text);
    setWindowTitle(tr("%1 - Cookie Charter").arg(QFileInfo(m_store->path()).fileName()));
    m_ui->sitesTree->clear();
    for (const Site &site : m_store->sites()) {
        auto *item = new QTreeWidgetItem(m_ui->sitesTree);
        item->setText(0, site.name);
        item->setText(1, site.url);
        item->setText(2, site.languages.join(QStringLiteral(", ")));
        item->setText(3, QString::number(m_store->cookieCount(site.id)));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_ui->sitesTree->columnCount(); ++column)
        m_ui->sitesTree->resizeColumnToContents(column);
    m_ui->statusBar->showMessage(tr("%n cookie(s) in the store", nullptr, m_store->cookieCount()));
}
