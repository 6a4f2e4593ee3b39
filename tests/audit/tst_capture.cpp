#include "Audit.h"
#include "Capture.h"
#include "PublicSuffix.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString site = QStringLiteral("opendata.clermont-ferrand.fr");

QJsonObject header(const QString &name, const QString &value) {
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

// One HAR entry, as Chromium's DevTools write them.
QJsonObject entry(const QString &when, const QString &url, const QString &pageref,
                  const QStringList &setCookies, const QJsonArray &responseCookies = {},
                  const QString &cookieHeader = QString()) {
    QJsonArray requestHeaders{header(QStringLiteral("User-Agent"), QStringLiteral("Chromium"))};
    if (!cookieHeader.isEmpty())
        requestHeaders.append(header(QStringLiteral("Cookie"), cookieHeader));
    QJsonArray responseHeaders{header(QStringLiteral("content-type"), QStringLiteral("text/html"))};
    for (const QString &value : setCookies)
        responseHeaders.append(header(QStringLiteral("set-cookie"), value));
    return {{QStringLiteral("pageref"), pageref},
            {QStringLiteral("startedDateTime"), when},
            {QStringLiteral("time"), 12.5},
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("url"), url},
                         {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                         {QStringLiteral("headers"), requestHeaders},
                         {QStringLiteral("queryString"), QJsonArray()},
                         {QStringLiteral("cookies"), QJsonArray()},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), 0}}},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("status"), 200},
                         {QStringLiteral("statusText"), QStringLiteral("OK")},
                         {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                         {QStringLiteral("headers"), responseHeaders},
                         {QStringLiteral("cookies"), responseCookies},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("size"), 0},
                                      {QStringLiteral("mimeType"), QStringLiteral("text/html")}}},
                         {QStringLiteral("redirectURL"), QString()},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), 0}}},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("wait"), 10}}}};
}

QByteArray har(const QJsonArray &entries) {
    const QJsonArray pages{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("page_1")},
                    {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                    {QStringLiteral("title"), QStringLiteral("https://%1/").arg(site)},
                    {QStringLiteral("pageTimings"), QJsonObject()}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("page_2")},
                    {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-20T09:40:00.000Z")},
                    {QStringLiteral("title"), QStringLiteral("https://www.elsewhere.com/")},
                    {QStringLiteral("pageTimings"), QJsonObject()}}};
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("WebInspector")},
                                       {QStringLiteral("version"), QStringLiteral("537.36")}}},
                          {QStringLiteral("pages"), pages},
                          {QStringLiteral("entries"), entries}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson();
}

struct Read {
    bool ok = false;
    Capture::Failure failure = Capture::Failure::None;
    QString error;
    QList<ObservedCookie> cookies;
    const ObservedCookie *find(const QString &name) const {
        for (const ObservedCookie &c : cookies) {
            if (c.name == name)
                return &c;
        }
        return nullptr;
    }
};

Read readCapture(const QString &path, const Capture::Filter &filter = {site, {}}) {
    Read result;
    Observations observations;
    Capture capture;
    result.ok = capture.read(path, filter, [&](const Sighting &s) { observations.add(s); });
    result.failure = capture.failure();
    result.error = capture.error();
    result.cookies = observations.cookies(filter.siteHost);
    return result;
}

} // namespace

// Reading captures: HAR files (headers and cookie lists, lifetimes relative to the entry,
// pages of the site), Firefox's and Chromium's cookie databases (their real schemas, made
// here), storageState, and every kind of bad input.
class TestCapture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aHarFile();
    void aSanitizedHarIsRefusedWithHowToExportOne();
    void badHarFiles_data();
    void badHarFiles();
    void aFirefoxJar();
    void aChromiumJar();
    void jarsThatAreNotJars();
    void aLockedJarIsReadFromACopy();
    void aStorageState();
    void capturesMadeByARealBrowser();

