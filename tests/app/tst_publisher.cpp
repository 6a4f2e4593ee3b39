#include "Publisher.h"
#include "RegistryDiff.h"
#include "Store.h"

#include "SqlTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPublisher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void publishesEveryFileOfEveryLanguage();
    void nothingChangedUnlessForced();
    void refusesARegistryWithErrors();
    void cancellingWritesNothing();
    void publishesIntoAnotherStore();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void diffShowsFieldsAndTexts();
    void aWriteBetweenTheReadsCannotMixTwoStates();
    void unwritableTargets_data();
    void unwritableTargets();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Site m_site;
    QString snapshotNow() {
        Store::SiteState state;
        QString error;
        if (!m_store->readSiteState(m_site.id, &state, &error))
            return error;
        return Publisher::snapshot(state);
    }
};

void TestPublisher::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(path(QStringLiteral("s.cookiestore")), nullptr));
    m_site.name = QStringLiteral("exemple.fr");
    m_site.url = QStringLiteral("https://exemple.fr");
    m_site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->addSite(m_site).ok());
    for (const char *name : {"sessionid", "csrftoken"}) {
        Cookie cookie;
        cookie.siteId = m_site.id;
        cookie.provider = QStringLiteral("Opendatasoft");
        cookie.service = QStringLiteral("Authentification");
        cookie.name = QLatin1String(name);
        cookie.purposeFr = QStringLiteral("Finalité de %1").arg(QLatin1String(name));
        cookie.purposeEn = QStringLiteral("Purpose of %1").arg(QLatin1String(name));
        cookie.category = Category::Necessary;
        QVERIFY(m_store->addCookie(cookie).ok());
    }
}

void TestPublisher::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestPublisher::publishesEveryFileOfEveryLanguage() {
    Publisher::Options options;
    options.note = QStringLiteral("première");
    const Publisher::Outcome outcome = Publisher::publish(*m_store, m_site, *m_store, options);
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Published);
    QCOMPARE(outcome.publication.seq, 1);
    const std::optional<Publication> stored = m_store->publication(m_site.name, 1, true);
    QVERIFY(stored);
    QStringList names;
    for (const PublicationFile &file : stored->files) {
        names.append(file.name);
        QCOMPARE(file.sha256, Publication::sha256(file.content));
        QVERIFY(!file.content.isEmpty());
    }
    QCOMPARE(names, (QStringList{"charte-cookies.en.fragment.html", "charte-cookies.en.html",
                                 "charte-cookies.en.md", "charte-cookies.en.pdf",
                                 "charte-cookies.fr.fragment.html", "charte-cookies.fr.html",
                                 "charte-cookies.fr.md", "charte-cookies.fr.pdf", "registry.csv",
                                 "registry.json"}));
    QCOMPARE(stored->fileCount, 10);
    QCOMPARE(stored->cookieCount, 2);
    QCOMPARE(stored->note, QStringLiteral("première"));
    QVERIFY(stored->previousHash.isEmpty());
    QCOMPARE(stored->hash, stored->computeHash());
    QVERIFY(stored->registryJson.contains(QLatin1String("csrftoken")));

    options.force = true;
    const Publisher::Outcome second = Publisher::publish(*m_store, m_site, *m_store, options);
    QCOMPARE(second.publication.seq, 2);
    QCOMPARE(second.publication.previousHash, stored->hash);
    const Store::Verification report = m_store->verifyPublications();
    QVERIFY2(report.ok, qPrintable(report.firstBroken));
    QCOMPARE(report.checked, 2);
}

void TestPublisher::nothingChangedUnlessForced() {
    QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
    const Publisher::Outcome again = Publisher::publish(*m_store, m_site, *m_store, {});
    QCOMPARE(again.status, Publisher::Outcome::Status::NothingChanged);
    QVERIFY(again.message.contains(QLatin1String("nothing changed")));
    QCOMPARE(m_store->publications().size(), 1);
    Cookie cookie = m_store->cookies(m_site.id).constFirst();
    cookie.duration = QStringLiteral("session");
    QVERIFY(m_store->updateCookie(cookie).ok());
    QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
    QCOMPARE(m_store->publications().size(), 2);
}

void TestPublisher::refusesARegistryWithErrors() {
    // A row the store's own checks would refuse, written behind its back (an older tool, say).
    QVERIFY(TestSupport::runSql(
        m_store->path(),
        QStringLiteral(
            "UPDATE cookie SET purpose_fr = '', purpose_en = '' WHERE name = 'csrftoken'")));
    const QByteArray before = TestSupport::fileHash(m_store->path());
    const Publisher::Outcome outcome = Publisher::publish(*m_store, m_site, *m_store, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Refused);
    QVERIFY(outcome.message.contains(QLatin1String("error")));
    QVERIFY(!outcome.problems.isEmpty());
    QVERIFY(m_store->publications().isEmpty());
    QCOMPARE(TestSupport::fileHash(m_store->path()), before);
}

