#include "Enrichment.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "Store.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray release =
    "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,"
    "Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n"
    "ga-1,Google Analytics,Analytics,_ga,,Distinguishes users,2 years,Google,"
    "https://policies.google.com/privacy,0\n"
    "ide-1,DoubleClick,Marketing,IDE,doubleclick.net,Ad targeting,13 months,Google,"
    "https://policies.google.com/privacy,0\n"
    "pk-1,Matomo,Analytics,_pk_id.,,Recognises visitors,13 Months,Matomo,"
    "not a link,1\n"
    "odd-1,Odd,Something else,odd,,An odd one,Unknown,,,0\n"
    "sid-1,Instagram,Marketing,sessionid,instagram.com,Logins,1 year,Meta,,0\n"
    "fbp-1,Facebook,Marketing,_fbp,facebook.com (3rd party),Ads,3 months,Facebook,,0\n";

Cookie cookie(const QString &name, const QString &domain) {
    Cookie c;
    c.id = 7;
    c.version = 3;
    c.name = name;
    c.domain = domain;
    c.provider = QStringLiteral("Someone");
    c.service = QStringLiteral("Service");
    c.purposeFr = QStringLiteral("Une finalité");
    return c;
}

QString describe(const QList<EnrichmentProposal> &list) {
    QStringList lines;
    for (const EnrichmentProposal &p : list)
        lines.append(QStringLiteral("%1:%2>%3%4")
                         .arg(CookieFields::key(p.field), p.before, p.after,
                              p.overwrite ? QStringLiteral("!") : QString()));
    return lines.join(QLatin1Char('|'));
}

} // namespace

// Completing a registry from the cookie database: which fields are proposed, which are fills
// and which overwrites, the party from the public suffix list, and the writes all or none.
class TestEnrichment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registrableDomain_data();
    void registrableDomain();
    void party_data();
    void party();
    void proposals_data();
    void proposals();
    void changesAreWrittenAllOrNone();

private:
    KnowledgeBase m_base;
};

void TestEnrichment::initTestCase() {
    QString error;
    QVERIFY2(m_base.loadCsv(release, &error), qPrintable(error));
}

void TestEnrichment::registrableDomain_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("registrable");
    QTest::newRow("subdomain") << "opendata.clermont-ferrand.fr"
                               << "clermont-ferrand.fr";
    QTest::newRow("cookie domain") << ".clermont-ferrand.fr"
                                   << "clermont-ferrand.fr";
    QTest::newRow("any case, final dot") << "WWW.Example.CO.UK."
                                         << "example.co.uk";
    QTest::newRow("a public suffix") << "gouv.fr"
                                     << "";
    QTest::newRow("under a public suffix") << "www.service-public.gouv.fr"
                                           << "service-public.gouv.fr";
    QTest::newRow("a private suffix") << "someone.github.io"
                                      << "someone.github.io";
    QTest::newRow("IPv4") << "192.168.1.10"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("international") << "www.bücher.de"
                                   << "bücher.de";
}

void TestEnrichment::registrableDomain() {
    QFETCH(QString, host);
    QFETCH(QString, registrable);
    QCOMPARE(PublicSuffix::registrableDomain(host), registrable);
}

void TestEnrichment::party_data() {
    QTest::addColumn<QString>("cookieDomain");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("party"); // first, third, or empty: unknown
    const QString site = QStringLiteral("opendata.clermont-ferrand.fr");
    QTest::newRow("the registrable domain") << ".clermont-ferrand.fr" << site << "first";
    QTest::newRow("the site's own host") << "opendata.clermont-ferrand.fr" << site << "first";
    QTest::newRow("a sibling host") << "www.clermont-ferrand.fr" << site << "first";
    QTest::newRow("a public suffix alone") << ".gouv.fr" << site << "third";
    QTest::newRow("another site") << ".doubleclick.net" << site << "third";
    QTest::newRow("a look-alike") << "clermont-ferrand.fr.evil.com" << site << "third";
    QTest::newRow("no domain") << "" << site << "";
    QTest::newRow("no site host") << ".clermont-ferrand.fr"
                                  << ""
                                  << "";
}

