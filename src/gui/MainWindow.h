#pragma once

#include "CharterFiles.h"
#include "CookieField.h"
#include "Overview.h"
#include "RegistryTransfer.h"
#include "ReviewFlow.h"
#include "Validator.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class CharterPreview;
class KnowledgeBase;
class CookieDetails;
class ProblemModel;
class ProblemScan;
class SitesModel;
class QUndoGroup;
class RegistryEditor;
class RegistryModel;
class Store;
struct Cookie;

namespace Ui {
class MainWindow;
}

// The main window: sites, the registry table with its filters, the cookie's details and the
// charter preview, the problems panel. It works on one store at a time; the first one is
// main()'s (not owned), stores opened from the File menu are owned by the window.
class OverviewDialog;
class QToolButton;
class QLabel;
class ReviewsDialog;
class ReviewStates;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store *store() const { return m_store; }
    CharterPreview *preview() const { return m_preview; }
    RegistryModel *registryModel() const { return m_registry; }
    RegistryEditor *editor() const { return m_editor; }
    CookieDetails *details() const { return m_details; }
    ProblemModel *problemModel() const { return m_problems; }
    qint64 currentSiteId() const;

    // File menu.
    bool openStore(const QString &path, bool readOnly);
    void newStore();
    void chooseStore(bool readOnly);
    void chooseServer();
    void importCookies();
    void importPage();
    void importBanner();
    void showBanner();
    void exportRegistry(RegistryTransfer::Format format);
    void exportCharter(CharterFiles::Format format);
    void showPreferences();
    // Edit menu.
    void addCookie();
    void duplicateCookie();
    void deleteCookies();
    void newSite();
    void editSite();
    // Registry menu.
    void completeFromDatabase();
    void auditCaptures();
    // Help menu.
    void showAbout();
    // The cookie database (null when it cannot be loaded: its panel and actions are off).
    const KnowledgeBase *knowledge() const { return m_knowledge.get(); }
    // Charter menu.
    void editTexts();
    void publish();
    void showHistory();
    void chooseSharedStore();
    // Where publications go (PublishingTarget): another store file, else the open one.
    Store *sharedStore(QString *error);

    void selectSite(qint64 siteId);
    // Selects a cookie in the table (clearing the filters if they hide it) and a field in the
    // details; false when the cookie is not in the current site.
    bool selectCookie(qint64 cookieId, std::optional<CookieField> field = std::nullopt);
    void updateProblemsNow(); // the whole scan at once (tests, benchmark)
    // View > Overview (non-modal; follows the current site).
    OverviewDialog *showOverview();
    // Shows only the cookies `accepts` says yes to, named by `label` on the filter bar's button
    // that clears it; an empty `accepts` clears it.
    void setCookieFilter(const QString &label, const Overview::Filter &accepts);
    // The problems panel's rule switches, for the selected finding's rule: asks the reason.
    void switchRuleOff(const QString &rule);
    void switchRuleOn(const QString &rule);

    // Review and sign-off. Charter > Submit for review… asks for a note, then submits.
    void submitForReview();
    bool submitSiteForReview(const QString &note); // false with a message shown
    // Charter > Reviews…: the reviewer's view, not modal; raised if open.
    ReviewsDialog *showReviews();
    // The line above the table saying where the site's review stands (an editor: "approved by
    // X", "changes requested: …"; a reviewer: the reviews waiting), and the comments beside
    // the cookies they are about. Follows changes a moment later; now for tests.
    void updateReviewNotice();
    QString reviewNotice() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attachStore(Store *store);
    void refresh();
    void showSelectedSite();
    void setUpRegistryTable();
    void setUpActions();
    void updateActions();
    void currentCookieChanged();
    void syncDetails();
    void submitDraft(const Cookie &cookie);
    bool settleDraft(); // false: the user keeps a new cookie not added yet
    QList<Cookie> selectedCookies() const;
    void rebuildRecentMenu();
    void problemActivated(const QModelIndex &index);
    void showProblems(QList<Problem> problems, QHash<qint64, QString> names);
    void saveLayout() const;
    void restoreLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store = nullptr;
    std::unique_ptr<Store> m_ownedStore; // a store opened from the File menu
    CharterPreview *m_preview = nullptr;
    RegistryModel *m_registry = nullptr;
    RegistryEditor *m_editor = nullptr;
    CookieDetails *m_details = nullptr;
    ProblemModel *m_problems = nullptr;
    ProblemScan *m_problemScan = nullptr;
    SitesModel *m_sites = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QTimer m_refreshTimer;
    qint64 m_siteId = 0;
    std::unique_ptr<Store> m_shared; // only when publications go to another file
    std::unique_ptr<KnowledgeBase> m_knowledge;
    QPointer<OverviewDialog> m_overview;
    QToolButton *m_cookieFilterButton = nullptr; // "Overview: Marketing ✕"
    QAction *m_overviewAction = nullptr;
    QAction *m_submitReviewAction = nullptr;
    QAction *m_reviewsAction = nullptr;
    QLabel *m_reviewBanner = nullptr;
    QTimer m_reviewTimer;
    QPointer<ReviewsDialog> m_reviews;
    ReviewStates *m_reviewStates = nullptr; // the current store's
    QString m_knowledgeError;
};