void TestPublisher::cancellingWritesNothing() {
    const QByteArray before = TestSupport::fileHash(m_store->path());
    Publisher::Options options;
    int reports = 0;
    options.progress = [&reports](double) {
        ++reports;
        return false;
    };
    const Publisher::Outcome outcome = Publisher::publish(*m_store, m_site, *m_store, options);
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Cancelled);
    QVERIFY(reports >= 1);
    QVERIFY(m_store->publications().isEmpty());
    QCOMPARE(TestSupport::fileHash(m_store->path()), before);
}

void TestPublisher::publishesIntoAnotherStore() {
    Store shared;
    QVERIFY(shared.create(path(QStringLiteral("shared.cookiestore")), nullptr));
    QCOMPARE(Publisher::publish(*m_store, m_site, shared, {}).status,
             Publisher::Outcome::Status::Published);
    QCOMPARE(shared.publishedSites(), QStringList{m_site.name});
    QVERIFY(shared.sites().isEmpty()); // the shared store may hold publications only
    QVERIFY(m_store->publications().isEmpty());
    QVERIFY(shared.verifyPublications().ok);
}

void TestPublisher::tamperingIsDetected_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("file content") << "UPDATE publication_file SET content = X'3C68746D6C3E' WHERE "
                                     "name = 'charte-cookies.fr.html' AND publication_id = 2"
                                  << "charte-cookies.fr.html";
    QTest::newRow("file content and its hash")
        << "UPDATE publication_file SET content = X'00', sha256 = "
           "'6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d' WHERE name = "
           "'registry.csv' AND publication_id = 1"
        << "hash does not match";
    QTest::newRow("note") << "UPDATE publication SET note = 'rewritten' WHERE seq = 2"
                          << "publication 2";
    QTest::newRow("author") << "UPDATE publication SET author = 'mallory' WHERE seq = 1"
                            << "publication 1";
    QTest::newRow("registry snapshot") << "UPDATE publication SET registry_json = "
                                          "replace(registry_json, 'csrftoken', 'x') WHERE seq = 3"
                                       << "snapshot";
    QTest::newRow("a file removed")
        << "DELETE FROM publication_file WHERE publication_id = 3 AND name = 'registry.json'"
        << "holds 9";
    QTest::newRow("a publication removed") << "DELETE FROM publication WHERE seq = 2"
                                           << "publication 2 is missing";
    QTest::newRow("chain relinked") << "UPDATE publication SET previous_hash = 'abc' WHERE seq = 3"
                                    << "previous hash";
}

