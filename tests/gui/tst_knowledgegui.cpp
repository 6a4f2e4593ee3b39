#include "AuditDialog.h"
#include "CookieDetails.h"
#include "Dialogs.h"
#include "EnrichDialog.h"
#include "EnrichmentModel.h"
#include "KnowledgeBase.h"
#include "MainWindow.h"
#include "PageImportDialog.h"
#include "RegistryEditor.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The cookie database and the audit in the window: Complete from the cookie database (proposals,
// check boxes, Apply as one undo step), the Cookie tab's panel with its Use buttons, and Import a
// charter page (a file or the clipboard), driven by objectName as a person would.
class TestKnowledgeGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void completeAppliesTheCheckedRowsAsOneUndoStep();
    void completeRefusesWhenSomeoneEditedMeanwhile();
    void theCookieTabSaysWhatTheDatabaseKnows();
    void importAPageFromAFileOrTheClipboard();
    void theAuditWindowAddsAndCorrectsInOneUndoStep();

private:
    Cookie addCookie(const QString &provider, const QString &name, const QString &domain,
                     Category category = Category::Unclassified);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestKnowledgeGui::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_siteId =
        TestSupport::createExampleStore(*m_store, m_dir->filePath(QStringLiteral("s.cookiestore")));
    QVERIFY(m_siteId > 0);
}

void TestKnowledgeGui::cleanup() {
    m_store.reset();
    m_dir.reset();
}

Cookie TestKnowledgeGui::addCookie(const QString &provider, const QString &name,
                                   const QString &domain, Category category) {
    Cookie cookie;
    cookie.siteId = m_siteId;
    cookie.provider = provider;
    cookie.service = QStringLiteral("Service");
    cookie.name = name;
    cookie.domain = domain;
    cookie.category = category;
    cookie.purposeFr = QStringLiteral("Une finalité");
    m_store->addCookie(cookie);
    return cookie;
}