private:
    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir->filePath(name);
        TestSupport::writeAll(path, bytes);
        return path;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCapture::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCapture::aHarFile() {
    const QString t0 = QStringLiteral("2026-11-20T09:30:00.000Z");
    const QString t1 = QStringLiteral("2026-11-20T09:35:00.000Z");
    const QJsonArray entries{
        // The page: a session cookie, a Max-Age one, an Expires one two years after the entry
        // (not after today), a domain cookie, a deletion, a malformed header, year 9999.
        entry(t0, QStringLiteral("https://%1/").arg(site), QStringLiteral("page_1"),
              {QStringLiteral("sessionid=abc; Path=/; HttpOnly; SameSite=Lax"),
               QStringLiteral("csrftoken=x; Max-Age=31449600; Path=/; Secure"),
               QStringLiteral("django_language=fr; expires=Fri, 20 Nov 2028 09:30:00 GMT; Path=/"),
               QStringLiteral("_pk_id.1.a1b2=z; Domain=.clermont-ferrand.fr; Max-Age=33696000"),
               QStringLiteral("old=; Max-Age=0"), QStringLiteral("gone=; Max-Age=-5"),
               QStringLiteral("=broken; ;;"),
               QStringLiteral("forever=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT")}),
        // A third-party pixel the page loaded: kept, the site's page caused it.
        entry(t0, QStringLiteral("https://ads.tracker.example/pixel"), QStringLiteral("page_1"),
              {QStringLiteral("IDE=t; Domain=.tracker.example; Max-Age=34128000; SameSite=None; "
                              "Secure")}),
        // Only in the response's cookie list (Firefox fills both).
        entry(t1, QStringLiteral("https://%1/explore").arg(site), QStringLiteral("page_1"), {},
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("listed")},
                  {QStringLiteral("value"), QStringLiteral("1")},
                  {QStringLiteral("expires"), QStringLiteral("2026-11-21T09:35:00.000Z")}}},
              QStringLiteral("sessionid=abc; csrftoken=x")),
        // A page of another site: not ours, dropped.
        entry(t1, QStringLiteral("https://www.elsewhere.com/"), QStringLiteral("page_2"),
              {QStringLiteral("foreign=1; Max-Age=100")})};
    const Read read = readCapture(write(QStringLiteral("site.har"), har(entries)));
    QVERIFY2(read.ok, qPrintable(read.error));
    QStringList names;
    for (const ObservedCookie &c : read.cookies)
        names.append(c.name);
    QCOMPARE(names, (QStringList{"_pk_id.1.a1b2", "csrftoken", "django_language", "forever",
                                 "listed", "sessionid", "IDE"}));
    const ObservedCookie *session = read.find(QStringLiteral("sessionid"));
    QVERIFY(session->session && !session->lifetime);
    QVERIFY(session->httpOnly);
    QCOMPARE(session->sameSite, QStringLiteral("Lax"));
    QCOMPARE(session->domain, site);
    QCOMPARE(session->party, std::optional<Party>(Party::First));
    // Sent again by a later request of the same page: one cookie, one page, first and last.
    QCOMPARE(session->pages, 1);
    QCOMPARE(session->firstSeen, QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    QCOMPARE(session->lastSeen, QDateTime(QDate(2026, 11, 20), QTime(9, 35), Qt::UTC));
    QVERIFY(qAbs(*read.find(QStringLiteral("csrftoken"))->lifetime - 31449600) <= 2);
    QCOMPARE(*read.find(QStringLiteral("django_language"))->lifetime, qint64(731) * 86400);
    const ObservedCookie *pk = read.find(QStringLiteral("_pk_id.1.a1b2"));
    QCOMPARE(pk->domain, QStringLiteral("clermont-ferrand.fr"));
    QCOMPARE(pk->party, std::optional<Party>(Party::First));
    QVERIFY(*read.find(QStringLiteral("forever"))->lifetime > qint64(7000) * 365 * 86400);
    QCOMPARE(*read.find(QStringLiteral("listed"))->lifetime, qint64(86400));
    const ObservedCookie *ide = read.find(QStringLiteral("IDE"));
    QCOMPARE(ide->party, std::optional<Party>(Party::Third));
    QCOMPARE(ide->somePages, QStringList{QStringLiteral("https://%1/").arg(site)});
    QVERIFY(!read.find(QStringLiteral("old")) && !read.find(QStringLiteral("gone")));
    QVERIFY(!read.find(QStringLiteral("foreign")));
}

void TestCapture::aSanitizedHarIsRefusedWithHowToExportOne() {
    const Read read = readCapture(
        write(QStringLiteral("sanitized.har"),
              har({entry(QStringLiteral("2026-11-20T09:30:00.000Z"),
                         QStringLiteral("https://%1/").arg(site), QStringLiteral("page_1"), {})})));
    QVERIFY(!read.ok);
    QCOMPARE(read.failure, Capture::Failure::Unreadable);
    QVERIFY2(read.error.contains(QLatin1String("holds no cookie at all")) &&
                 read.error.contains(QLatin1String("sensitive data")),
             qPrintable(read.error));
}

