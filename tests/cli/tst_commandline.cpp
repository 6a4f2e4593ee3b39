#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

// Runs the real program the way a user or a script does, and checks what it prints and its
// exit code: 0 success, 1 validation errors, 2 usage error, 3 store or file error.
class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpListsTheCommands();
    void defaultStoreIsCreatedWithTheReferenceCharter();
    void environmentVariableNamesTheStore();
    void initCreatesAnEmptyStoreOnce();
    void siteCommands();
    void addListSetRemove();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void severalSitesNeedSite();
    void importReportsEveryBadRowAndWritesNothing();
    void importTwiceReportsDuplicates();
    void importCreatesSitesAndSaysSo();
    void exportJsonImportsBackIdentically();
    void exportCsvToStdoutAndFile();
    void validateExitCodes();
    void damagedStoreIsRefused();
    void readOnlyStore();
    void charterExports_data();
    void charterExports();
    void defaultCharterHoldsTheReferenceRows();
    void charterTextsCanBeRewrittenAndReset();
    void siteSetChangesTheCharter();
    void usageErrors_data();
    void usageErrors();
    void pdfExportWithEveryOptionSpelling_data();
    void pdfExportWithEveryOptionSpelling();
    void twoSettersNeverRefuseEachOther();
    void twoPublishersCreatingOneStoreBothPublish();

