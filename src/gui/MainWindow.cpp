#include "MainWindow.h"

#include "AuditDialog.h"
#include "BannerDialog.h"
#include "BannerImportDialog.h"
#include "CharterPreview.h"
#include "CharterTextsDialog.h"
#include "CookieDelegate.h"
#include "CookieDetails.h"
#include "Dialogs.h"
#include "EnrichDialog.h"
#include "HistoryDialog.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "KnowledgeBase.h"
#include "OverviewDialog.h"
#include "PageImportDialog.h"
#include "PreferencesDialog.h"
#include "ProblemModel.h"
#include "ProblemScan.h"
#include "PublicSuffix.h"
#include "Publisher.h"
#include "PublishingTarget.h"
#include "RegistryEditor.h"
#include "RegistryModel.h"
#include "ReviewFlow.h"
#include "ReviewStates.h"
#include "ReviewsDialog.h"
#include "Settings.h"
#include "SiteDialog.h"
#include "SitesModel.h"
#include "Store.h"
#include "StoreCharter.h"
#include "Validator.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QToolButton>
#include <QUndoGroup>

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>()) {
    m_ui->setupUi(this);
    // The cookie database: its cached index reads in a few milliseconds.
    m_knowledge = std::make_unique<KnowledgeBase>();
    if (!m_knowledge->loadDefault(&m_knowledgeError)) {
        m_knowledgeError = tr("The cookie database cannot be loaded: %1").arg(m_knowledgeError);
        m_knowledge.reset();
    }
    m_details = new CookieDetails(m_ui->detailsTab);
    m_details->setObjectName(QStringLiteral("cookieDetails"));
    m_ui->detailsTabLayout->addWidget(m_details);
    m_problems = new ProblemModel(this);
    m_ui->problemsView->setModel(m_problems);
    m_ui->problemsView->header()->setStretchLastSection(true);
    m_undoGroup = new QUndoGroup(this);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);
    m_ui->mainSplitter->setSizes({190, 760, 430});
    resize(1360, 860); // until the layout of the last session is restored
    resizeDocks({m_ui->problemsDock}, {110}, Qt::Vertical);
    m_problemScan = new ProblemScan(this);
    connect(m_problemScan, &ProblemScan::finished, this, &MainWindow::showProblems);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    setUpActions();
    setUpRegistryTable();
    connect(m_ui->sitesView, &QAbstractItemView::doubleClicked, this, &MainWindow::editSite);
    connect(m_ui->problemsView, &QAbstractItemView::activated, this, &MainWindow::problemActivated);
    connect(m_ui->problemsView, &QAbstractItemView::clicked, this, &MainWindow::problemActivated);
    connect(m_details, &CookieDetails::draftSubmitted, this, &MainWindow::submitDraft);
    connect(m_details, &CookieDetails::draftDiscarded, this, &MainWindow::currentCookieChanged);
    attachStore(store);
    restoreLayout();
}

MainWindow::~MainWindow() {
    // The models and the preview read the store; they go before an owned store does. Nothing
    // that closes with the window (a focus change, an open cell editor) may write any more.
    m_details->setEditor(nullptr);
    m_ui->registryView->setModel(nullptr);
    delete m_preview;
    delete m_registry;
    delete m_editor;
}

