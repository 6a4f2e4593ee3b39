#include "Duration.h"

#include <QTest>

class TestDuration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void cnilLimitIsThirteenMonths();
};

void TestDuration::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<double>("days");

    QTest::newRow("session") << "session" << true << 0.0;
    QTest::newRow("Session capitalised") << "Session" << true << 0.0;
    QTest::newRow("end of session") << "End of session (browser)" << true << 0.0;
    QTest::newRow("fin de session") << "fin de session" << true << 0.0;
    QTest::newRow("13 mois") << "13 mois" << true << 13 * Duration::daysPerMonth;
    QTest::newRow("2 ans") << "2 ans" << true << 2 * Duration::daysPerYear;
    QTest::newRow("1 an") << "1 an" << true << Duration::daysPerYear;
    QTest::newRow("2 years") << "2 years" << true << 2 * Duration::daysPerYear;
    QTest::newRow("1 Year") << "1 Year" << true << Duration::daysPerYear;
    QTest::newRow("6 months") << "6 months" << true << 6 * Duration::daysPerMonth;
    QTest::newRow("30 minutes") << "30 minutes" << true << 30.0 / 1440;
    QTest::newRow("30 mins") << "30 mins" << true << 30.0 / 1440;
    QTest::newRow("24 hours") << "24 hours" << true << 1.0;
    QTest::newRow("1 jour") << "1 jour" << true << 1.0;
    QTest::newRow("7 jours") << "7 jours" << true << 7.0;
    QTest::newRow("3 semaines") << "3 semaines" << true << 21.0;
    QTest::newRow("2 années accents") << "2 années" << true << 2 * Duration::daysPerYear;
    QTest::newRow("decimal comma") << "1,5 an" << true << 1.5 * Duration::daysPerYear;
    QTest::newRow("compound fr") << "1 an et 6 mois" << true << 18 * Duration::daysPerMonth;
    QTest::newRow("compound en") << "1 year, 2 days" << true << Duration::daysPerYear + 2;
    QTest::newRow("no space") << "30d" << true << 30.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("forever") << "forever" << false << 0.0;
    QTest::newRow("unknown unit") << "3 fortnights" << false << 0.0;
    QTest::newRow("number alone") << "13" << false << 0.0;
    QTest::newRow("trailing words") << "13 mois environ" << false << 0.0;
    QTest::newRow("persistent") << "persistant" << false << 0.0;
}

void TestDuration::parse() {
    QFETCH(QString, text);
    QFETCH(bool, readable);
    QFETCH(double, days);
    const std::optional<double> parsed = Duration::parseDays(text);
    QCOMPARE(parsed.has_value(), readable);
    if (readable)
        QVERIFY2(qAbs(*parsed - days) < 1e-9, qPrintable(QString::number(*parsed)));
}

void TestDuration::cnilLimitIsThirteenMonths() {
    QCOMPARE(*Duration::parseDays(QStringLiteral("13 mois")), Duration::cnilAudienceLimitDays);
    QVERIFY(*Duration::parseDays(QStringLiteral("396 days")) > Duration::cnilAudienceLimitDays);
    QVERIFY(*Duration::parseDays(QStringLiteral("395 jours")) < Duration::cnilAudienceLimitDays);
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
