#include "Store.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Publishing as administrators do it, from the command line, including the failures that
// must not cost the audit trail: processes killed mid-publication, two publishers at once.
class TestPublishing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void commandsEndToEnd();
    void killedPublishersLeaveCompletePublications();
    void twoPublishersAtOnce();
    void reviewCommandsEndToEnd();

private:
    QProcessEnvironment environment() const;
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_user = QStringLiteral("admin");
};

QProcessEnvironment TestPublishing::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("USER"), m_user);
    env.insert(QStringLiteral("COOKIE_CHARTER_STORE"), m_store);
    return env;
}

int TestPublishing::run(const QStringList &arguments, QString *out, QString *err) {
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CC_PROGRAM), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestPublishing::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = path(QStringLiteral("registry.cookiestore"));
    QCOMPARE(run({QStringLiteral("init"), m_store}), 0);
    QCOMPARE(
        run({QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("generated-300.csv"))}),
        0);
}

void TestPublishing::commandsEndToEnd() {
    QString out;
    QString err;
    QCOMPARE(
        run({QStringLiteral("publish"), QStringLiteral("--site"),
             QStringLiteral("site0.exemple.fr"), QStringLiteral("--note"), QStringLiteral("v1")},
            &out, &err),
        0);
    QVERIFY2(out.contains(QLatin1String("publication 1 (")), qPrintable(out + err));
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"),
                  QStringLiteral("site0.exemple.fr")},
                 &out),
             0);
    QVERIFY(out.contains(QLatin1String("nothing changed")));
    QCOMPARE(run({QStringLiteral("publish")}, &out, &err), 2); // three sites: which one?
    QVERIFY(err.contains(QLatin1String("--site")));

    QCOMPARE(
        run({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("site0.exemple.fr"),
             QStringLiteral("--format"), QStringLiteral("json")},
            &out),
        0);
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("duration=2 ans")}),
             0);
    QCOMPARE(
        run({QStringLiteral("publish"), QStringLiteral("--site"),
             QStringLiteral("site0.exemple.fr"), QStringLiteral("--note"), QStringLiteral("v2")}),
        0);

    QCOMPARE(run({QStringLiteral("publications")}, &out), 0);
    QVERIFY(out.contains(QLatin1String("admin")));
    QVERIFY(out.contains(QLatin1String("v1")));
    QVERIFY(out.contains(QLatin1String("v2")));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("duration: « 6 mois » → « 2 ans »")) ||
                 out.contains(QStringLiteral("→ « 2 ans »")),
             qPrintable(out));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("2"), QStringLiteral("working")}, &out),
             0);
    QCOMPARE(out.trimmed(), QStringLiteral("No change."));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("9")}, &out, &err),
             3);

    const QString folder = path(QStringLiteral("out"));
    QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("2"), folder}, &out), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 6); // site0 is French only: 4 + CSV + JSON
    QVERIFY(
        TestSupport::readAll(folder + QStringLiteral("/charte-cookies.fr.pdf")).startsWith("%PDF"));

    QCOMPARE(run({QStringLiteral("verify")}, &out), 0);
    QVERIFY(out.contains(QLatin1String("OK: 2 publications")));

    // --to another file (created), then verify that file alone.
    const QString shared = path(QStringLiteral("shared.cookiestore"));
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"),
                  QStringLiteral("site1.exemple.fr"), QStringLiteral("--to"), shared}),
             0);
    QCOMPARE(run({QStringLiteral("--store"), shared, QStringLiteral("verify")}, &out), 0);
    QVERIFY(out.contains(QLatin1String("OK: 1 publication ")));

    // Tampering makes verify exit 1 and name the broken link.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evil"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("UPDATE publication SET note = 'v1, honestly' WHERE seq = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("evil"));
    QCOMPARE(run({QStringLiteral("verify")}, &out), 1);
    QVERIFY(out.contains(QLatin1String("BROKEN: publication 1 of site0.exemple.fr")));

    // A target that is not a store: clear error, exit 3.
    const QString text = path(QStringLiteral("notes.txt"));
    TestSupport::writeAll(text, "hello\n");
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"),
                  QStringLiteral("site0.exemple.fr"), QStringLiteral("--to"), text},
                 &out, &err),
             3);
    QVERIFY(err.contains(QLatin1String("not a Cookie Charter store")));
}