void TestCapture::badHarFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray good = har(
        {entry(QStringLiteral("2026-11-20T09:30:00.000Z"), QStringLiteral("https://%1/").arg(site),
               QStringLiteral("page_1"), {QStringLiteral("a=1")})});
    QTest::newRow("truncated") << good.left(good.size() / 2) << "line ";
    QTest::newRow("not JSON") << QByteArray("GIF89a\x01\x00") << "not a capture";
    QTest::newRow("JSON but no log") << QByteArray("{\"log2\": {}}") << "storageState";
    QTest::newRow("no entries") << QByteArray("{\"log\": {\"version\": \"1.2\"}}")
                                << "no \"entries\"";
    QTest::newRow("entries not a list") << QByteArray("{\"log\": {\"entries\": 3}}") << "line 1";
    QTest::newRow("an entry not an object")
        << QByteArray("{\"log\": {\"entries\": [[1], {}]}}") << "not an object";
    QTest::newRow("an entry that is no JSON")
        << QByteArray("{\"log\": {\"entries\": [nul]}}") << "line 1";
    QTest::newRow("wrong types inside")
        << QByteArray("{\"log\": {\"entries\": [{\"request\": 5, \"response\": [\"x\"], "
                      "\"startedDateTime\": 7}]}}")
        << "holds no cookie";
    QTest::newRow("an unterminated string")
        << QByteArray("{\"log\": {\"entries\": [{\"request\": \"abc") << "truncated";
    // A string of 65 MiB inside an entry: refused, never parsed.
    QByteArray huge = "{\"log\": {\"entries\": [{\"request\": {\"url\": \"";
    huge.append(QByteArray(65 << 20, 'x'));
    huge.append("\"}}]}}");
    QTest::newRow("a huge string") << huge << "larger than 64 MiB";
    QTest::newRow("empty") << QByteArray() << "not a capture";
}

void TestCapture::badHarFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = write(QStringLiteral("bad.har"), bytes);
    const Read read = readCapture(path);
    QVERIFY(!read.ok);
    QCOMPARE(read.failure, Capture::Failure::Unreadable);
    QVERIFY2(read.error.contains(says), qPrintable(read.error));
    QVERIFY2(read.error.contains(path), qPrintable(read.error));
}