private:
    Run run(const QStringList &arguments, const QString &store = QString());
    QProcess *start(const QStringList &arguments, QObject *parent);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString newStore(const QString &name = QStringLiteral("s.cookiestore"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCommandLine::run(const QStringList &arguments, const QString &store) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    environment.remove(QStringLiteral("COOKIE_CHARTER_STORE"));
    if (!store.isEmpty())
        environment.insert(QStringLiteral("COOKIE_CHARTER_STORE"), store);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CC_PROGRAM), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCommandLine::newStore(const QString &name) {
    const QString file = path(name);
    const Run created = run({QStringLiteral("init"), file});
    if (created.code != 0)
        qWarning() << created.err;
    return file;
}

void TestCommandLine::helpListsTheCommands() {
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *command : {"init", "sites", "site-add", "list", "add", "set", "remove",
                                "import", "export", "validate"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const Run addHelp = run({QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(addHelp.code, 0);
    QVERIFY(addHelp.out.contains(QLatin1String("--privacy-url")));
    QVERIFY(addHelp.out.contains(QLatin1String("cookie-charter add")));
}

void TestCommandLine::defaultStoreIsCreatedWithTheReferenceCharter() {
    const Run list = run({QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.err.isEmpty(), qPrintable(list.err));
    for (const char *name : {"sessionid", "django_language", "csrftoken", "cookies_preferences"})
        QVERIFY2(list.out.contains(QLatin1String(name)), name);
    QVERIFY(QFile::exists(path(QStringLiteral("data/cookie-charter/registry.cookiestore"))));
    const Run sites = run({QStringLiteral("sites")});
    QVERIFY(sites.out.contains(QLatin1String("https://opendata.clermont-ferrand.fr")));

    const Run json =
        run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    const QJsonArray cookies = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()[QStringLiteral("sites")][0][QStringLiteral("cookies")]
                                   .toArray();
    QCOMPARE(cookies.size(), 4);
    QCOMPARE(cookies[2][QStringLiteral("service")].toString(), QStringLiteral("API (CSRF)"));
    QCOMPARE(cookies[2][QStringLiteral("location")].toString(),
             QStringLiteral("front et back office"));
    QCOMPARE(cookies[0][QStringLiteral("purpose")][QStringLiteral("fr")].toString(),
             QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre."));
}

void TestCommandLine::environmentVariableNamesTheStore() {
    const QString store = newStore();
    QCOMPARE(run({QStringLiteral("site-add"), QStringLiteral("env.fr")}, store).code, 0);
    const Run sites = run({QStringLiteral("--store"), store, QStringLiteral("sites")});
    QVERIFY(sites.out.contains(QLatin1String("env.fr")));
    QVERIFY(!QFile::exists(path(QStringLiteral("data/cookie-charter/registry.cookiestore"))));
}

void TestCommandLine::initCreatesAnEmptyStoreOnce() {
    const QString store = path(QStringLiteral("new.cookiestore"));
    const Run first = run({QStringLiteral("init"), store});
    QCOMPARE(first.code, 0);
    const Run sites = run({QStringLiteral("--store"), store, QStringLiteral("sites")});
    QCOMPARE(sites.code, 0);
    QCOMPARE(sites.out.trimmed().split(QLatin1Char('\n')).size(), 1); // the header only
    const Run again = run({QStringLiteral("init"), store});
    QCOMPARE(again.code, 3);
    QVERIFY(again.err.contains(QLatin1String("already exists")));
    const Run missing = run({QStringLiteral("--store"), path(QStringLiteral("nope.cookiestore")),
                             QStringLiteral("list")});
    QCOMPARE(missing.code, 3);
    QVERIFY(missing.err.contains(QLatin1String("no such store")));
}

void TestCommandLine::siteCommands() {
    const QString store = newStore();
    const Run add = run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
                         QStringLiteral("exemple.fr"), QStringLiteral("--url"),
                         QStringLiteral("https://exemple.fr"), QStringLiteral("--languages"),
                         QStringLiteral("fr,en")});
    QCOMPARE(add.code, 0);
    const Run sites = run({QStringLiteral("--store"), store, QStringLiteral("sites")});
    QVERIFY(sites.out.contains(QLatin1String("exemple.fr")));
    QVERIFY(sites.out.contains(QLatin1String("fr,en")));
    const Run duplicate = run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
                               QStringLiteral("EXEMPLE.fr")});
    QCOMPARE(duplicate.code, 1);
    QVERIFY(duplicate.err.contains(QLatin1String("already exists")));
    const Run badLanguage =
        run({QStringLiteral("--store"), store, QStringLiteral("site-add"), QStringLiteral("x"),
             QStringLiteral("--languages"), QStringLiteral("fr,de")});
    QCOMPARE(badLanguage.code, 2);
    QVERIFY(badLanguage.err.contains(QLatin1String("de")));
}

void TestCommandLine::addListSetRemove() {
    const QString store = newStore();
    run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
         QStringLiteral("exemple.fr")});
    const QStringList add{QStringLiteral("--store"),
                          store,
                          QStringLiteral("add"),
                          QStringLiteral("--provider"),
                          QStringLiteral("Google"),
                          QStringLiteral("--service"),
                          QStringLiteral("Mesure d'audience"),
                          QStringLiteral("--name"),
                          QStringLiteral("_ga_*"),
                          QStringLiteral("--purpose"),
                          QStringLiteral("Mesurer l'audience, « anonymement »."),
                          QStringLiteral("--category"),
                          QStringLiteral("statistiques"),
                          QStringLiteral("--party"),
                          QStringLiteral("third"),
                          QStringLiteral("--domain"),
                          QStringLiteral("google.com"),
                          QStringLiteral("--duration"),
                          QStringLiteral("13 mois")};
    const Run added = run(add);
    QCOMPARE(added.code, 0);
    QVERIFY(added.out.contains(QLatin1String("#1")));
    QVERIFY2(added.err.contains(QLatin1String("privacy")), qPrintable(added.err)); // warning shown

    const Run again = run(add);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("cookie #1")), qPrintable(again.err));

    const Run set = run({QStringLiteral("--store"), store, QStringLiteral("set"),
                         QStringLiteral("1"), QStringLiteral("purpose_en=Audience measurement"),
                         QStringLiteral("privacy_url=https://policies.google.com/privacy")});
    QCOMPARE(set.code, 0);
    const Run csv = run({QStringLiteral("--store"), store, QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QVERIFY2(csv.out.contains(QStringLiteral(
                 "exemple.fr,Google,Mesure d'audience,,_ga_*,\"Mesurer l'audience, « anonymement "
                 "».\",statistics,third,google.com,13 mois,cookie,Audience "
                 "measurement,https://policies.google.com/privacy,,")),
             qPrintable(csv.out));
    const Run table = run({QStringLiteral("--store"), store, QStringLiteral("list"),
                           QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(table.out.contains(QLatin1String("Audience measurement")));

    const Run badField = run({QStringLiteral("--store"), store, QStringLiteral("set"),
                              QStringLiteral("1"), QStringLiteral("colour=blue")});
    QCOMPARE(badField.code, 2);
    const Run emptyPurpose =
        run({QStringLiteral("--store"), store, QStringLiteral("set"), QStringLiteral("1"),
             QStringLiteral("purpose="), QStringLiteral("purpose_en=")});
    QCOMPARE(emptyPurpose.code, 1);
    QVERIFY(emptyPurpose.err.contains(QLatin1String("purpose")));
    const Run missing = run({QStringLiteral("--store"), store, QStringLiteral("set"),
                             QStringLiteral("99"), QStringLiteral("notes=x")});
    QCOMPARE(missing.code, 3);

    const Run removeMissing = run({QStringLiteral("--store"), store, QStringLiteral("remove"),
                                   QStringLiteral("1"), QStringLiteral("99")});
    QCOMPARE(removeMissing.code, 3);
    QVERIFY(removeMissing.err.contains(QLatin1String("nothing was removed")));
    QVERIFY(run({QStringLiteral("--store"), store, QStringLiteral("list")})
                .out.contains(QLatin1String("_ga_*")));
    const Run removed =
        run({QStringLiteral("--store"), store, QStringLiteral("remove"), QStringLiteral("1")});
    QCOMPARE(removed.code, 0);
    QVERIFY(!run({QStringLiteral("--store"), store, QStringLiteral("list")})
                 .out.contains(QLatin1String("_ga_*")));
}

void TestCommandLine::addRefusesBadInput_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const QStringList base{QStringLiteral("--provider"), QStringLiteral("P"),
                           QStringLiteral("--service"),  QStringLiteral("S"),
                           QStringLiteral("--name"),     QStringLiteral("n")};
    QTest::newRow("no purpose") << base << 2 << "--purpose";
    QTest::newRow("empty purpose")
        << (base + QStringList{QStringLiteral("--purpose"), QStringLiteral(" ")}) << 1 << "purpose";
    QTest::newRow("bad category") << (base + QStringList{QStringLiteral("--purpose"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--category"),
                                                         QStringLiteral("tasty")})
                                  << 2 << "category";
    QTest::newRow("javascript link")
        << (base + QStringList{QStringLiteral("--purpose"), QStringLiteral("x"),
                               QStringLiteral("--privacy-url"),
                               QStringLiteral("javascript:alert(1)")})
        << 2 << "http";
    QTest::newRow("unknown site") << (base + QStringList{QStringLiteral("--purpose"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--site"),
                                                         QStringLiteral("nowhere")})
                                  << 2 << "nowhere";
    QTest::newRow("unknown option")
        << (base + QStringList{QStringLiteral("--colour"), QStringLiteral("x")}) << 2 << "colour";
}

void TestCommandLine::addRefusesBadInput() {
    QFETCH(QStringList, options);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString store = newStore();
    run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
         QStringLiteral("exemple.fr")});
    const QByteArray before = TestSupport::fileHash(store);
    const Run result =
        run(QStringList{QStringLiteral("--store"), store, QStringLiteral("add")} + options);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(TestSupport::fileHash(store), before);
}

void TestCommandLine::severalSitesNeedSite() {
    const QString store = newStore();
    run({QStringLiteral("--store"), store, QStringLiteral("site-add"), QStringLiteral("a.fr")});
    run({QStringLiteral("--store"), store, QStringLiteral("site-add"), QStringLiteral("b.fr")});
    const QStringList add{QStringLiteral("--store"), store,
                          QStringLiteral("add"),     QStringLiteral("--provider"),
                          QStringLiteral("P"),       QStringLiteral("--service"),
                          QStringLiteral("S"),       QStringLiteral("--name"),
                          QStringLiteral("n"),       QStringLiteral("--purpose"),
                          QStringLiteral("x")};
    const Run without = run(add);
    QCOMPARE(without.code, 2);
    QVERIFY(without.err.contains(QLatin1String("--site")));
    QCOMPARE(run(add + QStringList{QStringLiteral("--site"), QStringLiteral("b.fr")}).code, 0);
    const Run listB = run({QStringLiteral("--store"), store, QStringLiteral("list"),
                           QStringLiteral("--site"), QStringLiteral("b.fr")});
    QVERIFY(listB.out.contains(QLatin1String(" n ")));
    const Run listA = run({QStringLiteral("--store"), store, QStringLiteral("list"),
                           QStringLiteral("--site"), QStringLiteral("a.fr")});
    QVERIFY(!listA.out.contains(QLatin1String(" n ")));

    // A CSV without a site column is ambiguous too.
    const QString file = path(QStringLiteral("nosite.csv"));
    TestSupport::writeAll(file, "provider,name,purpose\nP,m,x\n");
    const Run import = run({QStringLiteral("--store"), store, QStringLiteral("import"), file});
    QCOMPARE(import.code, 2);
    QVERIFY(import.err.contains(QLatin1String("--site")));
}

void TestCommandLine::importReportsEveryBadRowAndWritesNothing() {
    const QString store = newStore();
    const QByteArray before = TestSupport::fileHash(store);
    const QString file = TestSupport::dataPath(QStringLiteral("bad-rows.csv"));
    const Run result = run({QStringLiteral("--store"), store, QStringLiteral("import"), file});
    QCOMPARE(result.code, 1);
    for (int line : {3, 4, 5, 6})
        QVERIFY2(result.err.contains(QStringLiteral("bad-rows.csv: line %1:").arg(line)),
                 qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("line 2:")));
    QVERIFY(result.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(TestSupport::fileHash(store), before);
}

void TestCommandLine::importTwiceReportsDuplicates() {
    const QString store = newStore();
    const QString file = TestSupport::dataPath(QStringLiteral("generated-300.csv"));
    const Run first = run({QStringLiteral("--store"), store, QStringLiteral("import"), file});
    QCOMPARE(first.code, 0);
    QVERIFY(first.out.contains(QLatin1String("Imported 300 cookies")));
    const Run second = run({QStringLiteral("--store"), store, QStringLiteral("import"), file});
    QCOMPARE(second.code, 1);
    QVERIFY(second.err.contains(QLatin1String("already in the registry")));
    QVERIFY(second.err.contains(QLatin1String("300 rows rejected")));
    const Run sites = run({QStringLiteral("--store"), store, QStringLiteral("sites")});
    QCOMPARE(sites.out.count(QLatin1String(" 100\n")), 3);
}

void TestCommandLine::importCreatesSitesAndSaysSo() {
    const QString store = newStore();
    const QString file = path(QStringLiteral("in.csv"));
    TestSupport::writeAll(file, "site,provider,name,purpose,colour\nneuf.fr,P,n,x,blue\n");
    const Run result = run({QStringLiteral("--store"), store, QStringLiteral("import"), file});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("Created site neuf.fr")));
    QVERIFY(result.err.contains(QLatin1String("colour")));
    const QString plain = path(QStringLiteral("plain.csv"));
    TestSupport::writeAll(plain, "provider,name,purpose\nP,m,x\n");
    const Run dry = run({QStringLiteral("--store"), store, QStringLiteral("import"),
                         QStringLiteral("--dry-run"), QStringLiteral("--site"),
                         QStringLiteral("autre.fr"), plain});
    QCOMPARE(dry.code, 0);
    QVERIFY(dry.out.contains(QLatin1String("Would create site autre.fr")));
    QVERIFY(dry.out.contains(QLatin1String("dry run")));
    QVERIFY(!run({QStringLiteral("--store"), store, QStringLiteral("sites")})
                 .out.contains(QLatin1String("autre.fr")));
}