void TestEnrichment::party() {
    QFETCH(QString, cookieDomain);
    QFETCH(QString, site);
    QFETCH(QString, party);
    const std::optional<Party> got = PublicSuffix::partyOf(cookieDomain, site);
    QCOMPARE(got ? Vocabulary::partyKey(*got) : QString(), party);
}

void TestEnrichment::proposals_data() {
    QTest::addColumn<Cookie>("cookie");
    QTest::addColumn<QString>("expected");
    const QString site = QStringLiteral("opendata.clermont-ferrand.fr");

    // Provider set, everything else empty: the provider is an overwrite, the rest fills.
    Cookie ga = cookie(QStringLiteral("_ga"), QStringLiteral(".clermont-ferrand.fr"));
    QTest::newRow("fills empty fields") << ga
                                        << "provider:Someone>Google!|category:unclassified>"
                                           "statistics|duration:>2 ans|purpose_en:>"
                                           "Distinguishes users|privacy_url:>https://"
                                           "policies.google.com/privacy";
    // Values already there and equal to the base's: nothing to propose.
    Cookie same = ga;
    same.provider = QStringLiteral("Google");
    same.category = Category::Statistics;
    same.duration = QStringLiteral("2 ans");
    same.purposeEn = QStringLiteral("Distinguishes users");
    same.privacyUrl = QStringLiteral("https://policies.google.com/privacy");
    QTest::newRow("nothing new") << same << "";
    // Values that differ: overwrites, each marked.
    Cookie differs = same;
    differs.category = Category::Necessary;
    differs.duration = QStringLiteral("13 mois");
    QTest::newRow("overwrites") << differs
                                << "category:necessary>statistics!|duration:13 mois>2 ans!";
    // A third-party domain: first -> third is a fill (first is every row's starting value).
    Cookie ide = cookie(QStringLiteral("IDE"), QStringLiteral(".doubleclick.net"));
    ide.provider = QStringLiteral("Google");
    QTest::newRow("third party") << ide
                                 << "category:unclassified>marketing|duration:>13 mois|"
                                    "purpose_en:>Ad targeting|privacy_url:>https://"
                                    "policies.google.com/privacy|party:first>third";
    // ... and third -> first an overwrite.
    Cookie marked = same;
    marked.party = Party::Third;
    QTest::newRow("marked third, domain first") << marked << "party:third>first!";
    // A registry pattern matches the base's prefix row; a privacy "link" that is not a web
    // address is not proposed.
    Cookie pk = cookie(QStringLiteral("_pk_id.*"), QString());
    QTest::newRow("pattern") << pk
                             << "provider:Someone>Matomo!|category:unclassified>statistics|"
                                "duration:>13 mois|purpose_en:>Recognises visitors";
    // A category the base has but we cannot map, a retention we cannot read, no controller.
    Cookie odd = cookie(QStringLiteral("odd"), QString());
    QTest::newRow("unmappable") << odd << "purpose_en:>An odd one";
    QTest::newRow("unknown to the base") << cookie(QStringLiteral("zz"), QString()) << "";
    // The base's sessionid is Instagram's, on instagram.com: the portal's own sessionid (another
    // company, on the site) is another cookie; with no provider yet, or Meta's, it is that one.
    Cookie sid = cookie(QStringLiteral("sessionid"), QString());
    sid.provider = QStringLiteral("Opendatasoft");
    QTest::newRow("another company's cookie") << sid << "";
    sid.provider = QStringLiteral("Meta Platforms");
    QTest::newRow("the same company's cookie")
        << sid
        << "provider:Meta Platforms>Meta!|category:unclassified>marketing|duration:>1 an|"
           "purpose_en:>Logins";
    Cookie onInstagram = cookie(QStringLiteral("sessionid"), QStringLiteral(".instagram.com"));
    QTest::newRow("on the row's domain")
        << onInstagram
        << "provider:Someone>Meta!|category:unclassified>marketing|duration:>1 an|"
           "purpose_en:>Logins|party:first>third";
    // The base writes "facebook.com (3rd party)": the domain is its first word. Facebook's _fbp,
    // set on the site itself by the pixel, is Facebook's.
    Cookie fbp = cookie(QStringLiteral("_fbp"), QStringLiteral(".clermont-ferrand.fr"));
    fbp.provider = QStringLiteral("Facebook");
    QTest::newRow("a pixel's first-party cookie")
        << fbp << "category:unclassified>marketing|duration:>3 mois|purpose_en:>Ads";
    Q_UNUSED(site);
}

