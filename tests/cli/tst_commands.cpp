#include "BannerReader.h"
#include "Command.h"
#include "CommandLine.h"
#include "Rules.h"
#include "Store.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The commands run in-process, over buffers for standard input, output and error: what a user
// reads, and the exit code. (tst_commandline runs the real program for what only a process
// shows.)
class TestCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void needsGuiReadsEveryOptionSpelling_data();
    void needsGuiReadsEveryOptionSpelling();
    void helpColumnFitsTheLongestCommand();
    void outputDashIsStandardOutput();
    void looseInputIsRefused_data();
    void looseInputIsRefused();
    void importRefusesABadVersion_data();
    void importRefusesABadVersion();
    void unboundedInputIsRefused_data();
    void unboundedInputIsRefused();
    void setChecksAVersionOnlyWhenNamed();
    void aStoreMissingATableIsRefusedAtOpen();
    void anUnclassifiedCookieIsAnError();
    void extractWritesAllFilesOrNone();
    void lookupAndKb();
    void enrichFillsButOverwritesOnlyWhenAsked();
    void importPageIsAllOrNothing();
    void discoverAndAudit();
    void bannerImportBannerAndBannerCheck();
    void aRuleSwitchedOffWithAReason();
    void consentDaysFeedTheBannerAndTheRule();
    void reportWritesPdfAndHtml();
    void reportRefusesBadArguments();

private:
    struct Result {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = QByteArray());
    Result runOnStore(QStringList arguments) {
        arguments.prepend(m_store);
        arguments.prepend(QStringLiteral("--store"));
        return run(arguments);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestCommands::initTestCase() {
    TestSupport::isolateSettings();
}

void TestCommands::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = path(QStringLiteral("s.cookiestore"));
    QCOMPARE(run({QStringLiteral("init"), m_store}).code, 0);
    QCOMPARE(runOnStore({QStringLiteral("site-add"), QStringLiteral("exemple.fr"),
                         QStringLiteral("--url"), QStringLiteral("https://exemple.fr")})
                 .code,
             0);
    QCOMPARE(runOnStore({QStringLiteral("add"), QStringLiteral("--provider"),
                         QStringLiteral("Opendatasoft"), QStringLiteral("--service"),
                         QStringLiteral("Authentification"), QStringLiteral("--name"),
                         QStringLiteral("sessionid"), QStringLiteral("--purpose"),
                         QStringLiteral("Se souvenir de l'utilisateur"),
                         QStringLiteral("--category"), QStringLiteral("necessary")})
                 .code,
             0);
}

TestCommands::Result TestCommands::run(const QStringList &arguments, const QByteArray &input) {
    QByteArray inBytes = input;
    QByteArray outBytes;
    QByteArray errBytes;
    QBuffer in(&inBytes);
    QBuffer out(&outBytes);
    QBuffer err(&errBytes);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CommandLine commandLine(in, out, err);
    Result result;
    result.code = commandLine.run(QStringList{QStringLiteral("cookie-charter")} + arguments);
    result.out = QString::fromUtf8(outBytes);
    result.err = QString::fromUtf8(errBytes);
    return result;
}

// main() makes a QGuiApplication only when a command lays out a PDF; it asks the same parser
// as run(). Every spelling of -o/--output and --format counts (the attached ones crashed).
void TestCommands::needsGuiReadsEveryOptionSpelling_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    auto row = [](const char *name, const QString &words, bool gui) {
        QTest::newRow(name) << words.split(QLatin1Char(' ')) << gui;
    };
    row("--output=", QStringLiteral("export --output=c.pdf"), true);
    row("-oFILE", QStringLiteral("export -oc.pdf"), true);
    row("-o=FILE", QStringLiteral("export -o=c.pdf"), true);
    row("upper-case suffix", QStringLiteral("export --output=X.PDF"), true);
    row("--output FILE", QStringLiteral("export --output c.pdf"), true);
    row("-o FILE", QStringLiteral("export -o c.pdf"), true);
    row("--format=pdf", QStringLiteral("export --format=pdf"), true);
    row("--format pdf", QStringLiteral("export --format PDF"), true);
    row("format before store options", QStringLiteral("--store s --read-only export -oc.pdf"),
        true);
    row("publish", QStringLiteral("publish --note n"), true);
    row("csv file", QStringLiteral("export -o c.csv"), false);
    row("html file", QStringLiteral("export --output=c.html"), false);
    row("format wins over the file name", QStringLiteral("export --format md -o c.pdf"), false);
    row("standard output", QStringLiteral("export -o -"), false);
    row("help", QStringLiteral("export --help -o c.pdf"), false);
    row("another command", QStringLiteral("list --format json"), false);
    row("no command", QStringLiteral("--store s"), false);
}

