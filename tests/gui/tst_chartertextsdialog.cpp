#include "CharterPreview.h"
#include "CharterTextsDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The dialog that rewrites a site's charter texts: saving, resetting, a stale text refused
// without losing the words, and a read-only store.
class TestCharterTextsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void textsAreEditedSavedAndReset();
    void staleTextIsRefusedAndKept();
    void readOnlyStoreCannotEditTexts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestCharterTextsDialog::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_siteId =
        TestSupport::createExampleStore(*m_store, m_dir->filePath(QStringLiteral("s.cookiestore")));
    QVERIFY(m_siteId > 0);
}

void TestCharterTextsDialog::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestCharterTextsDialog::textsAreEditedSavedAndReset() {
    MainWindow window(m_store.get());
    window.show();
    CC_CHILD(QAction, &window, QStringLiteral("showPreviewAction"))->trigger();
    CharterTextsDialog dialog(m_store.get(), m_siteId, QStringLiteral("fr"), &window);
    dialog.showSection(QStringLiteral("contact"));
    auto *edit = CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("textEdit"));
    QVERIFY(edit->toPlainText().contains(QLatin1String("## Nous contacter")));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("## Ecrire a la mairie")); // keyClicks types ASCII only
    QVERIFY(dialog.isModified());
    QTest::mouseClick(CC_CHILD(QPushButton, &dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!dialog.isModified());
    QCOMPARE(m_store->charterTexts(m_siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("## Ecrire a la mairie"));
    QTRY_VERIFY(window.preview()->plainText().contains(QStringLiteral("Ecrire a la mairie")));

    Dialogs::answerNext(QStringLiteral("yes")); // "Replace the site's own text?"
    QTest::mouseClick(CC_CHILD(QPushButton, &dialog, QStringLiteral("resetButton")),
                      Qt::LeftButton);
    QVERIFY(m_store->charterTexts(m_siteId, QStringLiteral("fr")).isEmpty());
    QVERIFY(edit->toPlainText().contains(QLatin1String("## Nous contacter")));
    QTRY_VERIFY(window.preview()->plainText().contains(QLatin1String("Nous contacter")));

    // Leaving a section with unsaved words asks first; "yes" saves them.
    edit->setPlainText(QStringLiteral("Contact : la mairie."));
    Dialogs::answerNext(QStringLiteral("yes"));
    dialog.showSection(QStringLiteral("browser"));
    QCOMPARE(m_store->charterTexts(m_siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("Contact : la mairie."));
}

void TestCharterTextsDialog::staleTextIsRefusedAndKept() {
    CharterTextsDialog dialog(m_store.get(), m_siteId, QStringLiteral("fr"));
    dialog.showSection(QStringLiteral("introduction"));
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    other.setUserName(QStringLiteral("bob"));
    CharterText theirs;
    theirs.siteId = m_siteId;
    theirs.language = QStringLiteral("fr");
    theirs.section = QStringLiteral("introduction");
    theirs.body = QStringLiteral("Bob's introduction");
    QVERIFY(other.setCharterText(theirs).ok());

    auto *edit = CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("textEdit"));
    edit->setPlainText(QStringLiteral("Alice's introduction"));
    Dialogs::answerNext(QStringLiteral("ok"));
    QVERIFY(!dialog.save());
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QLatin1String("bob")));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Alice's introduction")); // not lost
    QCOMPARE(m_store->charterTexts(m_siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("Bob's introduction"));
    Dialogs::answerNext(QStringLiteral("no")); // drop it when closing
    dialog.close();
}

void TestCharterTextsDialog::readOnlyStoreCannotEditTexts() {
    const QString path = m_store->path();
    m_store->close();
    Store reviewer;
    QVERIFY(reviewer.open(path, Store::OpenMode::ReadOnly, nullptr));
    CharterTextsDialog dialog(&reviewer, m_siteId, QStringLiteral("fr"));
    QVERIFY(CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("textEdit"))->isReadOnly());
    QVERIFY(!CC_CHILD(QPushButton, &dialog, QStringLiteral("saveButton"))->isEnabled());
}

QTEST_MAIN(TestCharterTextsDialog)
#include "tst_chartertextsdialog.moc"