void TestKnowledgeGui::completeAppliesTheCheckedRowsAsOneUndoStep() {
    const Cookie ide = addCookie(QStringLiteral("Régie"), QStringLiteral("IDE"),
                                 QStringLiteral(".doubleclick.net"));
    const Cookie ga = addCookie(QStringLiteral("Google"), QStringLiteral("_ga"),
                                QStringLiteral(".exemple.fr"), Category::Statistics);
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(window.knowledge());
    QVERIFY(CC_CHILD(QAction, &window, QStringLiteral("enrichAction"))->isEnabled());
    const Site site = *m_store->site(m_siteId);
    EnrichDialog dialog(window.editor(), *window.knowledge(), site, &window);
    QString error;
    QVERIFY2(dialog.propose(&error), qPrintable(error));
    EnrichmentModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // IDE: its provider would be replaced (unchecked); the rest fills empty fields (checked).
    int providerRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const EnrichmentProposal &p = model->proposals().at(row);
        const bool checked =
            model->index(row, EnrichmentModel::CookieColumn).data(Qt::CheckStateRole).toInt() ==
            Qt::Checked;
        QCOMPARE(checked, !p.overwrite);
        if (p.cookieId == ide.id && p.field == CookieField::Provider) {
            providerRow = row;
            QCOMPARE(model->index(row, EnrichmentModel::ChangeColumn).data().toString(),
                     QStringLiteral("Replace"));
            QCOMPARE(model->index(row, EnrichmentModel::NowColumn).data().toString(),
                     QStringLiteral("Régie"));
            QCOMPARE(model->index(row, EnrichmentModel::ProposedColumn).data().toString(),
                     QStringLiteral("Google"));
        }
    }
    QVERIFY(providerRow >= 0);
    QVERIFY(CC_CHILD(QLabel, &dialog, QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("would replace a value")));
    // The user checks the provider too, and applies.
    QVERIFY(model->setData(model->index(providerRow, EnrichmentModel::CookieColumn), Qt::Checked,
                           Qt::CheckStateRole));
    const int chosen = model->checkedCount();
    QUndoStack *undo = window.editor()->undoStack();
    const int steps = undo->count();
    QPushButton *apply = CC_CHILD(QPushButton, &dialog, QStringLiteral("applyButton"));
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.appliedFields(), chosen);
    QCOMPARE(undo->count(), steps + 1);

    Cookie stored = *m_store->cookie(ide.id);
    QCOMPARE(stored.provider, QStringLiteral("Google"));
    QCOMPARE(stored.category, Category::Marketing);
    QCOMPARE(stored.party, Party::Third);
    QVERIFY(!stored.purposeEn.isEmpty());
    QVERIFY(!m_store->cookie(ga.id)->privacyUrl.isEmpty());

    // One undo takes every field back; redo writes them again.
    undo->undo();
    stored = *m_store->cookie(ide.id);
    QCOMPARE(stored.provider, QStringLiteral("Régie"));
    QCOMPARE(stored.category, Category::Unclassified);
    QCOMPARE(stored.party, Party::First);
    QVERIFY(stored.purposeEn.isEmpty());
    QVERIFY(m_store->cookie(ga.id)->privacyUrl.isEmpty());
    QCOMPARE(m_store->cookie(ga.id)->category, Category::Statistics);
    undo->redo();
    QCOMPARE(m_store->cookie(ide.id)->provider, QStringLiteral("Google"));
    QCOMPARE(m_store->cookie(ide.id)->category, Category::Marketing);
    QVERIFY(Dialogs::shownMessages().isEmpty());

    // Someone changes a field this step wrote: undo refuses, changes nothing, and says so.
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    Cookie theirs = *other.cookie(ide.id);
    theirs.category = Category::Necessary;
    QVERIFY(other.updateCookie(theirs).ok());
    Dialogs::answerNext(QStringLiteral("ok"));
    undo->undo();
    QCOMPARE(m_store->cookie(ide.id)->provider, QStringLiteral("Google"));
    QCOMPARE(m_store->cookie(ide.id)->category, Category::Necessary);
    QVERIFY(!m_store->cookie(ga.id)->privacyUrl.isEmpty()); // all or nothing
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY2(
        Dialogs::shownMessages().constFirst().contains(QLatin1String("Category of cookie IDE")),
        qPrintable(Dialogs::shownMessages().constFirst()));
}

void TestKnowledgeGui::completeRefusesWhenSomeoneEditedMeanwhile() {
    const Cookie ide = addCookie(QStringLiteral("Régie"), QStringLiteral("IDE"),
                                 QStringLiteral(".doubleclick.net"));
    MainWindow window(m_store.get());
    EnrichDialog dialog(window.editor(), *window.knowledge(), *m_store->site(m_siteId), &window);
    QString error;
    QVERIFY(dialog.propose(&error));
    const int proposals = dialog.model()->rowCount();
    QVERIFY(proposals > 0);
    // Between the proposals and Apply, someone else sets the duration.
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    Cookie theirs = *other.cookie(ide.id);
    theirs.duration = QStringLiteral("6 mois");
    QVERIFY(other.updateCookie(theirs).ok());
    const int steps = window.editor()->undoStack()->count();
    Dialogs::answerNext(QStringLiteral("ok"));
    CC_CHILD(QPushButton, &dialog, QStringLiteral("applyButton"))->click();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY2(Dialogs::shownMessages().constFirst().contains(QLatin1String("Nothing was changed")),
             qPrintable(Dialogs::shownMessages().constFirst()));
    QCOMPARE(window.editor()->undoStack()->count(), steps);
    const Cookie stored = *m_store->cookie(ide.id);
    QCOMPARE(stored.category, Category::Unclassified); // nothing of the step was written
    QCOMPARE(stored.duration, QStringLiteral("6 mois"));
    // The dialog proposes again from what is stored now: the duration is a replacement.
    bool durationReplaces = false;
    for (const EnrichmentProposal &p : dialog.model()->proposals())
        durationReplaces |= p.field == CookieField::Duration && p.overwrite;
    QVERIFY(durationReplaces);
}

