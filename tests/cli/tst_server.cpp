#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The team server as administrators and their colleagues use it, from the command line, against
// the test run's PostgreSQL: roles the server enforces, copying whole stores both ways, and the
// clear refusals (server down, wrong password, a database of another application).
class TestServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reviewerWritesNothing();
    void editorMayNotPublish();
    void copyRoundTrip();
    void clearRefusals();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &password = QString());
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A login role in `group`; dropped in cleanup().
    bool addMember(const QString &login, const QString &group);
    QByteArray exportJson(const QString &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerTest::FreshDatabase> m_database;
    QString m_server;
    QString m_suffix;
    QStringList m_roles;
};

void TestServer::init() {
    CC_NEED_SERVER();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<ServerTest::FreshDatabase>();
    QVERIFY2(m_database->ok(), qPrintable(m_database->error()));
    m_server = m_database->location();
    m_suffix = QString::number(QCoreApplication::applicationPid());
    m_roles.clear();
}

void TestServer::cleanup() {
    m_database.reset(); // its grants go with it
    for (const QString &role : std::as_const(m_roles))
        ServerTest::exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    m_dir.reset();
}

TestServer::Run TestServer::run(const QStringList &arguments, const QString &password) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("USER"), QStringLiteral("admin"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CC_PROGRAM), arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

