#include "BannerDialog.h"
#include "BannerImportDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The consent banner in the window: Charter > Banner configuration… (the file as it will be,
// in each library and language, copied, saved, and compared with the site's own) and File >
// Import a banner configuration… (the rows first, all or nothing), driven by objectName.
class TestBannerGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void theBannerDialogWritesCopiesSavesAndCompares();
    void importShowsTheRowsAndImportsAllOrNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestBannerGui::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_siteId =
        TestSupport::createExampleStore(*m_store, m_dir->filePath(QStringLiteral("s.cookiestore")));
    QVERIFY(m_siteId > 0);
}

void TestBannerGui::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestBannerGui::theBannerDialogWritesCopiesSavesAndCompares() {
    MainWindow window(m_store.get());
    QVERIFY(CC_CHILD(QAction, &window, QStringLiteral("bannerAction"))->isEnabled());
    const Site site = m_store->sites().constFirst();
    BannerDialog dialog(m_store.get(), site, &window);
    auto *text = CC_CHILD(QPlainTextEdit, &dialog, QStringLiteral("bannerText"));
    auto *format = CC_CHILD(QComboBox, &dialog, QStringLiteral("formatCombo"));
    auto *language = CC_CHILD(QComboBox, &dialog, QStringLiteral("languageCombo"));
    auto *policy = CC_CHILD(QLineEdit, &dialog, QStringLiteral("policyEdit"));
    auto *summary = CC_CHILD(QLabel, &dialog, QStringLiteral("summaryLabel"));

    // tarteaucitron first, in the site's first language.
    QVERIFY(text->toPlainText().contains(
        QLatin1String("tarteaucitron.services[\"cc_opendatasoft_api_csrf\"]")));
    QVERIFY(text->toPlainText().contains(QLatin1String("? [] : [\"csrftoken\"];")));
    QVERIFY(text->toPlainText().contains(QLatin1String("var tarteaucitronForceLanguage = \"fr\"")));
    QVERIFY2(summary->text().contains(QLatin1String("1 service")), qPrintable(summary->text()));
    QVERIFY(text->isReadOnly());

    format->setCurrentIndex(format->findText(QStringLiteral("Klaro")));
    QVERIFY(text->toPlainText().contains(QLatin1String("var klaroConfig = {")));
    QVERIFY(text->toPlainText().contains(QLatin1String("\"required\": true")));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(text->toPlainText().contains(QLatin1String("\"lang\": \"en\"")));
    QVERIFY(
        text->toPlainText().contains(QLatin1String("\"privacyPolicy\": \"https://exemple.fr\"")));
    policy->setText(QStringLiteral("https://exemple.fr/pages/cookies/"));
    QVERIFY(text->toPlainText().contains(
        QLatin1String("\"privacyPolicy\": \"https://exemple.fr/pages/cookies/\"")));
    policy->setText(QStringLiteral("javascript:alert(1)"));
    QVERIFY(summary->text().contains(QLatin1String("http:// or https://")));
    policy->clear();

    CC_CHILD(QPushButton, &dialog, QStringLiteral("copyButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
    const QString saved = m_dir->filePath(QStringLiteral("klaro.js"));
    Dialogs::answerNext(saved);
    CC_CHILD(QPushButton, &dialog, QStringLiteral("saveButton"))->click();
    QCOMPARE(QString::fromUtf8(TestSupport::readAll(saved)), text->toPlainText());

    // The saved file agrees with the registry; a configuration that drifted does not.
    QString error;
    QVERIFY2(dialog.compareWith(saved, &error), qPrintable(error));
    QCOMPARE(dialog.differences().size(), 0);
    auto *compareSummary = CC_CHILD(QLabel, &dialog, QStringLiteral("compareSummary"));
    QVERIFY2(compareSummary->text().contains(QLatin1String("agree")),
             qPrintable(compareSummary->text()));
    const QString drifted = m_dir->filePath(QStringLiteral("drifted.js"));
    QVERIFY(TestSupport::writeAll(
        drifted, "var klaroConfig = {services: [\n"
                 "  {name: 'csrf', title: 'Opendatasoft — API (CSRF)', purposes: ['advertising'],"
                 "   cookies: ['csrftoken']},\n"
                 "  {name: 'hotjar', title: 'Hotjar', purposes: ['analytics'], cookies: ['_hjid']}"
                 "]};\n"));
    QVERIFY2(dialog.compareWith(drifted, &error), qPrintable(error));
    QTableWidget *differences = dialog.differencesView();
    QCOMPARE(differences->rowCount(), 2);
    QStringList rows;
    for (int row = 0; row < differences->rowCount(); ++row)
        rows.append(differences->item(row, 0)->text() + QLatin1Char('|') +
                    differences->item(row, 1)->text());
    rows.sort();
    QCOMPARE(rows, (QStringList{"Category|csrftoken", "Not in the registry|_hjid"}));
    QVERIFY2(compareSummary->text().contains(QLatin1String("2 difference")),
             qPrintable(compareSummary->text()));
    // Not a configuration: said, and the last comparison stays.
    const QString notConfig = m_dir->filePath(QStringLiteral("x.js"));
    QVERIFY(TestSupport::writeAll(notConfig, "while (true) {}"));
    QVERIFY(!dialog.compareWith(notConfig, &error));
    QVERIFY2(error.contains(QLatin1String("was stopped")), qPrintable(error));
    QCOMPARE(differences->rowCount(), 2);
}

void TestBannerGui::importShowsTheRowsAndImportsAllOrNothing() {
    MainWindow window(m_store.get());
    QVERIFY(CC_CHILD(QAction, &window, QStringLiteral("importBannerAction"))->isEnabled());
    const Site site = m_store->sites().constFirst();
    const int before = m_store->cookieCount(m_siteId);
    BannerImportDialog dialog(m_store.get(), site, &window);
    auto *rows = CC_CHILD(QTableWidget, &dialog, QStringLiteral("rowsView"));
    auto *notes = CC_CHILD(QTableWidget, &dialog, QStringLiteral("notesView"));
    auto *rejected = CC_CHILD(QTableWidget, &dialog, QStringLiteral("rejectedView"));
    auto *summary = CC_CHILD(QLabel, &dialog, QStringLiteral("summaryLabel"));
    auto *import = CC_CHILD(QPushButton, &dialog, QStringLiteral("importButton"));

    // tarteaucitron's own services declare csrftoken, which the site has: refused whole.
    QString error;
    QVERIFY2(dialog.openFile(TestSupport::dataPath(QStringLiteral(
                                 "third_party/tarteaucitron/tarteaucitron.services.js")),
                             &error),
             qPrintable(error));
    QCOMPARE(rows->rowCount(), 311);
    QCOMPARE(rejected->rowCount(), 1);
    QVERIFY(rejected->item(0, 1)->text().contains(QLatin1String("csrftoken")));
    QVERIFY(!import->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("refused")), qPrintable(summary->text()));

    // A file that is not a configuration: said, nothing to import.
    const QString bad = m_dir->filePath(QStringLiteral("bad.js"));
    QVERIFY(TestSupport::writeAll(bad, "throw new Error('no');"));
    QVERIFY(!dialog.openFile(bad, &error));
    QVERIFY2(error.contains(QLatin1String("throws an error")), qPrintable(error));
    QVERIFY(!import->isEnabled());

    // Klaro's example: four cookies; services without cookies are in the notes.
    QVERIFY2(dialog.openFile(TestSupport::dataPath(QStringLiteral("third_party/klaro/config.js")),
                             &error),
             qPrintable(error));
    QCOMPARE(rows->rowCount(), 4);
    QCOMPARE(rows->item(0, 3)->text(), QStringLiteral("_pk_*"));
    QVERIFY(notes->rowCount() >= 6);
    QCOMPARE(rejected->rowCount(), 0);
    QVERIFY(import->isEnabled());
    QCOMPARE(m_store->cookieCount(m_siteId), before);
    import->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->cookieCount(m_siteId), before + 4);
}

QTEST_MAIN(TestBannerGui)
#include "tst_bannergui.moc"
