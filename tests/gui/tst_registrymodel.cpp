#include "MainWindow.h"
#include "RegistryModel.h"
#include "Store.h"
#include "Translations.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        TestSupport::isolateSettings();
        Translations::install(*QCoreApplication::instance());
    }
    void init();
    void cleanup();
    void showsTheSiteAndPassesTheTester();
    void filtersAsYouType_data();
    void filtersAsYouType();
    void choicesCombineWithSearch();
    void sortsByAnyColumn();
    void followsTheStore();
    void marksProblems();
    void windowSearchBoxAndCount();
    void loadsTheRestInTheBackground();
    void othersChangesUpdateRowsInPlace();

private:
    Cookie cookie(const QString &provider, const QString &name, const QString &purpose,
                  Category category, Party party = Party::First);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_siteId = 0;
};

Cookie TestRegistryModel::cookie(const QString &provider, const QString &name,
                                 const QString &purpose, Category category, Party party) {
    Cookie c;
    c.siteId = m_siteId;
    c.provider = provider;
    c.service = QStringLiteral("Service");
    c.name = name;
    c.purposeFr = purpose;
    c.purposeEn = purpose;
    c.category = category;
    c.party = party;
    if (party == Party::Third)
        c.privacyUrl = QStringLiteral("https://example.com/privacy");
    return c;
}

void TestRegistryModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("s.cookiestore")), nullptr));
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->addSite(site).ok());
    m_siteId = site.id;
    for (Cookie c :
         {cookie(QStringLiteral("Opendatasoft"), QStringLiteral("sessionid"),
                 QStringLiteral("Se souvenir de l'utilisateur"), Category::Necessary),
          cookie(QStringLiteral("Matomo"), QStringLiteral("_pk_id"),
                 QStringLiteral("Mesure d'audience anonyme"), Category::Statistics),
          cookie(QStringLiteral("Google"), QStringLiteral("_ga_*"),
                 QStringLiteral("Mesure d'audience"), Category::Statistics, Party::Third),
          cookie(QStringLiteral("YouTube"), QStringLiteral("VISITOR_INFO1_LIVE"),
                 QStringLiteral("Vidéo intégrée"), Category::Marketing, Party::Third)})
        QVERIFY(m_store->addCookie(c).ok());
}

void TestRegistryModel::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestRegistryModel::showsTheSiteAndPassesTheTester() {
    RegistryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSite(m_siteId);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(RegistryModel::ColumnCount));
    QCOMPARE(model.index(0, RegistryModel::Name).data().toString(), QStringLiteral("sessionid"));
    QCOMPARE(model.index(1, RegistryModel::Category).data().toString(),
             QStringLiteral("Statistics"));
    QCOMPARE(model.headerData(RegistryModel::Purpose, Qt::Horizontal).toString(),
             QStringLiteral("Purpose"));
    model.setSearchText(QStringLiteral("mesure"));
    model.sort(RegistryModel::Provider);
    model.setSite(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestRegistryModel::filtersAsYouType_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("shown");
    QTest::newRow("provider") << "matomo" << 1;
    QTest::newRow("accents and case fold") << "VIDEO" << 1;
    QTest::newRow("purpose") << "mesure" << 2;
    QTest::newRow("purpose, narrowing") << "mesure d'audience anonyme" << 1;
    QTest::newRow("name") << "_pk" << 1;
    QTest::newRow("nothing") << "zzz" << 0;
    QTest::newRow("empty") << "" << 4;
}

void TestRegistryModel::filtersAsYouType() {
    QFETCH(QString, typed);
    QFETCH(int, shown);
    RegistryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSite(m_siteId);
    QString sofar;
    for (QChar c : typed) { // one keystroke at a time, as typed
        sofar += c;
        model.setSearchText(sofar);
    }
    model.setSearchText(typed);
    QCOMPARE(model.rowCount(), shown);
    QCOMPARE(model.visibleCount(), shown);
    QCOMPARE(model.totalCount(), 4);
}

void TestRegistryModel::choicesCombineWithSearch() {
    RegistryModel model(m_store.get());
    model.setSite(m_siteId);
    model.setCategoryFilter(Category::Statistics);
    QCOMPARE(model.rowCount(), 2);
    model.setPartyFilter(Party::Third);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.cookieAt(0).name, QStringLiteral("_ga_*"));
    model.setSearchText(QStringLiteral("matomo"));
    QCOMPARE(model.rowCount(), 0);
    model.setCategoryFilter(std::nullopt);
    model.setPartyFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 1);
    model.setTypeFilter(StorageType::Pixel);
    QCOMPARE(model.rowCount(), 0);
}

void TestRegistryModel::sortsByAnyColumn() {
    RegistryModel model(m_store.get());
    model.setSite(m_siteId);
    model.sort(RegistryModel::Provider, Qt::AscendingOrder);
    QCOMPARE(model.cookieAt(0).provider, QStringLiteral("Google"));
    QCOMPARE(model.cookieAt(3).provider, QStringLiteral("YouTube"));
    model.sort(RegistryModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.cookieAt(0).name, QStringLiteral("VISITOR_INFO1_LIVE"));
    model.setSearchText(QStringLiteral("mesure"));
    QCOMPARE(model.cookieAt(0).name, QStringLiteral("_pk_id")); // the filter keeps the order
}