void TestCommands::needsGuiReadsEveryOptionSpelling() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QCOMPARE(CommandLine::needsGui(QStringList{QStringLiteral("cookie-charter")} + arguments), gui);
}

void TestCommands::helpColumnFitsTheLongestCommand() {
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(
                 QLatin1String("  import-banner  import a banner configuration's cookies")),
             qPrintable(help.out));
    // Every summary starts in the same column, at least two spaces after the longest name.
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+)( +)\\S"));
    int column = -1;
    int rows = 0;
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = commandLine.match(line);
        if (!match.hasMatch())
            continue;
        ++rows;
        QVERIFY2(match.capturedLength(2) >= 2, qPrintable(line));
        const int at = int(match.capturedEnd(2));
        if (column < 0)
            column = at;
        QCOMPARE(at, column);
    }
    QCOMPARE(rows, int(Commands::all().size()));
}

void TestCommands::outputDashIsStandardOutput() {
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir->path());
    const Result result =
        runOnStore({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-o"), QStringLiteral("-")});
    QDir::setCurrent(before);
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("sessionid")));
    QVERIFY(!QFile::exists(path(QStringLiteral("-"))));
}

void TestCommands::looseInputIsRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("onStore");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty --store")
        << QStringList{QStringLiteral("--store"), QString(), QStringLiteral("list")} << false
        << "--store";
    QTest::newRow("empty --store=")
        << QStringList{QStringLiteral("--store="), QStringLiteral("list")} << false << "--store";
    QTest::newRow("init with an empty name")
        << QStringList{QStringLiteral("init"), QString()} << false << "file name";
    QTest::newRow("javascript: site address")
        << QStringList{QStringLiteral("site-set"), QStringLiteral("exemple.fr"),
                       QStringLiteral("url=javascript:alert(1)")}
        << true << "http";
    QTest::newRow("site added with a data: address")
        << QStringList{QStringLiteral("site-add"), QStringLiteral("b.fr"), QStringLiteral("--url"),
                       QStringLiteral("data:text/html,x")}
        << true << "http";
    QTest::newRow("a version that is not a number")
        << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--if-version"),
                       QStringLiteral("x"), QStringLiteral("notes=n")}
        << true << "--if-version";
}

void TestCommands::looseInputIsRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, onStore);
    QFETCH(QString, mentions);
    const QByteArray before = TestSupport::fileHash(m_store);
    const Result result = onStore ? runOnStore(arguments) : run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(TestSupport::fileHash(m_store), before);
}

void TestCommands::importRefusesABadVersion_data() {
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("huge") << QByteArray("1e20");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("fraction") << QByteArray("1.5");
    QTest::newRow("text") << QByteArray("\"1\"");
    QTest::newRow("missing") << QByteArray();
}

void TestCommands::importRefusesABadVersion() {
    QFETCH(QByteArray, version);
    QByteArray json = "{\"format\":\"cookie-charter-registry\",";
    if (!version.isEmpty())
        json += "\"version\":" + version + ",";
    json += "\"sites\":[{\"name\":\"b.fr\",\"languages\":[\"fr\"],\"cookies\":[{\"provider\":"
            "\"P\",\"service\":\"S\",\"name\":\"n\",\"purpose_fr\":\"p\"}]}]}";
    QVERIFY(TestSupport::writeAll(path(QStringLiteral("v.json")), json));
    const QByteArray before = TestSupport::fileHash(m_store);
    const Result result = runOnStore({QStringLiteral("import"), path(QStringLiteral("v.json"))});
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(QLatin1String("version")), qPrintable(result.err));
    QCOMPARE(TestSupport::fileHash(m_store), before);
}

void TestCommands::unboundedInputIsRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("json import of /dev/zero")
        << QStringList{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("/dev/zero")}
        << "256 MiB";
    QTest::newRow("text of /dev/zero")
        << QStringList{QStringLiteral("text-set"), QStringLiteral("contact"),
                       QStringLiteral("--file"), QStringLiteral("/dev/zero")}
        << "1 MiB";
}

