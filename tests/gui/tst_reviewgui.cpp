// Review and sign-off in the window, driven by objectName as a user would: the editor submits
// (Charter > Submit for review…), the reviewer's read-only window shows the reviews waiting, the
// reviewer's view marks the changes in the charter, comments on a cookie and asks for changes;
// the editor's window says so, with the comment beside the cookie; then approval, and voiding.
#include "Dialogs.h"
#include "MainWindow.h"
#include "Publisher.h"
#include "RegistryModel.h"
#include "ReviewModel.h"
#include "ReviewsDialog.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>

class TestReviewGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void submitRequestChangesApproveAndVoid();
    void theSubmitterCannotApproveInTheWindow();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("s.cookiestore")); }
    void publishThenChange();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store; // marie, an editor
    qint64 m_siteId = 0;
};

void TestReviewGui::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_store->setUserName(QStringLiteral("marie"));
    m_siteId = TestSupport::createExampleStore(*m_store, path());
    QVERIFY(m_siteId > 0);
    publishThenChange();
}

void TestReviewGui::cleanup() {
    m_store.reset();
    m_dir.reset();
}

// Published with three cookies; then three added, two changed, one removed.
void TestReviewGui::publishThenChange() {
    for (const char *name : {"sessionid", "lang"}) {
        Cookie cookie;
        cookie.siteId = m_siteId;
        cookie.provider = QStringLiteral("Opendatasoft");
        cookie.service = QStringLiteral("Portail");
        cookie.name = QLatin1String(name);
        cookie.purposeFr = QStringLiteral("Finalité de %1").arg(QLatin1String(name));
        cookie.purposeEn = QStringLiteral("Purpose of %1").arg(QLatin1String(name));
        cookie.category = Category::Necessary;
        QVERIFY(m_store->addCookie(cookie).ok());
    }
    const Site site = *m_store->site(m_siteId);
    QCOMPARE(Publisher::publish(*m_store, site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
    for (const char *name : {"_pk_id", "_pk_ses", "_hjid"}) {
        Cookie cookie;
        cookie.siteId = m_siteId;
        cookie.provider = QStringLiteral("Matomo");
        cookie.service = QStringLiteral("Statistiques");
        cookie.name = QLatin1String(name);
        cookie.purposeFr = QStringLiteral("Mesure d'audience");
        cookie.purposeEn = QStringLiteral("Audience measurement");
        cookie.category = Category::Statistics;
        cookie.duration = QStringLiteral("13 mois");
        QVERIFY(m_store->addCookie(cookie).ok());
    }
    for (Cookie cookie : m_store->cookies(m_siteId)) {
        if (cookie.name == QLatin1String("csrftoken")) {
            cookie.purposeFr = QStringLiteral("Protège les formulaires");
            QVERIFY(m_store->updateCookie(cookie).ok());
        } else if (cookie.name == QLatin1String("sessionid")) {
            cookie.duration = QStringLiteral("session");
            QVERIFY(m_store->updateCookie(cookie).ok());
        } else if (cookie.name == QLatin1String("lang")) {
            QVERIFY(m_store->removeCookies({cookie}).ok());
        }
    }
}

void TestReviewGui::submitRequestChangesApproveAndVoid() {
    MainWindow editor(m_store.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QAction *submit = CC_CHILD(QAction, &editor, QStringLiteral("submitReviewAction"));
    QVERIFY(submit->isEnabled());
    Dialogs::answerNext(QStringLiteral("Matomo ajouté, lang retiré"));
    submit->trigger();
    QCOMPARE(m_store->reviews(m_siteId, false).size(), 1);
    QLabel *editorBanner = CC_CHILD(QLabel, &editor, QStringLiteral("reviewBanner"));
    QTRY_VERIFY2(editor.reviewNotice().contains(QLatin1String("waits for a reviewer")),
                 qPrintable(editor.reviewNotice()));
    QVERIFY(editorBanner->isVisible());

    // Paul opens the same store as a reviewer: read-only registry, the review waiting for him.
    Store reviewerStore;
    QVERIFY(reviewerStore.open(path(), Store::OpenMode::ReadWrite, nullptr));
    reviewerStore.setUserName(QStringLiteral("paul"));
    reviewerStore.setRole(Store::Role::Reviewer);
    MainWindow reviewer(&reviewerStore);
    reviewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reviewer));
    QVERIFY(reviewer.windowTitle().contains(QLatin1String("reviewer")));
    QVERIFY(!CC_CHILD(QAction, &reviewer, QStringLiteral("addCookieAction"))->isEnabled());
    QVERIFY(!CC_CHILD(QAction, &reviewer, QStringLiteral("publishAction"))->isEnabled());
    QVERIFY(!CC_CHILD(QAction, &reviewer, QStringLiteral("submitReviewAction"))->isEnabled());
    QTRY_VERIFY2(reviewer.reviewNotice().contains(QLatin1String("1 review")),
                 qPrintable(reviewer.reviewNotice()));
    QVERIFY(reviewer.reviewNotice().contains(QLatin1String("wait")));
    QVERIFY(reviewer.reviewNotice().contains(QLatin1String("review 1 of exemple.fr by marie")));

    CC_CHILD(QAction, &reviewer, QStringLiteral("reviewsAction"))->trigger();
    auto *dialog = reviewer.findChild<ReviewsDialog *>(QStringLiteral("reviewsDialog"));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->currentReviewId(), 1);
    QVERIFY2(dialog->statusText().contains(QLatin1String("waits for a reviewer")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QStringLiteral("Matomo ajouté")));
    // The charter with the changes marked: three added, two changed cells, one removed row.
    const QString text = dialog->previewDocument()->toPlainText();
    QCOMPARE(text.count(QStringLiteral("+ Matomo")), 3);
    QCOMPARE(text.count(QStringLiteral("\u2212 Opendatasoft")), 1);
    QVERIFY2(text.contains(QStringLiteral("Récupérer des données via des appels API \u2192 "
                                          "Protège les formulaires")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\u2205 \u2192 session")));
    QTextCursor removed = dialog->previewDocument()->find(QStringLiteral("Finalité de lang"));
    QVERIFY(!removed.isNull());
    QVERIFY(removed.charFormat().fontStrikeOut());
    QVERIFY(CC_CHILD(QComboBox, dialog, QStringLiteral("reviewLanguage"))->count() == 2);
    QVERIFY(dialog->changesText().contains(QLatin1String("cookie _pk_id")));

    // A comment on one cookie, then "request changes" with the reason.
    auto *target = CC_CHILD(QComboBox, dialog, QStringLiteral("commentTarget"));
    auto *comment = CC_CHILD(QLineEdit, dialog, QStringLiteral("commentEdit"));
    QVERIFY(target->findText(QStringLiteral("_hjid")) > 0);
    target->setCurrentIndex(target->findText(QStringLiteral("_hjid")));
    QTest::keyClicks(comment, QStringLiteral("Hotjar n'est pas Matomo"));
    QTest::mouseClick(CC_CHILD(QPushButton, dialog, QStringLiteral("addCommentButton")),
                      Qt::LeftButton);
    QCOMPARE(CC_CHILD(QTreeWidget, dialog, QStringLiteral("reviewComments"))->topLevelItemCount(),
             1);
    QVERIFY(comment->text().isEmpty());
    // A removed cookie can be commented on too: it is in the publication compared with.
    target->setCurrentIndex(target->findText(QStringLiteral("lang")));
    QVERIFY(target->currentIndex() > 0);
    QTest::keyClicks(comment, QStringLiteral("Pourquoi le retirer ?"));
    QTest::mouseClick(CC_CHILD(QPushButton, dialog, QStringLiteral("addCommentButton")),
                      Qt::LeftButton);
    QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(' ')));
    auto *comments = CC_CHILD(QTreeWidget, dialog, QStringLiteral("reviewComments"));
    QCOMPARE(comments->topLevelItemCount(), 2);
    QCOMPARE(comments->topLevelItem(1)->text(2), QStringLiteral("lang"));
    auto *approve = CC_CHILD(QPushButton, dialog, QStringLiteral("approveButton"));
    auto *requestChanges = CC_CHILD(QPushButton, dialog, QStringLiteral("requestChangesButton"));
    QVERIFY(approve->isEnabled());
    QTest::keyClicks(comment, QStringLiteral("Le fournisseur de _hjid est faux"));
    QTest::mouseClick(requestChanges, Qt::LeftButton);
    QVERIFY(Dialogs::shownMessages().isEmpty());
    QCOMPARE(m_store->review(1)->decision, Review::Decision::ChangesRequested);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!requestChanges->isEnabled());

    // Marie's window hears of it (another connection: the store notices the file changed):
    // "changes requested" with the reason, and the comment beside _hjid in the table.
    QTRY_VERIFY2_WITH_TIMEOUT(editor.reviewNotice().contains(QLatin1String("Changes requested")),
                              qPrintable(editor.reviewNotice()), 5000);
    QVERIFY(editor.reviewNotice().contains(QLatin1String("Le fournisseur de _hjid est faux")));
    RegistryModel *model = editor.registryModel();
    bool commented = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, RegistryModel::Provider);
        const QString note = index.data(RegistryModel::ReviewCommentRole).toString();
        if (index.siblingAtColumn(RegistryModel::Name).data().toString() ==
            QLatin1String("_hjid")) {
            commented = note.contains(QLatin1String("Hotjar n'est pas Matomo"));
            QVERIFY(!index.data(Qt::DecorationRole).isNull());
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), note);
        } else {
            QVERIFY(note.isEmpty());
        }
    }
    QVERIFY(commented);
    // The comment on the removed cookie is in the line, naming it.
    QVERIFY2(editor.reviewNotice().contains(QStringLiteral("lang: Pourquoi le retirer ?")),
             qPrintable(editor.reviewNotice()));

    // Marie fixes it and submits again; Paul approves in his window.
    for (Cookie cookie : m_store->cookies(m_siteId)) {
        if (cookie.name == QLatin1String("_hjid")) {
            cookie.provider = QStringLiteral("Hotjar");
            QVERIFY(m_store->updateCookie(cookie).ok());
        }
    }
    QVERIFY(editor.submitSiteForReview(QStringLiteral("fournisseur corrigé")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 5000);
    dialog->selectReview(2);
    // The registry's state is hashed again on a worker thread after the edit.
    QTRY_VERIFY_WITH_TIMEOUT(approve->isEnabled(), 5000);
    QCOMPARE(dialog->currentReviewId(), 2);
    QTest::keyClicks(comment, QStringLiteral("Bon pour publication"));
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(m_store->review(2)->decision, Review::Decision::Approved);
    QCOMPARE(m_store->review(2)->decidedBy, QStringLiteral("paul"));
    QTRY_VERIFY2_WITH_TIMEOUT(editor.reviewNotice().contains(QLatin1String("approved by paul")),
                              qPrintable(editor.reviewNotice()), 5000);
    // The reviewer's window wrote nothing in the registry.
    QCOMPARE(m_store->cookies(m_siteId).size(), 5);

    // Any change voids the approval: the window says so, and what changed since.
    Cookie changed = m_store->cookies(m_siteId).constFirst();
    changed.notes = QStringLiteral("à revoir");
    changed.duration = QStringLiteral("1 an");
    QVERIFY(m_store->updateCookie(changed).ok());
    QTRY_VERIFY2(editor.reviewNotice().contains(QLatin1String("void")),
                 qPrintable(editor.reviewNotice()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QLatin1String("void")), 5000);
    QVERIFY2(dialog->changesText().contains(QLatin1String("Changed since the approval")),
             qPrintable(dialog->changesText()));
    QVERIFY(dialog->changesText().contains(QLatin1String("duration")));
}

void TestReviewGui::theSubmitterCannotApproveInTheWindow() {
    MainWindow editor(m_store.get());
    editor.show();
    QVERIFY(editor.submitSiteForReview(QString()));
    ReviewsDialog *dialog = editor.showReviews();
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->currentReviewId(), 1);
    auto *approve = CC_CHILD(QPushButton, dialog, QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("someone else must review")),
             qPrintable(approve->toolTip()));
    // Nor ask for changes on it: a decision is a reviewer's.
    auto *requestChanges = CC_CHILD(QPushButton, dialog, QStringLiteral("requestChangesButton"));
    QVERIFY(!requestChanges->isEnabled());
    QVERIFY(requestChanges->toolTip().contains(QLatin1String("someone else must review")));
    CC_CHILD(QLineEdit, dialog, QStringLiteral("commentEdit"))->setText(QStringLiteral("non"));
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(!dialog->requestChanges());
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QLatin1String("not allowed")));
    QCOMPARE(m_store->review(1)->decision, Review::Decision::None);
}

QTEST_MAIN(TestReviewGui)
#include "tst_reviewgui.moc"