void TestCommandLine::exportJsonImportsBackIdentically() {
    const QString first = newStore(QStringLiteral("a.cookiestore"));
    QCOMPARE(run({QStringLiteral("--store"), first, QStringLiteral("import"),
                  TestSupport::dataPath(QStringLiteral("generated-300.csv"))})
                 .code,
             0);
    const QString json = path(QStringLiteral("out.json"));
    QCOMPARE(run({QStringLiteral("--store"), first, QStringLiteral("export"), QStringLiteral("-o"),
                  json})
                 .code,
             0);
    const QString second = newStore(QStringLiteral("b.cookiestore"));
    const Run imported = run({QStringLiteral("--store"), second, QStringLiteral("import"), json});
    QCOMPARE(imported.code, 0);
    const Run a = run({QStringLiteral("--store"), first, QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    const Run b = run({QStringLiteral("--store"), second, QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(b.out, a.out);
    QVERIFY(a.out.size() > 10000);
}

void TestCommandLine::exportCsvToStdoutAndFile() {
    const Run stdoutExport =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(stdoutExport.code, 0);
    QVERIFY(stdoutExport.out.startsWith(QLatin1String(
        "site,provider,service,location,name,purpose,category,party,domain,duration,type")));
    QCOMPARE(stdoutExport.out.count(QLatin1String("\r\n")), 5);
    const QString file = path(QStringLiteral("out.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("-o"), file}).code, 0);
    QCOMPARE(QString::fromUtf8(TestSupport::readAll(file)), stdoutExport.out);
    const Run badFormat =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls")});
    QCOMPARE(badFormat.code, 2);
    const Run unwritable = run({QStringLiteral("export"), QStringLiteral("-o"),
                                path(QStringLiteral("no/such/dir/out.csv"))});
    QCOMPARE(unwritable.code, 3);
}

void TestCommandLine::validateExitCodes() {
    const Run clean = run({QStringLiteral("validate")});
    QCOMPARE(clean.code, 0);
    QVERIFY(clean.out.contains(QLatin1String("0 errors, 0 warnings")));

    const QString store = newStore();
    const QString file = path(QStringLiteral("warn.csv"));
    TestSupport::writeAll(file,
                          "site,provider,name,purpose,category,party,duration,consent_exempt\n"
                          "exemple.fr,Matomo,_pk_id,Mesure,statistics,first,25 mois,yes\n"
                          "exemple.fr,Google,_gid,Mesure,statistics,third,1 jour,\n"
                          "exemple.fr,X,odd,Quoi,necessary,first,forever,\n");
    QCOMPARE(run({QStringLiteral("--store"), store, QStringLiteral("import"), file}).code, 0);
    const Run warnings = run({QStringLiteral("--store"), store, QStringLiteral("validate")});
    // Exempt statistics over 13 months lose the exemption: an error (cnil-exempt-lifetime).
    QCOMPARE(warnings.code, 1);
    QVERIFY2(warnings.out.contains(QLatin1String("13 months")), qPrintable(warnings.out));
    QVERIFY(warnings.out.contains(QLatin1String("[cnil-exempt-lifetime]")));
    QVERIFY(warnings.out.contains(QLatin1String("privacy policy")));
    QVERIFY(warnings.out.contains(QLatin1String("cannot be read")));
    QVERIFY2(warnings.out.contains(QLatin1String("1 error, 2 warnings")), qPrintable(warnings.out));
}

void TestCommandLine::damagedStoreIsRefused() {
    const QString file = path(QStringLiteral("notastore.cookiestore"));
    TestSupport::writeAll(file, "this is a text file\n");
    const Run result = run({QStringLiteral("--store"), file, QStringLiteral("list")});
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains(QLatin1String("not a Cookie Charter store")));
    QCOMPARE(TestSupport::readAll(file), QByteArray("this is a text file\n"));
}

void TestCommandLine::readOnlyStore() {
    const QString store = newStore();
    run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
         QStringLiteral("exemple.fr")});
    const Run refused = run({QStringLiteral("--store"), store, QStringLiteral("--read-only"),
                             QStringLiteral("site-add"), QStringLiteral("x.fr")});
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains(QLatin1String("read-only")));
    QCOMPARE(run({QStringLiteral("--store"), store, QStringLiteral("--read-only"),
                  QStringLiteral("sites")})
                 .code,
             0);
}

void TestCommandLine::charterExports_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("starts");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("html by suffix")
        << QStringList{} << "charte.html" << QByteArray("<!DOCTYPE html>\n<html lang=\"fr\">")
        << QByteArray("<td>Authentification (front et back office)</td>");
    QTest::newRow("html in English")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << "policy.html"
        << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">") << QByteArray("Remembers the user");
    QTest::newRow("fragment") << QStringList{QStringLiteral("--format"),
                                             QStringLiteral("html-fragment")}
                              << "fragment.html"
                              << QByteArray("<section class=\"cookie-charter\" lang=\"fr\">")
                              << QByteArray("csrftoken");
    QTest::newRow("markdown") << QStringList{QStringLiteral("--format"), QStringLiteral("md")}
                              << "charte.md" << QByteArray("# Charte cookies")
                              << QByteArray(
                                     "| Opendatasoft | API (CSRF) (front et back office) | "
                                     "csrftoken | Récupérer des données via des appels API |");
    QTest::newRow("pdf") << QStringList{} << "charte.pdf" << QByteArray("%PDF-")
                         << QByteArray("%%EOF");
}