void TestRegistryModel::followsTheStore() {
    RegistryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSite(m_siteId);
    model.setSearchText(QStringLiteral("mesure"));
    Cookie added = cookie(QStringLiteral("Hotjar"), QStringLiteral("_hjid"),
                          QStringLiteral("Mesure des clics"), Category::Statistics);
    QVERIFY(m_store->addCookie(added).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 5);
    Cookie changed = *m_store->cookie(added.id);
    changed.provider = QStringLiteral("Hotjar Ltd");
    QVERIFY(m_store->updateCookie(changed).ok());
    QCOMPARE(model.index(model.rowOfCookie(added.id), RegistryModel::Provider).data().toString(),
             QStringLiteral("Hotjar Ltd"));
    QVERIFY(m_store->removeCookies({*m_store->cookie(added.id)}).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfCookie(added.id), -1);

    // Someone else's write shows up through the watcher.
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    Cookie theirs = cookie(QStringLiteral("Clarity"), QStringLiteral("_clck"),
                           QStringLiteral("Mesure de sessions"), Category::Statistics);
    QVERIFY(other.addCookie(theirs).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 2500);
}

void TestRegistryModel::marksProblems() {
    RegistryModel model(m_store.get());
    model.setSite(m_siteId);
    Cookie noLink = cookie(QStringLiteral("Meta"), QStringLiteral("_fbp"),
                           QStringLiteral("Publicité"), Category::Marketing, Party::Third);
    noLink.privacyUrl.clear();
    noLink.duration = QStringLiteral("13 mois"); // a cookie that needs consent says how long
    QVERIFY(m_store->addCookie(noLink).ok());
    const int row = model.rowOfCookie(noLink.id);
    QCOMPARE(model.index(row, RegistryModel::Name).data(RegistryModel::ProblemCountRole).toInt(),
             1);
    QVERIFY(model.index(row, RegistryModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("privacy")));
    QVERIFY(!model.index(row, RegistryModel::Name).data(Qt::DecorationRole).isNull());
    QVERIFY(model.index(0, RegistryModel::Name).data(Qt::DecorationRole).isNull());
}

void TestRegistryModel::windowSearchBoxAndCount() {
    MainWindow window(m_store.get());
    window.show();
    auto *search = CC_CHILD(QLineEdit, &window, QStringLiteral("searchEdit"));
    auto *count = CC_CHILD(QLabel, &window, QStringLiteral("countLabel"));
    auto *view = CC_CHILD(QTableView, &window, QStringLiteral("registryView"));
    QVERIFY(search && count && view);
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(count->text(), QStringLiteral("4 of 4 cookies"));
    QTest::keyClicks(search, QStringLiteral("audience"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("2 of 4 cookies"));
    auto *category = CC_CHILD(QComboBox, &window, QStringLiteral("categoryFilterCombo"));
    category->setCurrentIndex(category->findData(int(Category::Marketing)));
    QCOMPARE(count->text(), QStringLiteral("0 of 4 cookies"));
}

void TestRegistryModel::loadsTheRestInTheBackground() {
    for (int i = 0; i < 300; ++i) {
        Cookie c = cookie(QStringLiteral("Fournisseur %1").arg(i % 7),
                          QStringLiteral("c_%1").arg(i, 3, 10, QLatin1Char('0')),
                          QStringLiteral("Finalité %1").arg(i), Category::Preferences);
        QVERIFY(m_store->addCookie(c).ok());
    }
    RegistryModel::setFirstChunk(50);
    RegistryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &RegistryModel::loadingFinished);
    model.setSite(m_siteId);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 50); // the first screen, at once
    // Meanwhile this connection deletes a row not read yet and changes another one.
    const QList<Cookie> all = m_store->cookies(m_siteId);
    QVERIFY(m_store->removeCookies({all.at(200)}).ok());
    Cookie changed = all.at(250);
    changed.provider = QStringLiteral("Changé pendant la lecture");
    QVERIFY(m_store->updateCookie(changed).ok());
    QVERIFY(finished.wait(5000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.totalCount(), 303);
    QCOMPARE(model.rowCount(), 303);
    QCOMPARE(model.rowOfCookie(all.at(200).id), -1);
    const int row = model.rowOfCookie(changed.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, RegistryModel::Provider).data().toString(),
             QStringLiteral("Changé pendant la lecture"));
    // Every row exactly once.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.cookieAt(r).id);
    QCOMPARE(ids.size(), 303);
    model.setSearchText(QStringLiteral("finalite 29"));
    QCOMPARE(model.rowCount(), 11); // 29, 290..299
    RegistryModel::setFirstChunk(2000);
}

void TestRegistryModel::othersChangesUpdateRowsInPlace() {
    RegistryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSite(m_siteId);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Store other;
    QVERIFY(other.open(m_store->path(), Store::OpenMode::ReadWrite, nullptr));
    const QList<Cookie> all = other.cookies(m_siteId);
    Cookie changed = all.at(1);
    changed.purposeFr = QStringLiteral("Mesure modifiée par un autre");
    QVERIFY(other.updateCookie(changed).ok());
    QVERIFY(other.removeCookies({all.at(3)}).ok());
    model.sync();
    QCOMPARE(resets.count(), 0); // row by row: an open editor elsewhere stays open
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.index(model.rowOfCookie(changed.id), RegistryModel::Purpose).data().toString(),
             QStringLiteral("Mesure modifiée par un autre"));
    model.setSearchText(QStringLiteral("modifiee"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestRegistryModel)
#include "tst_registrymodel.moc"
