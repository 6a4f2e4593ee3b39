#include "Dialogs.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "PublicationModel.h"
#include "Publisher.h"
#include "ReviewFlow.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestHistoryDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void publicationModelIsSound();
    void publishFromTheWindow();
    void historyShowsComparesSavesAndVerifies();
    void reviewerOnAReadOnlyStore();
    void publishToAChosenSharedStore();
    void approvalInTheHistory();

private:
    void publishTwice();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Site m_site;
    qint64 m_cookieId = 0;
};

void TestHistoryDialog::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME",
            m_dir->filePath(QStringLiteral("config")).toUtf8()); // no configured target
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("s.cookiestore")), nullptr));
    m_site.name = QStringLiteral("exemple.fr");
    m_site.languages = QStringList{QStringLiteral("fr")};
    QVERIFY(m_store->addSite(m_site).ok());
    Cookie cookie;
    cookie.siteId = m_site.id;
    cookie.provider = QStringLiteral("Opendatasoft");
    cookie.name = QStringLiteral("sessionid");
    cookie.purposeFr = QStringLiteral("Ancienne finalité");
    cookie.category = Category::Necessary;
    QVERIFY(m_store->addCookie(cookie).ok());
    m_cookieId = cookie.id;
}

void TestHistoryDialog::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestHistoryDialog::publishTwice() {
    QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
    Cookie cookie = *m_store->cookie(m_cookieId);
    cookie.purposeFr = QStringLiteral("Nouvelle finalité");
    QVERIFY(m_store->updateCookie(cookie).ok());
    QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
}

void TestHistoryDialog::publicationModelIsSound() {
    publishTwice();
    PublicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPublications(m_store->publications(m_site.name));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PublicationModel::Number).data().toInt(), 2);
    QCOMPARE(model.index(0, PublicationModel::Cookies).data().toInt(), 1);
    QCOMPARE(model.headerData(PublicationModel::Author, Qt::Horizontal).toString(),
             QStringLiteral("Author"));
    model.setPublications({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryDialog::publishFromTheWindow() {
    MainWindow window(m_store.get());
    Dialogs::answerNext(QStringLiteral("première publication")); // the note
    Dialogs::answerNext(QStringLiteral("ok"));                   // "published ..."
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QCOMPARE(m_store->publications(m_site.name).size(), 1);
    QCOMPARE(m_store->publications(m_site.name).constFirst().note,
             QStringLiteral("première publication"));
    QVERIFY(Dialogs::shownMessages().constLast().contains(QLatin1String("publication 1")));

    Dialogs::answerNext(QStringLiteral("again"));
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QVERIFY(Dialogs::shownMessages().constLast().contains(QLatin1String("nothing changed")));
    QCOMPARE(m_store->publications(m_site.name).size(), 1);

    Dialogs::answerNext(QStringLiteral("<cancel>"));
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QCOMPARE(m_store->publications(m_site.name).size(), 1);
}

void TestHistoryDialog::historyShowsComparesSavesAndVerifies() {
    publishTwice();
    HistoryDialog dialog(m_store.get(), m_store.get(), m_site.name);
    auto *view = CC_CHILD(QTableView, &dialog, QStringLiteral("publicationsView"));
    QCOMPARE(view->model()->rowCount(), 2);
    auto *preview = CC_CHILD(QTextBrowser, &dialog, QStringLiteral("previewBrowser"));
    QVERIFY(preview->toPlainText().contains(
        QStringLiteral("Nouvelle finalité"))); // the latest is selected

    dialog.selectPublications({1});
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Ancienne finalité")));

    dialog.selectPublications({1, 2});
    dialog.compare();
    auto *diff = CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("diffView"));
    QVERIFY2(diff->toPlainText().contains(
                 QStringLiteral("purpose: « Ancienne finalité » → « Nouvelle finalité »")),
             qPrintable(diff->toPlainText()));

    dialog.selectPublications({2});
    dialog.compare();
    QVERIFY(diff->toPlainText().contains(QLatin1String("No change.")));

    const QString folder = m_dir->filePath(QStringLiteral("files"));
    QDir().mkpath(folder);
    Dialogs::answerNext(folder);
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(dialog.saveFiles());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 6);

    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(dialog.verify());
    QVERIFY(Dialogs::shownMessages().constLast().contains(QLatin1String("intact")));

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evil"));
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "UPDATE publication_file SET content = X'00' WHERE name = 'registry.csv'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("evil"));
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(!dialog.verify());
    QVERIFY(Dialogs::shownMessages().constLast().contains(QLatin1String("registry.csv")));
}