void TestCommands::unboundedInputIsRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QByteArray before = TestSupport::fileHash(m_store);
    const Result result = runOnStore(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(TestSupport::fileHash(m_store), before);
    // The help says how much is read.
    const Result help = run({arguments.constFirst(), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(mentions), qPrintable(help.out));
}

void TestCommands::setChecksAVersionOnlyWhenNamed() {
    // Someone else changes the cookie: a plain set still goes through (it reads and writes in
    // one transaction, so it never saw an older row).
    {
        Store other;
        QVERIFY(other.open(m_store, Store::OpenMode::ReadWrite, nullptr));
        Cookie cookie = other.cookies().constFirst();
        cookie.notes = QStringLiteral("theirs");
        other.setUserName(QStringLiteral("bob"));
        QVERIFY(other.updateCookie(cookie).ok());
        QCOMPARE(cookie.version, 2);
    }
    Result result = runOnStore(
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("duration=13 mois")});
    QCOMPARE(result.code, 0);
    // A script that names the version it read is refused when the row has moved on.
    result = runOnStore({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--if-version"),
                         QStringLiteral("2"), QStringLiteral("notes=mine")});
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(QLatin1String("version 3, not 2")), qPrintable(result.err));
    result = runOnStore({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--if-version"),
                         QStringLiteral("3"), QStringLiteral("notes=mine")});
    QCOMPARE(result.code, 0);
    Store check;
    QVERIFY(check.open(m_store, Store::OpenMode::ReadOnly, nullptr));
    QCOMPARE(check.cookies().constFirst().notes, QStringLiteral("mine"));
    QCOMPARE(check.cookies().constFirst().duration, QStringLiteral("13 mois"));
    // An unknown cookie is a store error, as before.
    result = runOnStore({QStringLiteral("set"), QStringLiteral("99"), QStringLiteral("notes=x")});
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains(QLatin1String("no cookie #99")));
}

void TestCommands::aStoreMissingATableIsRefusedAtOpen() {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE charter_text")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    const QByteArray before = TestSupport::fileHash(m_store);
    const Result result = runOnStore({QStringLiteral("texts")});
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(QLatin1String("lacks table charter_text")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("Parameter count")));
    QCOMPARE(TestSupport::fileHash(m_store), before);
}

void TestCommands::anUnclassifiedCookieIsAnError() {
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("P"),
                    QStringLiteral("--service"), QStringLiteral("S"), QStringLiteral("--name"),
                    QStringLiteral("mystery"), QStringLiteral("--purpose"), QStringLiteral("?")})
            .code,
        0);
    Result result = runOnStore({QStringLiteral("validate")});
    QCOMPARE(result.code, 1); // an error: the charter has no place for it
    QVERIFY2(result.out.contains(QLatin1String("mystery: category: the cookie has no category")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("[category-unclassified]")));
    // Machine-readable, with the rule's id; publishing refuses and names rule and cookie,
    // --force or not.
    result = runOnStore(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.code, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("errors")).toInt(), 1);
    const QJsonArray problems = report.value(QLatin1String("sites"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("problems"))
                                    .toArray();
    QStringList rules;
    for (const QJsonValue &problem : problems)
        rules.append(problem.toObject().value(QLatin1String("rule")).toString());
    QVERIFY2(rules.contains(QStringLiteral("category-unclassified")), qPrintable(rules.join(u' ')));
    const QString shared = path(QStringLiteral("shared.store"));
    for (const QString &force : {QString(), QStringLiteral("--force")}) {
        QStringList arguments{QStringLiteral("publish"), QStringLiteral("--to"), shared};
        if (!force.isEmpty())
            arguments.append(force);
        result = runOnStore(arguments);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("category-unclassified")) &&
                     result.err.contains(QLatin1String("mystery")),
                 qPrintable(result.err));
    }
    // The rules, listed.
    result = run({QStringLiteral("validate"), QStringLiteral("--rules")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("cnil-exempt-third-party")));
    QVERIFY(result.out.contains(QLatin1String("2020-091")));
    result = run({QStringLiteral("validate"), QStringLiteral("--rules"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), int(Rules::all().size()));
}

void TestCommands::extractWritesAllFilesOrNone() {
    QCOMPARE(
        runOnStore({QStringLiteral("publish"), QStringLiteral("--note"), QStringLiteral("n")}).code,
        0);
    const QString folder = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    // One of the files cannot be written (a folder stands in its place): none is.
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/registry.json")));
    Result result = runOnStore({QStringLiteral("extract"), QStringLiteral("1"), folder});
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(QLatin1String("no file of publication 1 was written")),
             qPrintable(result.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(QDir(folder + QStringLiteral("/registry.json")).removeRecursively());
    result = runOnStore({QStringLiteral("extract"), QStringLiteral("1"), folder});
    QCOMPARE(result.code, 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 6);
}

void TestCommands::lookupAndKb() {
    Result result = run({QStringLiteral("lookup"), QStringLiteral("_ga_ABC123")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("prefix")) &&
                 result.out.contains(QLatin1String("Google Analytics")),
             qPrintable(result.out));
    result = run({QStringLiteral("lookup"), QStringLiteral("_pk_id.*"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("\"duration\": \"13 mois\"")),
             qPrintable(result.out));
    result = run({QStringLiteral("lookup"), QStringLiteral("nothing_known_here")});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QLatin1String("knows nothing")));
    QCOMPARE(run({QStringLiteral("lookup"), QStringLiteral("_ga"), QStringLiteral("--format"),
                  QStringLiteral("xml")})
                 .code,
             2);
    result = run({QStringLiteral("kb"), QStringLiteral("info")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("Entries: 2264")), qPrintable(result.out));
    QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("update")}).code, 2);
    QVERIFY(TestSupport::writeAll(path(QStringLiteral("bad.csv")), "name,purpose\n_ga,x\n"));
    result = run({QStringLiteral("kb"), QStringLiteral("update"), path(QStringLiteral("bad.csv"))});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("line 1")), qPrintable(result.err));
}