void MainWindow::setUpActions() {
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    Icons::set(undo, QStringLiteral("edit-undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    Icons::set(redo, QStringLiteral("edit-redo"));
    const QList<std::pair<QAction *, const char *>> icons{
        {m_ui->newStoreAction, "document-new"},
        {m_ui->openStoreAction, "document-open"},
        {m_ui->importAction, "document-import"},
        {m_ui->preferencesAction, "preferences-system"},
        {m_ui->addCookieAction, "list-add"},
        {m_ui->duplicateCookieAction, "edit-copy"},
        {m_ui->deleteCookieAction, "list-remove"},
        {m_ui->findAction, "edit-find"},
        {m_ui->publishAction, "document-send"},
        {m_ui->historyAction, "view-history"},
        {m_ui->sharedStoreAction, "network-server"},
        {m_ui->showPreviewAction, "view-preview"},
        {m_ui->exportMenu->menuAction(), "document-export"}};
    for (const auto &[action, name] : icons)
        Icons::set(action, QLatin1String(name));
    QAction *first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(undo);
    m_ui->mainToolBar->addAction(redo);
    m_ui->deleteCookieAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->registryView->addAction(m_ui->deleteCookieAction);
    m_ui->newSiteButton->setDefaultAction(m_ui->newSiteAction);
    m_ui->editSiteButton->setDefaultAction(m_ui->editSiteAction);
    m_overviewAction = new QAction(tr("&Overview…"), this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overviewAction->setStatusTip(tr("The registry at a glance: categories, parties, providers, "
                                      "lifetimes, problems, publications"));
    m_ui->viewMenu->insertAction(m_ui->viewMenu->actions().value(0), m_overviewAction);
    m_ui->viewMenu->insertSeparator(m_ui->viewMenu->actions().value(1));
    connect(m_overviewAction, &QAction::triggered, this, [this] { showOverview(); });
    m_submitReviewAction = new QAction(tr("Submit for re&view…"), this);
    m_submitReviewAction->setObjectName(QStringLiteral("submitReviewAction"));
    m_submitReviewAction->setStatusTip(
        tr("Ask someone else to check the registry and the charter before they are published"));
    m_reviewsAction = new QAction(tr("Re&views…"), this);
    m_reviewsAction->setObjectName(QStringLiteral("reviewsAction"));
    m_reviewsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewsAction->setStatusTip(
        tr("The reviews: the charter with its changes marked, comments, approve or request "
           "changes"));
    m_ui->charterMenu->insertAction(m_ui->publishAction, m_submitReviewAction);
    m_ui->charterMenu->insertAction(m_ui->publishAction, m_reviewsAction);
    m_ui->charterMenu->insertSeparator(m_ui->publishAction);
    connect(m_submitReviewAction, &QAction::triggered, this, &MainWindow::submitForReview);
    connect(m_reviewsAction, &QAction::triggered, this, [this] { showReviews(); });
    m_reviewBanner = new QLabel(this);
    m_reviewBanner->setObjectName(QStringLiteral("reviewBanner"));
    m_reviewBanner->setWordWrap(true);
    m_reviewBanner->setTextFormat(Qt::PlainText);
    m_reviewBanner->setCursor(Qt::PointingHandCursor);
    m_reviewBanner->setToolTip(tr("Click to open the reviews"));
    m_reviewBanner->hide();
    m_reviewBanner->installEventFilter(this);
    m_ui->registryLayout->insertWidget(0, m_reviewBanner);
    m_reviewTimer.setSingleShot(true);
    m_reviewTimer.setInterval(300);
    connect(&m_reviewTimer, &QTimer::timeout, this, &MainWindow::updateReviewNotice);
    m_cookieFilterButton = new QToolButton(this);
    m_cookieFilterButton->setObjectName(QStringLiteral("cookieFilterButton"));
    m_cookieFilterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cookieFilterButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_cookieFilterButton->setToolTip(tr("Show every cookie again"));
    m_cookieFilterButton->hide();
    m_ui->filterLayout->addWidget(m_cookieFilterButton);
    connect(m_cookieFilterButton, &QToolButton::clicked, this,
            [this] { setCookieFilter(QString(), {}); });
    m_ui->problemsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->problemsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) {
                const QModelIndex index = m_ui->problemsView->indexAt(position);
                const QString rule = index.data(ProblemModel::RuleRole).toString();
                if (rule.isEmpty() || m_siteId == 0)
                    return;
                QMenu menu(this);
                QAction *action =
                    index.data(ProblemModel::SwitchedOffRole).toBool()
                        ? menu.addAction(tr("Switch rule %1 back on").arg(rule), this,
                                         [this, rule] { switchRuleOn(rule); })
                        : menu.addAction(tr("Switch rule %1 off for this site…").arg(rule), this,
                                         [this, rule] { switchRuleOff(rule); });
                action->setEnabled(!m_store->isReadOnly());
                menu.exec(m_ui->problemsView->viewport()->mapToGlobal(position));
            });
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_ui->problemsDock->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newStoreAction, &QAction::triggered, this, &MainWindow::newStore);
    connect(m_ui->openStoreAction, &QAction::triggered, this, [this] { chooseStore(false); });
    connect(m_ui->openServerAction, &QAction::triggered, this, &MainWindow::chooseServer);
    connect(m_ui->openReadOnlyAction, &QAction::triggered, this, [this] { chooseStore(true); });
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importCookies);
    connect(m_ui->importPageAction, &QAction::triggered, this, &MainWindow::importPage);
    connect(m_ui->importBannerAction, &QAction::triggered, this, &MainWindow::importBanner);
    connect(m_ui->bannerAction, &QAction::triggered, this, &MainWindow::showBanner);
    connect(m_ui->enrichAction, &QAction::triggered, this, &MainWindow::completeFromDatabase);
    connect(m_ui->auditAction, &QAction::triggered, this, &MainWindow::auditCaptures);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
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
    connect(m_ui->addCookieAction, &QAction::triggered, this, &MainWindow::addCookie);
    connect(m_ui->duplicateCookieAction, &QAction::triggered, this, &MainWindow::duplicateCookie);
    connect(m_ui->deleteCookieAction, &QAction::triggered, this, &MainWindow::deleteCookies);
    connect(m_ui->newSiteAction, &QAction::triggered, this, &MainWindow::newSite);
    connect(m_ui->editSiteAction, &QAction::triggered, this, &MainWindow::editSite);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->showDetailsAction, &QAction::triggered, this,
            [this] { m_ui->sideTabs->setCurrentWidget(m_ui->detailsTab); });
    connect(m_ui->showPreviewAction, &QAction::triggered, this,
            [this] { m_ui->sideTabs->setCurrentWidget(m_ui->previewTab); });
    // F8: the next problem in the panel, its cookie and field selected.
    connect(m_ui->nextProblemAction, &QAction::triggered, this, [this] {
        if (m_problems->rowCount() == 0) {
            statusBar()->showMessage(tr("No problem found in this registry."), 4000);
            return;
        }
        m_ui->problemsDock->show();
        const int row = (m_ui->problemsView->currentIndex().row() + 1) % m_problems->rowCount();
        const QModelIndex index = m_problems->index(row, 0);
        m_ui->problemsView->setCurrentIndex(index);
        problemActivated(index);
    });
    connect(m_ui->editTextsAction, &QAction::triggered, this, &MainWindow::editTexts);
    connect(m_ui->publishAction, &QAction::triggered, this, &MainWindow::publish);
    connect(m_ui->historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->sharedStoreAction, &QAction::triggered, this, &MainWindow::chooseSharedStore);
}