void TestKnowledgeGui::theCookieTabSaysWhatTheDatabaseKnows() {
    const Cookie ga = addCookie(QStringLiteral("Google"), QStringLiteral("_ga"),
                                QStringLiteral(".exemple.fr"), Category::Statistics);
    const Cookie sid = addCookie(QStringLiteral("Opendatasoft"), QStringLiteral("sessionid"),
                                 QString(), Category::Necessary);
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(window.selectCookie(ga.id));
    CookieDetails *details = window.details();
    QLabel *label = CC_CHILD(QLabel, details, QStringLiteral("knowledgeLabel"));
    QVERIFY2(label->text().startsWith(QLatin1String("Known as _ga: Google Analytics, Google")),
             qPrintable(label->text()));
    QPushButton *use = CC_CHILD(QPushButton, details, QStringLiteral("use_duration"));
    const int steps = window.editor()->undoStack()->count();
    use->click();
    QCOMPARE(m_store->cookie(ga.id)->duration, QStringLiteral("2 ans"));
    QCOMPARE(window.editor()->undoStack()->count(), steps + 1);
    // The panel follows: the duration agrees now, so its Use button is gone.
    QTRY_VERIFY(!details->findChild<QPushButton *>(QStringLiteral("use_duration")));
    window.editor()->undoStack()->undo();
    QCOMPARE(m_store->cookie(ga.id)->duration, QString());

    // Django's sessionid is not Instagram's: nothing is proposed.
    QVERIFY(window.selectCookie(sid.id));
    QTRY_VERIFY2(label->text().contains(QLatin1String("another company's cookie")),
                 qPrintable(label->text()));
    QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("use_duration")));
}