void TestCommands::enrichFillsButOverwritesOnlyWhenAsked() {
    // IDE on doubleclick.net: the base knows it (Google, marketing, third party).
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("Régie"),
                    QStringLiteral("--service"), QStringLiteral("Publicité"),
                    QStringLiteral("--name"), QStringLiteral("IDE"), QStringLiteral("--domain"),
                    QStringLiteral(".doubleclick.net"), QStringLiteral("--purpose"),
                    QStringLiteral("Cibler")})
            .code,
        0);
    const QString before =
        runOnStore({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})
            .out;
    Result result = runOnStore({QStringLiteral("enrich"), QStringLiteral("--dry-run")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("IDE (#2, exemple.fr): category: \"unclassified\" "
                                                "→ \"marketing\" [base row ")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("party: \"first\" → \"third\"")),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("provider:")), qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("--overwrite")), qPrintable(result.err));
    // The base's sessionid is Instagram's: the portal's own (Opendatasoft) is left alone.
    QVERIFY2(!result.out.contains(QStringLiteral("sessionid")), qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("1 cookie(s) share only their name")),
             qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("nothing was written")), qPrintable(result.out));
    QCOMPARE(
        runOnStore({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})
            .out,
        before);

    result = runOnStore({QStringLiteral("enrich")});
    QCOMPARE(result.code, 0);
    result =
        runOnStore({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.out.contains(QStringLiteral("Régie,Publicité,,IDE")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("marketing,third,.doubleclick.net")),
             qPrintable(result.out));
    // Again: nothing left to fill; the provider is kept until asked.
    result = runOnStore({QStringLiteral("enrich")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Nothing to complete")), qPrintable(result.out));
    result = runOnStore(
        {QStringLiteral("enrich"), QStringLiteral("--overwrite"), QStringLiteral("provider")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("provider: \"Régie\" → \"Google\"")),
             qPrintable(result.out));
    result =
        runOnStore({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.out.contains(QStringLiteral("Google,Publicité,,IDE")), qPrintable(result.out));

    result = runOnStore(
        {QStringLiteral("enrich"), QStringLiteral("--overwrite"), QStringLiteral("name")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("not a field enrich fills")),
             qPrintable(result.err));
    QCOMPARE(
        runOnStore({QStringLiteral("enrich"), QStringLiteral("--site"), QStringLiteral("nowhere")})
            .code,
        2);
}

void TestCommands::importPageIsAllOrNothing() {
    auto list = [this] {
        return runOnStore(
                   {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    };
    const QString before = list();
    // No cookie table: exit 1, nothing written.
    Result result = runOnStore({QStringLiteral("import-page"),
                                TestSupport::dataPath(QStringLiteral("pages/no-table.html"))});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QStringLiteral("has no cookie table")), qPrintable(result.err));
    QCOMPARE(list(), before);
    // A row without a name: the preview, the reason with its line, exit 1, nothing written.
    result = runOnStore(
        {QStringLiteral("import-page"), TestSupport::dataPath(QStringLiteral("pages/english.md"))});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QStringLiteral("english.md: line 11: the row names no cookie")),
             qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("cart_id")), qPrintable(result.out));
    QCOMPARE(list(), before);
    // The reference's sessionid is in the store already: a duplicate, in the dry run too, and
    // nothing is imported.
    const QString reference =
        TestSupport::dataPath(QStringLiteral("reference/charte-cookies-opendatasoft.txt"));
    for (const bool dryRun : {true, false}) {
        QStringList arguments{QStringLiteral("import-page"), reference};
        if (dryRun)
            arguments.append(QStringLiteral("--dry-run"));
        result = runOnStore(arguments);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.out.contains(QStringLiteral("Nom du cookies → name")),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("line 28: cookie sessionid")),
                 qPrintable(result.err));
        QCOMPARE(list(), before);
    }
    // A dry run shows the rows and writes nothing.
    const QString pasted = TestSupport::dataPath(QStringLiteral("pages/pasted.tsv"));
    result = runOnStore({QStringLiteral("import-page"), QStringLiteral("--dry-run"), pasted});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("would be imported; nothing was written")),
             qPrintable(result.out));
    QCOMPARE(list(), before);
    // From standard input, as pasted text; the WordPress page's providers come from the base.
    result = run(
        {QStringLiteral("--store"), m_store, QStringLiteral("import-page"), QStringLiteral("-")},
        TestSupport::readAll(TestSupport::dataPath(QStringLiteral("pages/pasted.tsv"))));
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("from standard input into exemple.fr")),
             qPrintable(result.out));
    result = runOnStore({QStringLiteral("import-page"),
                         TestSupport::dataPath(QStringLiteral("pages/wordpress-cookieyes.html"))});
    QCOMPARE(result.code, 0);
    const QString after = list();
    QVERIFY2(after.contains(QStringLiteral("PHP.net,,,PHPSESSID,,necessary")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Provider from the cookie database")),
             qPrintable(after));
    // Hostile cells arrive as text and stay inert in the published HTML.
    result = runOnStore({QStringLiteral("import-page"),
                         TestSupport::dataPath(QStringLiteral("pages/cms-categories.html"))});
    QCOMPARE(result.code, 0);
    result = runOnStore({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Mesure des campagnes &lt;b&gt;gras&lt;/b&gt;")),
             qPrintable(result.out));
    QVERIFY(!result.out.contains(QStringLiteral("alert(")));
    QVERIFY(!result.out.contains(QStringLiteral("<b>gras")));
}

void TestCommands::discoverAndAudit() {
    // The site (exemple.fr) declares sessionid; the capture sees it, a 2-year _ga (undeclared,
    // which the database knows), and a third party's cookie.
    const QByteArray har = R"({"log": {"version": "1.2", "pages": [
        {"id": "p1", "title": "https://exemple.fr/", "startedDateTime": "2026-11-20T09:30:00Z"}],
      "entries": [
        {"pageref": "p1", "startedDateTime": "2026-11-20T09:30:00.000Z",
         "request": {"url": "https://exemple.fr/", "headers": [], "cookies": []},
         "response": {"headers": [
             {"name": "Set-Cookie", "value": "sessionid=1; Path=/; HttpOnly"},
             {"name": "Set-Cookie", "value": "_ga=GA1.1; Domain=.exemple.fr; Max-Age=63072000"}],
           "cookies": []}},
        {"pageref": "p1", "startedDateTime": "2026-11-20T09:30:01.000Z",
         "request": {"url": "https://ads.example.net/px", "headers": [], "cookies": []},
         "response": {"headers": [{"name": "Set-Cookie", "value": "uid=9; Max-Age=86400"}],
           "cookies": []}}]}})";
    const QString capture = path(QStringLiteral("visit.har"));
    QVERIFY(TestSupport::writeAll(capture, har));

    Result result = runOnStore(
        {QStringLiteral("discover"), capture, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("uid,ads.example.net,third,cookie,86400,")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("_ga,exemple.fr,first,cookie,63072000,")),
             qPrintable(result.out));

    result = runOnStore(
        {QStringLiteral("audit"), capture, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.code, 1); // undeclared cookies
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("undeclared"))
                 .toInt(),
             2);
    QCOMPARE(report.value(QStringLiteral("matched")).toInt(), 1);
    bool knew = false;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        knew |= f.toObject().value(QStringLiteral("name")).toString() == QLatin1String("_ga") &&
                f.toObject()
                        .value(QStringLiteral("knowledge"))
                        .toObject()
                        .value(QStringLiteral("provider"))
                        .toString() == QLatin1String("Google");
    QVERIFY(knew);

    // JUnit into a file, atomically; the exit code is the same.
    const QString junit = path(QStringLiteral("audit.xml"));
    result = runOnStore({QStringLiteral("audit"), capture, QStringLiteral("--format"),
                         QStringLiteral("junit"), QStringLiteral("-o"), junit});
    QCOMPARE(result.code, 1);
    QVERIFY(TestSupport::readAll(junit).contains(
        "<testsuite name=\"undeclared\" tests=\"2\" failures=\"2\""));

    // Declare them: nothing fails any more (the party and the lifetime agree).
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("Google"),
                    QStringLiteral("--service"), QStringLiteral("Analytics"),
                    QStringLiteral("--name"), QStringLiteral("_ga"), QStringLiteral("--purpose"),
                    QStringLiteral("Mesure"), QStringLiteral("--category"),
                    QStringLiteral("statistics"), QStringLiteral("--duration"),
                    QStringLiteral("2 ans")})
            .code,
        0);
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("Régie"),
                    QStringLiteral("--service"), QStringLiteral("Pub"), QStringLiteral("--name"),
                    QStringLiteral("uid"), QStringLiteral("--purpose"), QStringLiteral("Cibler"),
                    QStringLiteral("--category"), QStringLiteral("marketing"),
                    QStringLiteral("--party"), QStringLiteral("third"),
                    QStringLiteral("--duration"), QStringLiteral("1 jour")})
            .code,
        0);
    result = runOnStore({QStringLiteral("audit"), capture});
    QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("3 declared, 3 observed, 3 declared seen")),
             qPrintable(result.out));

    // Bad input: exit 2 for what is not a capture, 3 for what cannot be opened; usage.
    QVERIFY(
        TestSupport::writeAll(path(QStringLiteral("bad.har")), "{\"log\": {\"entries\": [{\"x\""));
    result = runOnStore({QStringLiteral("audit"), path(QStringLiteral("bad.har"))});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("bad.har: line 1")), qPrintable(result.err));
    QCOMPARE(runOnStore({QStringLiteral("discover"), path(QStringLiteral("none.har"))}).code, 3);
    QCOMPARE(runOnStore({QStringLiteral("discover")}).code, 2);
    QCOMPARE(runOnStore({QStringLiteral("audit"), capture, QStringLiteral("--format"),
                         QStringLiteral("xml")})
                 .code,
             2);
}