void TestCommandLine::charterExports() {
    QFETCH(QStringList, options);
    QFETCH(QString, file);
    QFETCH(QByteArray, starts);
    QFETCH(QByteArray, mentions);
    const QString target = path(file);
    const Run result =
        run(QStringList{QStringLiteral("export"), QStringLiteral("-o"), target} + options);
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QByteArray bytes = TestSupport::readAll(target);
    QVERIFY2(bytes.startsWith(starts), bytes.left(80).constData());
    QVERIFY2(bytes.contains(mentions), bytes.left(2000).constData());
    // Standard output gets the same bytes as the file (but for the PDF's creation date).
    if (!file.endsWith(QLatin1String(".pdf"))) {
        QStringList toStdout{QStringLiteral("export")};
        toStdout += options;
        if (!options.contains(QStringLiteral("--format")))
            toStdout += QStringList{QStringLiteral("--format"), file.endsWith(QLatin1String(".md"))
                                                                    ? QStringLiteral("md")
                                                                    : QStringLiteral("html")};
        QCOMPARE(run(toStdout).out.toUtf8(), bytes);
    }
}

void TestCommandLine::defaultCharterHoldsTheReferenceRows() {
    const Run fragment =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html-fragment"),
             QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(fragment.code, 0);
    const QByteArray reference = TestSupport::readAll(
        TestSupport::dataPath(QStringLiteral("reference/charte-cookies-opendatasoft.txt")));
    int rows = 0;
    for (const QByteArray &line : reference.split('\n')) {
        if (!line.startsWith("Opendatasoft\t"))
            continue;
        QStringList cells = QString::fromUtf8(line).trimmed().split(QLatin1Char('\t'));
        for (QString &cell : cells)
            cell = cell.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
        const QString expected =
            QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td><td>%4</td></tr>")
                .arg(cells.at(0), cells.at(1), cells.at(2), cells.at(3));
        QVERIFY2(fragment.out.contains(expected), qPrintable(expected));
        ++rows;
    }
    QCOMPARE(rows, 4);
}

