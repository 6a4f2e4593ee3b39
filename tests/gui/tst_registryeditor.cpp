#include "CharterPreview.h"
#include "CookieDetails.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ProblemModel.h"
#include "RegistryEditor.h"
#include "RegistryModel.h"
#include "Settings.h"
#include "SitesModel.h"
#include "Store.h"
#include "Translations.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// A cookie with what the store requires; tests set the rest.
Cookie newCookie(qint64 siteId, const QString &provider, const QString &name,
                 const QString &purpose) {
    Cookie cookie;
    cookie.siteId = siteId;
    cookie.provider = provider;
    cookie.name = name;
    cookie.purposeFr = purpose;
    return cookie;
}

} // namespace

// Another connection holding the store's lock for one scope: IMMEDIATE keeps other writers out,
// EXCLUSIVE readers too.
class StoreLock {
public:
    StoreLock(const QString &path, const char *mode) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_held =
            db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN %1").arg(QLatin1String(mode)));
    }
    ~StoreLock() {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;
    bool held() const { return m_held; }

private:
    static QString name() { return QStringLiteral("locker"); }
    bool m_held = false;
};

// The registry editor as a privacy officer uses it: the real main window, offscreen, driven by
// objectName; questions are answered through Dialogs::answerNext(), modal dialogs from a timer.
class TestRegistryEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addCookieByTyping();
    void addRefusesAnIncompleteCookie();
    void switchingSiteAsksBeforeDroppingANewCookie();
    void editPurposeThenUndoAndRedo();
    void typingInOneFieldIsOneStep();
    void editInPlaceWithTheListEditor();
    void inPlaceNameIsChecked();
    void filterShowsNofM();
    void deleteAskesThenUndoBringsItBack();
    void undoFollowsACookieAddedAgain();
    void duplicateStartsADraftCopy();
    void switchSite();
    void siteIsCreatedAndEdited();
    void importWithABadRowWritesNothing();
    void importShowsWhatWillBeAdded();
    void conflictingEditKeepMine();
    void conflictingEditReload();
    void othersChangesAppearWithinTwoSeconds();
    void undoDoesNotOverwriteSomeoneElsesChange();
    void deletingACookieChangedMeanwhileIsRefused();
    void busyStoreKeepsTheEdit();
    void refusedValueIsReportedOnce();
    void readOnlyStoreDisablesEditing();
    void readOnlyFileOpensReadOnly();
    void deleteSeveralIsOneStep();
    void problemClickSelectsCookieAndField();
    void storesAreOpenedAndRemembered();
    void layoutIsRemembered();
    void preferencesAreSaved();
    void modelsPassTheModelTester();
    void anUnreadableStoreKeepsTheUndoStep();
    void aLockedStoreKeepsTheUndoStep();
    void aSiteAddedElsewhereKeepsTheNewCookie();

private:
    std::unique_ptr<MainWindow> makeWindow(Store *store = nullptr);
    // A missing widget fails the test (TestSupport::child), never crashes the program.
    template <typename T> T *find(const QString &name) {
        return TestSupport::child<T>(m_window.get(), name, __FILE__, __LINE__);
    }
    QAction *action(const QString &name) { return find<QAction>(name); }
    // The row of a site in the sites list, in one of its columns.
    static QModelIndex siteIndex(QTreeView *sites, const char *name, int column = 0) {
        const QModelIndexList found =
            sites->model()->match(sites->model()->index(0, SitesModel::NameColumn), Qt::DisplayRole,
                                  QString::fromLatin1(name), 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.constFirst().siblingAtColumn(column);
    }
    // Bob, working on the same store file through his own connection.
    Store &otherUser() {
        if (!m_bob) {
            m_bob = std::make_unique<Store>();
            if (!m_bob->open(m_path, Store::OpenMode::ReadWrite, nullptr))
                qWarning("the second connection did not open");
            m_bob->setUserName(QStringLiteral("bob"));
        }
        return *m_bob;
    }
    QTableView *table() { return find<QTableView>(QStringLiteral("registryView")); }
    QString countText() { return find<QLabel>(QStringLiteral("countLabel"))->text(); }
    int rowOf(const QString &name);
    void selectRow(int row);
    static void typeInto(QWidget *widget, const QString &text);
    // Runs `answer` on the next modal dialog; a failed check inside still closes the dialog,
    // so that the test fails instead of waiting forever.
    void onNextDialog(std::function<void(QDialog *)> answer);

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Store> m_bob;
    QString m_path;
    qint64 m_siteId = 0;
    qint64 m_cookieId = 0;
};

void TestRegistryEditor::initTestCase() {
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
    Translations::install(*QCoreApplication::instance());
}

void TestRegistryEditor::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    m_path = m_dir->filePath(QStringLiteral("s.cookiestore"));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_path, nullptr));
    m_store->setUserName(QStringLiteral("alice"));
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    site.languages = QStringList{QStringLiteral("fr")};
    QVERIFY(m_store->addSite(site).ok());
    m_siteId = site.id;
    Cookie cookie;
    cookie.siteId = m_siteId;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.service = QStringLiteral("API (CSRF)");
    cookie.location = QStringLiteral("front et back office");
    cookie.name = QStringLiteral("csrftoken");
    cookie.purposeFr = QStringLiteral("Récupérer des données via des appels API");
    cookie.category = Category::Necessary;
    QVERIFY(m_store->addCookie(cookie).ok());
    m_cookieId = cookie.id;
    m_window = makeWindow();
}