void MainWindow::attachStore(Store *store) {
    // Everything that reads the store is rebuilt for the new one.
    m_details->endDraft(std::nullopt);
    // The columns as the user left them, across stores.
    const QByteArray columns =
        m_registry ? m_ui->registryView->horizontalHeader()->saveState() : QByteArray();
    m_ui->registryView->setModel(nullptr);
    m_problemScan->setModel(nullptr);
    m_ui->sitesView->setModel(nullptr);
    delete m_sites;
    delete m_preview;
    delete m_registry;
    delete m_editor;
    // The dialogs that read the previous store go with it.
    delete m_reviews;
    delete m_overview;
    delete m_reviewStates; // waits for its workers, which read the previous store
    m_reviewStates = nullptr;
    if (m_store) { // the previous store (main()'s stays open until the program ends)
        disconnect(m_store, nullptr, this, nullptr);
        disconnect(m_store, nullptr, &m_refreshTimer, nullptr);
    }
    m_store = store;
    m_shared.reset();
    m_siteId = 0;

    m_reviewStates = new ReviewStates(m_store, this);
    connect(m_reviewStates, &ReviewStates::ready, &m_reviewTimer, qOverload<>(&QTimer::start));
    m_preview = new CharterPreview(m_store, m_ui->previewTab);
    m_preview->setObjectName(QStringLiteral("charterPreview"));
    m_preview->setDeferredWhileHidden(true);
    m_preview->setLanguage(Settings::charterLanguage());
    m_ui->previewTabLayout->addWidget(m_preview);
    m_registry = new RegistryModel(m_store, this);
    m_problemScan->setModel(m_registry);
    m_sites = new SitesModel(m_store, this);
    m_ui->sitesView->setModel(m_sites);
    connect(m_ui->sitesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedSite);
    m_editor = new RegistryEditor(m_store, this);
    m_registry->setEditor(m_editor);
    m_details->setEditor(m_editor);
    m_details->setDuplicateFinder([this](const QString &domain, const QString &name,
                                         qint64 exceptId) {
        const qint64 id = m_registry->findCookie(domain, name, exceptId);
        const std::optional<Cookie> other = id > 0 ? m_store->cookie(id) : std::nullopt;
        return other ? QStringLiteral("#%1 (%2)").arg(other->id).arg(other->provider) : QString();
    });
    m_details->setReadOnly(m_store->isReadOnly(), m_store->readOnlyReason());
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->setActiveStack(m_editor->undoStack());
    m_ui->registryView->setModel(m_registry);
    const int widths[] = {120, 130, 110, 160, 300, 100, 80, 140, 80, 90};
    for (int column = 0; column < RegistryModel::ColumnCount; ++column)
        m_ui->registryView->horizontalHeader()->resizeSection(column, widths[column]);
    if (!columns.isEmpty())
        m_ui->registryView->horizontalHeader()->restoreState(columns);
    connect(m_ui->registryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentCookieChanged);
    connect(m_ui->registryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_registry, &RegistryModel::countsChanged, this, [this](int visible, int total) {
        if (m_siteId == 0)
            m_ui->countLabel->setText(tr("No site chosen. Create one with Edit > New site."));
        else if (m_registry->isLoading())
            m_ui->countLabel->setText(
                tr("%L1 of %Ln cookie(s) read so far; reading the rest…", nullptr, total)
                    .arg(visible));
        else
            m_ui->countLabel->setText(tr("%L1 of %Ln cookie(s)", nullptr, total).arg(visible));
    });
    // Problems follow the cookies, not the filters.
    connect(m_registry, &RegistryModel::contentChanged, m_problemScan, &ProblemScan::schedule);
    connect(m_registry, &RegistryModel::readFailed, this, [this](const QString &message) {
        statusBar()->showMessage(
            tr("The store could not be read (%1); what is shown is kept, and read again in a "
               "moment.")
                .arg(message),
            5000);
    });
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &MainWindow::syncDetails);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &MainWindow::syncDetails);
    connect(m_registry, &QAbstractItemModel::modelReset, this, &MainWindow::syncDetails);
    // The preview's language also chooses the purpose the table shows.
    connect(m_preview, &CharterPreview::refreshed, this,
            [this] { m_registry->setLanguage(m_preview->language()); });
    connect(m_editor, &RegistryEditor::editKept, this,
            [this](qint64 cookieId, CookieField field, const QString &text, const QString &why) {
                if (m_details->cookieId() != cookieId)
                    selectCookie(cookieId);
                m_ui->sideTabs->setCurrentWidget(m_ui->detailsTab);
                m_details->keepEdit(cookieId, field, text, why);
            });
    connect(m_editor, &RegistryEditor::cookieStale, this, [this](qint64 cookieId) {
        m_registry->refreshCookie(cookieId);
        QString error;
        if (const std::optional<Cookie> cookie = m_store->cookie(cookieId, &error))
            m_details->reloadFrom(*cookie);
        else if (error.isEmpty() && m_details->cookieId() == cookieId)
            m_details->showCookie(std::nullopt);
    });
    // Cookie counts in the sites list: once per event loop turn, however many cookies changed.
    for (auto signal : {&Store::cookieAdded, &Store::cookieRemoved})
        connect(m_store, signal, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_store, &Store::siteAdded, this, &MainWindow::refresh);
    connect(m_store, &Store::siteChanged, this, &MainWindow::refresh);
    connect(m_store, &Store::registryReset, this, &MainWindow::refresh);
    connect(m_store, &Store::externalChange, this, &MainWindow::refresh);
    connect(m_store, &Store::ruleSwitchesChanged, m_problemScan, &ProblemScan::schedule);
    // Where the site's review stands follows every change: any edit voids an approval.
    for (auto signal : {&Store::cookieAdded, &Store::cookieChanged, &Store::cookieRemoved})
        connect(m_store, signal, &m_reviewTimer, qOverload<>(&QTimer::start));
    for (auto signal : {&Store::reviewsChanged, &Store::registryReset, &Store::siteChanged,
                        &Store::ruleSwitchesChanged})
        connect(m_store, signal, &m_reviewTimer, qOverload<>(&QTimer::start));
    connect(m_store, &Store::charterTextChanged, &m_reviewTimer, qOverload<>(&QTimer::start));
    connect(m_store, &Store::externalChange, &m_reviewTimer, qOverload<>(&QTimer::start));
    connect(m_store, &Store::siteChanged, m_problemScan, &ProblemScan::schedule);

    Settings::rememberStore(m_store->path());
    refresh();
    const qint64 last = Settings::lastSite(m_store->path());
    selectSite(m_sites->rowOfSite(last) >= 0 ? last : m_sites->siteIdAt(0));
    if (m_siteId == 0)
        showSelectedSite();
    updateActions();
}

qint64 MainWindow::currentSiteId() const {
    return m_siteId;
}