void TestCommandLine::charterTextsCanBeRewrittenAndReset() {
    const Run list = run({QStringLiteral("texts")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QLatin1String("contact")));
    QVERIFY(list.out.contains(QLatin1String("default")));
    const QString file = path(QStringLiteral("contact.md"));
    TestSupport::writeAll(file, "## Nous écrire\n\nÉcrivez à la mairie, service **données**.\n");
    const Run set = run(
        {QStringLiteral("text-set"), QStringLiteral("contact"), QStringLiteral("--file"), file});
    QCOMPARE(set.code, 0);
    QVERIFY(run({QStringLiteral("texts")})
                .out.contains(QLatin1String("the site's own (version 1, tester")));
    QVERIFY(run({QStringLiteral("text-show"), QStringLiteral("contact")})
                .out.contains(QStringLiteral("Écrivez à la mairie")));
    const Run html =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.out.contains(QStringLiteral("<h2>Nous écrire</h2>")));
    QVERIFY(html.out.contains(QStringLiteral("service <strong>données</strong>.")));
    // The English charter still uses the default.
    const Run english =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(english.out.contains(QLatin1String("<h2>Contact</h2>")));

    QCOMPARE(run({QStringLiteral("text-reset"), QStringLiteral("contact")}).code, 0);
    QVERIFY(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html")})
                .out.contains(QLatin1String("<h2>Nous contacter</h2>")));

    const Run unknown = run({QStringLiteral("text-set"), QStringLiteral("preamble"),
                             QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QLatin1String("introduction")));
    const Run empty = run({QStringLiteral("text-set"), QStringLiteral("contact"),
                           QStringLiteral("--text"), QStringLiteral("  ")});
    QCOMPARE(empty.code, 1);
}

