#include "Audit.h"
#include "AuditReport.h"
#include "KnowledgeBase.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

namespace {

Cookie declared(qint64 id, const QString &name, const QString &domain, Category category,
                const QString &duration, Party party = Party::First) {
    Cookie c;
    c.id = id;
    c.name = name;
    c.domain = domain;
    c.category = category;
    c.duration = duration;
    c.party = party;
    c.provider = QStringLiteral("P");
    c.purposeFr = QStringLiteral("F");
    return c;
}

ObservedCookie observed(const QString &name, const QString &domain, std::optional<qint64> days,
                        Party party = Party::First) {
    ObservedCookie o;
    o.name = name;
    o.domain = domain;
    o.party = party;
    o.lifetimeKnown = true;
    if (days)
        o.lifetime = *days * 86400;
    else
        o.session = true;
    o.pages = 1;
    return o;
}

QStringList describe(const AuditResult &result) {
    QStringList lines;
    for (const Finding &f : result.findings)
        lines.append(Finding::kindKey(f.kind) + QLatin1Char(':') + f.name);
    lines.sort();
    return lines;
}

} // namespace

// The audit's findings, one kind at a time, the pattern and domain rules, and its reports.
class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void undeclaredCookiesSayWhatTheDatabaseKnows();
    void reports();
};

void TestAudit::findings_data() {
    QTest::addColumn<QList<Cookie>>("rows");
    QTest::addColumn<QList<ObservedCookie>>("seen");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("failing");
    const QString site = QStringLiteral("opendata.clermont-ferrand.fr");

    QTest::newRow("all as declared")
        << QList<Cookie>{declared(1, QStringLiteral("sessionid"), QString(), Category::Necessary,
                                  QStringLiteral("session")),
                         declared(2, QStringLiteral("_pk_id.*"),
                                  QStringLiteral(".clermont-ferrand.fr"), Category::Statistics,
                                  QStringLiteral("13 mois"))}
        << QList<ObservedCookie>{observed(QStringLiteral("sessionid"), site, std::nullopt),
                                 observed(QStringLiteral("_pk_id.1.a1b2"),
                                          QStringLiteral("clermont-ferrand.fr"), 390)}
        << QStringList{} << false;
    QTest::newRow("undeclared, and a declared row not seen")
        << QList<Cookie>{declared(1, QStringLiteral("sessionid"), QString(), Category::Necessary,
                                  QStringLiteral("session"))}
        << QList<ObservedCookie>{observed(QStringLiteral("_ga"),
                                          QStringLiteral("clermont-ferrand.fr"), 730)}
        << QStringList{"not-seen:sessionid", "undeclared:_ga"} << true;
    QTest::newRow("not seen alone is information")
        << QList<Cookie>{declared(1, QStringLiteral("sessionid"), QString(), Category::Necessary,
                                  QStringLiteral("session"))}
        << QList<ObservedCookie>{} << QStringList{"not-seen:sessionid"} << false;
    QTest::newRow("a pattern on another domain does not match")
        << QList<Cookie>{declared(1, QStringLiteral("_ga_*"), QStringLiteral(".exemple.fr"),
                                  Category::Statistics, QStringLiteral("13 mois"))}
        << QList<ObservedCookie>{observed(QStringLiteral("_ga_XYZ"),
                                          QStringLiteral("clermont-ferrand.fr"), 30)}
        << QStringList{"not-seen:_ga_*", "undeclared:_ga_XYZ"} << true;
    QTest::newRow("lifetime beyond a day of tolerance")
        << QList<Cookie>{declared(1, QStringLiteral("a"), QString(), Category::Preferences,
                                  QStringLiteral("30 jours")),
                         declared(2, QStringLiteral("b"), QString(), Category::Preferences,
                                  QStringLiteral("30 jours")),
                         declared(3, QStringLiteral("c"), QString(), Category::Preferences,
                                  QStringLiteral("session"))}
        << QList<ObservedCookie>{observed(QStringLiteral("a"), site, 31),
                                 observed(QStringLiteral("b"), site, 32),
                                 observed(QStringLiteral("c"), site, 3)}
        << QStringList{"lifetime:b", "lifetime:c"} << true;
    // Statistics ask consent unless marked exempt (the audience-measurement exemption).
    Cookie pkId = declared(2, QStringLiteral("_pk_id.*"), QString(), Category::Statistics,
                           QStringLiteral("25 mois"));
    pkId.consentExemptOverride = true;
    Cookie pkSes = declared(3, QStringLiteral("_pk_ses.*"), QString(), Category::Statistics,
                            QStringLiteral("30 minutes"));
    pkSes.consentExemptOverride = true;
    Cookie unmarked = declared(4, QStringLiteral("_ga"), QString(), Category::Statistics,
                               QStringLiteral("25 mois"));
    QTest::newRow("exempt too long")
        << QList<Cookie>{unmarked, pkId, pkSes, declared(1, QStringLiteral("sessionid"), QString(), Category::Necessary,
                                  QStringLiteral("2 ans")),
}
        << QList<ObservedCookie>{observed(QStringLiteral("sessionid"), site, 400),
                                 observed(QStringLiteral("_ga"), site, 700),
                                 observed(QStringLiteral("_pk_id.1"), site, 500),
                                 observed(QStringLiteral("_pk_ses.1"),
                                          QStringLiteral("matomo.cloud"), std::nullopt,
                                          Party::Third)}
        << QStringList{"exempt-too-long:_pk_id.1", "exempt-too-long:_pk_ses.1",
                       "exempt-too-long:sessionid", "party:_pk_ses.1"}
        << true;
    QTest::newRow("marketing is never exempt, so never too long")
        << QList<Cookie>{declared(1, QStringLiteral("IDE"), QString(), Category::Marketing,
                                  QStringLiteral("2 ans"), Party::Third)}
        << QList<ObservedCookie>{observed(QStringLiteral("IDE"), QStringLiteral("doubleclick.net"),
                                          700, Party::Third)}
        << QStringList{} << false;
    QTest::newRow("the party, both ways")
        << QList<Cookie>{declared(1, QStringLiteral("a"), QString(), Category::Preferences,
                                  QStringLiteral("1 an"), Party::First),
                         declared(2, QStringLiteral("b"), QString(), Category::Preferences,
                                  QStringLiteral("1 an"), Party::Third)}
        << QList<ObservedCookie>{observed(QStringLiteral("a"), QStringLiteral("gouv.fr"), 10,
                                          Party::Third),
                                 observed(QStringLiteral("b"), site, 10, Party::First)}
        << QStringList{"party:a", "party:b"} << true;
}