void TestCapture::aFirefoxJar() {
    const QString path = m_dir->filePath(QStringLiteral("cookies.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ff"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Firefox's schema (version 14), as it creates it.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL "
            "DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed "
            "INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, "
            "inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, rawSameSite INTEGER "
            "DEFAULT 0, schemeMap INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER DEFAULT 0, "
            "CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))")));
        const qint64 created =
            QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        q.prepare(QStringLiteral("INSERT INTO moz_cookies(name, value, host, path, expiry, "
                                 "lastAccessed, creationTime, isSecure, isHttpOnly, sameSite) "
                                 "VALUES (?, 'v', ?, '/', ?, ?, ?, 1, 0, 1)"));
        const QList<std::tuple<QString, QString, qint64>> rows{
            {QStringLiteral("csrftoken"), site, created + 31449600},
            {QStringLiteral("_pk_id.1.a1b2"), QStringLiteral(".clermont-ferrand.fr"),
             (created + 33696000) * 1000}, // newer Firefox: milliseconds
            {QStringLiteral("NID"), QStringLiteral(".google.com"), created + 15552000},
            {QStringLiteral("gouv"), QStringLiteral(".gouv.fr"), created + 100}};
        for (const auto &[name, host, expiry] : rows) {
            q.addBindValue(name);
            q.addBindValue(host);
            q.addBindValue(expiry);
            q.addBindValue(created * 1'000'000 + 5);
            q.addBindValue(created * 1'000'000);
            QVERIFY(q.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ff"));
    const QByteArray before = TestSupport::fileHash(path);
    Read read = readCapture(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.cookies.size(), 2); // the site's registrable domain: not Google, not .gouv.fr
    QCOMPARE(*read.find(QStringLiteral("csrftoken"))->lifetime, qint64(31449600));
    QCOMPARE(*read.find(QStringLiteral("_pk_id.1.a1b2"))->lifetime, qint64(33696000));
    QCOMPARE(read.find(QStringLiteral("csrftoken"))->sameSite, QStringLiteral("Lax"));
    // --host names what to keep.
    read = readCapture(path, {site, {QStringLiteral("google.com")}});
    QCOMPARE(read.cookies.size(), 1);
    QCOMPARE(read.cookies.constFirst().party, std::optional<Party>(Party::Third));
    // Without a site or a host: everything; .gouv.fr alone is a public suffix.
    read = readCapture(path, {});
    QCOMPARE(read.cookies.size(), 4);
    QCOMPARE(PublicSuffix::partyOf(QStringLiteral(".gouv.fr"), site),
             std::optional<Party>(Party::Third));
    QCOMPARE(TestSupport::fileHash(path), before); // read from a copy, never touched
}

void TestCapture::aChromiumJar() {
    const QString path = m_dir->filePath(QStringLiteral("Cookies"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cr"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Chromium's schema (version 21), as it creates it; values are encrypted there.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE cookies(creation_utc INTEGER NOT NULL, host_key TEXT NOT NULL, "
            "top_frame_site_key TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, "
            "encrypted_value BLOB NOT NULL, path TEXT NOT NULL, expires_utc INTEGER NOT NULL, "
            "is_secure INTEGER NOT NULL, is_httponly INTEGER NOT NULL, last_access_utc INTEGER "
            "NOT NULL, has_expires INTEGER NOT NULL, is_persistent INTEGER NOT NULL, priority "
            "INTEGER NOT NULL, samesite INTEGER NOT NULL, source_scheme INTEGER NOT NULL, "
            "source_port INTEGER NOT NULL, last_update_utc INTEGER NOT NULL, source_type INTEGER "
            "NOT NULL, has_cross_site_ancestor INTEGER NOT NULL)")));
        // Microseconds since 1601-01-01.
        const qint64 gap = 11'644'473'600LL;
        const qint64 created =
            (QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + gap) *
            1'000'000;
        q.prepare(QStringLiteral(
            "INSERT INTO cookies VALUES (?, ?, '', ?, '', x'763130', '/', ?, 1, 1, ?, 1, ?, 1, ?, "
            "2, 443, ?, 0, 0)"));
        const QList<std::tuple<QString, QString, qint64, int, int>> rows{
            {QStringLiteral("sessionid"), site, 0, 0, 1},
            {QStringLiteral("_ga"), QStringLiteral(".clermont-ferrand.fr"),
             created + qint64(63072000) * 1'000'000, 1, -1},
            {QStringLiteral("IDE"), QStringLiteral(".doubleclick.net"),
             created + qint64(34128000) * 1'000'000, 1, 0}};
        for (const auto &[name, host, expires, persistent, sameSite] : rows) {
            q.addBindValue(created);
            q.addBindValue(host);
            q.addBindValue(name);
            q.addBindValue(expires);
            q.addBindValue(created);
            q.addBindValue(persistent);
            q.addBindValue(sameSite);
            q.addBindValue(created);
            QVERIFY(q.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cr"));
    const Read read = readCapture(
        path, {site, {QStringLiteral("clermont-ferrand.fr"), QStringLiteral("doubleclick.net")}});
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.cookies.size(), 3);
    QVERIFY(read.find(QStringLiteral("sessionid"))->session);
    QCOMPARE(*read.find(QStringLiteral("_ga"))->lifetime, qint64(63072000));
    QCOMPARE(read.find(QStringLiteral("_ga"))->lastSeen,
             QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QCOMPARE(read.find(QStringLiteral("IDE"))->party, std::optional<Party>(Party::Third));
    QCOMPARE(read.find(QStringLiteral("IDE"))->sameSite, QStringLiteral("None"));
}

void TestCapture::jarsThatAreNotJars() {
    // An encrypted (or damaged) database: the header, then noise.
    QByteArray noise("SQLite format 3");
    noise.append('\0');
    for (int i = 0; i < 8192; ++i)
        noise.append(char((i * 7919) % 251));
    Read read = readCapture(write(QStringLiteral("encrypted.sqlite"), noise));
    QVERIFY(!read.ok);
    QCOMPARE(read.failure, Capture::Failure::Unreadable);
    QVERIFY2(read.error.contains(QLatin1String("not a Firefox cookies.sqlite")),
             qPrintable(read.error));
    // Another application's database.
    const QString foreign = m_dir->filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fo"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (id INTEGER, body TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fo"));
    read = readCapture(foreign);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(QLatin1String("no moz_cookies or cookies table")),
             qPrintable(read.error));
    // A file that is not there, a folder.
    read = readCapture(m_dir->filePath(QStringLiteral("missing.har")));
    QCOMPARE(read.failure, Capture::Failure::CannotOpen);
    read = readCapture(m_dir->path());
    QCOMPARE(read.failure, Capture::Failure::CannotOpen);
}

void TestCapture::aLockedJarIsReadFromACopy() {
    const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lk"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT, "
                                  "value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed "
                                  "INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly "
                                  "INTEGER, sameSite INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO moz_cookies VALUES (1, 'csrftoken', 'v', "
                                  "'opendata.clermont-ferrand.fr', '/', 0, 0, 0, 0, 0, 0)")));
    // Firefox keeps its database locked exclusively while it runs.
    QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(q.exec(QStringLiteral("UPDATE moz_cookies SET value = 'w'")));
    const Read read = readCapture(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.cookies.size(), 1);
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lk"));
}

