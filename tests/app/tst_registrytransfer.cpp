#include "RegistryTransfer.h"
#include "Store.h"
#include "StoreLocator.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Everything a registry holds, site by site, without ids and stamps, to compare two stores.
QStringList registryContent(const Store &store) {
    QStringList lines;
    for (const Site &site : store.sites()) {
        lines.append(
            QStringLiteral("site %1 %2 %3 %4")
                .arg(site.name, site.url, site.languages.join(QLatin1Char(',')), site.contact));
        QByteArray csv;
        for (const Cookie &cookie : store.cookies(site.id)) {
            lines.append(QStringList{
                cookie.provider, cookie.service, cookie.location, cookie.name, cookie.purposeFr,
                cookie.purposeEn, Vocabulary::categoryKey(cookie.category),
                Vocabulary::partyKey(cookie.party), cookie.domain, cookie.duration,
                Vocabulary::storageKey(cookie.storage), cookie.privacyUrl,
                cookie.consentExemptOverride ? QString::number(*cookie.consentExemptOverride)
                                             : QStringLiteral("-"),
                cookie.notes}
                             .join(QLatin1Char('|')));
        }
    }
    return lines;
}

} // namespace

class TestRegistryTransfer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultStoreHoldsTheReferenceCharter();
    void importGeneratedRegistry();
    void badRowsAreAllReportedAndNothingWritten();
    void jsonRoundTripIntoEmptyStore();
    void csvRoundTripIntoEmptyStore();
    void exportToFileIsAtomic();
    void unreadableFilesAreFileErrors_data();
    void unreadableFilesAreFileErrors();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRegistryTransfer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegistryTransfer::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRegistryTransfer::defaultStoreHoldsTheReferenceCharter() {
    const QString defaultPath = StoreLocator::defaultStorePath();
    QFile::remove(defaultPath);
    Store store;
    QString error;
    QVERIFY2(StoreLocator::openStore(store, defaultPath, true, false, &error), qPrintable(error));
    const QList<Site> sites = store.sites();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.constFirst().url, QStringLiteral("https://opendata.clermont-ferrand.fr"));
    const QList<Cookie> cookies = store.cookies();
    QCOMPARE(cookies.size(), 4);

    // Field for field as the reference gives them.
    const QByteArray text = TestSupport::readAll(
        TestSupport::dataPath(QStringLiteral("reference/charte-cookies-opendatasoft.txt")));
    QStringList rows;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("Opendatasoft\t"))
            rows.append(QString::fromUtf8(line).trimmed());
    }
    QCOMPARE(rows.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QStringList cells = rows.at(i).split(QLatin1Char('\t'));
        const Cookie &cookie = cookies.at(i);
        const QString serviceAndLocation =
            cookie.location.isEmpty()
                ? cookie.service
                : cookie.service + QStringLiteral(" (") + cookie.location + QLatin1Char(')');
        QCOMPARE(cookie.provider, cells.at(0));
        QCOMPARE(serviceAndLocation, cells.at(1));
        QCOMPARE(cookie.name, cells.at(2));
        QCOMPARE(cookie.purposeFr, cells.at(3));
        QCOMPARE(cookie.category, Category::Necessary);
        QVERIFY(!cookie.purposeEn.isEmpty());
    }
    QCOMPARE(cookies.at(2).service, QStringLiteral("API (CSRF)"));
    QCOMPARE(cookies.at(2).location, QStringLiteral("front et back office"));
    QCOMPARE(cookies.at(3).location, QString());

    // A second start opens the same store and does not seed it again.
    store.close();
    QVERIFY(StoreLocator::openStore(store, defaultPath, true, false, &error));
    QCOMPARE(store.cookieCount(), 4);
}

