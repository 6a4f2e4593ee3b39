#include "CookieDetails.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "RegistryModel.h"
#include "Store.h"
#include "Translations.h"

#include "GuiTestSupport.h"
#include "ServerTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The window on a PostgreSQL store, as a team uses it: a connection the server drops while a
// text is being edited, a colleague's edit arriving through LISTEN/NOTIFY, and a role the server
// lets only read.
class TestServerGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void droppedConnectionKeepsTheEdit();
    void colleaguesEditArrivesLive();
    void windowReconnectsAfterServerRestart();
    void readOnlyRoleGreysEditing();

private:
    std::unique_ptr<MainWindow> makeWindow(Store *store);
    QString purposeOnServer();
    template <typename T> T *find(const QString &name) {
        return TestSupport::child<T>(m_window.get(), name, __FILE__, __LINE__);
    }

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<ServerTest::FreshDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_cookieId = 0;
    QString m_role;
};

void TestServerGui::initTestCase() {
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
    Translations::install(*QCoreApplication::instance());
}

void TestServerGui::init() {
    CC_NEED_SERVER();
    Dialogs::clearShownMessages();
    m_database = std::make_unique<ServerTest::FreshDatabase>();
    QVERIFY2(m_database->ok(), qPrintable(m_database->error()));
    m_store = std::make_unique<Store>();
    m_store->setUserName(QStringLiteral("alice"));
    const qint64 siteId = TestSupport::createExampleStore(*m_store, m_database->location());
    QVERIFY(siteId > 0);
    m_cookieId = m_store->cookies(siteId).constFirst().id;
}

void TestServerGui::cleanup() {
    m_window.reset();
    m_store.reset();
    m_database.reset();
    if (!m_role.isEmpty())
        ServerTest::exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    m_role.clear();
}

std::unique_ptr<MainWindow> TestServerGui::makeWindow(Store *store) {
    auto window = std::make_unique<MainWindow>(store);
    window->resize(1400, 900);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

QString TestServerGui::purposeOnServer() {
    QSqlQuery query(ServerTest::admin(m_database->name()));
    if (!query.exec(
            QStringLiteral("SELECT purpose_fr FROM cookie WHERE id = %1").arg(m_cookieId)) ||
        !query.next())
        return QStringLiteral("(unreadable)");
    return query.value(0).toString();
}

void TestServerGui::droppedConnectionKeepsTheEdit() {
    m_window = makeWindow(m_store.get());
    QVERIFY(
        find<QLabel>(QStringLiteral("storeLabel"))->text().contains(QLatin1String("PostgreSQL")));
    auto *table = find<QTableView>(QStringLiteral("registryView"));
    QTRY_COMPARE(m_window->registryModel()->rowCount(), 1);
    table->setFocus();
    table->selectionModel()->setCurrentIndex(m_window->registryModel()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    auto *purpose = find<QPlainTextEdit>(QStringLiteral("purposeFrEdit"));
    purpose->setFocus();
    purpose->selectAll();
    purpose->insertPlainText(QStringLiteral("Texte gardé"));
    // The server drops every connection of the program, then the field loses focus (saves).
    QVERIFY(ServerTest::exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE datname = '%1' AND "
                                            "application_name = 'cookie-charter'")
                                 .arg(m_database->name())));
    Dialogs::answerNext(QStringLiteral("ok"));
    table->setFocus();
    QVERIFY(!Dialogs::shownMessages().isEmpty());
    QVERIFY2(Dialogs::shownMessages().constLast().contains(QLatin1String("connection")),
             qPrintable(Dialogs::shownMessages().constLast()));
    QCOMPARE(purpose->toPlainText(), QStringLiteral("Texte gardé"));
    QVERIFY(find<QWidget>(QStringLiteral("keptFrame"))->isVisible());
    QCOMPARE(purposeOnServer(), QStringLiteral("Récupérer des données via des appels API"));
    // Save again reconnects and writes it.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveAgainButton")), Qt::LeftButton);
    QCOMPARE(purposeOnServer(), QStringLiteral("Texte gardé"));
    QVERIFY(!find<QWidget>(QStringLiteral("keptFrame"))->isVisible());
}

void TestServerGui::colleaguesEditArrivesLive() {
    m_window = makeWindow(m_store.get());
    RegistryModel *model = m_window->registryModel();
    QTRY_COMPARE(model->rowCount(), 1);
    Store colleague;
    QVERIFY(colleague.open(m_database->location(), Store::OpenMode::ReadWrite, nullptr));
    colleague.setUserName(QStringLiteral("bob"));
    Cookie theirs = *colleague.cookie(m_cookieId);
    theirs.purposeFr = QStringLiteral("Modifié par Bob");
    QVERIFY(colleague.updateCookie(theirs).ok());
    Cookie added = theirs;
    added.name = QStringLiteral("sessionid");
    QVERIFY(colleague.addCookie(added).ok());
    // Pushed by the server, applied row by row.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, RegistryModel::Purpose).data().toString(),
                              QStringLiteral("Modifié par Bob"), 5000);
}

void TestServerGui::windowReconnectsAfterServerRestart() {
    m_window = makeWindow(m_store.get());
    RegistryModel *model = m_window->registryModel();
    QTRY_COMPARE(model->rowCount(), 1);
    // What a restart does to the window: every connection it had is gone.
    QVERIFY(ServerTest::exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE datname = '%1' AND "
                                            "application_name = 'cookie-charter'")
                                 .arg(m_database->name())));
    // Meanwhile a colleague adds a cookie; no notification can reach the dead connection.
    Store colleague;
    QVERIFY(colleague.open(m_database->location(), Store::OpenMode::ReadWrite, nullptr));
    Cookie added = *colleague.cookie(m_cookieId);
    added.name = QStringLiteral("added-while-down");
    QVERIFY(colleague.addCookie(added).ok());
    // The window notices, reconnects, and reads what changed.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
    // And listens again: the next edit arrives by notification.
    added.name = QStringLiteral("after-reconnect");
    QVERIFY(colleague.addCookie(added).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
}

void TestServerGui::readOnlyRoleGreysEditing() {
    m_role = QStringLiteral("cc_reader_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(ServerTest::exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(m_role)));
    QVERIFY(ServerTest::exec(
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_role),
        m_database->name()));
    QUrl location(m_database->location(m_role));
    location.setPassword(QStringLiteral("pw"));
    Store reader;
    QString error;
    QVERIFY2(reader.open(location.toString(), Store::OpenMode::ReadWrite, &error),
             qPrintable(error));
    QVERIFY(reader.isReadOnly());
    QVERIFY(!reader.path().contains(QLatin1String("pw"))); // the password is never shown
    m_window = makeWindow(&reader);
    const QString label = find<QLabel>(QStringLiteral("storeLabel"))->text();
    QVERIFY2(label.contains(m_role) && label.contains(QLatin1String("reads only")),
             qPrintable(label));
    for (const char *name : {"addCookieAction", "importAction", "newSiteAction", "publishAction"})
        QVERIFY2(!find<QAction>(QString::fromLatin1(name))->isEnabled(), name);
    QTRY_COMPARE(m_window->registryModel()->rowCount(), 1); // reading works
    m_window.reset();
}

QTEST_MAIN(TestServerGui)
#include "tst_servergui.moc"
