#include "MainWindow.h"

#include "CharterPreview.h"
#include "CharterTextsDialog.h"
#include "Dialogs.h"
#include "HistoryDialog.h"
#include "Publisher.h"
#include "RegistryModel.h"
#include "Store.h"
#include "StoreCharter.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSettings>

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store) {
    m_ui->setupUi(this);
    m_preview = new CharterPreview(m_store, m_ui->mainSplitter);
    m_preview->setObjectName(QStringLiteral("charterPreview"));
    m_registry = new RegistryModel(m_store, this);
    setUpRegistryTable();
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);
    m_ui->mainSplitter->setSizes({220, 700, 520});
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->exportCsvAction, &QAction::triggered, this,
            [this] { exportRegistry(RegistryTransfer::Format::Csv); });
    connect(m_ui->exportJsonAction, &QAction::triggered, this,
            [this] { exportRegistry(RegistryTransfer::Format::Json); });
    connect(m_ui->exportHtmlAction, &QAction::triggered, this,
            [this] { exportCharter(CharterFiles::Format::Html); });
    connect(m_ui->exportFragmentAction, &QAction::triggered, this,
            [this] { exportCharter(CharterFiles::Format::HtmlFragment); });
    connect(m_ui->exportMarkdownAction, &QAction::triggered, this,
            [this] { exportCharter(CharterFiles::Format::Markdown); });
    connect(m_ui->exportPdfAction, &QAction::triggered, this,
            [this] { exportCharter(CharterFiles::Format::Pdf); });
    connect(m_ui->editTextsAction, &QAction::triggered, this, &MainWindow::editTexts);
    connect(m_ui->publishAction, &QAction::triggered, this, &MainWindow::publish);
    connect(m_ui->historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->sharedStoreAction, &QAction::triggered, this, &MainWindow::chooseSharedStore);
    m_ui->publishAction->setEnabled(
        !m_store->isReadOnly() ||
        !QSettings(QStringLiteral("cookie-charter"), QStringLiteral("cookie-charter"))
             .value(QStringLiteral("publishing/target"))
             .toString()
             .isEmpty());
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
    const qint64 siteId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    m_preview->setSite(siteId);
    m_registry->setLanguage(m_preview->language());
    m_registry->setSite(siteId);
}

void MainWindow::setUpRegistryTable() {
    QTableView *view = m_ui->registryView;
    view->setModel(m_registry);
    // Fixed row heights: the view never measures 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {120, 150, 130, 160, 320, 100, 90, 140, 90, 90};
    for (int column = 0; column < RegistryModel::ColumnCount; ++column)
        view->setColumnWidth(column, widths[column]);

    m_ui->categoryFilterCombo->addItem(tr("All categories"));
    for (Category category : Vocabulary::allCategories())
        m_ui->categoryFilterCombo->addItem(Vocabulary::categoryLabel(category), int(category));
    m_ui->partyFilterCombo->addItem(tr("First and third party"));
    for (Party party : {Party::First, Party::Third})
        m_ui->partyFilterCombo->addItem(Vocabulary::partyLabel(party), int(party));
    m_ui->typeFilterCombo->addItem(tr("All types"));
    for (StorageType type : Vocabulary::allStorageTypes())
        m_ui->typeFilterCombo->addItem(Vocabulary::storageLabel(type), int(type));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_registry, &RegistryModel::setSearchText);
    connect(m_ui->categoryFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_ui->categoryFilterCombo->currentData();
        m_registry->setCategoryFilter(
            value.isValid() ? std::optional<Category>(Category(value.toInt())) : std::nullopt);
    });
    connect(m_ui->partyFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_ui->partyFilterCombo->currentData();
        m_registry->setPartyFilter(value.isValid() ? std::optional<Party>(Party(value.toInt()))
                                                   : std::nullopt);
    });
    connect(m_ui->typeFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_ui->typeFilterCombo->currentData();
        m_registry->setTypeFilter(value.isValid()
                                      ? std::optional<StorageType>(StorageType(value.toInt()))
                                      : std::nullopt);
    });
    connect(m_registry, &RegistryModel::countsChanged, this, [this](int visible, int total) {
        m_ui->countLabel->setText(tr("%1 of %n cookie(s)", nullptr, total).arg(visible));
    });
    // The preview's language also chooses the purpose the table shows.
    connect(m_preview, &CharterPreview::refreshed, this,
            [this] { m_registry->setLanguage(m_preview->language()); });
}

