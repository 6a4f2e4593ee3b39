#include "CharterPreview.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAction>
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestMainWindow::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_siteId =
        TestSupport::createExampleStore(*m_store, m_dir->filePath(QStringLiteral("s.cookiestore")));
    QVERIFY(m_siteId > 0);
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
    CC_CHILD(QAction, &window, action)->trigger();
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
    CC_CHILD(QAction, &window, QStringLiteral("exportCsvAction"))->trigger();
    QVERIFY(TestSupport::readAll(csv).startsWith("site,provider,service,location,name,purpose"));
    const QString json = m_dir->filePath(QStringLiteral("r.json"));
    Dialogs::answerNext(json);
    CC_CHILD(QAction, &window, QStringLiteral("exportJsonAction"))->trigger();
    QVERIFY(TestSupport::readAll(json).contains("\"name\":\"csrftoken\""));
    // A folder that does not exist: the user is told, nothing crashes.
    Dialogs::answerNext(m_dir->filePath(QStringLiteral("no/such/r.csv")));
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QAction, &window, QStringLiteral("exportCsvAction"))->trigger();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QLatin1String("cannot write")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
