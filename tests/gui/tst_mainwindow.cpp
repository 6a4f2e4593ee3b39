#include "CharterPreview.h"
#include "CharterTextsDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Store.h"

#include "TestSupport.h"

#include <QAction>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// Drives the real main window by objectName, the way a person does, with the file dialogs and
// questions answered through Dialogs::answerNext().
class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void exportMenuWritesTheCharterInEveryFormat_data();
    void exportMenuWritesTheCharterInEveryFormat();
    void exportMenuWritesTheRegistry();
    void textsAreEditedSavedAndReset();
    void staleTextIsRefusedAndKept();
    void readOnlyStoreCannotEditTexts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestMainWindow::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("s.cookiestore")), nullptr));
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
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
}

void TestMainWindow::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::exportMenuWritesTheCharterInEveryFormat_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("html") << "exportHtmlAction"
                          << "c.html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("fragment") << "exportFragmentAction"
                              << "c.fragment.html"
                              << QByteArray("<section class=\"cookie-charter\"");
    QTest::newRow("markdown") << "exportMarkdownAction"
                              << "c.md" << QByteArray("# Charte cookies");
    QTest::newRow("pdf") << "exportPdfAction"
                         << "c.pdf" << QByteArray("%PDF-");
}

void TestMainWindow::exportMenuWritesTheCharterInEveryFormat() {
    QFETCH(QString, action);
    QFETCH(QString, file);
    QFETCH(QByteArray, starts);
    MainWindow window(m_store.get());
    window.show();
    const QString path = m_dir->filePath(file);
    Dialogs::answerNext(path);
    window.findChild<QAction *>(action)->trigger();
    const QByteArray bytes = TestSupport::readAll(path);
    QVERIFY2(bytes.startsWith(starts), bytes.left(60).constData());
    if (!file.endsWith(QLatin1String(".pdf")))
        QVERIFY(bytes.contains("csrftoken"));
    QVERIFY(Dialogs::shownMessages().isEmpty());
}

void TestMainWindow::exportMenuWritesTheRegistry() {
    MainWindow window(m_store.get());
    const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
    Dialogs::answerNext(csv);
    window.findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
    QVERIFY(TestSupport::readAll(csv).startsWith("site,provider,service,location,name,purpose"));
    const QString json = m_dir->filePath(QStringLiteral("r.json"));
    Dialogs::answerNext(json);
    window.findChild<QAction *>(QStringLiteral("exportJsonAction"))->trigger();
    QVERIFY(TestSupport::readAll(json).contains("\"name\":\"csrftoken\""));
    // A folder that does not exist: the user is told, nothing crashes.
    Dialogs::answerNext(m_dir->filePath(QStringLiteral("no/such/r.csv")));
    Dialogs::answerNext(QStringLiteral("ok"));
    window.findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QLatin1String("cannot write")));
}

void TestMainWindow::textsAreEditedSavedAndReset() {
    MainWindow window(m_store.get());
    window.show();
    window.findChild<QAction *>(QStringLiteral("showPreviewAction"))->trigger();
    CharterTextsDialog dialog(m_store.get(), m_siteId, QStringLiteral("fr"), &window);
    dialog.showSection(QStringLiteral("contact"));
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QVERIFY(edit->toPlainText().contains(QLatin1String("## Nous contacter")));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("## Ecrire a la mairie")); // keyClicks types ASCII only
    QVERIFY(dialog.isModified());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(!dialog.isModified());
    QCOMPARE(m_store->charterTexts(m_siteId, QStringLiteral("fr")).constFirst().body,
             QStringLiteral("## Ecrire a la mairie"));
    QTRY_VERIFY(window.preview()->plainText().contains(QStringLiteral("Ecrire a la mairie")));

    Dialogs::answerNext(QStringLiteral("yes")); // "Replace the site's own text?"
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resetButton")),
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

void TestMainWindow::staleTextIsRefusedAndKept() {
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

    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
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

void TestMainWindow::readOnlyStoreCannotEditTexts() {
    const QString path = m_store->path();
    m_store->close();
    Store reviewer;
    QVERIFY(reviewer.open(path, Store::OpenMode::ReadOnly, nullptr));
    CharterTextsDialog dialog(&reviewer, m_siteId, QStringLiteral("fr"));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->isReadOnly());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