void TestAudit::findings() {
    QFETCH(QList<Cookie>, rows);
    QFETCH(QList<ObservedCookie>, seen);
    QFETCH(QStringList, expected);
    QFETCH(bool, failing);
    const AuditResult result = audit(rows, seen, nullptr);
    QCOMPARE(describe(result), expected);
    QCOMPARE(result.failing(), failing);
    QCOMPARE(result.declared, int(rows.size()));
}

void TestAudit::undeclaredCookiesSayWhatTheDatabaseKnows() {
    KnowledgeBase base;
    QString error;
    QVERIFY2(base.loadDefault(&error), qPrintable(error));
    const AuditResult result = audit(
        {}, {observed(QStringLiteral("_ga_ABC123"), QStringLiteral("exemple.fr"), 700)}, &base);
    QCOMPARE(result.findings.size(), 1);
    const Finding &f = result.findings.constFirst();
    QVERIFY(f.known);
    QCOMPARE(f.known->provider, QStringLiteral("Google"));
    QCOMPARE(f.known->category, QStringLiteral("statistics"));
    QVERIFY(!f.known->row.isEmpty());
    QVERIFY2(f.message.contains(QLatin1String("the cookie database knows it")),
             qPrintable(f.message));
}

void TestAudit::reports() {
    const AuditResult result =
        audit({declared(7, QStringLiteral("sessionid"), QString(), Category::Necessary,
                        QStringLiteral("session")),
               declared(8, QStringLiteral("gone"), QString(), Category::Necessary,
                        QStringLiteral("session"))},
              {observed(QStringLiteral("sessionid"), QStringLiteral("exemple.fr"), 2),
               observed(QStringLiteral("x<&>\""), QStringLiteral("exemple.fr"), 1)},
              nullptr);
    const QJsonObject json =
        QJsonDocument::fromJson(
            AuditReport::json(result, QStringLiteral("exemple.fr"), {QStringLiteral("a.har")}))
            .object();
    QCOMPARE(
        json.value(QLatin1String("counts")).toObject().value(QLatin1String("undeclared")).toInt(),
        1);
    QCOMPARE(
        json.value(QLatin1String("counts")).toObject().value(QLatin1String("lifetime")).toInt(), 1);
    QCOMPARE(
        json.value(QLatin1String("counts")).toObject().value(QLatin1String("not-seen")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("failing")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 3);
    // An undeclared finding carries what was observed.
    QJsonObject undeclared;
    for (const QJsonValue &value : json.value(QLatin1String("findings")).toArray()) {
        if (value.toObject().value(QLatin1String("kind")).toString() == QLatin1String("undeclared"))
            undeclared = value.toObject();
    }
    QCOMPARE(undeclared.value(QLatin1String("name")).toString(), QStringLiteral("x<&>\""));
    const QJsonObject seenThere = undeclared.value(QLatin1String("observed")).toObject();
    QCOMPARE(seenThere.value(QLatin1String("name")).toString(), QStringLiteral("x<&>\""));
    QCOMPARE(seenThere.value(QLatin1String("lifetime_seconds")).toInteger(), 86400);
    QCOMPARE(seenThere.value(QLatin1String("party")).toString(), QStringLiteral("first"));
    QCOMPARE(seenThere.value(QLatin1String("pages")).toInt(), 1);
    QCOMPARE(seenThere.value(QLatin1String("session")).toBool(), false);
    QVERIFY(seenThere.value(QLatin1String("set_by")).isArray());

    // What discover writes as JSON: one object per observed cookie, a session one with a null
    // lifetime.
    QList<ObservedCookie> both = result.observed;
    both.append(observed(QStringLiteral("s\u00e9ance"), QStringLiteral("exemple.fr"), std::nullopt,
                         Party::Third));
    both.last().somePages = {QStringLiteral("https://exemple.fr/a\"b")};
    const QJsonArray discovered = QJsonDocument::fromJson(AuditReport::observedJson(both)).array();
    QCOMPARE(discovered.size(), 3);
    const QJsonObject session = discovered.at(2).toObject();
    QCOMPARE(session.value(QLatin1String("name")).toString(), QStringLiteral("s\u00e9ance"));
    QVERIFY(session.value(QLatin1String("lifetime_seconds")).isNull());
    QCOMPARE(session.value(QLatin1String("session")).toBool(), true);
    QCOMPARE(session.value(QLatin1String("party")).toString(), QStringLiteral("third"));
    QCOMPARE(session.value(QLatin1String("set_by")).toArray().at(0).toString(),
             QStringLiteral("https://exemple.fr/a\"b"));
    QCOMPARE(QJsonDocument::fromJson(AuditReport::observedJson({})).array().size(), 0);
    // A "not seen" finding is written without a document: it must read back the same, with
    // quotes, backslashes, control characters and non-ASCII in its name.
    Cookie odd = declared(9, QStringLiteral("q\"\\\t\x01é€"), QStringLiteral("d.fr"),
                          Category::Necessary, QStringLiteral("session"));
    const AuditResult notSeen = audit({odd}, {}, nullptr);
    const QJsonDocument parsed =
        QJsonDocument::fromJson(AuditReport::json(notSeen, QStringLiteral("exemple.fr"), {}));
    QVERIFY(parsed.isObject());
    const QJsonObject finding =
        parsed.object().value(QLatin1String("findings")).toArray().at(0).toObject();
    QCOMPARE(finding.value(QLatin1String("name")).toString(), odd.name);
    QCOMPARE(finding.value(QLatin1String("kind")).toString(), QStringLiteral("not-seen"));
    QCOMPARE(finding.value(QLatin1String("cookie_id")).toInt(), 9);
    QVERIFY(finding.value(QLatin1String("message")).toString().contains(odd.name));
    QCOMPARE(finding.value(QLatin1String("message")).toString(),
             notSeen.findings.constFirst().text());
    // The JUnit report too is written directly: the name reads back with its tab (kept as a
    // character reference) and U+FFFD for the control character XML cannot carry.
    QXmlStreamReader oddXml(AuditReport::junit(notSeen, QStringLiteral("ex<e>mple.fr")));
    QString caseName;
    QString skippedMessage;
    while (!oddXml.atEnd()) {
        if (oddXml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (oddXml.name() == QLatin1String("testcase"))
            caseName = oddXml.attributes().value(QLatin1String("name")).toString();
        else if (oddXml.name() == QLatin1String("skipped"))
            skippedMessage = oddXml.attributes().value(QLatin1String("message")).toString();
    }
    QVERIFY2(!oddXml.hasError(), qPrintable(oddXml.errorString()));
    QString readable = odd.name;
    readable.replace(QChar(1), QChar(0xfffd));
    QCOMPARE(caseName, readable + QStringLiteral(" (d.fr)"));
    QCOMPARE(skippedMessage, Finding::notSeenMessage().arg(readable));

    // JUnit: well-formed, one suite per kind, failures for the failing kinds, markup escaped.
    QXmlStreamReader xml(AuditReport::junit(result, QStringLiteral("exemple.fr")));
    QStringList suites;
    int failures = 0;
    int skipped = 0;
    QStringList cases;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testsuite"))
            suites.append(xml.attributes().value(QLatin1String("name")).toString());
        else if (xml.name() == QLatin1String("failure"))
            ++failures;
        else if (xml.name() == QLatin1String("skipped"))
            ++skipped;
        else if (xml.name() == QLatin1String("testcase"))
            cases.append(xml.attributes().value(QLatin1String("name")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites,
             (QStringList{"undeclared", "lifetime", "exempt-too-long", "party", "not-seen"}));
    QCOMPARE(failures, 2);
    QCOMPARE(skipped, 1);
    QVERIFY(cases.contains(QStringLiteral("x<&>\" (exemple.fr)")));

    const QByteArray csv = AuditReport::observedCsv(result.observed);
    QVERIFY(csv.startsWith("name,domain,party,type,lifetime_seconds,lifetime,pages"));
    QVERIFY(csv.contains("sessionid,exemple.fr,first,cookie,172800,"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