void TestRegistryTransfer::importGeneratedRegistry() {
    Store store;
    QVERIFY(store.create(path(QStringLiteral("s.cookiestore")), nullptr));
    const auto outcome = RegistryTransfer::importFile(
        store, TestSupport::dataPath(QStringLiteral("generated-300.csv")),
        RegistryTransfer::Format::Csv, QString());
    QVERIFY2(outcome.fileError.isEmpty(), qPrintable(outcome.fileError));
    QVERIFY(outcome.report.errors.isEmpty());
    QVERIFY(outcome.report.result.ok());
    QCOMPARE(outcome.report.added, 300);
    QCOMPARE(outcome.report.createdSites.size(), 3);
    QCOMPARE(store.cookieCount(), 300);
    const Cookie first =
        store.cookies(store.findSite(QStringLiteral("site0.exemple.fr"))->id).constFirst();
    QCOMPARE(first.name, QStringLiteral("_clo_0000000"));
    QCOMPARE(first.purposeFr,
             QStringLiteral("Mémoriser les choix d'affichage du visiteur (langue, thème, "
                            "carte), pour une durée limitée. (réf. 0)"));
}

void TestRegistryTransfer::badRowsAreAllReportedAndNothingWritten() {
    const QString storeFile = path(QStringLiteral("s.cookiestore"));
    Store store;
    QVERIFY(store.create(storeFile, nullptr));
    const QByteArray before = TestSupport::fileHash(storeFile);
    const auto outcome =
        RegistryTransfer::importFile(store, TestSupport::dataPath(QStringLiteral("bad-rows.csv")),
                                     RegistryTransfer::Format::Csv, QString());
    QVERIFY(outcome.fileError.isEmpty());
    QList<int> lines;
    for (const RowError &error : outcome.report.errors)
        lines.append(error.line);
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
    QVERIFY(outcome.report.errors.at(0).message.contains(QLatin1String("purpose")));
    QVERIFY(outcome.report.errors.at(1).message.contains(QLatin1String("tasty")));
    QVERIFY(outcome.report.errors.at(2).message.contains(QLatin1String("line 2")));
    QVERIFY(outcome.report.errors.at(3).message.contains(QLatin1String("UTF-8")));
    QCOMPARE(store.cookieCount(), 0);
    QCOMPARE(store.sites().size(), 0);
    store.close();
    QCOMPARE(TestSupport::fileHash(storeFile), before);
}

void TestRegistryTransfer::jsonRoundTripIntoEmptyStore() {
    Store source;
    QVERIFY(source.create(path(QStringLiteral("a.cookiestore")), nullptr));
    QVERIFY(RegistryTransfer::importFile(source,
                                         TestSupport::dataPath(QStringLiteral("generated-300.csv")),
                                         RegistryTransfer::Format::Csv, QString())
                .report.result.ok());
    Site site = *source.findSite(QStringLiteral("site1.exemple.fr"));
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    site.contact = QStringLiteral("dpo@exemple.fr");
    QVERIFY(source.updateSite(site).ok());
    Cookie edited = source.cookies(site.id).constFirst();
    edited.purposeEn = QStringLiteral("English purpose");
    edited.consentExemptOverride = true;
    edited.notes = QStringLiteral("line\nbreak");
    QVERIFY(source.updateCookie(edited).ok());

    const QString file = path(QStringLiteral("registry.json"));
    QString error;
    QVERIFY2(
        RegistryTransfer::exportToFile(source, 0, RegistryTransfer::Format::Json, file, &error),
        qPrintable(error));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(TestSupport::readAll(file), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("sites")).toArray().size(), 3);

    Store target;
    QVERIFY(target.create(path(QStringLiteral("b.cookiestore")), nullptr));
    const auto outcome =
        RegistryTransfer::importFile(target, file, RegistryTransfer::Format::Json, QString());
    QVERIFY2(outcome.report.result.ok(), qPrintable(outcome.report.result.message));
    QCOMPARE(registryContent(target), registryContent(source));
    const Cookie copied =
        *target.cookie(target.cookies(target.findSite(site.name)->id).constFirst().id);
    QCOMPARE(copied.createdAt, edited.createdAt);
    QCOMPARE(copied.updatedBy, edited.updatedBy);
}