bool TestServer::addMember(const QString &login, const QString &group) {
    m_roles.prepend(login);
    return ServerTest::exec(
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' IN ROLE %2").arg(login, group));
}

QByteArray TestServer::exportJson(const QString &store) {
    const QString file =
        path(QStringLiteral("export-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
    const Run done =
        run({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-o"), file});
    if (done.code != 0)
        qWarning("export failed: %s", qPrintable(done.err));
    return TestSupport::readAll(file);
}

void TestServer::reviewerWritesNothing() {
    const QString csv = TestSupport::dataPath(QStringLiteral("generated-300.csv"));
    QCOMPARE(run({QStringLiteral("init"), m_server}).code, 0);
    Run done = run({QStringLiteral("--store"), m_server, QStringLiteral("import"), csv});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    done = run({QStringLiteral("--store"), m_server, QStringLiteral("review"),
                QStringLiteral("submit"), QStringLiteral("--site"),
                QStringLiteral("site0.exemple.fr")});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    const QString reviewers = QStringLiteral("cc_reviewers_") + m_suffix;
    m_roles.append(reviewers);
    done =
        run({QStringLiteral("server-setup"), m_server, QStringLiteral("--reviewers"), reviewers});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY(done.out.contains(reviewers));
    const QString login = QStringLiteral("rev_") + m_suffix;
    QVERIFY(addMember(login, reviewers));
    const QString asReviewer = m_database->location(login);
    const QString password = QStringLiteral("pw-") + login;
    const QByteArray before = exportJson(m_server);
    QVERIFY(!before.isEmpty());

    // Reading works.
    done = run({QStringLiteral("--store"), asReviewer, QStringLiteral("list"),
                QStringLiteral("--site"), QStringLiteral("site0.exemple.fr")},
               password);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY(done.out.count(QLatin1Char('\n')) > 10);
    // Every write is refused by the role, exit 3, "not allowed".
    const QString s = QStringLiteral("site0.exemple.fr");
    const QList<QStringList> writes{
        {QStringLiteral("add"), QStringLiteral("--site"), s, QStringLiteral("--provider"),
         QStringLiteral("P"), QStringLiteral("--service"), QStringLiteral("S"),
         QStringLiteral("--name"), QStringLiteral("n2"), QStringLiteral("--purpose"),
         QStringLiteral("p")},
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("purpose=x")},
        {QStringLiteral("remove"), QStringLiteral("1")},
        {QStringLiteral("import"), csv},
        {QStringLiteral("site-add"), QStringLiteral("new.example.fr")},
        {QStringLiteral("site-set"), s, QStringLiteral("contact=x@example.fr")},
        {QStringLiteral("text-set"), QStringLiteral("introduction"), QStringLiteral("--text"),
         QStringLiteral("x"), QStringLiteral("--site"), s},
        {QStringLiteral("rule-off"), QStringLiteral("duration-missing"), QStringLiteral("--reason"),
         QStringLiteral("r"), QStringLiteral("--site"), s},
        {QStringLiteral("review"), QStringLiteral("submit"), QStringLiteral("--site"), s,
         QStringLiteral("--note"), QStringLiteral("again")},
        {QStringLiteral("publish"), QStringLiteral("--site"), s},
    };
    for (const QStringList &write : writes) {
        done = run(QStringList{QStringLiteral("--store"), asReviewer} + write, password);
        QVERIFY2(done.code == 3,
                 qPrintable(write.join(QLatin1Char(' ')) +
                            QStringLiteral(": exit %1: ").arg(done.code) + done.err));
        QVERIFY2(done.err.contains(QLatin1String("not allowed")),
                 qPrintable(write.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err));
    }
    // What a reviewer may write: a comment on the review.
    done = run({QStringLiteral("--store"), asReviewer, QStringLiteral("review"),
                QStringLiteral("comment"), QStringLiteral("1"), QStringLiteral("--comment"),
                QStringLiteral("Relu, rien à redire")},
               password);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(exportJson(m_server), before);
    QSqlQuery count(ServerTest::admin(m_database->name()));
    QVERIFY(count.exec(
        QStringLiteral("SELECT count(*) FROM review_comment WHERE written_by = 'admin'")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestServer::editorMayNotPublish() {
    QCOMPARE(run({QStringLiteral("init"), m_server}).code, 0);
    QCOMPARE(run({QStringLiteral("--store"), m_server, QStringLiteral("site-add"),
                  QStringLiteral("s.example.fr")})
                 .code,
             0);
    const QString editors = QStringLiteral("cc_editors_") + m_suffix;
    const QString publishers = QStringLiteral("cc_publishers_") + m_suffix;
    m_roles << editors << publishers;
    Run done = run({QStringLiteral("server-setup"), m_server, QStringLiteral("--editors"), editors,
                    QStringLiteral("--publishers"), publishers});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    const QString editor = QStringLiteral("ed_") + m_suffix;
    const QString publisher = QStringLiteral("pub_") + m_suffix;
    QVERIFY(addMember(editor, editors));
    QVERIFY(addMember(publisher, publishers));
    const QStringList add{
        QStringLiteral("add"),        QStringLiteral("--provider"), QStringLiteral("P"),
        QStringLiteral("--service"),  QStringLiteral("S"),          QStringLiteral("--name"),
        QStringLiteral("sid"),        QStringLiteral("--purpose"),  QStringLiteral("session"),
        QStringLiteral("--category"), QStringLiteral("necessary")};
    done = run(QStringList{QStringLiteral("--store"), m_database->location(editor)} + add,
               QStringLiteral("pw-") + editor);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    done = run({QStringLiteral("--store"), m_database->location(editor), QStringLiteral("publish")},
               QStringLiteral("pw-") + editor);
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("not allowed")), qPrintable(done.err));
    QVERIFY(done.err.contains(editor));
    done = run({QStringLiteral("--store"), m_database->location(publisher),
                QStringLiteral("publish"), QStringLiteral("--note"), QStringLiteral("first")},
               QStringLiteral("pw-") + publisher);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    done = run({QStringLiteral("verify"), QStringLiteral("--to"), m_server});
    QVERIFY2(done.code == 0, qPrintable(done.err));
}

void TestServer::copyRoundTrip() {
    const QString a = path(QStringLiteral("a.cookiestore"));
    const QString b = path(QStringLiteral("b.cookiestore"));
    const QString s = QStringLiteral("site0.exemple.fr");
    QCOMPARE(run({QStringLiteral("init"), a}).code, 0);
    const QStringList onA{QStringLiteral("--store"), a};
    QCOMPARE(run(onA + QStringList{QStringLiteral("import"),
                                   TestSupport::dataPath(QStringLiteral("generated-300.csv"))})
                 .code,
             0);
    QCOMPARE(run(onA + QStringList{QStringLiteral("text-set"), QStringLiteral("introduction"),
                                   QStringLiteral("--text"), QStringLiteral("Notre « charte »"),
                                   QStringLiteral("--site"), s})
                 .code,
             0);
    QCOMPARE(run(onA + QStringList{QStringLiteral("rule-off"), QStringLiteral("duration-missing"),
                                   QStringLiteral("--reason"), QStringLiteral("fournisseur"),
                                   QStringLiteral("--site"), s})
                 .code,
             0);
    Run done = run(onA + QStringList{QStringLiteral("publish"), QStringLiteral("--site"), s,
                                     QStringLiteral("--force"), QStringLiteral("--to"), a});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(run(onA + QStringList{QStringLiteral("set"), QStringLiteral("1"),
                                   QStringLiteral("purpose=Mesure d'audience")})
                 .code,
             0);
    done = run(onA + QStringList{QStringLiteral("publish"), QStringLiteral("--site"), s,
                                 QStringLiteral("--force"), QStringLiteral("--to"), a});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(run(onA + QStringList{QStringLiteral("review"), QStringLiteral("submit"),
                                   QStringLiteral("--site"), s, QStringLiteral("--to"), a})
                 .code,
             0);

    // SQLite -> PostgreSQL -> SQLite.
    done = run({QStringLiteral("copy"), a, m_server});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY(done.out.contains(QLatin1String("300")));
    done = run({QStringLiteral("verify"), QStringLiteral("--to"), m_server});
    QVERIFY2(done.code == 0, qPrintable(done.out + done.err));
    done = run({QStringLiteral("copy"), m_server, b});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    done = run({QStringLiteral("verify"), QStringLiteral("--to"), b});
    QVERIFY2(done.code == 0, qPrintable(done.out + done.err));
    const QByteArray json = exportJson(a);
    QVERIFY(json.size() > 10000);
    QCOMPARE(exportJson(m_server), json);
    QCOMPARE(exportJson(b), json);
    const QStringList history{QStringLiteral("publications"), QStringLiteral("--site"), s};
    // The same history, but for the first line that names the store.
    auto withoutFirstLine = [](const QString &text) {
        return text.mid(text.indexOf(QLatin1Char('\n')));
    };
    const QString published = run(onA + history + QStringList{QStringLiteral("--to"), a}).out;
    QVERIFY(published.contains(QLatin1String("fournisseur")));
    QCOMPARE(withoutFirstLine(run(QStringList{QStringLiteral("--store"), m_server} + history +
                                  QStringList{QStringLiteral("--to"), m_server})
                                  .out),
             withoutFirstLine(published));
    const QString reviews =
        run(onA + QStringList{QStringLiteral("review"), QStringLiteral("list")}).out;
    QCOMPARE(
        run({QStringLiteral("--store"), b, QStringLiteral("review"), QStringLiteral("list")}).out,
        reviews);
    // The server's ids go on after the copied ones.
    done = run({QStringLiteral("--store"), m_server, QStringLiteral("add"),
                QStringLiteral("--site"), s, QStringLiteral("--provider"), QStringLiteral("P"),
                QStringLiteral("--service"), QStringLiteral("S"), QStringLiteral("--name"),
                QStringLiteral("after-copy"), QStringLiteral("--purpose"), QStringLiteral("p")});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QLatin1String("#301")), qPrintable(done.out));

    // Never into a store that holds something.
    done = run({QStringLiteral("copy"), a, m_server});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("not empty")), qPrintable(done.err));
    const QByteArray hashOfB = TestSupport::fileHash(b);
    done = run({QStringLiteral("copy"), a, b});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("already exists")), qPrintable(done.err));
    QCOMPARE(TestSupport::fileHash(b), hashOfB);
}