void TestKnowledgeGui::importAPageFromAFileOrTheClipboard() {
    MainWindow window(m_store.get());
    QVERIFY(CC_CHILD(QAction, &window, QStringLiteral("importPageAction"))->isEnabled());
    const int before = m_store->cookieCount(m_siteId);
    PageImportDialog dialog(m_store.get(), window.knowledge(), QStringLiteral("exemple.fr"),
                            &window);
    QPushButton *import = CC_CHILD(QPushButton, &dialog, QStringLiteral("importButton"));
    QTableWidget *cookies = CC_CHILD(QTableWidget, &dialog, QStringLiteral("cookiesView"));
    QTableWidget *rejected = CC_CHILD(QTableWidget, &dialog, QStringLiteral("rejectedView"));
    QTableWidget *tables = CC_CHILD(QTableWidget, &dialog, QStringLiteral("tablesView"));
    QLabel *summary = CC_CHILD(QLabel, &dialog, QStringLiteral("summaryLabel"));

    // The portal's page: its csrftoken is in the store already, so the import is refused whole.
    QString error;
    QVERIFY(dialog.openFile(TestSupport::dataPath(QStringLiteral("pages/opendatasoft-portal.html")),
                            &error));
    QCOMPARE(cookies->rowCount(), 4);
    QCOMPARE(cookies->item(2, 4)->text(), QStringLiteral("csrftoken"));
    QCOMPARE(tables->rowCount(), 1);
    QVERIFY(tables->item(0, 2)->text().startsWith(QStringLiteral("Cookies nécessaires")));
    QCOMPARE(rejected->rowCount(), 1);
    QVERIFY2(rejected->item(0, 1)->text().contains(QLatin1String("csrftoken")),
             qPrintable(rejected->item(0, 1)->text()));
    QVERIFY(!import->isEnabled());
    QCOMPARE(m_store->cookieCount(m_siteId), before);

    // A page with no cookie table.
    QVERIFY(dialog.openFile(TestSupport::dataPath(QStringLiteral("pages/no-table.html")), &error));
    QVERIFY(summary->text().contains(QLatin1String("has no cookie table")));
    QVERIFY(!import->isEnabled());

    // Text copied from a browser elsewhere: tab-separated.
    QApplication::clipboard()->setText(QString::fromUtf8(
        TestSupport::readAll(TestSupport::dataPath(QStringLiteral("pages/pasted.tsv")))));
    CC_CHILD(QPushButton, &dialog, QStringLiteral("pasteButton"))->click();
    QCOMPARE(cookies->rowCount(), 3);
    QCOMPARE(rejected->rowCount(), 0);
    QVERIFY(import->isEnabled());
    // HTML copied from a browser: the HTML is read, not the text.
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("not a table"));
    mime->setHtml(QStringLiteral(
        "<meta charset='utf-8'><h3>Mesure d'audience</h3><table><tr><th>Fournisseur</th>"
        "<th>Nom du cookie</th><th>Finalité</th></tr><tr><td>Matomo</td><td>_pk_id.*, "
        "_pk_ses.*</td><td>Compter les visites <script>alert(1)</script></td></tr></table>"));
    QApplication::clipboard()->setMimeData(mime);
    CC_CHILD(QPushButton, &dialog, QStringLiteral("pasteButton"))->click();
    QCOMPARE(cookies->rowCount(), 2);
    QCOMPARE(cookies->item(1, 4)->text(), QStringLiteral("_pk_ses.*"));
    QCOMPARE(cookies->item(1, 8)->text(), QStringLiteral("Compter les visites"));
    QVERIFY(import->isEnabled());
    import->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->cookieCount(m_siteId), before + 2);
    bool found = false;
    for (const Cookie &cookie : m_store->cookies(m_siteId)) {
        if (cookie.name == QLatin1String("_pk_ses.*")) {
            found = true;
            QCOMPARE(cookie.category, Category::Statistics);
            QCOMPARE(cookie.provider, QStringLiteral("Matomo"));
        }
    }
    QVERIFY(found);
}