void TestPublishing::killedPublishersLeaveCompletePublications() {
    const QString shared = path(QStringLiteral("shared.cookiestore"));
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"),
                  QStringLiteral("site2.exemple.fr"), QStringLiteral("--to"), shared}),
             0);
    QRandomGenerator random(20261129);
    int killed = 0;
    for (int i = 0; i < 24; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CC_PROGRAM),
                      {QStringLiteral("publish"), QStringLiteral("--force"),
                       QStringLiteral("--site"), QStringLiteral("site2.exemple.fr"),
                       QStringLiteral("--to"), shared, QStringLiteral("--note"),
                       QStringLiteral("attempt %1").arg(i)});
        QVERIFY(process.waitForStarted());
        QTest::qWait(int(random.bounded(20, 400)));
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killed;
        }
        process.waitForFinished(60000);
    }
    QVERIFY2(killed >= 5, qPrintable(QString::number(killed)));

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(shared);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) &&
                query.next()); // rolls back a hot journal
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT count(*) FROM publication p WHERE file_count <> "
                    "(SELECT count(*) FROM publication_file f WHERE f.publication_id = p.id)")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QString out;
    QCOMPARE(run({QStringLiteral("--store"), shared, QStringLiteral("verify")}, &out), 0);
    QVERIFY(out.startsWith(QLatin1String("OK:")));
}

void TestPublishing::twoPublishersAtOnce() {
    const QString shared = path(QStringLiteral("shared.cookiestore"));
    QCOMPARE(run({QStringLiteral("init"), shared}), 0);
    QList<QProcess *> processes;
    for (int i = 0; i < 2; ++i) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(CC_PROGRAM),
                       {QStringLiteral("publish"), QStringLiteral("--force"),
                        QStringLiteral("--site"), QStringLiteral("site0.exemple.fr"),
                        QStringLiteral("--to"), shared});
        processes.append(process);
    }
    int published = 0;
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(120000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0)
            ++published;
        else
            QVERIFY2(err.contains(QLatin1String("try again")),
                     qPrintable(err)); // told plainly to retry
    }
    QVERIFY(published >= 1);
    Store store;
    QVERIFY(store.open(shared, Store::OpenMode::ReadOnly, nullptr));
    const QList<Publication> list = store.publications(QStringLiteral("site0.exemple.fr"));
    QCOMPARE(list.size(), published);
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).seq, i + 1);
    QVERIFY(store.verifyPublications().ok);
}