void TestCommands::bannerImportBannerAndBannerCheck() {
    // Each format, to a file and to standard output, reads back as the same registry.
    for (const QString &format : {QStringLiteral("tarteaucitron"), QStringLiteral("klaro"),
                                  QStringLiteral("orejime2"), QStringLiteral("orejime3")}) {
        const QString file = path(format + QStringLiteral(".js"));
        Result result = runOnStore({QStringLiteral("banner"), QStringLiteral("--format"), format,
                                    QStringLiteral("-o"), file});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(TestSupport::readAll(file).contains("sessionid"));
        result = runOnStore({QStringLiteral("banner"), QStringLiteral("--format"), format,
                             QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QLatin1String("\"en\"")));
        result = runOnStore({QStringLiteral("banner-check"), file});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("agree: 1 cookie name")),
                 qPrintable(result.out));
    }
    QCOMPARE(runOnStore({QStringLiteral("banner"), QStringLiteral("--format"),
                         QStringLiteral("cookiebot")})
                 .code,
             2);
    QCOMPARE(
        runOnStore({QStringLiteral("banner"), QStringLiteral("--lang"), QStringLiteral("de")}).code,
        2);
    QCOMPARE(runOnStore({QStringLiteral("banner"), QStringLiteral("--policy-url"),
                         QStringLiteral("javascript:alert(1)")})
                 .code,
             2);

    // A configuration that drifted: exit 1, each difference on its line.
    const QString drifted = path(QStringLiteral("drifted.js"));
    QVERIFY(TestSupport::writeAll(
        drifted, "window.orejimeConfig = {purposes: [{id: 'stats', title: 'Matomo', "
                 "cookies: ['/^_pk_id\\\\..*$/'], isExempt: true}]};"));
    Result result = runOnStore({QStringLiteral("banner-check"), drifted});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.contains(QLatin1String("_pk_id.*")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("not in the registry")));
    QVERIFY(result.out.contains(QLatin1String("not in the banner")));
    QVERIFY(result.out.contains(QLatin1String("sessionid")));

    // import-banner: the rows first, a dry run writes nothing, then all of them.
    const QByteArray before = TestSupport::fileHash(m_store);
    result = runOnStore({QStringLiteral("import-banner"), QStringLiteral("--dry-run"), drifted});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("Orejime 3 configuration: 1 service")));
    QVERIFY(result.out.contains(QLatin1String("_pk_id.*")));
    QCOMPARE(TestSupport::fileHash(m_store), before);
    result = runOnStore({QStringLiteral("import-banner"), drifted});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(runOnStore({QStringLiteral("banner-check"), drifted}).code, 1); // sessionid
    // Importing it again: the row exists, nothing is written, exit 1.
    const QByteArray after = TestSupport::fileHash(m_store);
    result = runOnStore({QStringLiteral("import-banner"), drifted});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(TestSupport::fileHash(m_store), after);

    // Bad input: exit 2, a clear message with the line, the store as it was.
    const QList<QPair<QByteArray, QString>> bad{
        {"var a = 1;\nvar b = ;\n", QStringLiteral("line 2")},
        {"var a = 1;\nnull.x;\n", QStringLiteral("line 2")},
        {"var nothing = {};", QStringLiteral("no banner configuration")},
        {QByteArray(int(Banner::maxConfigBytes) + 10, 'x'), QStringLiteral("larger than")}};
    for (const auto &[bytes, says] : bad) {
        const QString file = path(QStringLiteral("bad.js"));
        QVERIFY(TestSupport::writeAll(file, bytes));
        result = runOnStore({QStringLiteral("import-banner"), file});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("nothing was imported")));
        result = runOnStore({QStringLiteral("banner-check"), file});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QCOMPARE(TestSupport::fileHash(m_store), after);
    }
    QCOMPARE(runOnStore({QStringLiteral("import-banner"), path(QStringLiteral("missing.js"))}).code,
             3);
}