void TestServer::clearRefusals() {
    // The server is not there.
    QUrl down(m_server);
    down.setPort(1);
    Run done = run({QStringLiteral("--store"), down.toString(), QStringLiteral("list")});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("cannot connect to the server")),
             qPrintable(done.err));
    // A wrong password (and no terminal to ask on).
    QCOMPARE(run({QStringLiteral("init"), m_server}).code, 0);
    done = run({QStringLiteral("--store"), m_server, QStringLiteral("list")},
               QStringLiteral("not-the-password"));
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("password authentication failed")),
             qPrintable(done.err));
    // A database of another application: refused, and left as it was.
    ServerTest::FreshDatabase foreign;
    QVERIFY(ServerTest::exec(QStringLiteral("CREATE TABLE orders (id int)"), foreign.name()));
    done = run({QStringLiteral("--store"), foreign.location(), QStringLiteral("list")});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("another application")), qPrintable(done.err));
    done = run({QStringLiteral("init"), foreign.location()});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("another application")), qPrintable(done.err));
    QSqlQuery tables(ServerTest::admin(foreign.name()));
    QVERIFY(tables.exec(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = "
                                       "'public'::regnamespace")));
    QVERIFY(tables.next());
    QCOMPARE(tables.value(0).toInt(), 1);
    // An empty database says how to make a store there.
    ServerTest::FreshDatabase empty;
    done = run({QStringLiteral("--store"), empty.location(), QStringLiteral("list")});
    QCOMPARE(done.code, 3);
    QVERIFY2(done.err.contains(QLatin1String("cookie-charter init")), qPrintable(done.err));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