// Review and sign-off from the command line: marie edits and submits, paul reviews (as a
// reviewer, who cannot change the registry), the site's policy holds publishing until an
// approval of the very state published, which then stands in the chain.
void TestPublishing::reviewCommandsEndToEnd() {
    const QString site = QStringLiteral("site0.exemple.fr");
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("site-set"), site, QStringLiteral("review=approval")}), 0);
    QCOMPARE(run({QStringLiteral("site-set"), site, QStringLiteral("review=maybe")}, &out, &err),
             2);
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"), site}, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("approval")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("anyone but admin")), qPrintable(err));

    m_user = QStringLiteral("marie");
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("submit"), QStringLiteral("--site"),
                  site, QStringLiteral("--note"), QStringLiteral("première relecture")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("review 1")), qPrintable(out + err));
    // The submitter may not approve; a reviewer may not write the registry.
    QCOMPARE(
        run({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("1")}, &out, &err),
        3);
    QVERIFY(err.contains(QLatin1String("not allowed")));
    m_user = QStringLiteral("paul");
    QString listed;
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--site"), site,
                  QStringLiteral("--format"), QStringLiteral("csv")},
                 &listed),
             0);
    const QByteArray before = TestSupport::fileHash(m_store);
    const QList<QStringList> writes{
        {QStringLiteral("add"), QStringLiteral("--site"), site, QStringLiteral("--provider"),
         QStringLiteral("P"), QStringLiteral("--service"), QStringLiteral("S"),
         QStringLiteral("--name"), QStringLiteral("intrus"), QStringLiteral("--purpose"),
         QStringLiteral("p")},
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("purpose=changé")},
        {QStringLiteral("remove"), QStringLiteral("1")},
        {QStringLiteral("site-set"), site, QStringLiteral("review=none")},
        {QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("generated-300.csv"))},
        {QStringLiteral("rule-off"), QStringLiteral("purpose-language"), QStringLiteral("--site"),
         site, QStringLiteral("--reason"), QStringLiteral("x")},
        {QStringLiteral("publish"), QStringLiteral("--site"), site, QStringLiteral("--force")},
        {QStringLiteral("review"), QStringLiteral("submit"), QStringLiteral("--site"), site}};
    for (const QStringList &write : writes) {
        QVERIFY2(run(QStringList{QStringLiteral("--reviewer")} + write, &out, &err) == 3,
                 qPrintable(write.join(QLatin1Char(' ')) + QLatin1String(": ") + err));
        QVERIFY2(err.contains(QLatin1String("not allowed")), qPrintable(write.join(' ') + err));
    }
    QCOMPARE(TestSupport::fileHash(m_store), before);
    QString again;
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--site"), site,
                  QStringLiteral("--format"), QStringLiteral("csv")},
                 &again),
             0);
    QCOMPARE(again, listed);

    // Rejecting needs a comment; then marie fixes and submits again; paul approves.
    QCOMPARE(run({QStringLiteral("--reviewer"), QStringLiteral("review"), QStringLiteral("reject"),
                  QStringLiteral("1")},
                 &out, &err),
             2);
    QCOMPARE(run({QStringLiteral("--reviewer"), QStringLiteral("review"), QStringLiteral("comment"),
                  QStringLiteral("1"), QStringLiteral("--cookie"), QStringLiteral("1"),
                  QStringLiteral("--comment"), QStringLiteral("finalité vague")},
                 &out, &err),
             0);
    // A cookie that does not exist, and one the site still has (by name).
    QCOMPARE(run({QStringLiteral("--reviewer"), QStringLiteral("review"), QStringLiteral("comment"),
                  QStringLiteral("1"), QStringLiteral("--cookie"), QStringLiteral("nowhere"),
                  QStringLiteral("--comment"), QStringLiteral("x")},
                 &out, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("no cookie named")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("--reviewer"), QStringLiteral("review"), QStringLiteral("reject"),
                  QStringLiteral("1"), QStringLiteral("--comment"),
                  QStringLiteral("préciser la finalité")},
                 &out, &err),
             0);
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("list")}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("changes requested")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("1")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("finalité vague")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("préciser la finalité")));

    m_user = QStringLiteral("marie");
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("1"),
                  QStringLiteral("purpose=Garde la session ouverte")}),
             0);
    QCOMPARE(
        run({QStringLiteral("review"), QStringLiteral("submit"), QStringLiteral("--site"), site},
            &out, &err),
        0);
    m_user = QStringLiteral("paul");
    QCOMPARE(run({QStringLiteral("--reviewer"), QStringLiteral("review"), QStringLiteral("approve"),
                  QStringLiteral("2"), QStringLiteral("--comment"), QStringLiteral("bon pour moi")},
                 &out, &err),
             0);
    m_user = QStringLiteral("lea");
    QCOMPARE(
        run({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("2")}, &out, &err),
        3);
    QVERIFY2(err.contains(QLatin1String("already approved by paul")), qPrintable(err));

    m_user = QStringLiteral("marie");
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"), site}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("Approved by paul")), qPrintable(out + err));
    QCOMPARE(run({QStringLiteral("publications"), QStringLiteral("--site"), site}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("approved by paul")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("verify")}, &out), 0);

    // Any edit voids the approval: show says so and what changed, publishing is refused.
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("duration=1 an")}), 0);
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("2")}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("VOID")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("duration")));
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--site"), site}, &out, &err), 1);

    // The approval is in the chain: changing it breaks verify.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("UPDATE publication SET approval = replace(approval, 'paul', 'lea')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QCOMPARE(run({QStringLiteral("verify")}, &out), 1);
    QVERIFY2(out.contains(QLatin1String("BROKEN")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
