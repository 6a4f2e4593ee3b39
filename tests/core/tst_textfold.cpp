#include "TextFold.h"

#include <QTest>

class TestTextFold : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
};

void TestTextFold::fold_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << "Matomo _PK_ID"
                           << "matomo _pk_id";
    QTest::newRow("french accents") << "Nécessaire, préférences, Été, À, Ç, ù, ï"
                                    << "necessaire, preferences, ete, a, c, u, i";
    QTest::newRow("ligatures stay letters") << "Œuvre Straße"
                                            << "œuvre straße";
    QTest::newRow("guillemets and NBSP")
        << QStringLiteral("« chat »\u00A0ok") << QStringLiteral("« chat »\u00A0ok");
    QTest::newRow("beyond Latin: slow path") << "Ελληνικά Ä"
                                             << "ελληνικα a";
    QTest::newRow("cookie emoji") << QStringLiteral("Cookie 🍪 É") << QStringLiteral("cookie 🍪 e");
    QTest::newRow("empty") << ""
                           << "";
}

void TestTextFold::fold() {
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldCaseAndAccents(text), folded);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
