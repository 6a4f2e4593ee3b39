#include "CsvReader.h"
#include "CsvWriter.h"

#include <QTest>

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void reportsBadRowsAndGoesOn();
    void separatorDetection_data();
    void separatorDetection();
    void writerQuotesAndNeutralises_data();
    void writerQuotesAndNeutralises();
    void everyValueRoundTrips_data();
    void everyValueRoundTrips();
};

using Rows = QList<QStringList>;

void TestCsvReader::records_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("simple") << QByteArray("a,b\r\nc,d\r\n") << Rows{{"a", "b"}, {"c", "d"}}
                            << QList<int>{1, 2};
    QTest::newRow("LF only, no final newline")
        << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::newRow("CR only") << QByteArray("a\rb\r") << Rows{{"a"}, {"b"}} << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname\r\nx\r\n") << Rows{{"name"}, {"x"}}
                         << QList<int>{1, 2};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}}
                                  << QList<int>{1};
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}} << QList<int>{1};
    QTest::newRow("newline inside quotes counts lines")
        << QByteArray("\"l1\nl2\",x\nnext,y\n") << Rows{{"l1\nl2", "x"}, {"next", "y"}}
        << QList<int>{1, 3};
    QTest::newRow("CRLF inside quotes kept")
        << QByteArray("\"a\r\nb\"\r\n") << Rows{{"a\r\nb"}} << QList<int>{1};
    QTest::newRow("empty fields") << QByteArray(",,\n") << Rows{{"", "", ""}} << QList<int>{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << Rows{{"", "x"}} << QList<int>{1};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n") << Rows{{"a"}, {"b"}} << QList<int>{1, 4};
    QTest::newRow("accents and guillemets")
        << QByteArray("Sélection de la langue,« chat »\n")
        << Rows{{"Sélection de la langue", "« chat »"}} << QList<int>{1};
    QTest::newRow("quote in unquoted field kept")
        << QByteArray("a\"b,c\n") << Rows{{"a\"b", "c"}} << QList<int>{1};
    QTest::newRow("trailing spaces kept")
        << QByteArray(" a , b \n") << Rows{{" a ", " b "}} << QList<int>{1};
}

void TestCsvReader::records() {
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QFETCH(QList<int>, lines);
    CsvReader reader(input);
    Rows rows;
    QList<int> starts;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        QVERIFY2(reader.recordError().isEmpty(), qPrintable(reader.recordError()));
        rows.append(fields);
        starts.append(reader.recordLine());
    }
    QCOMPARE(rows, expected);
    QCOMPARE(starts, lines);
}

void TestCsvReader::reportsBadRowsAndGoesOn() {
    const QByteArray input("ok,1\nbad \xFF\xFE,2\nok,3\n\"never closed,4\n");
    CsvReader reader(input);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.recordError().isEmpty());
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.recordError().contains(QLatin1String("UTF-8")));
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.recordError().isEmpty());
    QCOMPARE(fields, (QStringList{"ok", "3"}));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.recordLine(), 4);
    QVERIFY(reader.recordError().contains(QLatin1String("never closed")));
    QVERIFY(!reader.readRecord(&fields));

    QVERIFY(!isValidUtf8("\xC0\xAF", 2));        // overlong
    QVERIFY(!isValidUtf8("\xED\xA0\x80", 3));    // surrogate
    QVERIFY(!isValidUtf8("\xE2\x82", 2));        // truncated
    QVERIFY(isValidUtf8("\xE2\x82\xAC", 3));     // euro sign
    QVERIFY(isValidUtf8("\xF0\x9F\x8D\xAA", 4)); // cookie emoji
}

void TestCsvReader::separatorDetection_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");
    QTest::newRow("comma") << QByteArray("a,b,c\n") << ',';
    QTest::newRow("semicolon (French Excel)") << QByteArray("a;b;c\n1,5;2;3\n") << ';';
    QTest::newRow("tab (the reference table)")
        << QByteArray("Nom\tService\tNom du cookies\tFinalités\n") << '\t';
    QTest::newRow("quoted semicolons ignored") << QByteArray("\"a;b;c\",d,e\n") << ',';
}

void TestCsvReader::separatorDetection() {
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QCOMPARE(CsvReader::detectSeparator(input), separator);
}

void TestCsvReader::writerQuotesAndNeutralises_data() {
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
    QTest::newRow("comma quoted") << QStringList{"a,b"} << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote doubled")
        << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline quoted") << QStringList{"a\nb"} << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("formula =") << QStringList{"=HYPERLINK(\"x\")"}
                               << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    QTest::newRow("formula +") << QStringList{"+33 1 23"} << QByteArray("'+33 1 23\r\n");
    QTest::newRow("formula -") << QStringList{"-1"} << QByteArray("'-1\r\n");
    QTest::newRow("formula @") << QStringList{"@SUM(A1)"} << QByteArray("'@SUM(A1)\r\n");
    QTest::newRow("formula tab") << QStringList{"\tx"} << QByteArray("'\tx\r\n");
    QTest::newRow("formula CR") << QStringList{"\rx"} << QByteArray("\"'\rx\"\r\n");
    QTest::newRow("apostrophe then formula") << QStringList{"'=1"} << QByteArray("''=1\r\n");
    QTest::newRow("apostrophe alone untouched")
        << QStringList{"'quoted'"} << QByteArray("'quoted'\r\n");
    QTest::newRow("utf-8") << QStringList{"préférences"}
                           << QByteArray("pr\xC3\xA9\x66\xC3\xA9rences\r\n");
}

void TestCsvReader::writerQuotesAndNeutralises() {
    QFETCH(QStringList, values);
    QFETCH(QByteArray, line);
    QByteArray out;
    CsvWriter::appendRecord(out, values);
    QCOMPARE(out, line);
}

void TestCsvReader::everyValueRoundTrips_data() {
    QTest::addColumn<QString>("value");
    for (const char *value : {"plain", "=1+1", "'=1", "''=1", "-", "'", "''", "@x", "a,b", "\"",
                              "line\nbreak", "\tlead", "+", "'+", "-5 €", " spaces "})
        QTest::newRow(value) << QString::fromUtf8(value);
}

void TestCsvReader::everyValueRoundTrips() {
    QFETCH(QString, value);
    QByteArray out;
    CsvWriter::appendRecord(out, {value, QStringLiteral("end")});
    CsvReader reader(out);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(CsvWriter::unneutralise(fields.at(0)), value);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