void TestRegistryEditor::cleanup() {
    m_window.reset();
    m_bob.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestRegistryEditor::makeWindow(Store *store) {
    auto window = std::make_unique<MainWindow>(store ? store : m_store.get());
    window->resize(1400, 900);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

int TestRegistryEditor::rowOf(const QString &name) {
    RegistryModel *model = m_window->registryModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RegistryModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestRegistryEditor::selectRow(int row) {
    table()->setFocus();
    table()->selectionModel()->setCurrentIndex(m_window->registryModel()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

void TestRegistryEditor::onNextDialog(std::function<void(QDialog *)> answer) {
    QTimer::singleShot(0, this, [answer = std::move(answer)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        const auto close = qScopeGuard([dialog] {
            if (dialog && dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(dialog);
        answer(dialog);
    });
}

void TestRegistryEditor::typeInto(QWidget *widget, const QString &text) {
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->selectAll();
    // keyClicks types ASCII; the rest is inserted as a paste would.
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->insertPlainText(text);
    else
        QTest::keyClicks(widget, text);
}

void TestRegistryEditor::addCookieByTyping() {
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
    action(QStringLiteral("addCookieAction"))->trigger();
    auto *create = find<QPushButton>(QStringLiteral("createButton"));
    QVERIFY(create->isVisible());
    QVERIFY(!create->isEnabled()); // nothing typed yet
    typeInto(find<QLineEdit>(QStringLiteral("providerEdit")), QStringLiteral("Google"));
    typeInto(find<QLineEdit>(QStringLiteral("serviceEdit")), QStringLiteral("Analytics"));
    typeInto(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("_ga_*"));
    typeInto(find<QLineEdit>(QStringLiteral("durationEdit")), QStringLiteral("13 mois"));
    auto *category = find<QComboBox>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("statistics")));
    QCOMPARE(m_store->cookieCount(m_siteId), 1); // a draft is not in the store
    typeInto(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit")),
             QStringLiteral("Mesurer l'audience du portail"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QCOMPARE(m_store->cookieCount(m_siteId), 2);
    const QList<Cookie> cookies = m_store->cookies(m_siteId);
    const Cookie &added = cookies.constLast();
    QCOMPARE(added.provider, QStringLiteral("Google"));
    QCOMPARE(added.name, QStringLiteral("_ga_*"));
    QCOMPARE(added.category, Category::Statistics);
    QCOMPARE(added.duration, QStringLiteral("13 mois"));
    QCOMPARE(added.purposeFr, QStringLiteral("Mesurer l'audience du portail"));
    QCOMPARE(added.createdBy, QStringLiteral("alice"));
    QCOMPARE(countText(), QStringLiteral("2 of 2 cookies"));
    QVERIFY(!create->isVisible());
    QCOMPARE(m_window->details()->cookieId(), added.id);

    QAction *undo = action(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add cookie _ga_*"));
    undo->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 2);
    QVERIFY(rowOf(QStringLiteral("_ga_*")) >= 0);
}

void TestRegistryEditor::addRefusesAnIncompleteCookie() {
    action(QStringLiteral("addCookieAction"))->trigger();
    typeInto(find<QLineEdit>(QStringLiteral("providerEdit")), QStringLiteral("Google"));
    typeInto(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("_ga*x"));
    typeInto(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit")), QStringLiteral("Mesure"));
    auto *create = find<QPushButton>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("draftLabel"))->text().contains(QStringLiteral("'*'")));
    // The name of a cookie the table holds: said at once.
    typeInto(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("csrftoken"));
    QVERIFY(!create->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("draftLabel"))
                ->text()
                .contains(QStringLiteral("already has this domain and name")));
    // A name Bob has just taken, before the table knows: the store refuses it and the draft
    // stays as typed.
    typeInto(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("_ga"));
    QVERIFY(create->isEnabled());
    Cookie bobs = newCookie(m_siteId, QStringLiteral("Google"), QStringLiteral("_ga"),
                            QStringLiteral("Mesure de Bob"));
    QVERIFY(otherUser().addCookie(bobs).ok());
    Dialogs::answerNext(QStringLiteral("ok"));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_store->cookieCount(m_siteId), 2);
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("_ga")));
    QVERIFY(create->isVisible());
    QCOMPARE(find<QLineEdit>(QStringLiteral("providerEdit"))->text(), QStringLiteral("Google"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("discardDraftButton")), Qt::LeftButton);
    QVERIFY(!create->isVisible());
}

void TestRegistryEditor::switchingSiteAsksBeforeDroppingANewCookie() {
    Site second;
    second.name = QStringLiteral("autre.fr");
    QVERIFY(m_store->addSite(second).ok());
    action(QStringLiteral("addCookieAction"))->trigger();
    typeInto(find<QLineEdit>(QStringLiteral("providerEdit")), QStringLiteral("Google"));
    auto *sites = find<QTreeView>(QStringLiteral("sitesView"));
    QTRY_VERIFY(siteIndex(sites, "autre.fr").isValid());
    Dialogs::answerNext(QStringLiteral("no")); // keep the new cookie
    sites->setCurrentIndex(siteIndex(sites, "autre.fr"));
    QCOMPARE(m_window->currentSiteId(), m_siteId);
    QCOMPARE(sites->currentIndex().data().toString(), QStringLiteral("exemple.fr"));
    QVERIFY(m_window->details()->isDraft());
    QCOMPARE(find<QLineEdit>(QStringLiteral("providerEdit"))->text(), QStringLiteral("Google"));
    Dialogs::answerNext(QStringLiteral("yes")); // discard it
    sites->setCurrentIndex(siteIndex(sites, "autre.fr"));
    QCOMPARE(m_window->currentSiteId(), second.id);
    QVERIFY(!m_window->details()->isDraft());
}

void TestRegistryEditor::editPurposeThenUndoAndRedo() {
    selectRow(0);
    QCOMPARE(m_window->details()->cookieId(), m_cookieId);
    auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
    QCOMPARE(purpose->toPlainText(), QStringLiteral("Récupérer des données via des appels API"));
    typeInto(purpose, QStringLiteral("Protéger les formulaires contre la falsification"));
    table()->setFocus(); // leaving the field saves it
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Protéger les formulaires contre la falsification"));
    const QModelIndex cell = m_window->registryModel()->index(0, RegistryModel::Purpose);
    QCOMPARE(cell.data().toString(),
             QStringLiteral("Protéger les formulaires contre la falsification"));

    QAction *undo = action(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit Purpose (French) of csrftoken"));
    QCOMPARE(undo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Z")));
    QCOMPARE(action(QStringLiteral("redoAction"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    undo->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
    QCOMPARE(purpose->toPlainText(), QStringLiteral("Récupérer des données via des appels API"));
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Protéger les formulaires contre la falsification"));
    const QList<AuditEntry> log = m_store->auditLog(m_siteId);
    QVERIFY(log.size() >= 4); // site, cookie, edit, undo, redo: each its own write
}

void TestRegistryEditor::typingInOneFieldIsOneStep() {
    selectRow(0);
    auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
    purpose->setFocus();
    purpose->moveCursor(QTextCursor::End);
    QTest::keyClicks(purpose, QStringLiteral(" et"));
    // A pause in typing saves what is there...
    QTRY_COMPARE(m_store->cookie(m_cookieId)->purposeFr,
                 QStringLiteral("Récupérer des données via des appels API et"));
    QTest::keyClicks(purpose, QStringLiteral(" exporter"));
    table()->setFocus();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API et exporter"));
    // ...but the whole visit to the field is one step.
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
    QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled());
}

void TestRegistryEditor::editInPlaceWithTheListEditor() {
    const QModelIndex cell = m_window->registryModel()->index(0, RegistryModel::Category);
    table()->setFocus();
    table()->setCurrentIndex(cell);
    table()->edit(cell);
    auto *combo = table()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Necessary"));
    combo->setCurrentIndex(combo->findData(int(Category::Preferences)));
    QTest::keyClick(combo, Qt::Key_Return); // the view commits on its next turn
    QTRY_COMPARE(m_store->cookie(m_cookieId)->category, Category::Preferences);
    QCOMPARE(cell.data().toString(), QStringLiteral("Preferences"));
    QCOMPARE(find<QComboBox>(QStringLiteral("categoryCombo"))->currentData().toString(),
             QStringLiteral("preferences"));
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->category, Category::Necessary);

    // The purpose opens a text editor; Enter makes a new line, leaving it saves.
    const QModelIndex purposeCell = m_window->registryModel()->index(0, RegistryModel::Purpose);
    table()->setCurrentIndex(purposeCell);
    table()->edit(purposeCell);
    auto *text = table()->viewport()->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Ligne 2"));
    QTest::keyClick(text, Qt::Key_Tab);
    QTRY_COMPARE(m_store->cookie(m_cookieId)->purposeFr,
                 QStringLiteral("Récupérer des données via des appels API\nLigne 2"));
}

void TestRegistryEditor::inPlaceNameIsChecked() {
    RegistryModel *model = m_window->registryModel();
    const QModelIndex cell = model->index(0, RegistryModel::Name);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    table()->setFocus();
    table()->setCurrentIndex(cell);
    table()->edit(cell);
    auto *line = table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("_ga*x"));
    QVERIFY(!line->hasAcceptableInput());
    QVERIFY(line->toolTip().contains(QStringLiteral("'*'")));
    QTest::keyClick(line, Qt::Key_Return); // refused: the editor stays open
    QTest::qWait(50);
    QCOMPARE(m_store->cookie(m_cookieId)->name, QStringLiteral("csrftoken"));
    QVERIFY(line->isVisible());
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, QStringLiteral("_session"));
    QVERIFY(line->hasAcceptableInput());
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(m_store->cookie(m_cookieId)->name, QStringLiteral("_ga_session"));

    // Through the model directly: a bad value is refused with a message, the store unchanged.
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(!model->setData(model->index(0, RegistryModel::Name), QStringLiteral("a*b")));
    QCOMPARE(m_store->cookie(m_cookieId)->name, QStringLiteral("_ga_session"));
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("_ga_*")));
}

void TestRegistryEditor::filterShowsNofM() {
    Cookie other = newCookie(m_siteId, QStringLiteral("Google"), QStringLiteral("_ga"),
                             QStringLiteral("Mesure d'audience"));
    other.category = Category::Statistics;
    other.party = Party::Third;
    QVERIFY(m_store->addCookie(other).ok());
    QCOMPARE(countText(), QStringLiteral("2 of 2 cookies"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("donnees"));
    QCOMPARE(countText(), QStringLiteral("1 of 2 cookies"));
    QCOMPARE(m_window->registryModel()->index(0, RegistryModel::Name).data().toString(),
             QStringLiteral("csrftoken"));
    find<QLineEdit>(QStringLiteral("searchEdit"))->clear();
    auto *party = find<QComboBox>(QStringLiteral("partyFilterCombo"));
    party->setCurrentIndex(party->findData(int(Party::Third)));
    QCOMPARE(countText(), QStringLiteral("1 of 2 cookies"));
    QCOMPARE(m_window->registryModel()->index(0, RegistryModel::Name).data().toString(),
             QStringLiteral("_ga"));
}

void TestRegistryEditor::deleteAskesThenUndoBringsItBack() {
    selectRow(0);
    QAction *remove = action(QStringLiteral("deleteCookieAction"));
    QVERIFY(remove->isEnabled());
    Dialogs::answerNext(QStringLiteral("no"));
    remove->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    Dialogs::answerNext(QStringLiteral("yes"));
    remove->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 0);
    QCOMPARE(countText(), QStringLiteral("0 of 0 cookies"));
    QVERIFY(!m_window->details()->cookieId());
    QAction *undo = action(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Delete cookie csrftoken"));
    undo->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QCOMPARE(m_store->cookies(m_siteId).constFirst().purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
}

void TestRegistryEditor::undoFollowsACookieAddedAgain() {
    Cookie later; // a higher id, so that the one deleted comes back under another id
    later.siteId = m_siteId;
    later.provider = QStringLiteral("Google");
    later.name = QStringLiteral("_gid");
    later.purposeFr = QStringLiteral("Mesure");
    QVERIFY(m_store->addCookie(later).ok());
    selectRow(rowOf(QStringLiteral("csrftoken")));
    auto *domain = find<QLineEdit>(QStringLiteral("domainEdit"));
    typeInto(domain, QStringLiteral("data.exemple.fr"));
    QTest::keyClick(domain, Qt::Key_Return);
    QCOMPARE(m_store->cookie(m_cookieId)->domain, QStringLiteral("data.exemple.fr"));
    selectRow(rowOf(QStringLiteral("csrftoken")));
    Dialogs::answerNext(QStringLiteral("yes"));
    action(QStringLiteral("deleteCookieAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QAction *undo = action(QStringLiteral("undoAction"));
    undo->trigger(); // the cookie comes back under a new id
    undo->trigger(); // and the domain edit is undone on it
    const QList<Cookie> cookies = m_store->cookies(m_siteId);
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies.constLast().name, QStringLiteral("csrftoken"));
    QVERIFY(cookies.constLast().id != m_cookieId);
    QCOMPARE(cookies.constLast().domain, QString());
    QVERIFY(Dialogs::shownMessages().isEmpty());
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_store->cookies(m_siteId).constLast().domain, QStringLiteral("data.exemple.fr"));
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
}

void TestRegistryEditor::duplicateStartsADraftCopy() {
    selectRow(0);
    action(QStringLiteral("duplicateCookieAction"))->trigger();
    auto *name = find<QLineEdit>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("csrftoken"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("serviceEdit"))->text(), QStringLiteral("API (CSRF)"));
    // The copy's name is taken until it changes: the field and the Add button say so.
    auto *problem = find<QLabel>(QStringLiteral("nameProblemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("already has this domain and name")));
    QVERIFY(!find<QPushButton>(QStringLiteral("createButton"))->isEnabled());
    typeInto(name, QStringLiteral("csrftoken_v2"));
    QVERIFY(!problem->isVisible());
    QVERIFY(find<QPushButton>(QStringLiteral("createButton"))->isEnabled());
    QTest::keyClick(name, Qt::Key_Return); // Enter adds the draft
    QCOMPARE(m_store->cookieCount(m_siteId), 2);
    const Cookie copy = m_store->cookies(m_siteId).constLast();
    QCOMPARE(copy.name, QStringLiteral("csrftoken_v2"));
    QCOMPARE(copy.purposeFr, QStringLiteral("Récupérer des données via des appels API"));
    QCOMPARE(copy.category, Category::Necessary);
}

void TestRegistryEditor::switchSite() {
    Site second;
    second.name = QStringLiteral("autre.fr");
    QVERIFY(m_store->addSite(second).ok());
    for (const char *name : {"a", "b", "c"}) {
        Cookie cookie = newCookie(second.id, QStringLiteral("P"), QString::fromLatin1(name),
                                  QStringLiteral("x"));
        QVERIFY(m_store->addCookie(cookie).ok());
    }
    auto *sites = find<QTreeView>(QStringLiteral("sitesView"));
    QCOMPARE(sites->model()->rowCount(), 2);
    QVERIFY(siteIndex(sites, "autre.fr").isValid());
    // The list follows once the writes are done: counts follow.
    QTRY_COMPARE(siteIndex(sites, "autre.fr", SitesModel::CookiesColumn).data().toString(),
                 QStringLiteral("3"));
    sites->setCurrentIndex(siteIndex(sites, "autre.fr"));
    QCOMPARE(m_window->currentSiteId(), second.id);
    QCOMPARE(countText(), QStringLiteral("3 of 3 cookies"));
    QCOMPARE(m_window->registryModel()->index(0, RegistryModel::Name).data().toString(),
             QStringLiteral("a"));
    // The window remembers the site for the next start.
    m_window.reset();
    m_window = makeWindow();
    QCOMPARE(m_window->currentSiteId(), second.id);
}

void TestRegistryEditor::siteIsCreatedAndEdited() {
    onNextDialog([](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(CC_CHILD(QLineEdit, dialog, QStringLiteral("nameEdit")),
                         QStringLiteral("nouveau.fr"));
        QTest::keyClicks(CC_CHILD(QLineEdit, dialog, QStringLiteral("urlEdit")),
                         QStringLiteral("ftp://nouveau.fr"));
        QVERIFY(!ok->isEnabled()); // not an http(s) address
        CC_CHILD(QLineEdit, dialog, QStringLiteral("urlEdit"))->clear();
        QTest::keyClicks(CC_CHILD(QLineEdit, dialog, QStringLiteral("urlEdit")),
                         QStringLiteral("https://nouveau.fr"));
        CC_CHILD(QCheckBox, dialog, QStringLiteral("englishCheck"))->setChecked(true);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    action(QStringLiteral("newSiteAction"))->trigger();
    const std::optional<Site> created = m_store->findSite(QStringLiteral("nouveau.fr"));
    QVERIFY(created);
    QCOMPARE(created->url, QStringLiteral("https://nouveau.fr"));
    QCOMPARE(created->languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    QCOMPARE(m_window->currentSiteId(), created->id);

    onNextDialog([](QDialog *dialog) {
        CC_CHILD(QCheckBox, dialog, QStringLiteral("frenchCheck"))->setChecked(false);
        QTest::keyClicks(CC_CHILD(QLineEdit, dialog, QStringLiteral("contactEdit")),
                         QStringLiteral("dpo@nouveau.fr"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(QStringLiteral("editSiteAction"))->trigger();
    std::optional<Site> edited = m_store->site(created->id);
    QCOMPARE(edited->languages, QStringList{QStringLiteral("en")});
    QCOMPARE(edited->contact, QStringLiteral("dpo@nouveau.fr"));
    QCOMPARE(action(QStringLiteral("undoAction"))->text(),
             QStringLiteral("&Undo Edit site nouveau.fr"));
    action(QStringLiteral("undoAction"))->trigger();
    edited = m_store->site(created->id);
    QCOMPARE(edited->languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    QCOMPARE(edited->contact, QString());
}

void TestRegistryEditor::importWithABadRowWritesNothing() {
    const QString csv = m_dir->filePath(QStringLiteral("import.csv"));
    QVERIFY(TestSupport::writeAll(csv, "provider,name,purpose,category\n"
                                       "Google,_ga,Mesure d'audience,statistics\n"
                                       "Matomo,,Sans nom,statistics\n"
                                       "Hotjar,_hjid,Cartes de chaleur,marketing\n"));
    const qint64 before = m_store->dataVersion();
    const QByteArray hash = TestSupport::fileHash(m_path);
    bool inspected = false;
    onNextDialog([&inspected](QDialog *dialog) {
        auto *rejected = CC_CHILD(QTableWidget, dialog, QStringLiteral("rejectedView"));
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(rejected->item(0, 1)->text().contains(QStringLiteral("name")));
        QVERIFY(rejected->isVisible());
        QVERIFY(!CC_CHILD(QPushButton, dialog, QStringLiteral("importButton"))->isEnabled());
        QVERIFY(CC_CHILD(QLabel, dialog, QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("Nothing will be imported")));
        inspected = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    Dialogs::answerNext(csv);
    action(QStringLiteral("importAction"))->trigger();
    QVERIFY(inspected);
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QCOMPARE(m_store->dataVersion(), before);
    QCOMPARE(TestSupport::fileHash(m_path), hash);
}

void TestRegistryEditor::importShowsWhatWillBeAdded() {
    const QString csv = m_dir->filePath(QStringLiteral("import.csv"));
    QVERIFY(TestSupport::writeAll(csv, "provider,name,purpose,category\n"
                                       "Google,_ga,Mesure d'audience,statistics\n"
                                       "Hotjar,_hjid,Cartes de chaleur,marketing\n"));
    onNextDialog([this](QDialog *dialog) {
        auto *added = CC_CHILD(QTableWidget, dialog, QStringLiteral("addedView"));
        QCOMPARE(added->rowCount(), 2);
        QCOMPARE(added->item(0, 1)->text(), QStringLiteral("exemple.fr"));
        QCOMPARE(added->item(1, 3)->text(), QStringLiteral("_hjid"));
        QCOMPARE(m_store->cookieCount(m_siteId), 1); // the preview wrote nothing
        auto *import = CC_CHILD(QPushButton, dialog, QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        import->click();
    });
    Dialogs::answerNext(csv);
    action(QStringLiteral("importAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 3);
    QCOMPARE(countText(), QStringLiteral("3 of 3 cookies"));
}

void TestRegistryEditor::conflictingEditKeepMine() {
    selectRow(0);
    // Bob changes the same cookie from another connection, purpose and category.
    Store &bob = otherUser();
    Cookie theirs = *bob.cookie(m_cookieId);
    theirs.purposeFr = QStringLiteral("Texte de Bob");
    theirs.category = Category::Preferences;
    QVERIFY(bob.updateCookie(theirs).ok());

    typeInto(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit")),
             QStringLiteral("Texte d'Alice"));
    Dialogs::answerNext(QStringLiteral("keep"));
    table()->setFocus();
    const QString question = Dialogs::shownMessages().value(0);
    QVERIFY2(question.contains(QStringLiteral("bob")), qPrintable(question));
    // When, in the user's way of writing dates, not as the store keeps it.
    const Cookie seen = *bob.cookie(m_cookieId);
    QVERIFY2(!question.contains(seen.updatedAt), qPrintable(question));
    QVERIFY2(question.contains(Dialogs::localTime(seen.updatedAt)), qPrintable(question));
    QVERIFY(!question.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))));
    const Cookie stored = *m_store->cookie(m_cookieId);
    QCOMPARE(stored.purposeFr, QStringLiteral("Texte d'Alice"));
    QCOMPARE(stored.category, Category::Preferences); // Bob's other change stays
    QCOMPARE(find<QComboBox>(QStringLiteral("categoryCombo"))->currentData().toString(),
             QStringLiteral("preferences"));
}

void TestRegistryEditor::conflictingEditReload() {
    selectRow(0);
    Store &bob = otherUser();
    Cookie theirs = *bob.cookie(m_cookieId);
    theirs.purposeFr = QStringLiteral("Texte de Bob");
    QVERIFY(bob.updateCookie(theirs).ok());

    auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
    typeInto(purpose, QStringLiteral("Texte d'Alice"));
    Dialogs::answerNext(QStringLiteral("reload"));
    table()->setFocus();
    QVERIFY(Dialogs::shownMessages().value(0).contains(QStringLiteral("changed by bob")));
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr, QStringLiteral("Texte de Bob"));
    QCOMPARE(purpose->toPlainText(), QStringLiteral("Texte de Bob"));
    QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled());
}

void TestRegistryEditor::othersChangesAppearWithinTwoSeconds() {
    selectRow(0);
    Store &bob = otherUser();
    Cookie added = newCookie(m_siteId, QStringLiteral("Matomo"), QStringLiteral("_pk_id.*"),
                             QStringLiteral("Mesure d'audience"));
    QVERIFY(bob.addCookie(added).ok());
    Cookie changed = *bob.cookie(m_cookieId);
    changed.service = QStringLiteral("API v2");
    QVERIFY(bob.updateCookie(changed).ok());
    QTRY_COMPARE_WITH_TIMEOUT(countText(), QStringLiteral("2 of 2 cookies"), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(QStringLiteral("serviceEdit"))->text(),
                              QStringLiteral("API v2"), 2000);
    QCOMPARE(m_window->details()->cookieId(), m_cookieId); // the selection stayed
}

void TestRegistryEditor::undoDoesNotOverwriteSomeoneElsesChange() {
    selectRow(0);
    auto *service = find<QLineEdit>(QStringLiteral("serviceEdit"));
    typeInto(service, QStringLiteral("API v2"));
    QTest::keyClick(service, Qt::Key_Return);
    QCOMPARE(m_store->cookie(m_cookieId)->service, QStringLiteral("API v2"));
    Store &bob = otherUser();
    Cookie theirs = *bob.cookie(m_cookieId);
    theirs.service = QStringLiteral("API de Bob");
    QVERIFY(bob.updateCookie(theirs).ok());
    Dialogs::answerNext(QStringLiteral("ok"));
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->service, QStringLiteral("API de Bob"));
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("bob")));
    QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled()); // the step is dropped
}

void TestRegistryEditor::deletingACookieChangedMeanwhileIsRefused() {
    selectRow(0);
    Store &bob = otherUser();
    Cookie theirs = *bob.cookie(m_cookieId);
    theirs.purposeFr = QStringLiteral("Finalité revue par Bob");
    QVERIFY(bob.updateCookie(theirs).ok());
    Dialogs::answerNext(QStringLiteral("yes")); // delete?
    Dialogs::answerNext(QStringLiteral("ok"));  // refused
    action(QStringLiteral("deleteCookieAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("bob")));
    // The table and the details now show Bob's version.
    QCOMPARE(m_window->registryModel()->index(0, RegistryModel::Purpose).data().toString(),
             QStringLiteral("Finalité revue par Bob"));
    QCOMPARE(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"))->toPlainText(),
             QStringLiteral("Finalité revue par Bob"));
}

void TestRegistryEditor::refusedValueIsReportedOnce() {
    Cookie other = newCookie(m_siteId, QStringLiteral("Google"), QStringLiteral("_ga"),
                             QStringLiteral("Mesure d'audience"));
    QVERIFY(m_store->addCookie(other).ok());
    selectRow(rowOf(QStringLiteral("csrftoken")));
    auto *name = find<QLineEdit>(QStringLiteral("nameEdit"));
    typeInto(name, QStringLiteral("_ga")); // taken: same domain and name
    Dialogs::answerNext(QStringLiteral("ok"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QStringLiteral("_ga")));
    QCOMPARE(m_store->cookie(m_cookieId)->name, QStringLiteral("csrftoken"));
    QCOMPARE(name->text(), QStringLiteral("_ga")); // still what the user typed
    // Moving on does not ask the same question again.
    selectRow(rowOf(QStringLiteral("_ga")));
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QCOMPARE(m_window->details()->cookieId(), other.id);
}

void TestRegistryEditor::busyStoreKeepsTheEdit() {
    selectRow(0);
    m_store->setBusyTimeout(100);
    {
        StoreLock lock(m_path, "IMMEDIATE");
        QVERIFY(lock.held());

        auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
        typeInto(purpose, QStringLiteral("Texte gardé"));
        Dialogs::answerNext(QStringLiteral("ok"));
        table()->setFocus();
        QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("locked")));
        QCOMPARE(purpose->toPlainText(), QStringLiteral("Texte gardé")); // kept
        QVERIFY(find<QWidget>(QStringLiteral("keptFrame"))->isVisible());
        QVERIFY(m_window->details()->hasUnsavedText());
    }
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveAgainButton")), Qt::LeftButton);
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr, QStringLiteral("Texte gardé"));
    QVERIFY(!find<QWidget>(QStringLiteral("keptFrame"))->isVisible());
}

void TestRegistryEditor::readOnlyStoreDisablesEditing() {
    m_window.reset();
    Store reviewer;
    QVERIFY(reviewer.open(m_path, Store::OpenMode::ReadOnly, nullptr));
    m_window = makeWindow(&reviewer);
    QVERIFY(
        find<QLabel>(QStringLiteral("storeLabel"))->text().contains(QStringLiteral("Read-only")));
    for (const char *name : {"addCookieAction", "duplicateCookieAction", "deleteCookieAction",
                             "importAction", "newSiteAction", "editSiteAction"})
        QVERIFY2(!action(QString::fromLatin1(name))->isEnabled(), name);
    selectRow(0);
    RegistryModel *model = m_window->registryModel();
    QVERIFY(!(model->flags(model->index(0, RegistryModel::Purpose)) & Qt::ItemIsEditable));
    QVERIFY(!model->setData(model->index(0, RegistryModel::Purpose), QStringLiteral("x")));
    QVERIFY(find<QLineEdit>(QStringLiteral("providerEdit"))->isReadOnly());
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"))->isReadOnly());
    QVERIFY(!find<QComboBox>(QStringLiteral("categoryCombo"))->isEnabled());
    // Looking, filtering and previewing still work.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("csrf"));
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
    m_window.reset();
}

void TestRegistryEditor::readOnlyFileOpensReadOnly() {
    m_window.reset();
    m_store->close();
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    Store store;
    QVERIFY(store.open(m_path, Store::OpenMode::ReadWrite, nullptr));
    QVERIFY(store.isReadOnly()); // asked for read-write, the file says otherwise
    m_window = makeWindow(&store);
    QVERIFY(
        find<QLabel>(QStringLiteral("storeLabel"))->text().contains(QStringLiteral("read-only")));
    QVERIFY(!action(QStringLiteral("addCookieAction"))->isEnabled());
    QVERIFY(find<QLineEdit>(QStringLiteral("providerEdit"))->isReadOnly());
    m_window.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestRegistryEditor::deleteSeveralIsOneStep() {
    for (const char *name : {"_ga", "_gid"}) {
        Cookie cookie = newCookie(m_siteId, QStringLiteral("Google"), QString::fromLatin1(name),
                                  QStringLiteral("Mesure d'audience"));
        QVERIFY(m_store->addCookie(cookie).ok());
    }
    QCOMPARE(countText(), QStringLiteral("3 of 3 cookies"));
    table()->setFocus();
    table()->selectRow(rowOf(QStringLiteral("_ga")));
    table()->selectionModel()->select(
        m_window->registryModel()->index(rowOf(QStringLiteral("_gid")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    Dialogs::answerNext(QStringLiteral("yes"));
    action(QStringLiteral("deleteCookieAction"))->trigger();
    QVERIFY(Dialogs::shownMessages().isEmpty()); // the question is not a message
    QCOMPARE(m_store->cookieCount(m_siteId), 1);
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
    QCOMPARE(action(QStringLiteral("undoAction"))->text(),
             QStringLiteral("&Undo Delete 2 cookies"));
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookieCount(m_siteId), 3);
}

void TestRegistryEditor::problemClickSelectsCookieAndField() {
    Cookie third = newCookie(m_siteId, QStringLiteral("Google"), QStringLiteral("_ga"),
                             QStringLiteral("Mesure d'audience"));
    third.party = Party::Third; // without a privacy link: a warning
    third.category = Category::Statistics;
    third.duration = QStringLiteral("13 mois");
    QVERIFY(m_store->addCookie(third).ok());
    m_window->updateProblemsNow();
    ProblemModel *problems = m_window->problemModel();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->index(0, ProblemModel::CookieColumn).data().toString(),
             QStringLiteral("_ga"));
    QCOMPARE(problems->index(0, ProblemModel::FieldColumn).data().toString(),
             CookieFields::label(CookieField::PrivacyUrl));
    auto *dock = find<QWidget>(QStringLiteral("problemsDock"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems: 0 errors, 1 warning"));
    // The row's marker in the table says the same.
    RegistryModel *model = m_window->registryModel();
    const int row = rowOf(QStringLiteral("_ga"));
    QCOMPARE(model->index(row, RegistryModel::Name).data(RegistryModel::ProblemCountRole).toInt(),
             1);
    QVERIFY(model->index(row, RegistryModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("privacy")));

    // Hidden by a filter, it is shown again when its problem is clicked.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("csrf"));
    auto *view = find<QTreeView>(QStringLiteral("problemsView"));
    const QRect rect = view->visualRect(problems->index(0, ProblemModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->details()->cookieId(), third.id);
    QCOMPARE(table()->currentIndex().row(), rowOf(QStringLiteral("_ga")));
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("privacyUrlEdit")));

    // F8 goes to the next problem (here the same one again) from anywhere.
    table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::Key_F8));
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("privacyUrlEdit")));

    // Fixing it clears the panel.
    auto *privacy = find<QLineEdit>(QStringLiteral("privacyUrlEdit"));
    QTest::keyClicks(privacy, QStringLiteral("https://policies.google.com/privacy"));
    QTest::keyClick(privacy, Qt::Key_Return);
    m_window->updateProblemsNow();
    QCOMPARE(problems->rowCount(), 0);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems: none"));
}

void TestRegistryEditor::storesAreOpenedAndRemembered() {
    const QString second = m_dir->filePath(QStringLiteral("new.cookiestore"));
    Dialogs::answerNext(second);
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(CC_CHILD(QLineEdit, dialog, QStringLiteral("nameEdit")),
                         QStringLiteral("neuf.fr"));
        CC_CHILD(QCheckBox, dialog, QStringLiteral("frenchCheck"))->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(QStringLiteral("newStoreAction"))->trigger();
    QCOMPARE(QFileInfo(m_window->store()->path()), QFileInfo(second));
    QVERIFY(m_window->store()->findSite(QStringLiteral("neuf.fr")));
    QCOMPARE(countText(), QStringLiteral("0 of 0 cookies"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("new.cookiestore")));
    QCOMPARE(Settings::recentStores().value(0), QFileInfo(second).absoluteFilePath());
    QCOMPARE(Settings::recentStores().value(1), QFileInfo(m_path).absoluteFilePath());

    // A file that is not a store is refused and the open store stays.
    const QString junk = m_dir->filePath(QStringLiteral("junk.cookiestore"));
    QVERIFY(TestSupport::writeAll(junk, "not a database"));
    Dialogs::answerNext(junk);
    Dialogs::answerNext(QStringLiteral("ok"));
    action(QStringLiteral("openStoreAction"))->trigger();
    QCOMPARE(QFileInfo(m_window->store()->path()), QFileInfo(second));
    QCOMPARE(TestSupport::readAll(junk), QByteArray("not a database"));

    // Open the first one again, read-only.
    Dialogs::answerNext(m_path);
    action(QStringLiteral("openReadOnlyAction"))->trigger();
    QVERIFY(m_window->store()->isReadOnly());
    QCOMPARE(countText(), QStringLiteral("1 of 1 cookie"));
    QVERIFY(!action(QStringLiteral("addCookieAction"))->isEnabled());
    QCOMPARE(Settings::lastStore(), QFileInfo(m_path).absoluteFilePath());
    m_window.reset(); // closes the owned stores before the test's own
}

void TestRegistryEditor::layoutIsRemembered() {
    auto *header = table()->horizontalHeader();
    header->resizeSection(RegistryModel::Purpose, 444);
    find<QTabWidget>(QStringLiteral("sideTabs"))->setCurrentIndex(1);
    QVERIFY(m_window->close());
    m_window = makeWindow();
    QCOMPARE(table()->horizontalHeader()->sectionSize(RegistryModel::Purpose), 444);
    QCOMPARE(find<QTabWidget>(QStringLiteral("sideTabs"))->currentIndex(), 1);
}

void TestRegistryEditor::preferencesAreSaved() {
    Site site = *m_store->site(m_siteId);
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->updateSite(site).ok());
    onNextDialog([](QDialog *dialog) {
        auto *interface = CC_CHILD(QComboBox, dialog, QStringLiteral("interfaceLanguageCombo"));
        QCOMPARE(interface->count(), 3); // the system's, French, English
        interface->setCurrentIndex(interface->findData(QStringLiteral("fr")));
        auto *charter = CC_CHILD(QComboBox, dialog, QStringLiteral("charterLanguageCombo"));
        charter->setCurrentIndex(charter->findData(QStringLiteral("en")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("fr"));
    QCOMPARE(Settings::charterLanguage(), QStringLiteral("en"));
    // The preview shows the site in English now, and does so for the next window too.
    m_window = makeWindow();
    QCOMPARE(m_window->preview()->language(), QStringLiteral("en"));
}

void TestRegistryEditor::modelsPassTheModelTester() {
    QAbstractItemModelTester registry(m_window->registryModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problems(m_window->problemModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *sitesView = find<QTreeView>(QStringLiteral("sitesView"));
    QAbstractItemModelTester sites(sitesView->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    Site second;
    second.name = QStringLiteral("autre.fr");
    QVERIFY(m_store->addSite(second).ok()); // a row more: a reset of the list
    QTRY_COMPARE(sitesView->model()->rowCount(), 2);
    Cookie third = newCookie(m_siteId, QStringLiteral("Google"), QStringLiteral("_ga"),
                             QStringLiteral("Mesure"));
    third.party = Party::Third;
    QVERIFY(m_store->addCookie(third).ok());
    m_window->updateProblemsNow();
    selectRow(0);
    Dialogs::answerNext(QStringLiteral("yes"));
    action(QStringLiteral("deleteCookieAction"))->trigger();
    action(QStringLiteral("undoAction"))->trigger();
    m_window->updateProblemsNow();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("ga"));
    m_window->registryModel()->sort(RegistryModel::Name, Qt::DescendingOrder);
    m_window->registryModel()->sync();
}

// A store that cannot be read (locked past the timeout) is not a deleted cookie: the undo step
// stays where it was, the user is told, and undoing works once the store can be read again.
void TestRegistryEditor::anUnreadableStoreKeepsTheUndoStep() {
    selectRow(0);
    auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
    typeInto(purpose, QStringLiteral("Nouvelle finalité"));
    table()->setFocus();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr, QStringLiteral("Nouvelle finalité"));
    QUndoStack *stack = m_window->editor()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    m_store->setBusyTimeout(50);
    {
        StoreLock lock(m_path, "EXCLUSIVE"); // nobody may read
        QVERIFY(lock.held());
        Dialogs::clearShownMessages();
        Dialogs::answerNext(QStringLiteral("ok"));
        action(QStringLiteral("undoAction"))->trigger();
        QVERIFY2(Dialogs::shownMessages().value(0).contains(QLatin1String("could not be read")),
                 qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        QVERIFY(Dialogs::shownMessages().value(0).contains(QLatin1String("the step is kept")));
        QTRY_COMPARE(stack->index(), 1); // back where it was
        QCOMPARE(stack->count(), 1);     // not dropped as if the cookie were gone
    }
    m_store->setBusyTimeout(5000);
    QCOMPARE(m_window->registryModel()->rowCount(), 1); // the row was never taken for deleted
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
    QCOMPARE(stack->index(), 0);
}

// The write of an undo meets a store locked past the timeout: the step stays, to be tried again.
void TestRegistryEditor::aLockedStoreKeepsTheUndoStep() {
    selectRow(0);
    typeInto(find<QPlainTextEdit>(QStringLiteral("purposeFrEdit")), QStringLiteral("Nouveau"));
    table()->setFocus();
    QUndoStack *stack = m_window->editor()->undoStack();
    QCOMPARE(stack->index(), 1);
    m_store->setBusyTimeout(50);
    {
        StoreLock lock(m_path, "IMMEDIATE"); // readers yes, writers no
        QVERIFY(lock.held());
        Dialogs::clearShownMessages();
        Dialogs::answerNext(QStringLiteral("ok"));
        action(QStringLiteral("undoAction"))->trigger();
        QVERIFY2(Dialogs::shownMessages().value(0).contains(QLatin1String("the step is kept")),
                 qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        QTRY_COMPARE(stack->index(), 1);
        QCOMPARE(stack->count(), 1);
    }
    m_store->setBusyTimeout(5000);
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_store->cookie(m_cookieId)->purposeFr,
             QStringLiteral("Récupérer des données via des appels API"));
}

// Someone adds a site while a new cookie is being typed: the sites list changes, the new cookie
// and the table stay as they were.
void TestRegistryEditor::aSiteAddedElsewhereKeepsTheNewCookie() {
    action(QStringLiteral("addCookieAction"))->trigger();
    typeInto(find<QLineEdit>(QStringLiteral("providerEdit")), QStringLiteral("Google"));
    Site theirs;
    theirs.name = QStringLiteral("autre.fr");
    QVERIFY(otherUser().addSite(theirs).ok());
    auto *sites = find<QTreeView>(QStringLiteral("sitesView"));
    QTRY_COMPARE(sites->model()->rowCount(), 2);
    QCOMPARE(m_window->currentSiteId(), m_siteId);
    QCOMPARE(sites->currentIndex().data().toString(), QStringLiteral("exemple.fr"));
    QVERIFY(m_window->details()->isDraft());
    QCOMPARE(find<QLineEdit>(QStringLiteral("providerEdit"))->text(), QStringLiteral("Google"));
    QVERIFY(Dialogs::shownMessages().isEmpty());
}

QTEST_MAIN(TestRegistryEditor)
#include "tst_registryeditor.moc"