void TestPublisher::tamperingIsDetected() {
    QFETCH(QString, sql);
    QFETCH(QString, mentions);
    Publisher::Options options;
    options.force = true;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, options).status,
                 Publisher::Outcome::Status::Published);
    QVERIFY(m_store->verifyPublications().ok);
    QVERIFY(TestSupport::runSql(m_store->path(), QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(TestSupport::runSql(m_store->path(), sql));
    const Store::Verification report = m_store->verifyPublications();
    QVERIFY(!report.ok);
    QVERIFY2(report.firstBroken.contains(mentions), qPrintable(report.firstBroken));
}

void TestPublisher::diffShowsFieldsAndTexts() {
    const QString before = snapshotNow();
    Cookie cookie = m_store->cookies(m_site.id).constFirst();
    cookie.purposeFr = QStringLiteral("Nouvelle finalité");
    QVERIFY(m_store->updateCookie(cookie).ok());
    QVERIFY(m_store->removeCookies({*m_store->cookie(m_store->cookies(m_site.id).constLast().id)})
                .ok());
    Cookie added;
    added.siteId = m_site.id;
    added.provider = QStringLiteral("Google");
    added.name = QStringLiteral("_ga_*");
    added.purposeFr = QStringLiteral("Mesure d'audience");
    added.category = Category::Statistics;
    QVERIFY(m_store->addCookie(added).ok());
    CharterText text;
    text.siteId = m_site.id;
    text.language = QStringLiteral("en");
    text.section = QStringLiteral("contact");
    text.body = QStringLiteral("Write to us.");
    QVERIFY(m_store->setCharterText(text).ok());
    const QString after = snapshotNow();

    QList<RegistryDiff::Change> changes;
    QString error;
    QVERIFY(RegistryDiff::compare(before, after, &changes, &error));
    const QString described = RegistryDiff::describe(changes);
    QVERIFY2(
        described.contains(QStringLiteral(
            "~ cookie sessionid\n    purpose: « Finalité de sessionid » → « Nouvelle finalité »")),
        qPrintable(described));
    QVERIFY(described.contains(QLatin1String("- cookie csrftoken")));
    QVERIFY(described.contains(QLatin1String("+ cookie _ga_*")));
    QVERIFY(described.contains(QStringLiteral("category: « statistics »")));
    QVERIFY(described.contains(QLatin1String("+ charter text en/contact")));
    QVERIFY(RegistryDiff::compare(after, after, &changes, &error));
    QVERIFY(changes.isEmpty());
}

// Publishing reads the site's registry and texts in one read transaction: another user's edit
// that comes while it reads waits for the reads to end, and every file of the publication shows
// the same state as its snapshot.
void TestPublisher::aWriteBetweenTheReadsCannotMixTwoStates() {
    Store other;
    QString error;
    QVERIFY2(other.open(m_store->path(), Store::OpenMode::ReadWrite, &error), qPrintable(error));
    other.setBusyTimeout(100);
    const qint64 firstId = m_store->cookies(m_site.id).constFirst().id;
    WriteResult during;
    int calls = 0;
    m_store->setBetweenReadsHook([&] {
        ++calls;
        Cookie changed = *other.cookie(firstId);
        changed.purposeFr = QStringLiteral("Écrit pendant la lecture");
        during = other.updateCookie(changed);
    });
    const Publisher::Outcome outcome = Publisher::publish(*m_store, m_site, *m_store, {});
    m_store->setBetweenReadsHook({});
    QCOMPARE(calls, 1);
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Published);
    QCOMPARE(during.status, WriteResult::Status::Busy);
    const std::optional<Publication> stored = m_store->publication(m_site.name, 1, true);
    QVERIFY(stored);
    QVERIFY(!stored->registryJson.contains(QStringLiteral("Écrit pendant")));
    for (const PublicationFile &file : stored->files) {
        if (file.format == QLatin1String("pdf"))
            continue;
        QVERIFY2(!QString::fromUtf8(file.content).contains(QStringLiteral("Écrit pendant")),
                 qPrintable(file.name));
    }
    // Once the reads are over, the edit goes through, and the next publication has it.
    Cookie changed = *other.cookie(firstId);
    changed.purposeFr = QStringLiteral("Écrit après la lecture");
    QVERIFY(other.updateCookie(changed).ok());
    QCOMPARE(Publisher::publish(*m_store, m_site, *m_store, {}).status,
             Publisher::Outcome::Status::Published);
    const std::optional<Publication> next = m_store->publication(m_site.name, 2, true);
    QVERIFY(next && next->registryJson.contains(QStringLiteral("Écrit après la lecture")));
    for (const PublicationFile &file : next->files) {
        if (file.name == QLatin1String("registry.csv") ||
            file.name == QLatin1String("charte-cookies.fr.md"))
            QVERIFY2(QString::fromUtf8(file.content).contains(QStringLiteral("Écrit après")),
                     qPrintable(file.name));
    }
}

void TestPublisher::unwritableTargets_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("read-only file") << "file";
    QTest::newRow("read-only folder") << "folder";
    QTest::newRow("not a store") << "text";
    QTest::newRow("damaged store") << "damaged";
}

void TestPublisher::unwritableTargets() {
    QFETCH(QString, kind);
    const QByteArray workingBefore = TestSupport::fileHash(m_store->path());
    const QString folder = path(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/shared.cookiestore");
    if (kind == QLatin1String("file") || kind == QLatin1String("damaged")) {
        Store shared;
        QVERIFY(shared.create(target, nullptr));
    }
    if (kind == QLatin1String("file"))
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (kind == QLatin1String("folder"))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup);
    if (kind == QLatin1String("text"))
        QVERIFY(TestSupport::writeAll(target, "not a store\n"));
    if (kind == QLatin1String("damaged")) {
        QByteArray bytes = TestSupport::readAll(target);
        bytes.truncate(bytes.size() - 1024);
        for (qsizetype i = 100; i < 400; ++i)
            bytes[i] = 'Z';
        QVERIFY(TestSupport::writeAll(target, bytes));
    }
    QString error;
    Store shared;
    bool written = false;
    if (QFileInfo::exists(target) ? shared.open(target, Store::OpenMode::ReadWrite, &error)
                                  : shared.create(target, &error)) {
        const Publisher::Outcome outcome = Publisher::publish(*m_store, m_site, shared, {});
        written = outcome.status == Publisher::Outcome::Status::Published;
        error = outcome.message;
    }
    QVERIFY(!written);
    QVERIFY2(error.contains(QLatin1String("read-only")) ||
                 error.contains(QLatin1String("not a Cookie Charter store")) ||
                 error.contains(QLatin1String("damaged")),
             qPrintable(error));
    QCOMPARE(TestSupport::fileHash(m_store->path()), workingBefore);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(TestPublisher)
#include "tst_publisher.moc"
