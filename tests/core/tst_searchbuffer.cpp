#include "SearchBuffer.h"

#include <QTest>

// The registry table's search: every row containing a word, found in one pass.
class TestSearchBuffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsEveryRowOnce();
    void changedRowsAreFoundByTheirNewTextOnly();
    void largeBufferIsSharedByTwoThreads();
};

namespace {

QList<int> rowsWith(const SearchBuffer &buffer, const char *word) {
    std::vector<char> hits;
    buffer.findAll(QByteArrayView(word), hits);
    QList<int> rows;
    for (size_t i = 0; i < hits.size(); ++i) {
        if (hits[i])
            rows.append(int(i));
    }
    return rows;
}

} // namespace

void TestSearchBuffer::findsEveryRowOnce() {
    SearchBuffer buffer;
    buffer.set(0, "opendatasoft\nsessionid\nse souvenir de l'utilisateur");
    buffer.set(1, "google\n_ga\nmesure d'audience");
    buffer.set(2, "matomo\n_pk_id\nmesure mesure mesure");
    QCOMPARE(rowsWith(buffer, "mesure"), (QList<int>{1, 2}));
    QCOMPARE(rowsWith(buffer, "s"), (QList<int>{0, 1, 2}));
    QCOMPARE(rowsWith(buffer, "absent"), QList<int>());
    QCOMPARE(rowsWith(buffer, ""), (QList<int>{0, 1, 2}));
    // A word never spans two rows.
    QCOMPARE(rowsWith(buffer, "utilisateurgoogle"), QList<int>());
    QVERIFY(buffer.contains(1, "audience"));
    QVERIFY(!buffer.contains(0, "audience"));
    QCOMPARE(buffer.text(1), QByteArrayView("google\n_ga\nmesure d'audience"));
}

void TestSearchBuffer::changedRowsAreFoundByTheirNewTextOnly() {
    SearchBuffer buffer;
    buffer.set(0, "alpha");
    buffer.set(1, "beta");
    buffer.set(0, "gamma"); // appended; "alpha" is blanked
    QCOMPARE(rowsWith(buffer, "alpha"), QList<int>());
    QCOMPARE(rowsWith(buffer, "gamma"), QList<int>{0});
    QCOMPARE(rowsWith(buffer, "a"), (QList<int>{0, 1}));
    buffer.remove(1);
    QCOMPARE(rowsWith(buffer, "beta"), QList<int>());
    QVERIFY(!buffer.contains(1, "b"));
    buffer.set(5, "epsilon"); // rows need not come in order
    QCOMPARE(buffer.rows(), 6);
    QCOMPARE(rowsWith(buffer, "psi"), QList<int>{5});
}

void TestSearchBuffer::largeBufferIsSharedByTwoThreads() {
    SearchBuffer buffer;
    const int rows = 60000; // over 2 MB of text: the two-thread path
    for (int i = 0; i < rows; ++i)
        buffer.set(i, QStringLiteral("fournisseur %1\nnom_%2\nune finalite assez longue pour "
                                     "remplir la memoire %3")
                          .arg(i % 7)
                          .arg(i)
                          .arg(i % 3 == 0 ? QStringLiteral("audience") : QStringLiteral("autre"))
                          .toUtf8());
    QVERIFY(buffer.bytes() > (1 << 21));
    const QList<int> found = rowsWith(buffer, "audience");
    QCOMPARE(found.size(), rows / 3);
    for (int row : found)
        QCOMPARE(row % 3, 0);
    QCOMPARE(rowsWith(buffer, "nom_59999"), QList<int>{59999});
    QCOMPARE(rowsWith(buffer, "nom_0\n"), QList<int>{0});
}

QTEST_APPLESS_MAIN(TestSearchBuffer)
#include "tst_searchbuffer.moc"