void TestCommandLine::siteSetChangesTheCharter() {
    QCOMPARE(
        run({QStringLiteral("site-set"), QStringLiteral("opendata.clermont-ferrand.fr"),
             QStringLiteral("contact=dpo@clermont-ferrand.fr"), QStringLiteral("languages=fr")})
            .code,
        0);
    QVERIFY(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")})
                .out.contains(QLatin1String("contactez dpo@clermont-ferrand.fr.")));
    QVERIFY(run({QStringLiteral("sites")}).out.contains(QLatin1String(" fr ")));
    const Run bad =
        run({QStringLiteral("site-set"), QStringLiteral("1"), QStringLiteral("colour=blue")});
    QCOMPARE(bad.code, 2);
    const Run badLanguage =
        run({QStringLiteral("site-set"), QStringLiteral("1"), QStringLiteral("languages=de")});
    QCOMPARE(badLanguage.code, 2);
}

void TestCommandLine::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour")} << "unknown option";
    QTest::newRow("store without file") << QStringList{QStringLiteral("--store")} << "--store";
    QTest::newRow("set without assignment")
        << QStringList{QStringLiteral("set"), QStringLiteral("1")} << "FIELD=VALUE";
    QTest::newRow("remove a word")
        << QStringList{QStringLiteral("remove"), QStringLiteral("abc")} << "abc";
    QTest::newRow("list bad format")
        << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}
        << "--format";
    QTest::newRow("import nothing") << QStringList{QStringLiteral("import")} << "one file";
}