void TestHistoryDialog::reviewerOnAReadOnlyStore() {
    publishTwice();
    const QString path = m_store->path();
    m_store->close();
    Store reviewer;
    QVERIFY(reviewer.open(path, Store::OpenMode::ReadOnly, nullptr));
    HistoryDialog dialog(&reviewer, &reviewer, m_site.name);
    QCOMPARE(dialog.model()->rowCount(), 2);
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(dialog.verify());
    dialog.selectPublications({1, 2});
    dialog.compare();
    QVERIFY(CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("diffView"))
                ->toPlainText()
                .contains(QLatin1String("purpose")));
}

void TestHistoryDialog::publishToAChosenSharedStore() {
    MainWindow window(m_store.get());
    const QString shared = m_dir->filePath(QStringLiteral("share/publications.cookiestore"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("share")));
    Dialogs::answerNext(QStringLiteral("yes")); // send publications elsewhere
    Dialogs::answerNext(shared);
    CC_CHILD(QAction, &window, QStringLiteral("sharedStoreAction"))->trigger();
    QVERIFY(QFile::exists(shared));
    Dialogs::answerNext(QStringLiteral("to the share"));
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QVERIFY(m_store->publications().isEmpty());
    Store store;
    QVERIFY(store.open(shared, Store::OpenMode::ReadOnly, nullptr));
    QCOMPARE(store.publications(m_site.name).size(), 1);
    QCOMPARE(store.publications(m_site.name).constFirst().note, QStringLiteral("to the share"));

    Dialogs::answerNext(QStringLiteral("no")); // back to the open store
    CC_CHILD(QAction, &window, QStringLiteral("sharedStoreAction"))->trigger();
    Dialogs::answerNext(QStringLiteral("here"));
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QCOMPARE(m_store->publications().size(), 1);
}

// A site with a review policy: the window's Publish is refused until someone else approves the
// state, and the history then shows who approved it.
void TestHistoryDialog::approvalInTheHistory() {
    m_store->setUserName(QStringLiteral("marie"));
    Site site = *m_store->site(m_site.id);
    site.reviewPolicy = Site::ReviewPolicy::Approval;
    QVERIFY(m_store->updateSite(site).ok());
    MainWindow window(m_store.get());
    Dialogs::answerNext(QStringLiteral("note"));
    Dialogs::answerNext(QStringLiteral("ok")); // the refusal
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QVERIFY(m_store->publications(m_site.name).isEmpty());
    QVERIFY2(
        Dialogs::shownMessages().join(QLatin1Char(' ')).contains(QLatin1String("anyone but marie")),
        qPrintable(Dialogs::shownMessages().join(QLatin1Char(' '))));

    QVERIFY(window.submitSiteForReview(QStringLiteral("à relire")));
    const Review review = m_store->reviews(m_site.id, false).constLast();
    Store paul;
    QVERIFY(paul.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    paul.setUserName(QStringLiteral("paul"));
    paul.setRole(Store::Role::Reviewer);
    ReviewFlow::State state;
    QVERIFY(ReviewFlow::currentState(paul, m_site.id, &state, nullptr));
    QVERIFY(
        paul.decideReview(review.id, Review::Decision::Approved, QStringLiteral("vu"), state.hash)
            .ok());
    Dialogs::answerNext(QStringLiteral("note"));
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QAction, &window, QStringLiteral("publishAction"))->trigger();
    QCOMPARE(m_store->publications(m_site.name).size(), 1);

    PublicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPublications(m_store->publications(m_site.name));
    const QModelIndex approved = model.index(0, PublicationModel::ApprovedBy);
    QVERIFY2(approved.data().toString().startsWith(QLatin1String("paul (")),
             qPrintable(approved.data().toString()));
    const QString details = approved.data(Qt::ToolTipRole).toString();
    QVERIFY2(details.contains(QLatin1String("submitted by marie")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("paul: vu")));
    QCOMPARE(model.headerData(PublicationModel::ApprovedBy, Qt::Horizontal).toString(),
             QStringLiteral("Approved by"));
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