void MainWindow::refresh() {
    const QString path = QDir::toNativeSeparators(m_store->path());
    QString text = tr("Store: %1").arg(path);
    if (m_store->isReadOnly()) {
        text = tr("Store: %1. Read-only (%2): you can look, export and preview, not edit.")
                   .arg(path, m_store->readOnlyReason());
        m_ui->storeLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #fff3e0; padding: 4px; }"));
    } else {
        m_ui->storeLabel->setStyleSheet(QString());
    }
    if (m_store->isServer()) // after the location, its own sentence: "…/db. PostgreSQL server, …"
        text += (text.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ")) +
                m_store->serverAccess();
    m_ui->storeLabel->setText(text);
    setWindowTitle(
        m_store->role() == Store::Role::Reviewer
            ? tr("%1 (reviewer) - Cookie Charter").arg(QFileInfo(m_store->path()).fileName())
            : tr("%1 - Cookie Charter").arg(QFileInfo(m_store->path()).fileName()));
    QString error;
    if (!m_sites->reload(&error)) { // not read is not deleted: the list stays as it was
        m_ui->statusBar->showMessage(
            tr("The store could not be read (%1); the list of sites is read again in a moment.")
                .arg(error));
        QTimer::singleShot(1000, this, &MainWindow::refresh);
        return;
    }
    for (int column = 0; column < SitesModel::ColumnCount; ++column)
        m_ui->sitesView->resizeColumnToContents(column);
    if (m_siteId > 0 && m_sites->rowOfSite(m_siteId) < 0)
        showSelectedSite(); // the site is gone
    else
        selectSite(m_siteId); // a reset of the list keeps the site chosen
    m_ui->statusBar->showMessage(
        tr("%Ln cookie(s) in the store", nullptr, m_sites->totalCookies()));
}

void MainWindow::selectSite(qint64 siteId) {
    const int row = m_sites->rowOfSite(siteId);
    if (row < 0)
        return;
    const QModelIndex index = m_sites->index(row, 0);
    if (m_ui->sitesView->currentIndex() != index)
        m_ui->sitesView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool MainWindow::settleDraft() {
    if (!m_details->isDraft())
        return true;
    if (!Dialogs::confirm(this, tr("New cookie"),
                          tr("The new cookie has not been added to the registry. Discard it?")))
        return false;
    m_details->endDraft(std::nullopt);
    return true;
}

void MainWindow::showSelectedSite() {
    const qint64 siteId = m_sites->siteIdAt(m_ui->sitesView->currentIndex().row());
    if (siteId == m_siteId && siteId != 0)
        return; // the list was reset and chose the same site again: keep the draft and the rows
    if (siteId != m_siteId && !settleDraft()) {
        const QSignalBlocker blocker(m_ui->sitesView->selectionModel());
        selectSite(m_siteId); // back to the site of the new cookie
        return;
    }
    m_details->commitAll();
    m_siteId = m_sites->rowOfSite(siteId) >= 0 ? siteId : 0;
    if (m_siteId > 0)
        Settings::setLastSite(m_store->path(), m_siteId);
    m_details->endDraft(std::nullopt);
    m_preview->setSite(m_siteId);
    m_registry->setLanguage(m_preview->language());
    if (m_registry->hasCookieFilter())
        setCookieFilter(QString(), {}); // a bar of another site's overview
    m_registry->setSite(m_siteId);
    if (m_overview)
        m_overview->setSite(m_siteId);
    m_details->setSiteLanguages(m_registry->site().languages);
    m_details->setKnowledge(
        m_knowledge.get(), PublicSuffix::siteHost(m_registry->site().url, m_registry->site().name));
    if (m_registry->rowCount() > 0)
        m_ui->registryView->selectionModel()->setCurrentIndex(m_registry->index(0, 0),
                                                              QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    currentCookieChanged();
    updateActions();
    m_reviewTimer.start();
}

void MainWindow::setUpRegistryTable() {
    QTableView *view = m_ui->registryView;
    view->setItemDelegate(new CookieDelegate(view));
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    // Fixed row heights: the view never measures 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_ui->addCookieAction);
    view->addAction(m_ui->duplicateCookieAction);

    m_ui->categoryFilterCombo->addItem(tr("All categories"));
    for (Category category : Vocabulary::allCategories())
        m_ui->categoryFilterCombo->addItem(Vocabulary::categoryLabel(category), int(category));
    m_ui->partyFilterCombo->addItem(tr("First and third party"));
    for (Party party : {Party::First, Party::Third})
        m_ui->partyFilterCombo->addItem(Vocabulary::partyLabel(party), int(party));
    m_ui->typeFilterCombo->addItem(tr("All types"));
    for (StorageType type : Vocabulary::allStorageTypes())
        m_ui->typeFilterCombo->addItem(Vocabulary::storageLabel(type), int(type));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_registry->setSearchText(text); });
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
}

void MainWindow::updateActions() {
    const bool writable = !m_store->isReadOnly();
    const bool site = m_siteId > 0;
    const int selected = int(selectedCookies().size());
    m_ui->addCookieAction->setEnabled(writable && site);
    m_ui->duplicateCookieAction->setEnabled(writable && selected == 1);
    m_ui->deleteCookieAction->setEnabled(writable && selected > 0);
    m_ui->importAction->setEnabled(writable);
    m_ui->importPageAction->setEnabled(writable && site);
    m_ui->importBannerAction->setEnabled(writable && site);
    m_ui->bannerAction->setEnabled(site);
    m_ui->enrichAction->setEnabled(writable && site && m_knowledge);
    m_ui->auditAction->setEnabled(site);
    if (!m_knowledge)
        m_ui->enrichAction->setToolTip(m_knowledgeError);
    m_ui->newSiteAction->setEnabled(writable);
    m_ui->editSiteAction->setEnabled(writable && site);
    m_ui->editTextsAction->setEnabled(site);
    const bool reviewer = m_store->role() == Store::Role::Reviewer;
    const bool elsewhere = !PublishingTarget::resolve(QString(), m_store->path()).isEmpty();
    // Into the open server store only with the server's leave to publish.
    const QString refused = elsewhere ? QString() : m_store->publishRefusal();
    m_ui->publishAction->setEnabled(site && !reviewer && refused.isEmpty() &&
                                    (writable || elsewhere));
    m_ui->publishAction->setToolTip(
        reviewer ? tr("A reviewer approves a charter but does not publish it") : refused);
    m_submitReviewAction->setEnabled(site && writable);
    m_submitReviewAction->setToolTip(writable ? QString() : m_store->readOnlyReason());
    m_reviewsAction->setEnabled(true);
}

QList<Cookie> MainWindow::selectedCookies() const {
    QList<Cookie> cookies;
    const QItemSelectionModel *selection = m_ui->registryView->selectionModel();
    if (!selection)
        return cookies;
    for (const QModelIndex &index : selection->selectedRows())
        cookies.append(m_registry->cookieAt(index.row()));
    return cookies;
}

void MainWindow::currentCookieChanged() {
    if (m_details->isDraft())
        return;
    const QModelIndex current = m_ui->registryView->currentIndex();
    if (current.isValid() && current.row() < m_registry->rowCount())
        m_details->showCookie(m_registry->cookieAt(current.row()));
    else
        m_details->showCookie(std::nullopt);
}

void MainWindow::syncDetails() {
    const qint64 id = m_details->cookieId();
    if (id == 0)
        return;
    const int row = m_registry->rowOfCookie(id);
    if (row >= 0) {
        m_details->cookieChanged(m_registry->cookieAt(row));
        return;
    }
    // Hidden by a filter, or gone (not when it could not be read: then it stays as shown).
    QString error;
    if (const std::optional<Cookie> cookie = m_store->cookie(id, &error))
        m_details->cookieChanged(*cookie);
    else if (error.isEmpty() && !m_details->hasUnsavedText())
        m_details->showCookie(std::nullopt);
}

bool MainWindow::selectCookie(qint64 cookieId, std::optional<CookieField> field) {
    int row = m_registry->rowOfCookie(cookieId);
    if (row < 0) {
        // Hidden by the filters: show everything again.
        m_ui->searchEdit->clear();
        m_ui->categoryFilterCombo->setCurrentIndex(0);
        m_ui->partyFilterCombo->setCurrentIndex(0);
        m_ui->typeFilterCombo->setCurrentIndex(0);
        setCookieFilter(QString(), {});
        row = m_registry->rowOfCookie(cookieId);
    }
    if (row < 0)
        return false;
    int column = RegistryModel::Name;
    if (field) {
        for (int each = 0; each < RegistryModel::ColumnCount; ++each) {
            const std::optional<CookieField> shown =
                RegistryModel::fieldOf(each, m_registry->language());
            if (shown == *field ||
                (each == RegistryModel::Purpose &&
                 (*field == CookieField::PurposeFr || *field == CookieField::PurposeEn)))
                column = each;
        }
    }
    const QModelIndex index = m_registry->index(row, column);
    m_ui->registryView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->registryView->scrollTo(index);
    if (field) {
        m_ui->sideTabs->setCurrentWidget(m_ui->detailsTab);
        m_details->focusField(*field);
    }
    return true;
}

void MainWindow::showProblems(QList<Problem> problems, QHash<qint64, QString> names) {
    // The scan looks at the cookies; the site's own settings and switches are read here.
    if (m_siteId > 0) {
        QList<Problem> all = Validator::checkSite(m_registry->site());
        all.append(std::move(problems));
        QString error;
        const QList<RuleSwitch> switches = m_store->ruleSwitches(m_siteId, &error);
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The rules switched off could not be read: %1").arg(error),
                                     8000);
        Validator::applySwitches(all, switches);
        problems = std::move(all);
    }
    m_problems->setProblems(std::move(problems), std::move(names));
    const int errors = m_problems->errorCount();
    const int warnings = m_problems->warningCount();
    m_ui->problemsDock->setWindowTitle(errors + warnings == 0
                                           ? tr("Problems: none")
                                           : tr("Problems: %1, %2")
                                                 .arg(tr("%Ln error(s)", nullptr, errors),
                                                      tr("%Ln warning(s)", nullptr, warnings)));
    m_ui->problemsView->resizeColumnToContents(ProblemModel::CookieColumn);
    m_ui->problemsView->resizeColumnToContents(ProblemModel::FieldColumn);
}

