#include "CharterPreview.h"
#include "MainWindow.h"
#include "SitesModel.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

Cookie cookie(qint64 siteId, const QString &name, const QString &purposeFr,
              const QString &purposeEn = QString()) {
    Cookie c;
    c.siteId = siteId;
    c.provider = QStringLiteral("Opendatasoft");
    c.service = QStringLiteral("Authentification");
    c.location = QStringLiteral("front et back office");
    c.name = name;
    c.purposeFr = purposeFr;
    c.purposeEn = purposeEn;
    c.category = Category::Necessary;
    return c;
}

} // namespace

class TestCharterPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void showsTheCharterOfTheSelectedSite();
    void followsEditsWithoutAClick();
    void followsOtherPeoplesEdits();
    void switchesLanguage();
    void worksOnAReadOnlyStore();
    void printsToPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

void TestCharterPreview::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("s.cookiestore")), nullptr));
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->addSite(site).ok());
    m_siteId = site.id;
    Cookie session = cookie(m_siteId, QStringLiteral("sessionid"),
                            QStringLiteral("Se souvenir de l'utilisateur."),
                            QStringLiteral("Remembers the user."));
    QVERIFY(m_store->addCookie(session).ok());
}

void TestCharterPreview::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestCharterPreview::showsTheCharterOfTheSelectedSite() {
    MainWindow window(m_store.get());
    window.show();
    CC_CHILD(QAction, &window, QStringLiteral("showPreviewAction"))->trigger();
    auto *preview = window.findChild<CharterPreview *>(QStringLiteral("charterPreview"));
    QVERIFY(preview);
    auto *browser = CC_CHILD(QTextBrowser, preview, QStringLiteral("previewBrowser"));
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(QLatin1String("Charte cookies")));
    QVERIFY(browser->toPlainText().contains(QLatin1String("sessionid")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Se souvenir de l'utilisateur.")));
    auto *sites = CC_CHILD(QTreeView, &window, QStringLiteral("sitesView"));
    QCOMPARE(sites->model()->rowCount(), 1);
    QCOMPARE(sites->model()->index(0, SitesModel::CookiesColumn).data().toString(),
             QStringLiteral("1"));
}

void TestCharterPreview::followsEditsWithoutAClick() {
    CharterPreview preview(m_store.get());
    preview.setSite(m_siteId);
    QVERIFY(!preview.plainText().contains(QLatin1String("csrftoken")));
    Cookie csrf = cookie(m_siteId, QStringLiteral("csrftoken"),
                         QStringLiteral("Récupérer des données via des appels API"));
    QVERIFY(m_store->addCookie(csrf).ok());
    QTRY_VERIFY_WITH_TIMEOUT(preview.plainText().contains(QLatin1String("csrftoken")), 1000);

    csrf.purposeFr = QStringLiteral("Protéger les formulaires.");
    QVERIFY(m_store->updateCookie(csrf).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        preview.plainText().contains(QStringLiteral("Protéger les formulaires.")), 1000);

    CharterText text;
    text.siteId = m_siteId;
    text.language = QStringLiteral("fr");
    text.section = QStringLiteral("contact");
    text.body = QStringLiteral("## Écrire à la mairie\n\nPar courrier.");
    QVERIFY(m_store->setCharterText(text).ok());
    QTRY_VERIFY_WITH_TIMEOUT(preview.plainText().contains(QStringLiteral("Écrire à la mairie")),
                             1000);

    QVERIFY(m_store->removeCookies({*m_store->cookie(csrf.id)}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!preview.plainText().contains(QLatin1String("csrftoken")), 1000);
}

void TestCharterPreview::followsOtherPeoplesEdits() {
    CharterPreview preview(m_store.get());
    preview.setSite(m_siteId);
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    Cookie theirs = cookie(m_siteId, QStringLiteral("django_language"),
                           QStringLiteral("Se souvenir de la langue du visiteur"));
    QVERIFY(other.addCookie(theirs).ok());
    QTRY_VERIFY_WITH_TIMEOUT(preview.plainText().contains(QLatin1String("django_language")), 3000);
}

void TestCharterPreview::switchesLanguage() {
    CharterPreview preview(m_store.get());
    preview.setSite(m_siteId);
    auto *combo = CC_CHILD(QComboBox, &preview, QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(preview.language(), QStringLiteral("fr"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QVERIFY(preview.plainText().contains(QLatin1String("Cookie policy")));
    QVERIFY(preview.plainText().contains(QLatin1String("Remembers the user.")));
    QVERIFY(preview.document().warnings.isEmpty());

    Cookie french =
        cookie(m_siteId, QStringLiteral("only_fr"), QStringLiteral("Seulement en français"));
    QVERIFY(m_store->addCookie(french).ok());
    QTRY_VERIFY_WITH_TIMEOUT(preview.plainText().contains(QStringLiteral("Seulement en français")),
                             1000);
    QCOMPARE(preview.document().warnings.size(), 1);
}

void TestCharterPreview::worksOnAReadOnlyStore() {
    const QString path = m_store->path();
    m_store->close();
    Store reviewer;
    QVERIFY(reviewer.open(path, Store::OpenMode::ReadOnly, nullptr));
    QVERIFY(reviewer.isReadOnly());
    MainWindow window(&reviewer);
    window.show();
    QVERIFY(!window.preview()->isVisible()); // the cookie's details are shown first
    CC_CHILD(QAction, &window, QStringLiteral("showPreviewAction"))->trigger();
    QVERIFY(window.preview()->plainText().contains(QLatin1String("sessionid")));
}

void TestCharterPreview::printsToPdf() {
    CharterPreview preview(m_store.get());
    preview.setSite(m_siteId);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        preview.printTo(&writer);
    }
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
}

QTEST_MAIN(TestCharterPreview)
#include "tst_charterpreview.moc"