void TestCapture::aStorageState() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject state{
        {QStringLiteral("cookies"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sessionid")},
                                {QStringLiteral("value"), QStringLiteral("x")},
                                {QStringLiteral("domain"), site},
                                {QStringLiteral("path"), QStringLiteral("/")},
                                {QStringLiteral("expires"), -1},
                                {QStringLiteral("httpOnly"), true},
                                {QStringLiteral("secure"), false},
                                {QStringLiteral("sameSite"), QStringLiteral("Lax")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("_ga")},
                                {QStringLiteral("value"), QStringLiteral("y")},
                                {QStringLiteral("domain"), QStringLiteral(".clermont-ferrand.fr")},
                                {QStringLiteral("path"), QStringLiteral("/")},
                                {QStringLiteral("expires"), double(now + 63072000)},
                                {QStringLiteral("httpOnly"), false},
                                {QStringLiteral("secure"), false},
                                {QStringLiteral("sameSite"), QStringLiteral("Lax")}}}},
        {QStringLiteral("origins"),
         QJsonArray{QJsonObject{
             {QStringLiteral("origin"), QStringLiteral("https://%1").arg(site)},
             {QStringLiteral("localStorage"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ods-consent")},
                                     {QStringLiteral("value"), QStringLiteral("{}")}}}}}}}};
    Read read = readCapture(write(QStringLiteral("state.json"), QJsonDocument(state).toJson()));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.cookies.size(), 3);
    QVERIFY(read.find(QStringLiteral("sessionid"))->session);
    QVERIFY(qAbs(*read.find(QStringLiteral("_ga"))->lifetime - 63072000) < 60);
    QCOMPARE(read.find(QStringLiteral("ods-consent"))->type, StorageType::LocalStorage);
    // Without its cookies list it is not a storageState.
    read = readCapture(write(QStringLiteral("nocookies.json"), "{\"origins\": []}"));
    QVERIFY(!read.ok);
    QVERIFY2(read.error.contains(QLatin1String("no \"cookies\" list")), qPrintable(read.error));
}

// tests/data/captures: made by Debian's Chromium through playwright-core
// (scripts/captures/make-captures.mjs) on a local site that sets first- and third-party cookies.
void TestCapture::capturesMadeByARealBrowser() {
    const Capture::Filter filter{QStringLiteral("www.site.test"), {}};
    Read read =
        readCapture(TestSupport::dataPath(QStringLiteral("captures/chromium-site.har")), filter);
    QVERIFY2(read.ok, qPrintable(read.error));
    QStringList names;
    for (const ObservedCookie &c : read.cookies)
        names.append(c.name);
    QCOMPARE(names, (QStringList{"IDE", "_pk_id.1.a1b2", "_pk_ses.1.a1b2", "cookies_preferences",
                                 "csrftoken", "django_language", "sessionid"}));
    auto days = [&](const char *name) {
        const ObservedCookie *c = read.find(QLatin1String(name));
        return c && c->lifetime ? qRound(double(*c->lifetime) / 86400.0) : -1;
    };
    QCOMPARE(days("IDE"), 390); // Max-Age, from a third-party pixel the page loaded
    QCOMPARE(read.find(QStringLiteral("IDE"))->party, std::optional<Party>(Party::Third));
    QCOMPARE(days("_pk_id.1.a1b2"), 400);
    QCOMPARE(read.find(QStringLiteral("_pk_id.1.a1b2"))->domain, QStringLiteral("site.test"));
    QCOMPARE(read.find(QStringLiteral("_pk_id.1.a1b2"))->party, std::optional<Party>(Party::First));
    QCOMPARE(days("csrftoken"), 364);
    QCOMPARE(days("django_language"), 30); // Expires, counted from the entry
    QCOMPARE(days("cookies_preferences"), 180);
    QVERIFY(read.find(QStringLiteral("sessionid"))->session);
    QVERIFY(!read.find(QStringLiteral("_pk_ses.1.a1b2"))->lifetimeKnown); // set by a script
    QVERIFY(!read.find(QStringLiteral("old_cookie")));                    // deleted

    read = readCapture(
        TestSupport::dataPath(QStringLiteral("captures/chromium-site.storage-state.json")), filter);
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(read.find(QStringLiteral("sessionid"))->session);
    QCOMPARE(read.find(QStringLiteral("ods-consent"))->type, StorageType::LocalStorage);
    QVERIFY(read.find(QStringLiteral("csrftoken")));
    QVERIFY(read.find(QStringLiteral("_pk_id.1.a1b2")));
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