void TestEnrichment::proposals() {
    QFETCH(Cookie, cookie);
    QFETCH(QString, expected);
    bool otherCookie = false;
    const QList<EnrichmentProposal> list = Enrichment::propose(
        m_base, cookie, QStringLiteral("opendata.clermont-ferrand.fr"), &otherCookie);
    QCOMPARE(describe(list), expected);
    QCOMPARE(otherCookie, QByteArray(QTest::currentDataTag()) == "another company's cookie");
    for (const EnrichmentProposal &p : list) {
        QCOMPARE(p.cookieId, cookie.id);
        QCOMPARE(p.cookieVersion, cookie.version);
        QVERIFY(!p.sourceId.isEmpty());
        Cookie applied = cookie;
        QVERIFY(Enrichment::apply(applied, p));
        QCOMPARE(CookieFields::value(applied, p.field), p.after);
    }
}

// Store::changeCookies: several cookies in one transaction; a stale version or a refusal in any
// of them leaves every one as it was.
void TestEnrichment::changesAreWrittenAllOrNone() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QString error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("s.store")), &error), qPrintable(error));
    Site site;
    site.name = QStringLiteral("exemple.fr");
    QVERIFY(store.addSite(site).ok());
    Cookie a = cookie(QStringLiteral("_ga"), QString());
    a.id = 0;
    a.siteId = site.id;
    Cookie b = cookie(QStringLiteral("IDE"), QStringLiteral(".doubleclick.net"));
    b.id = 0;
    b.siteId = site.id;
    QVERIFY(store.addCookie(a).ok());
    QVERIFY(store.addCookie(b).ok());

    auto setDuration = [](const QString &value) {
        return [value](Cookie &c, QString *) {
            c.duration = value;
            return true;
        };
    };
    // b is stale: nothing is written, a included.
    QList<Store::CookieChange> changes{{a.id, a.version, setDuration(QStringLiteral("1 an"))},
                                       {b.id, b.version + 1, setDuration(QStringLiteral("1 an"))}};
    WriteResult result = store.changeCookies(changes);
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QVERIFY2(result.message.contains(QLatin1String("IDE")), qPrintable(result.message));
    QCOMPARE(store.cookie(a.id)->duration, QString());
    QCOMPARE(store.cookie(a.id)->version, a.version);

    // A change that refuses (undo finds a value someone else wrote): the same.
    changes[1] = {b.id, b.version, [](Cookie &, QString *why) {
                      *why = QStringLiteral("someone else wrote it");
                      return false;
                  }};
    result = store.changeCookies(changes);
    QCOMPARE(result.status, WriteResult::Status::Conflict);
    QCOMPARE(result.message, QStringLiteral("someone else wrote it"));
    QCOMPARE(store.cookie(a.id)->duration, QString());

    // An invalid value: refused, nothing written.
    changes[1] = {b.id, b.version, [](Cookie &c, QString *) {
                      c.provider.clear();
                      return true;
                  }};
    result = store.changeCookies(changes);
    QCOMPARE(result.status, WriteResult::Status::Invalid);
    QCOMPARE(store.cookie(a.id)->duration, QString());

    // All current: both written, in one step each.
    changes[1] = {b.id, b.version, setDuration(QStringLiteral("2 ans"))};
    QList<Cookie> written;
    QVERIFY(store.changeCookies(changes, &written).ok());
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0).duration, QStringLiteral("1 an"));
    QCOMPARE(written.at(1).duration, QStringLiteral("2 ans"));
    QCOMPARE(written.at(1).version, b.version + 1);
}

QTEST_MAIN(TestEnrichment)
#include "tst_enrichment.moc"