void TestCommands::aRuleSwitchedOffWithAReason() {
    // A third-party statistics cookie marked exempt: an error that blocks publishing.
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"),
                    QStringLiteral("Matomo Cloud"), QStringLiteral("--service"),
                    QStringLiteral("Mesure"), QStringLiteral("--name"), QStringLiteral("_pk_id*"),
                    QStringLiteral("--purpose"), QStringLiteral("Mesure d'audience"),
                    QStringLiteral("--category"), QStringLiteral("statistics"),
                    QStringLiteral("--party"), QStringLiteral("third"),
                    QStringLiteral("--duration"), QStringLiteral("13 mois"),
                    QStringLiteral("--privacy-url"), QStringLiteral("https://matomo.org/privacy"),
                    QStringLiteral("--consent-exempt"), QStringLiteral("yes")})
            .code,
        0);
    const QString shared = path(QStringLiteral("shared.store"));
    Result result = runOnStore({QStringLiteral("publish"), QStringLiteral("--to"), shared});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("cnil-exempt-third-party")), qPrintable(result.err));

    // No reason, an unknown rule: refused (exit 2), nothing written.
    const QByteArray before = TestSupport::fileHash(m_store);
    result = runOnStore({QStringLiteral("rule-off"), QStringLiteral("cnil-exempt-third-party")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("--reason")), qPrintable(result.err));
    result = runOnStore({QStringLiteral("rule-off"), QStringLiteral("no-such-rule"),
                         QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(result.code, 2);
    QCOMPARE(TestSupport::fileHash(m_store), before);

    const QString reason = QStringLiteral("Matomo Cloud is our processor, bound by contract (DPA "
                                          "of 2026-03-01), and keeps no data of its own");
    result = runOnStore({QStringLiteral("rule-off"), QStringLiteral("cnil-exempt-third-party"),
                         QStringLiteral("--reason"), reason});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(reason), qPrintable(result.out));

    // validate: no error any more; the switch is said, with the reason and what it set aside.
    result = runOnStore({QStringLiteral("validate")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("rule switched off for this site")) &&
                 result.out.contains(reason) && result.out.contains(QLatin1String("(1 finding")) &&
                 result.out.contains(QLatin1String("[cnil-exempt-third-party]")),
             qPrintable(result.out));
    result = runOnStore(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject site =
        QJsonDocument::fromJson(result.out.toUtf8()).object()[QLatin1String("sites")][0].toObject();
    QCOMPARE(site[QLatin1String("rule_switches")][0][QLatin1String("reason")].toString(), reason);
    bool noted = false;
    for (const QJsonValue &problem : site[QLatin1String("problems")].toArray()) {
        QVERIFY(problem[QLatin1String("severity")].toString() != QLatin1String("error"));
        noted = noted || problem[QLatin1String("switched_off")].toBool();
    }
    QVERIFY(noted);
    result = runOnStore({QStringLiteral("validate"), QStringLiteral("--rules"),
                         QStringLiteral("--site"), QStringLiteral("exemple.fr")});
    QVERIFY2(result.out.contains(QLatin1String("SWITCHED OFF")), qPrintable(result.out));

    // Publishing goes through, and the publication records the switch (in its hash too).
    result = runOnStore({QStringLiteral("publish"), QStringLiteral("--to"), shared});
    QCOMPARE(result.code, 0);
    result = runOnStore({QStringLiteral("publications"), QStringLiteral("--to"), shared});
    QVERIFY2(result.out.contains(QLatin1String("Publication 1: rule cnil-exempt-third-party was "
                                               "switched off")) &&
                 result.out.contains(reason),
             qPrintable(result.out));
    QCOMPARE(runOnStore({QStringLiteral("verify"), QStringLiteral("--to"), shared}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(shared);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE publication SET rule_switches = "
                                          "replace(rule_switches, 'contract', 'handshake')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    QCOMPARE(runOnStore({QStringLiteral("verify"), QStringLiteral("--to"), shared}).code, 1);

    // Back on: the error is back.
    result = runOnStore({QStringLiteral("rule-on"), QStringLiteral("cnil-exempt-third-party")});
    QCOMPARE(result.code, 0);
    QCOMPARE(runOnStore({QStringLiteral("validate")}).code, 1);
    result = runOnStore({QStringLiteral("rule-on"), QStringLiteral("cnil-exempt-third-party")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("already on")), qPrintable(result.out));
}

void TestCommands::consentDaysFeedTheBannerAndTheRule() {
    Result result = runOnStore({QStringLiteral("site-set"), QStringLiteral("exemple.fr"),
                                QStringLiteral("consent-days=395")});
    QCOMPARE(result.code, 0);
    result = runOnStore({QStringLiteral("validate")});
    QCOMPARE(result.code, 0); // a warning
    QVERIFY2(result.out.contains(QLatin1String("keeps the visitor's choice 395 days")) &&
                 result.out.contains(QLatin1String("[consent-lifetime]")),
             qPrintable(result.out));
    result =
        runOnStore({QStringLiteral("banner"), QStringLiteral("--format"), QStringLiteral("klaro")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("\"cookieExpiresAfterDays\": 395")),
             qPrintable(result.out.left(2000)));
    const QByteArray before = TestSupport::fileHash(m_store);
    for (const QString &bad : {QStringLiteral("consent-days=-3"), QStringLiteral("consent-days=x"),
                               QStringLiteral("consent-days=4000")}) {
        result = runOnStore({QStringLiteral("site-set"), QStringLiteral("exemple.fr"), bad});
        QCOMPARE(result.code, 2);
    }
    QCOMPARE(TestSupport::fileHash(m_store), before);
    QCOMPARE(runOnStore({QStringLiteral("site-set"), QStringLiteral("exemple.fr"),
                         QStringLiteral("consent-days=")})
                 .code,
             0);
    result = runOnStore({QStringLiteral("validate")});
    QVERIFY(!result.out.contains(QLatin1String("consent-lifetime")));
}

void TestCommands::reportWritesPdfAndHtml() {
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed (Debian's poppler-utils; scripts/test installs it)");
    // A third-party cookie without a privacy link: one warning the report lists by rule.
    QCOMPARE(
        runOnStore({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("YouTube"),
                    QStringLiteral("--service"), QStringLiteral("Vidéo"), QStringLiteral("--name"),
                    QStringLiteral("VISITOR_INFO1_LIVE"), QStringLiteral("--purpose"),
                    QStringLiteral("Lecture des vidéos"), QStringLiteral("--category"),
                    QStringLiteral("marketing"), QStringLiteral("--party"), QStringLiteral("third"),
                    QStringLiteral("--duration"), QStringLiteral("6 mois")})
            .code,
        0);
    const QString pdf = path(QStringLiteral("report.pdf"));
    Result result = runOnStore({QStringLiteral("report"), QStringLiteral("-o"), pdf});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(pdf), qPrintable(result.out));
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *expected :
         {"Cookie registry overview: every site", "2 cookie", "Cookies by category",
          "First and third party", "Top providers", "Lifetimes", "Problems by rule",
          "Cookies across publications", "third-party-privacy-link", "VISITOR_INFO1_LIVE",
          "Opendatasoft", "YouTube"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // The table under the category chart: one necessary, one marketing cookie of two.
    static const QRegularExpression marketing(QStringLiteral("Marketing\\s+1\\s+50[.,]0"));
    QVERIFY2(text.contains(marketing), qPrintable(text.left(3000)));

    const QString html = path(QStringLiteral("report.html"));
    result = runOnStore({QStringLiteral("report"), QStringLiteral("--site"),
                         QStringLiteral("exemple.fr"), QStringLiteral("--output"), html});
    QCOMPARE(result.code, 0);
    const QString page = QString::fromUtf8(TestSupport::readAll(html));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QCOMPARE(page.count(QLatin1String("<svg")), 6);   // every chart, drawn
    QCOMPARE(page.count(QLatin1String("<table")), 6); // and its table
    QVERIFY(page.contains(QLatin1String("Cookie registry overview: exemple.fr")));
    QVERIFY(page.contains(QLatin1String("<b>VISITOR_INFO1_LIVE</b>")));
}

void TestCommands::reportRefusesBadArguments() {
    const QByteArray before = TestSupport::fileHash(m_store);
    QCOMPARE(runOnStore({QStringLiteral("report")}).code, 2);
    QCOMPARE(
        runOnStore({QStringLiteral("report"), QStringLiteral("-o"), path(QStringLiteral("r.docx"))})
            .code,
        2);
    QCOMPARE(
        runOnStore({QStringLiteral("report"), QStringLiteral("--site"), QStringLiteral("nowhere"),
                    QStringLiteral("-o"), path(QStringLiteral("r.pdf"))})
            .code,
        2);
    Result result = runOnStore({QStringLiteral("report"), QStringLiteral("-o"),
                                path(QStringLiteral("missing/folder/r.pdf"))});
    QCOMPARE(result.code, 3);
    QVERIFY(!QFile::exists(path(QStringLiteral("r.pdf"))));
    QCOMPARE(TestSupport::fileHash(m_store), before);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
