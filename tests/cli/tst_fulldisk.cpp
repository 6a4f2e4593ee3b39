#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

// A full disk during export, import and publish: a clear message, exit 3, and the previous file
// or the store byte for byte as it was. A small tmpfs makes the disk full; mounting one needs
// root (CI runs as root), and the test says so and skips elsewhere.
class TestFullDisk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportKeepsThePreviousFile_data();
    void exportKeepsThePreviousFile();
    void importLeavesTheStoreAsItWas();
    void publishLeavesTheSharedStoreAsItWas();

private:
    struct Run {
        int code = -1;
        QString err;
    };
    Run run(const QStringList &arguments);
    void fill();     // writes until no byte is left
    void makeRoom(); // removes the filler
    QString full(const QString &name) const { return m_mount + QLatin1Char('/') + name; }

    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
};

void TestFullDisk::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_mount = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(m_mount));
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; run as root (CI does) to check a full disk");
    if (mount("tmpfs", m_mount.toLocal8Bit().constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP("this machine refuses to mount a tmpfs; the full-disk checks did not run");
    m_mounted = true;
    // The default store, outside the small disk, with one more cookie than the reference.
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("P"),
                  QStringLiteral("--service"), QStringLiteral("S"), QStringLiteral("--name"),
                  QStringLiteral("more"), QStringLiteral("--category"), QStringLiteral("necessary"),
                  QStringLiteral("--purpose"), QStringLiteral("one more cookie")})
                 .code,
             0);
}

void TestFullDisk::cleanupTestCase() {
    if (m_mounted)
        umount(m_mount.toLocal8Bit().constData());
}

TestFullDisk::Run TestFullDisk::run(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.remove(QStringLiteral("COOKIE_CHARTER_STORE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CC_PROGRAM), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestFullDisk::fill() {
    QFile filler(full(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray block(4096, '\0');
    while (filler.write(block) == block.size()) {
    }
    const QByteArray byte(1, '\0');
    while (filler.write(byte) == 1) {
    }
}

void TestFullDisk::makeRoom() {
    QFile::remove(full(QStringLiteral("filler")));
}

void TestFullDisk::exportKeepsThePreviousFile_data() {
    QTest::addColumn<QString>("file");
    for (const char *name : {"x.csv", "x.json", "x.html", "x.md", "x.pdf"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestFullDisk::exportKeepsThePreviousFile() {
    QFETCH(QString, file);
    const QString target = full(file);
    QVERIFY(TestSupport::writeAll(target, "a good earlier export"));
    fill();
    const Run result = run({QStringLiteral("export"), QStringLiteral("-o"), target});
    makeRoom();
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(QLatin1String("No space left on device")), qPrintable(result.err));
    QCOMPARE(TestSupport::readAll(target), QByteArray("a good earlier export"));
    QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList{file});
    QFile::remove(target);
}

void TestFullDisk::importLeavesTheStoreAsItWas() {
    const QString store = full(QStringLiteral("s.cookiestore"));
    QCOMPARE(run({QStringLiteral("init"), store}).code, 0);
    QCOMPARE(run({QStringLiteral("--store"), store, QStringLiteral("site-add"),
                  QStringLiteral("exemple.fr")})
                 .code,
             0);
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QByteArray rows = "provider,service,name,purpose,category\n";
    for (int i = 0; i < 20000; ++i)
        rows += "Fournisseur,Service,cookie_" + QByteArray::number(i) +
                ",Une finalité assez longue pour remplir des pages,necessary\n";
    QVERIFY(TestSupport::writeAll(csv, rows));
    const QByteArray before = TestSupport::fileHash(store);
    fill();
    const Run result = run({QStringLiteral("--store"), store, QStringLiteral("import"), csv});
    makeRoom();
    QCOMPARE(result.code, 3);
    QVERIFY2(!result.err.isEmpty(), "no message");
    QCOMPARE(TestSupport::fileHash(store), before);
    QVERIFY(!QFileInfo::exists(store + QStringLiteral("-journal")) ||
            QFileInfo(store + QStringLiteral("-journal")).size() == 0);
    QFile::remove(store);
}

void TestFullDisk::publishLeavesTheSharedStoreAsItWas() {
    const QString shared = full(QStringLiteral("shared.cookiestore"));
    QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--to"), shared}).code, 0);
    QCOMPARE(
        run({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("notes=changed")}).code, 0);
    const QByteArray before = TestSupport::fileHash(shared);
    fill();
    const Run result = run({QStringLiteral("publish"), QStringLiteral("--to"), shared});
    makeRoom();
    QCOMPARE(result.code, 3);
    QVERIFY2(!result.err.isEmpty(), "no message");
    QCOMPARE(TestSupport::fileHash(shared), before);
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--to"), shared}).code, 0);
    // A new shared store on a full disk: refused, and no half-made file stays behind.
    fill();
    const Run fresh = run({QStringLiteral("publish"), QStringLiteral("--to"),
                           full(QStringLiteral("new.cookiestore"))});
    makeRoom();
    QCOMPARE(fresh.code, 3);
    QVERIFY(!QFileInfo::exists(full(QStringLiteral("new.cookiestore"))));
    QCOMPARE(QDir(m_mount).entryList({QStringLiteral("new.cookiestore*")}, QDir::Files),
             QStringList());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