void TestCommandLine::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QProcess *TestCommandLine::start(const QStringList &arguments, QObject *parent) {
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.remove(QStringLiteral("COOKIE_CHARTER_STORE"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(CC_PROGRAM), arguments);
    return process;
}

// The attached spellings used to abort (no QGuiApplication for the PDF): a crash is only seen
// from outside the process.
void TestCommandLine::pdfExportWithEveryOptionSpelling_data() {
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("file");
    QTest::newRow("--output=") << "export --output=%1"
                               << "a.pdf";
    QTest::newRow("-oFILE") << "export -o%1"
                            << "b.pdf";
    QTest::newRow("-o=FILE") << "export -o=%1"
                             << "c.pdf";
    QTest::newRow("upper case") << "export --output=%1"
                                << "D.PDF";
    QTest::newRow("-o FILE") << "export -o %1"
                             << "e.pdf";
    QTest::newRow("--format=pdf") << "export --format=pdf --output=%1"
                                  << "f.pdf";
}

void TestCommandLine::pdfExportWithEveryOptionSpelling() {
    QFETCH(QString, words);
    QFETCH(QString, file);
    const Run result = run(words.arg(path(file)).split(QLatin1Char(' ')));
    QCOMPARE(result.code, 0);
    QVERIFY2(TestSupport::readAll(path(file)).startsWith("%PDF-"), qPrintable(result.err));
}

// `set` reads and writes in one transaction: two scripts changing one cookie at once never see
// "changed since you read it" unless they named a version.
void TestCommandLine::twoSettersNeverRefuseEachOther() {
    const QString store = newStore();
    QCOMPARE(run({QStringLiteral("site-add"), QStringLiteral("s.fr")}, store).code, 0);
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("P"),
                  QStringLiteral("--service"), QStringLiteral("S"), QStringLiteral("--name"),
                  QStringLiteral("target"), QStringLiteral("--purpose"), QStringLiteral("p")},
                 store)
                 .code,
             0);
    QObject owner;
    int refused = 0;
    QStringList messages;
    for (int round = 0; round < 40; ++round) {
        QList<QProcess *> pair;
        for (int writer = 0; writer < 2; ++writer)
            pair.append(
                start({QStringLiteral("--store"), store, QStringLiteral("set"), QStringLiteral("1"),
                       QStringLiteral("purpose=w%1 %2").arg(writer).arg(round)},
                      &owner));
        for (QProcess *process : pair) {
            QVERIFY(process->waitForFinished(30000));
            if (process->exitCode() != 0) {
                ++refused;
                messages.append(QString::fromUtf8(process->readAllStandardError()));
            }
        }
        qDeleteAll(pair);
    }
    QVERIFY2(refused == 0, qPrintable(messages.join(QLatin1Char('\n'))));
}

// The first publisher creates the new shared store and the second uses it; neither sees the
// other's half-made file.
void TestCommandLine::twoPublishersCreatingOneStoreBothPublish() {
    run({QStringLiteral("list")}); // the default store, made once
    QObject owner;
    for (int round = 0; round < 8; ++round) {
        const QString shared = path(QStringLiteral("new%1.store").arg(round));
        QList<QProcess *> pair;
        for (const char *note : {"a", "b"})
            pair.append(
                start({QStringLiteral("publish"), QStringLiteral("--to"), shared,
                       QStringLiteral("--force"), QStringLiteral("--note"), QLatin1String(note)},
                      &owner));
        for (QProcess *process : pair) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        qDeleteAll(pair);
        const Run verify = run({QStringLiteral("verify"), QStringLiteral("--to"), shared});
        QCOMPARE(verify.code, 0);
        QVERIFY(verify.out.contains(QLatin1String("2 publications")));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("new*.store.new-*")}),
                 QStringList());
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