void MainWindow::updateProblemsNow() {
    m_problemScan->runNow();
}

void MainWindow::problemActivated(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const qint64 cookieId = index.data(ProblemModel::CookieIdRole).toLongLong();
    if (cookieId == 0)
        return; // about the site itself (its settings, a rule switched off): no cookie to show
    const std::optional<CookieField> field =
        CookieFields::fromKey(index.data(ProblemModel::FieldKeyRole).toString());
    selectCookie(cookieId, field ? field : std::optional<CookieField>(CookieField::Name));
}

void MainWindow::addCookie() {
    if (m_siteId == 0 || m_store->isReadOnly())
        return;
    Cookie draft;
    draft.siteId = m_siteId;
    m_ui->sideTabs->setCurrentWidget(m_ui->detailsTab);
    m_details->startDraft(draft, CookieField::Provider);
}

void MainWindow::duplicateCookie() {
    const QList<Cookie> selected = selectedCookies();
    if (selected.size() != 1 || m_store->isReadOnly())
        return;
    Cookie draft = selected.constFirst();
    draft.id = 0;
    draft.version = 0;
    m_ui->sideTabs->setCurrentWidget(m_ui->detailsTab);
    m_details->startDraft(draft, CookieField::Name);
    statusBar()->showMessage(
        tr("Change the name or the domain of the copy: the registry holds one cookie per domain "
           "and name."),
        8000);
}

void MainWindow::submitDraft(const Cookie &cookie) {
    QList<Cookie> cookies{cookie};
    if (!m_editor->addCookies(cookies, tr("Add cookie %1").arg(cookie.name)))
        return; // told why; the draft stays as typed
    m_details->endDraft(cookies.constFirst());
    selectCookie(cookies.constFirst().id);
    statusBar()->showMessage(tr("Cookie %1 added.").arg(cookie.name), 5000);
}

void MainWindow::deleteCookies() {
    const QList<Cookie> selected = selectedCookies();
    if (selected.isEmpty() || m_store->isReadOnly())
        return;
    QStringList names;
    for (const Cookie &cookie : selected.mid(0, 10))
        names.append(cookie.name);
    if (selected.size() > 10)
        names.append(QStringLiteral("…"));
    const QString question =
        tr("Delete %n cookie(s) from the registry of %1?", nullptr, int(selected.size()))
            .arg(m_registry->site().name) +
        QStringLiteral("\n\n") + names.join(QStringLiteral(", ")) + QStringLiteral("\n\n") +
        tr("You can undo this with Edit > Undo.");
    if (!Dialogs::confirm(this, tr("Delete cookies"), question))
        return;
    if (m_editor->removeCookies(selected))
        statusBar()->showMessage(tr("%n cookie(s) deleted.", nullptr, int(selected.size())), 5000);
}