void TestKnowledgeGui::theAuditWindowAddsAndCorrectsInOneUndoStep() {
    // csrftoken is declared for a day; the site sets it for 364, and two undeclared cookies.
    const qint64 csrf = m_store->cookies(m_siteId).constFirst().id;
    Cookie declared = *m_store->cookie(csrf);
    declared.duration = QStringLiteral("1 jour");
    QVERIFY(m_store->updateCookie(declared).ok());
    const QByteArray har = R"({"log": {"pages": [{"id": "p", "title": "https://exemple.fr/"}],
      "entries": [{"pageref": "p", "startedDateTime": "2026-11-20T09:30:00.000Z",
        "request": {"url": "https://exemple.fr/", "headers": [], "cookies": []},
        "response": {"cookies": [], "headers": [
          {"name": "Set-Cookie", "value": "csrftoken=1; Max-Age=31449600"},
          {"name": "Set-Cookie", "value": "_ga=GA1; Domain=.exemple.fr; Max-Age=63072000"},
          {"name": "Set-Cookie", "value": "zz_unknown=<b>; Max-Age=600"}]}}]}})";
    const QString capture = m_dir->filePath(QStringLiteral("visit.har"));
    QVERIFY(TestSupport::writeAll(capture, har));

    MainWindow window(m_store.get());
    QVERIFY(CC_CHILD(QAction, &window, QStringLiteral("auditAction"))->isEnabled());
    AuditDialog dialog(window.editor(), window.knowledge(), *m_store->site(m_siteId), &window);
    dialog.show();
    QString error;
    QVERIFY2(dialog.addCaptures({capture}, &error), qPrintable(error));
    QTableWidget *undeclared = dialog.view(Finding::Kind::Undeclared);
    QCOMPARE(undeclared->rowCount(), 2);
    QCOMPARE(undeclared->item(0, 0)->text(), QStringLiteral("_ga"));
    QVERIFY(undeclared->item(0, 5)->text().startsWith(QLatin1String("Google")));
    QCOMPARE(dialog.view(Finding::Kind::Lifetime)->rowCount(), 1);
    QVERIFY(CC_CHILD(QLabel, &dialog, QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("disagree")));
    // A capture that is not one: said, and the others are kept.
    QVERIFY(TestSupport::writeAll(m_dir->filePath(QStringLiteral("bad.har")), "{\"log\": 3"));
    QVERIFY(!dialog.addCaptures({m_dir->filePath(QStringLiteral("bad.har"))}, &error));
    QVERIFY2(error.contains(QLatin1String("bad.har")), qPrintable(error));
    QCOMPARE(undeclared->rowCount(), 2);

    // Select both undeclared cookies and add them: one undo step.
    CC_CHILD(QTabWidget, &dialog, QStringLiteral("findingTabs"))->setCurrentWidget(undeclared);
    undeclared->selectAll();
    QPushButton *add = CC_CHILD(QPushButton, &dialog, QStringLiteral("addToRegistryButton"));
    QVERIFY(add->isEnabled());
    QUndoStack *undo = window.editor()->undoStack();
    const int steps = undo->count();
    const int before = m_store->cookieCount(m_siteId);
    add->click();
    QCOMPARE(m_store->cookieCount(m_siteId), before + 2);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undeclared->rowCount(), 0); // audited again: nothing undeclared now
    QVERIFY(!add->isEnabled());
    for (const Cookie &cookie : m_store->cookies(m_siteId)) {
        if (cookie.name == QLatin1String("_ga")) {
            QCOMPARE(cookie.provider, QStringLiteral("Google")); // from the cookie database
            QCOMPARE(cookie.category, Category::Statistics);
            QCOMPARE(cookie.duration, QStringLiteral("24 mois"));
            QCOMPARE(cookie.domain, QStringLiteral("exemple.fr"));
        } else if (cookie.name == QLatin1String("zz_unknown")) {
            QCOMPARE(cookie.provider, QStringLiteral("exemple.fr")); // who sets it
            QCOMPARE(cookie.category, Category::Unclassified);       // a problem to solve
            QCOMPARE(cookie.duration, QStringLiteral("10 minutes"));
            QVERIFY(!cookie.purposeFr.isEmpty());
        }
    }
    undo->undo();
    QCOMPARE(m_store->cookieCount(m_siteId), before);

    // The lifetime finding takes the observed duration, as one undo step.
    QTableWidget *lifetime = dialog.view(Finding::Kind::Lifetime);
    CC_CHILD(QTabWidget, &dialog, QStringLiteral("findingTabs"))->setCurrentWidget(lifetime);
    lifetime->selectAll();
    CC_CHILD(QPushButton, &dialog, QStringLiteral("useObservedButton"))->click();
    QCOMPARE(m_store->cookie(csrf)->duration, QStringLiteral("12 mois"));
    QCOMPARE(lifetime->rowCount(), 0);
    undo->undo();
    QCOMPARE(m_store->cookie(csrf)->duration, QStringLiteral("1 jour"));

    // The report: HTML with every value escaped, or JSON.
    const QString html = m_dir->filePath(QStringLiteral("audit.html"));
    QVERIFY2(dialog.saveReport(html, &error), qPrintable(error));
    const QByteArray page = TestSupport::readAll(html);
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("zz_unknown"));
    const QString json = m_dir->filePath(QStringLiteral("audit.json"));
    QVERIFY(dialog.saveReport(json, &error));
    QVERIFY(TestSupport::readAll(json).contains("\"undeclared\": 2"));
    QVERIFY(Dialogs::shownMessages().isEmpty());
}

QTEST_MAIN(TestKnowledgeGui)
#include "tst_knowledgegui.moc"
