#include "AtomicFile.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

namespace {

// Limits the size of files this process may write, as a full disk would, for one scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN); // a write past it then fails with EFBIG
        struct rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_saved {};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

// Files appear whole or not at all, and a failed write never replaces a good file: every write,
// the flush at the end and the sync are checked before the rename.
class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesAndReplaces();
    void anErrorInTheLastBufferKeepsTheOldFile_data();
    void anErrorInTheLastBufferKeepsTheOldFile();
    void severalFilesAreAllOrNone();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList files() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicFile::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFile::writesAndReplaces() {
    QString error;
    QVERIFY(AtomicFile::write(path(QStringLiteral("a.csv")), "first", &error));
    QVERIFY(AtomicFile::write(path(QStringLiteral("a.csv")), "second", &error));
    QCOMPARE(TestSupport::readAll(path(QStringLiteral("a.csv"))), QByteArray("second"));
    QCOMPARE(files(), QStringList{QStringLiteral("a.csv")});
}

// A small export used to pass: its bytes sat in the last buffer, whose write failed at close,
// and the cut file was renamed over the good one with exit 0.
void TestAtomicFile::anErrorInTheLastBufferKeepsTheOldFile_data() {
    QTest::addColumn<int>("size");
    QTest::newRow("smaller than one buffer") << 6000;
    QTest::newRow("many buffers") << 400000;
}

void TestAtomicFile::anErrorInTheLastBufferKeepsTheOldFile() {
    QFETCH(int, size);
    const QString target = path(QStringLiteral("x.csv"));
    QVERIFY(TestSupport::writeAll(target, "a good earlier export"));
    QString error;
    bool written = true;
    {
        FileSizeLimit limit(4096);
        QVERIFY(limit.ok());
        written = AtomicFile::write(target, QByteArray(size, 'x'), &error);
    }
    QVERIFY(!written);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(target)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error)); // the cause, named
    QCOMPARE(TestSupport::readAll(target), QByteArray("a good earlier export"));
    QCOMPARE(files(), QStringList{QStringLiteral("x.csv")});
}

void TestAtomicFile::severalFilesAreAllOrNone() {
    QString error;
    QList<std::pair<QString, QByteArray>> set{
        {path(QStringLiteral("a.md")), "small"},
        {path(QStringLiteral("b.html")), QByteArray(9000, 'h')}};
    {
        FileSizeLimit limit(4096);
        QVERIFY(limit.ok());
        QVERIFY(!AtomicFile::writeAll(set, &error));
    }
    QVERIFY(error.contains(QLatin1String("b.html")));
    QCOMPARE(files(), QStringList()); // not even the one that fitted
    QVERIFY(AtomicFile::writeAll(set, &error));
    QCOMPARE(files(), (QStringList{QStringLiteral("a.md"), QStringLiteral("b.html")}));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