void MainWindow::exportRegistry(RegistryTransfer::Format format) {
    const bool json = format == RegistryTransfer::Format::Json;
    const QString path = Dialogs::saveFileName(
        this, json ? tr("Export the registry as JSON") : tr("Export the registry as CSV"),
        json ? QStringLiteral("registry.json") : QStringLiteral("registry.csv"),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting the registry…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    // Written to a temporary file and renamed at the end: a cancelled export leaves nothing.
    const bool written =
        RegistryTransfer::exportToFile(*m_store, 0, format, path, &error, [&progress](double done) {
            progress.setValue(int(done * 1000));
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!written)
        Dialogs::warn(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Registry exported to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::exportCharter(CharterFiles::Format format) {
    const std::optional<Site> site = m_store->site(m_preview->siteId());
    if (!site) {
        Dialogs::warn(this, tr("Export"), tr("Choose a site first."));
        return;
    }
    const QString language = m_preview->language();
    const QString suggested = QStringLiteral("charte-cookies-%1-%2%3")
                                  .arg(site->name, language, CharterFiles::suffix(format))
                                  .replace(QLatin1Char('/'), QLatin1Char('-'));
    QString filter;
    switch (format) {
    case CharterFiles::Format::Html:
    case CharterFiles::Format::HtmlFragment:
        filter = tr("HTML files (*.html)");
        break;
    case CharterFiles::Format::Markdown:
        filter = tr("Markdown files (*.md)");
        break;
    case CharterFiles::Format::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export the charter"), suggested, filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = CharterFiles::writeFile(StoreCharter::build(*m_store, *site, language),
                                                 format, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        Dialogs::warn(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Charter exported to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::editTexts() {
    if (!m_store->site(m_preview->siteId())) {
        Dialogs::warn(this, tr("Charter texts"), tr("Choose a site first."));
        return;
    }
    CharterTextsDialog dialog(m_store, m_preview->siteId(), m_preview->language(), this);
    dialog.exec();
}

Store *MainWindow::sharedStore(QString *error) {
    const QString target =
        QSettings(QStringLiteral("cookie-charter"), QStringLiteral("cookie-charter"))
            .value(QStringLiteral("publishing/target"))
            .toString();
    if (target.isEmpty() || QFileInfo(target) == QFileInfo(m_store->path()))
        return m_store;
    if (m_shared && m_shared->path() == target)
        return m_shared.get();
    auto shared = std::make_unique<Store>();
    const bool opened = QFileInfo::exists(target)
                            ? shared->open(target, Store::OpenMode::ReadWrite, error)
                            : shared->create(target, error);
    if (!opened)
        return nullptr;
    m_shared = std::move(shared);
    return m_shared.get();
}

void MainWindow::publish() {
    const std::optional<Site> site = m_store->site(m_preview->siteId());
    if (!site) {
        Dialogs::warn(this, tr("Publish"), tr("Choose a site first."));
        return;
    }
    QString error;
    Store *shared = sharedStore(&error);
    if (!shared) {
        Dialogs::warn(this, tr("Publish"), error);
        return;
    }
    bool accepted = false;
    Publisher::Options options;
    options.note = Dialogs::askText(this, tr("Publish %1").arg(site->name),
                                    tr("Note for the history (why this publication):"), &accepted);
    if (!accepted)
        return;
    QProgressDialog progress(tr("Publishing %1…").arg(site->name), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    options.progress = [&progress](double done) {
        progress.setValue(int(done * 1000));
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Publisher::Outcome outcome = Publisher::publish(*m_store, *site, *shared, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    QStringList errors;
    for (const Problem &problem : outcome.problems) {
        if (problem.isError())
            errors.append(QStringLiteral("• %1: %2").arg(problem.field, problem.message));
    }
    switch (outcome.status) {
    case Publisher::Outcome::Status::Published:
        statusBar()->showMessage(outcome.message, 8000);
        Dialogs::inform(this, tr("Publish"), outcome.message);
        break;
    case Publisher::Outcome::Status::NothingChanged:
        Dialogs::inform(this, tr("Publish"), outcome.message);
        break;
    case Publisher::Outcome::Status::Refused:
        Dialogs::warn(this, tr("Publish"),
                      outcome.message + QStringLiteral("\n\n") +
                          errors.mid(0, 20).join(QLatin1Char('\n')));
        break;
    case Publisher::Outcome::Status::Cancelled:
    case Publisher::Outcome::Status::Failed:
        Dialogs::warn(this, tr("Publish"), outcome.message);
        break;
    }
}

void MainWindow::showHistory() {
    QString error;
    Store *shared = sharedStore(&error);
    if (!shared) {
        Dialogs::warn(this, tr("Publication history"), error);
        return;
    }
    const std::optional<Site> site = m_store->site(m_preview->siteId());
    HistoryDialog dialog(shared, m_store, site ? site->name : QString(), this);
    dialog.exec();
}

void MainWindow::chooseSharedStore() {
    QSettings settings(QStringLiteral("cookie-charter"), QStringLiteral("cookie-charter"));
    const QString current = settings.value(QStringLiteral("publishing/target")).toString();
    const QString question = current.isEmpty() ? tr("Publications now go into the open store. Send "
                                                    "them to another store file instead (for "
                                                    "example on a network share)?")
                                               : tr("Publications now go to %1. Choose another "
                                                    "store file? (No: go back to the open store.)")
                                                     .arg(QDir::toNativeSeparators(current));
    if (!Dialogs::confirm(this, tr("Shared store for publications"), question)) {
        if (!current.isEmpty()) {
            settings.remove(QStringLiteral("publishing/target"));
            m_shared.reset();
            statusBar()->showMessage(tr("Publications go into the open store."), 5000);
        }
        return;
    }
    const QString path = Dialogs::saveFileName(
        this, tr("Shared store for publications"),
        current.isEmpty() ? QStringLiteral("publications.cookiestore") : current,
        tr("Cookie Charter stores (*.cookiestore);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("publishing/target"), path);
    m_shared.reset();
    QString error;
    if (!sharedStore(&error)) {
        settings.setValue(QStringLiteral("publishing/target"), current);
        Dialogs::warn(this, tr("Shared store for publications"), error);
        return;
    }
    m_ui->publishAction->setEnabled(true);
    statusBar()->showMessage(tr("Publications go to %1.").arg(QDir::toNativeSeparators(path)),
                             5000);
}