void TestRegistryTransfer::csvRoundTripIntoEmptyStore() {
    Store source;
    QVERIFY(source.create(path(QStringLiteral("a.cookiestore")), nullptr));
    QVERIFY(RegistryTransfer::importFile(source,
                                         TestSupport::dataPath(QStringLiteral("generated-300.csv")),
                                         RegistryTransfer::Format::Csv, QString())
                .report.result.ok());
    Cookie hostile = source.cookies().constFirst();
    hostile.purposeFr = QStringLiteral("=HYPERLINK(\"http://evil\",\"clic\")");
    hostile.notes = QStringLiteral("-2+3");
    QVERIFY(source.updateCookie(hostile).ok());

    const QString file = path(QStringLiteral("registry.csv"));
    QString error;
    QVERIFY2(RegistryTransfer::exportToFile(source, 0, RegistryTransfer::Format::Csv, file, &error),
             qPrintable(error));
    const QByteArray bytes = TestSupport::readAll(file);
    QVERIFY(bytes.contains("\"'=HYPERLINK("));
    QVERIFY(!bytes.contains(",=HYPERLINK"));

    Store target;
    QVERIFY(target.create(path(QStringLiteral("b.cookiestore")), nullptr));
    const auto outcome =
        RegistryTransfer::importFile(target, file, RegistryTransfer::Format::Csv, QString());
    QVERIFY2(outcome.report.result.ok(), qPrintable(outcome.report.result.message));
    QVERIFY(outcome.unknownColumns.isEmpty());
    // Site URLs are not in the CSV; everything about the cookies is.
    QStringList expected = registryContent(source);
    QStringList actual = registryContent(target);
    expected.erase(
        std::remove_if(expected.begin(), expected.end(),
                       [](const QString &l) { return l.startsWith(QLatin1String("site ")); }),
        expected.end());
    actual.erase(
        std::remove_if(actual.begin(), actual.end(),
                       [](const QString &l) { return l.startsWith(QLatin1String("site ")); }),
        actual.end());
    QCOMPARE(actual, expected);
}

void TestRegistryTransfer::exportToFileIsAtomic() {
    Store store;
    QVERIFY(store.create(path(QStringLiteral("s.cookiestore")), nullptr));
    QVERIFY(RegistryTransfer::importFile(store,
                                         TestSupport::dataPath(QStringLiteral("generated-300.csv")),
                                         RegistryTransfer::Format::Csv, QString())
                .report.result.ok());
    const QString file = path(QStringLiteral("existing.json"));
    QVERIFY(TestSupport::writeAll(file, "previous export"));
    QString error;
    // Cancel at the first progress report: the previous file stays as it was.
    QVERIFY(!RegistryTransfer::exportToFile(store, 0, RegistryTransfer::Format::Json, file, &error,
                                            [](double) { return false; }));
    QVERIFY(error.contains(QLatin1String("cancelled")));
    QCOMPARE(TestSupport::readAll(file), QByteArray("previous export"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // no temporary left behind

    // A folder that cannot be written.
    QVERIFY(!RegistryTransfer::exportToFile(store, 0, RegistryTransfer::Format::Csv,
                                            path(QStringLiteral("missing/folder/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void TestRegistryTransfer::unreadableFilesAreFileErrors_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("json");
    QTest::newRow("missing CSV") << QByteArray() << false;
    QTest::newRow("CSV without name column") << QByteArray("provider,purpose\nP,x\n") << false;
    QTest::newRow("broken JSON") << QByteArray("{\"format\":") << true;
    QTest::newRow("JSON of something else") << QByteArray("[1,2,3]") << true;
}

void TestRegistryTransfer::unreadableFilesAreFileErrors() {
    QFETCH(QByteArray, content);
    QFETCH(bool, json);
    Store store;
    QVERIFY(store.create(path(QStringLiteral("s.cookiestore")), nullptr));
    const QString file = path(json ? QStringLiteral("in.json") : QStringLiteral("in.csv"));
    if (!content.isEmpty())
        QVERIFY(TestSupport::writeAll(file, content));
    const auto outcome =
        RegistryTransfer::importFile(store, file, RegistryTransfer::formatForPath(file), QString());
    QVERIFY(!outcome.fileError.isEmpty());
    QCOMPARE(store.cookieCount(), 0);
}

QTEST_GUILESS_MAIN(TestRegistryTransfer)
#include "tst_registrytransfer.moc"