void MainWindow::newSite() {
    if (m_store->isReadOnly())
        return;
    SiteDialog dialog(Site(), this);
    dialog.setObjectName(QStringLiteral("siteDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        Site site = dialog.site();
        if (m_editor->addSite(site)) {
            selectSite(site.id);
            return;
        }
    }
}

void MainWindow::editSite() {
    const std::optional<Site> site = m_store->site(m_siteId);
    if (!site || m_store->isReadOnly())
        return;
    SiteDialog dialog(*site, this);
    dialog.setObjectName(QStringLiteral("siteDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        Site changed = dialog.site();
        if (m_editor->updateSite(*site, changed))
            return;
    }
}

void MainWindow::importCookies() {
    if (m_store->isReadOnly())
        return;
    const QString path = Dialogs::openFileName(
        this, tr("Import cookies"),
        tr("Registry files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_store, path, m_registry->site().name, this);
    dialog.setObjectName(QStringLiteral("importDialog"));
    if (!dialog.check() && !dialog.outcome().fileError.isEmpty()) {
        Dialogs::warn(this, tr("Import"), dialog.outcome().fileError);
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The store's registryReset has brought the table and the sites list up to date.
    const ImportReport &report = dialog.outcome().report;
    statusBar()->showMessage(tr("%n cookie(s) imported.", nullptr, report.added), 8000);
}

void MainWindow::importPage() {
    if (m_store->isReadOnly() || m_siteId == 0)
        return;
    PageImportDialog dialog(m_store, m_knowledge.get(), m_registry->site().name, this);
    dialog.setObjectName(QStringLiteral("pageImportDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("%n cookie(s) imported from the charter page.", nullptr, dialog.report().added), 8000);
}

void MainWindow::importBanner() {
    if (m_store->isReadOnly() || m_siteId == 0)
        return;
    BannerImportDialog dialog(m_store, m_registry->site(), this);
    dialog.setObjectName(QStringLiteral("bannerImportDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("%n cookie(s) imported from the banner configuration.", nullptr, dialog.report().added),
        8000);
}

void MainWindow::showBanner() {
    if (m_siteId == 0)
        return;
    m_details->commitAll();
    BannerDialog dialog(m_store, m_registry->site(), this);
    dialog.setObjectName(QStringLiteral("bannerDialog"));
    dialog.exec();
}

OverviewDialog *MainWindow::showOverview() {
    m_details->commitAll();
    if (!m_overview) {
        // The table holds the site's cookies once they are all read: no second read.
        m_overview = new OverviewDialog(
            m_store, m_siteId, this, [this]() -> std::optional<Overview::Registry> {
                if (m_siteId == 0 || m_registry->isLoading())
                    return std::nullopt;
                Overview::Registry registry;
                registry.site = m_registry->site();
                registry.cookies.reserve(m_registry->storedRows());
                m_registry->forEachCookieIn(0, m_registry->storedRows(),
                                            [&](const Cookie &c) { registry.cookies.append(c); });
                return registry;
            });
        m_overview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overview, &OverviewDialog::filterRequested, this, &MainWindow::setCookieFilter);
    } else {
        m_overview->setSite(m_siteId);
        m_overview->refresh();
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    return m_overview;
}

void MainWindow::setCookieFilter(const QString &label, const Overview::Filter &accepts) {
    if (!m_registry)
        return;
    m_registry->setCookieFilter(accepts);
    m_cookieFilterButton->setVisible(bool(accepts));
    m_cookieFilterButton->setText(label);
    m_cookieFilterButton->setAccessibleName(tr("Only: %1. Press to show every cookie.").arg(label));
    if (accepts)
        statusBar()->showMessage(
            tr("%Ln cookie(s) of the site shown: %1", nullptr, m_registry->visibleCount())
                .arg(label),
            8000);
}

void MainWindow::switchRuleOff(const QString &rule) {
    if (m_siteId == 0 || m_store->isReadOnly())
        return;
    QString error;
    RuleSwitch entry;
    for (const RuleSwitch &existing : m_store->ruleSwitches(m_siteId, &error)) {
        if (existing.rule == rule)
            entry = existing;
    }
    entry.siteId = m_siteId;
    entry.rule = rule;
    bool accepted = false;
    const QString reason = Dialogs::askText(
        this, tr("Switch a rule off"),
        tr("Why does rule %1 not apply to %2? The reason is recorded, shown in the problems "
           "panel and in every publication.")
            .arg(rule, m_registry->site().name),
        &accepted);
    if (!accepted)
        return;
    if (reason.trimmed().isEmpty()) {
        Dialogs::warn(this, tr("Switch a rule off"),
                      tr("A rule is switched off with a reason; rule %1 stays on.").arg(rule));
        return;
    }
    entry.reason = reason;
    const WriteResult result = m_store->switchRuleOff(entry);
    if (!result.ok()) {
        Dialogs::warn(this, tr("Switch a rule off"), result.message);
        return;
    }
    statusBar()->showMessage(
        tr("Rule %1 is switched off for %2.").arg(rule, m_registry->site().name), 8000);
}

void MainWindow::switchRuleOn(const QString &rule) {
    if (m_siteId == 0 || m_store->isReadOnly())
        return;
    QString error;
    for (const RuleSwitch &existing : m_store->ruleSwitches(m_siteId, &error)) {
        if (existing.rule != rule)
            continue;
        const WriteResult result = m_store->switchRuleOn(existing);
        if (!result.ok())
            Dialogs::warn(this, tr("Switch a rule back on"), result.message);
        else
            statusBar()->showMessage(tr("Rule %1 is on again.").arg(rule), 8000);
        return;
    }
    if (!error.isEmpty())
        Dialogs::warn(this, tr("Switch a rule back on"), error);
}

void MainWindow::completeFromDatabase() {
    if (m_store->isReadOnly() || m_siteId == 0 || !m_knowledge)
        return;
    m_details->commitAll();
    EnrichDialog dialog(m_editor, *m_knowledge, m_registry->site(), this);
    dialog.setObjectName(QStringLiteral("enrichDialog"));
    QString error;
    if (!dialog.propose(&error)) {
        Dialogs::warn(this, tr("Complete from the cookie database"), error);
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("%n field(s) completed from the cookie database; Undo takes them back.", nullptr,
               dialog.appliedFields()),
            8000);
}

void MainWindow::auditCaptures() {
    if (m_siteId == 0)
        return;
    m_details->commitAll();
    AuditDialog dialog(m_editor, m_knowledge.get(), m_registry->site(), this);
    dialog.setObjectName(QStringLiteral("auditDialog"));
    dialog.exec();
}

void MainWindow::showAbout() {
    QString base = m_knowledgeError;
    if (m_knowledge)
        base = tr("%1 entries, %2").arg(m_knowledge->size()).arg(m_knowledge->source());
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Cookie Charter"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Cookie Charter %1</h3><p>Keeps a website's cookie registry and publishes "
                   "its cookie charter.</p>")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(
        tr("<p>Cookie knowledge comes from the <a "
           "href=\"https://github.com/jkwakman/Open-Cookie-Database\">Open Cookie Database</a> "
           "by Jack Kwakman and its contributors, under the Apache License 2.0 (%1).</p>"
           "<p>Registrable domains come from Mozilla's Public Suffix List, through libpsl. "
           "Built with Qt %2.</p>")
            .arg(base.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_preview->setLanguage(Settings::charterLanguage());
}

bool MainWindow::openStore(const QString &path, bool readOnly) {
    if (path.isEmpty() || !settleDraft())
        return false;
    m_details->commitAll();
    auto store = std::make_unique<Store>();
    store->setUserName(m_store->userName());
    store->setRole(m_store->role()); // a reviewer stays a reviewer
    QString error;
    if (!store->open(path, readOnly ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite,
                     &error)) {
        Dialogs::warn(this, tr("Open store"), tr("The store cannot be opened:\n%1").arg(error));
        return false;
    }
    saveLayout();
    attachStore(store.get());
    m_ownedStore = std::move(store); // the previous owned store closes only now
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::newStore() {
    const QString path =
        Dialogs::saveFileName(this, tr("New store"), QStringLiteral("registry.cookiestore"),
                              tr("Cookie Charter stores (*.cookiestore);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::warn(this, tr("New store"),
                      tr("%1 already exists; a new store is never written over a file. Open it "
                         "instead, or choose another name.")
                          .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Store created;
    QString error;
    if (!created.create(path, &error)) {
        Dialogs::warn(this, tr("New store"), error);
        return;
    }
    created.close();
    if (openStore(path, false))
        newSite();
}

void MainWindow::chooseServer() {
    bool accepted = false;
    const QString location =
        Dialogs::askText(this, tr("Open a server"),
                         tr("The store's location on a PostgreSQL server, as "
                            "postgresql://user@host:port/database (the password comes from "
                            "~/.pgpass or PGPASSWORD, or is asked for):"),
                         &accepted)
            .trimmed();
    if (!accepted || location.isEmpty())
        return;
    if (!Store::isServerLocation(location)) {
        Dialogs::warn(this, tr("Open a server"),
                      tr("%1 is not a server location: write postgresql://user@host:port/database")
                          .arg(location));
        return;
    }
    openStore(location, false);
}

void MainWindow::chooseStore(bool readOnly) {
    const QString path =
        Dialogs::openFileName(this, readOnly ? tr("Open a store read-only") : tr("Open a store"),
                              tr("Cookie Charter stores (*.cookiestore);;All files (*)"));
    openStore(path, readOnly);
}

void MainWindow::rebuildRecentMenu() {
    m_ui->recentMenu->clear();
    const QStringList recent = Settings::recentStores();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        QAction *action = m_ui->recentMenu->addAction(
            tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(Store::isServerLocation(path)
                               ? path != m_store->path()
                               : QFileInfo::exists(path) &&
                                     QFileInfo(path) != QFileInfo(m_store->path()));
        connect(action, &QAction::triggered, this, [this, path] { openStore(path, false); });
    }
    if (recent.isEmpty())
        m_ui->recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::saveLayout() const {
    const std::unique_ptr<QSettings> settings = Settings::open();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    settings->setValue(QStringLiteral("window/registryHeader"),
                       m_ui->registryView->horizontalHeader()->saveState());
    settings->setValue(QStringLiteral("window/sideTab"), m_ui->sideTabs->currentIndex());
}

void MainWindow::restoreLayout() {
    const std::unique_ptr<QSettings> settings = Settings::open();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(
        settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->registryView->horizontalHeader()->restoreState(
        settings->value(QStringLiteral("window/registryHeader")).toByteArray());
    m_ui->sideTabs->setCurrentIndex(settings->value(QStringLiteral("window/sideTab"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_details->commitAll();
    if (m_details->hasUnsavedText() &&
        !Dialogs::confirm(this, tr("Unsaved changes"),
                          tr("Some of your changes to the cookie shown are not saved (the store "
                             "is locked, or a new cookie was not added). Close anyway and lose "
                             "them?"))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
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
    CharterDocument document;
    const bool written = StoreCharter::build(*m_store, *site, language, &document, &error) &&
                         CharterFiles::writeFile(document, format, path, &error);
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
    const QString target = PublishingTarget::resolve(QString(), m_store->path());
    if (target.isEmpty())
        return m_store;
    if (m_shared && m_shared->path() == target)
        return m_shared.get();
    auto shared = std::make_unique<Store>();
    if (!PublishingTarget::open(*shared, target, true, false, error))
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
            errors.append(QStringLiteral("• %1 — %2: %3 [%4]")
                              .arg(outcome.cookieNames.value(problem.cookieId), problem.field,
                                   problem.message, problem.rule));
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
    const QString current = PublishingTarget::configuredPath();
    const QString question = current.isEmpty() ? tr("Publications now go into the open store. Send "
                                                    "them to another store file instead (for "
                                                    "example on a network share)?")
                                               : tr("Publications now go to %1. Choose another "
                                                    "store file? (No: go back to the open store.)")
                                                     .arg(QDir::toNativeSeparators(current));
    if (!Dialogs::confirm(this, tr("Shared store for publications"), question)) {
        if (!current.isEmpty()) {
            PublishingTarget::setConfiguredPath(QString());
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
    PublishingTarget::setConfiguredPath(path);
    m_shared.reset();
    QString error;
    if (!sharedStore(&error)) {
        PublishingTarget::setConfiguredPath(current);
        Dialogs::warn(this, tr("Shared store for publications"), error);
        return;
    }
    updateActions();
    statusBar()->showMessage(tr("Publications go to %1.").arg(QDir::toNativeSeparators(path)),
                             5000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_reviewBanner && event->type() == QEvent::MouseButtonRelease) {
        showReviews();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::submitForReview() {
    const std::optional<Site> site = m_store->site(m_siteId);
    if (!site) {
        Dialogs::warn(this, tr("Submit for review"), tr("Choose a site first."));
        return;
    }
    bool accepted = false;
    const QString note =
        Dialogs::askText(this, tr("Submit %1 for review").arg(site->name),
                         tr("Note for the reviewer (what changed, what to look at):"), &accepted);
    if (accepted)
        submitSiteForReview(note);
}

bool MainWindow::submitSiteForReview(const QString &note) {
    const std::optional<Site> site = m_store->site(m_siteId);
    if (!site)
        return false;
    m_details->commitAll();
    // The base is the last publication where publications go; without it, the review could not
    // say what changed, nor who changed it since.
    QString error;
    ReviewFlow::Base base;
    if (!ReviewFlow::baseFor(*m_store, QString(), site->name, &base, &error)) {
        Dialogs::warn(this, tr("Submit for review"),
                      tr("The shared store cannot be read, so the review could not be "
                         "compared with the last publication; nothing was submitted.\n%1")
                          .arg(error));
        return false;
    }
    Review review;
    const WriteResult result = ReviewFlow::submit(*m_store, *site, base, note, &review);
    if (!result.ok()) {
        Dialogs::warn(this, tr("Submit for review"), result.message);
        return false;
    }
    const QStringList excluded =
        ReviewFlow::excludedApprovers(*m_store, site->id, base.at, review.submittedBy, &error);
    statusBar()->showMessage(
        tr("Submitted %1 for review as review %2; anyone but %3 may approve it.")
            .arg(site->name)
            .arg(review.id)
            .arg(excluded.join(QStringLiteral(", "))),
        10000);
    updateReviewNotice();
    return true;
}

ReviewsDialog *MainWindow::showReviews() {
    if (!m_reviews) {
        m_reviews = new ReviewsDialog(m_store, 0, this);
        m_reviews->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reviews->show();
    m_reviews->raise();
    m_reviews->activateWindow();
    return m_reviews;
}

QString MainWindow::reviewNotice() const {
    return m_reviewBanner->isHidden() ? QString() : m_reviewBanner->text();
}

void MainWindow::updateReviewNotice() {
    m_reviewTimer.stop();
    QString error;
    QString text;
    QString colour;
    QHash<qint64, QString> comments;
    if (m_store->role() == Store::Role::Reviewer) {
        // A reviewer: the reviews waiting, of every site.
        const QList<Review> reviews = m_store->reviews(0, false, &error);
        QHash<qint64, QString> hashes;
        QStringList waiting;
        for (const Review &review : reviews) {
            if (review.decision != Review::Decision::None)
                continue;
            if (!hashes.contains(review.siteId)) {
                QString hash;
                if (!m_reviewStates->hash(review.siteId, &hash))
                    return; // the line is brought up to date when the hash is known
                hashes.insert(review.siteId, hash);
            }
            if (ReviewFlow::statusOf(review, hashes.value(review.siteId)) ==
                ReviewFlow::Status::Waiting)
                waiting.append(tr("review %1 of %2 by %3")
                                   .arg(review.id)
                                   .arg(review.siteName, review.submittedBy));
        }
        if (!waiting.isEmpty()) {
            text = tr("%n review(s) wait for you: %1.", nullptr, int(waiting.size()))
                       .arg(waiting.join(QStringLiteral("; ")));
            colour = QStringLiteral("#e8f0fe");
        }
    } else if (m_siteId > 0) {
        // An editor: where the site's newest review stands, with its comments.
        const QList<Review> reviews = m_store->reviews(m_siteId, false, &error);
        if (!reviews.isEmpty()) {
            const Review &review = reviews.constLast();
            QString hash;
            if (!m_reviewStates->hash(m_siteId, &hash)) {
                // Brought up to date when the hash is known; another site's line goes now.
                if (m_reviewBanner->property("site").toLongLong() != m_siteId)
                    m_reviewBanner->hide();
                return;
            }
            const ReviewFlow::Status status = ReviewFlow::statusOf(review, hash);
            text = ReviewFlow::summary(review, status);
            const int onCookies = int(
                std::count_if(review.comments.begin(), review.comments.end(),
                              [](const ReviewComment &comment) { return comment.cookieId != 0; }));
            // Comments on the whole review, and on cookies the table no longer shows.
            for (const ReviewComment &comment : review.comments) {
                if (comment.cookieId != 0)
                    continue;
                text += QLatin1Char(' ') +
                        (comment.cookieName.isEmpty()
                             ? tr("%1: %2").arg(comment.writtenBy, comment.body)
                             : tr("%1 on %2: %3")
                                   .arg(comment.writtenBy, comment.cookieName, comment.body));
            }
            if (onCookies > 0)
                text += QLatin1Char(' ') +
                        tr("%n comment(s) on cookies, marked in the table.", nullptr, onCookies);
            if (status == ReviewFlow::Status::ChangesRequested ||
                status == ReviewFlow::Status::Void)
                text += QLatin1Char(' ') +
                        tr("Once the registry is right, submit it again: Charter > Submit for "
                           "review…");
            switch (status) {
            case ReviewFlow::Status::Approved:
                colour = QStringLiteral("#e6f4ea");
                break;
            case ReviewFlow::Status::ChangesRequested:
                colour = QStringLiteral("#fef7e0");
                break;
            case ReviewFlow::Status::Void:
                colour = QStringLiteral("#fce8e6");
                break;
            case ReviewFlow::Status::Waiting:
                colour = QStringLiteral("#e8f0fe");
                break;
            }
            for (const ReviewComment &comment : review.comments) {
                if (comment.cookieId == 0)
                    continue;
                QString &lines = comments[comment.cookieId];
                if (!lines.isEmpty())
                    lines += QLatin1Char('\n');
                lines +=
                    tr("Review %1, %2: %3").arg(review.id).arg(comment.writtenBy, comment.body);
            }
        }
    }
    m_registry->setReviewComments(comments);
    m_reviewBanner->setProperty("site", m_siteId);
    m_reviewBanner->setText(text);
    m_reviewBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; padding: 6px; border-radius: 3px; }").arg(colour));
    m_reviewBanner->setAccessibleName(text);
    m_reviewBanner->setVisible(!text.isEmpty());
}
