#pragma once

#include "AuditEntry.h"
#include "CharterText.h"
#include "Cookie.h"
#include "ImportRecord.h"
#include "Publication.h"
#include "Review.h"
#include "RuleSwitch.h"
#include "Site.h"
#include "StoreBackend.h"
#include "StoreImport.h"
#include "WriteResult.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
class Statement;

// One store: an SQLite file, possibly on a network share and open by several people at once, or
// a PostgreSQL database on a team server (a location postgresql://user@host:port/db). This is
// the one interface; it runs the same SQL on both and asks its StoreBackend (sqlite/,
// postgres/) for what differs: opening and migrating, the connection, how a write takes the
// writers' lock, what an error means, watching for others' changes, streaming an import.
//
// Every write is one short transaction holding the writers' lock (SQLite's BEGIN IMMEDIATE, a
// server's advisory lock), so that a writer queues (busy timeout) instead of failing half-way; a
// whole unit of work is retried a bounded number of times, except after a lost connection.
// Updates and deletes name the row version they read; a stale one is refused as a Conflict.
// Reads are single statements and never hold a lock between calls. Signals are emitted after
// the commit, for this connection's own writes only; others' commits arrive as externalChange.
class Store : public QObject {
    Q_OBJECT
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // When open() runs SQLite's integrity check (PRAGMA quick_check, which reads the whole
    // file): at once (the default; the window opens a store once and keeps it), or only before
    // the first write (a command that only reads a large store need not pay for reading it
    // twice; SQLite still reports every damaged page that a read touches).
    enum class Verify { OnOpen, BeforeFirstWrite };
    void setVerify(Verify verify) { m_verify = verify; }

    // `path` is a file or a server location (isServerLocation).
    bool open(const QString &path, OpenMode mode, QString *error);
    // Another read-only connection to a store already opened and checked by open(), for reads
    // on another thread (the registry table loads its rows in the background); no checks again.
    bool openReader(const QString &path, QString *error);
    // Creates a new, empty store; refuses an existing non-empty file. On a server, creates the
    // schema in an empty database and refuses one that holds any table.
    bool create(const QString &path, QString *error);

    // Server: postgresql://user@host:port/database?sslmode=... (or postgres://).
    static bool isServerLocation(const QString &location);
    // Asked for the password when neither the location, ~/.pgpass nor PGPASSWORD gives one (or
    // it was refused); returns empty to give up. Kept in memory for the process, never written.
    using PasswordPrompt = std::function<QString(const QString &location, const QString &why)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    // Why the connected server role may not publish (empty on SQLite, or when it may).
    QString publishRefusal() const;
    // On a server, the role connected and what it may do, in one sentence (empty on SQLite).
    QString serverAccess() const;
    // Server: creates the group roles (if missing) and grants: reviewers read everything and
    // write only decisions and comments on reviews; editors also write the registry, its texts,
    // settings and reviews; publishers also publish. Empty names are skipped. *done says what
    // was granted.
    bool setUpRoles(const QString &editors, const QString &reviewers, const QString &publishers,
                    QStringList *done, QString *error);
    // Copies every table of `source` (opened) into this store, which must be empty of sites,
    // publications and reviews: ids, versions, stamps, the audit log, publications with their
    // files and chain. All or nothing; `progress` (0..1) may cancel.
    bool copyFrom(const Store &source, const std::function<bool(double)> &progress, QString *error);
    void close();

    bool isOpen() const;
    // A store on a PostgreSQL server rather than an SQLite file.
    bool isServer() const;
    // What the user may write. An editor writes the registry; a reviewer (on SQLite a role the
    // program keeps to, on a server one the server enforces) writes only decisions and comments
    // on reviews, and sees the registry read-only.
    enum class Role { Editor, Reviewer };
    void setRole(Role role) { m_role = role; }
    // A reviewer: set so, or a server role that may only review.
    Role role() const;
    // The registry cannot be changed here: the store is read-only, or the user a reviewer.
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // Decisions and comments on reviews can be written (the store is not read-only).
    bool canReview() const;
    // The file, or the server location without its password.
    QString path() const;
    int schemaVersion() const;
    // Changes whenever any connection commits a change to the file (PRAGMA data_version).
    qint64 dataVersion() const;

    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    void setUserName(const QString &user) { m_user = user; }
    QString userName() const { return m_user; }

    // Reads. On failure they return empty and set *error; a row that is not there returns
    // nullopt with *error left empty: "gone" and "could not be read" are never confused.
    QList<Site> sites(QString *error = nullptr) const;
    std::optional<Site> site(qint64 id, QString *error = nullptr) const;
    // By name (case-insensitive), URL or numeric id.
    std::optional<Site> findSite(const QString &key, QString *error = nullptr) const;
    QList<Cookie> cookies(qint64 siteId = 0, QString *error = nullptr) const;
    std::optional<Cookie> cookie(qint64 id, QString *error = nullptr) const;
    // What an audit compares of a site's cookies (id, name, domain, category, party, duration,
    // type, consent, version); the other fields are left empty. Half the cost of cookies().
    QList<Cookie> auditCookies(qint64 siteId, QString *error = nullptr) const;
    // The fields the consent banner needs: provider, service, name, purposes, category,
    // consent exemption, privacy link.
    QList<Cookie> bannerCookies(qint64 siteId, QString *error = nullptr) const;
    int cookieCount(qint64 siteId = 0) const;
    // site id -> number of cookies, for every site with cookies, in one scan.
    QHash<qint64, int> cookieCounts(QString *error = nullptr) const;
    // id -> version of a site's cookies: what changed since a copy was read, without the rows.
    QHash<qint64, qint64> cookieVersions(qint64 siteId, QString *error = nullptr) const;
    // Streams cookies (of one site, or all with 0) in id order, those after `afterId` only;
    // stop by returning false.
    bool forEachCookie(qint64 siteId, const std::function<bool(const Cookie &)> &visit,
                       QString *error, qint64 afterId = 0) const;
    QList<AuditEntry> auditLog(qint64 siteId = 0, int limit = 100) const;
    // Publications: newest last. Without file contents unless asked.
    QStringList publishedSites() const;
    QList<Publication> publications(const QString &site = QString()) const;
    std::optional<Publication> publication(const QString &site, int seq, bool withContents) const;
    struct Verification {
        bool ok = true;
        int checked = 0;
        QString firstBroken; // plain words: which publication, what is wrong
    };
    // Checks every file's SHA-256, every publication's hash and each site's chain.
    Verification verifyPublications() const;

    // The sections a site has rewritten in one language (the others use the default text).
    QList<CharterText> charterTexts(qint64 siteId, const QString &language,
                                    QString *error = nullptr) const;
    QList<CharterText> allCharterTexts(qint64 siteId, QString *error = nullptr) const;

    // Everything a publication holds of a site, read in one read transaction: no write by
    // anyone can land between its parts.
    struct SiteState {
        Site site;
        QList<Cookie> cookies;    // id order
        QList<CharterText> texts; // the site's own texts, every language
        QList<RuleSwitch> ruleSwitches;
    };
    bool readSiteState(qint64 siteId, SiteState *state, QString *error) const;
    // Tests only: called inside readSiteState's transaction, between its reads.
    void setBetweenReadsHook(std::function<void()> hook) { m_betweenReads = std::move(hook); }

    // The rules the site has switched off, by rule id.
    QList<RuleSwitch> ruleSwitches(qint64 siteId, QString *error = nullptr) const;

    // Writes.
    WriteResult addSite(Site &site);
    WriteResult updateSite(Site &site);
    WriteResult addCookie(Cookie &cookie);
    // Several cookies in one transaction (undoing a deletion): all are added or none.
    WriteResult addCookies(QList<Cookie> &cookies);
    WriteResult updateCookie(Cookie &cookie);
    // Reads cookie `id`, applies `change` and writes it back in one transaction, so that no
    // one can write in between. With `expectedVersion` > 0 the row must still be at that version
    // (a Conflict otherwise). *result gets the cookie as stored.
    WriteResult changeCookie(qint64 id, const std::function<void(Cookie &)> &change,
                             qint64 expectedVersion, Cookie *result);
    // Several such changes in one transaction: all are written or none. A change may refuse
    // (return false, with the reason), which refuses them all as a Conflict.
    struct CookieChange {
        qint64 id = 0;
        qint64 expectedVersion = 0; // > 0: the row must still be at this version
        std::function<bool(Cookie &, QString *why)> change;
    };
    WriteResult changeCookies(const QList<CookieChange> &changes, QList<Cookie> *results = nullptr);
    WriteResult removeCookies(const QList<Cookie> &cookies);
    ImportReport importRecords(RecordSource &source, const ImportOptions &options);
    // Stores a section's text; `text.version` is the version read (0 when the default was
    // shown). A stale version is a Conflict.
    WriteResult setCharterText(CharterText &text);
    // Goes back to the default text for that section (deletes the site's own, version-checked).
    WriteResult resetCharterText(const CharterText &text);
    // Switches a rule off for a site with a reason, or rewrites the reason. `entry.version` is the
    // version read (0: the rule was on); a stale one is a Conflict. *entry gets what is stored.
    WriteResult switchRuleOff(RuleSwitch &entry);
    // Switches the rule back on (the switch read, version-checked).
    WriteResult switchRuleOn(const RuleSwitch &entry);
    // Reviews (StoreReviews.cpp). A site's reviews, oldest first, with their decisions and
    // comments; the snapshots only when asked (they hold the whole registry twice).
    QList<Review> reviews(qint64 siteId, bool withSnapshots, QString *error = nullptr) const;
    // With its snapshots unless `withSnapshots` is false (what a decision needs fits without).
    std::optional<Review> review(qint64 id, QString *error = nullptr,
                                 bool withSnapshots = true) const;
    // Who changed the site's registry, texts or settings at or after `since` (an ISO time; empty:
    // ever), from the audit log, sorted.
    QStringList changedBy(qint64 siteId, const QString &since, QString *error = nullptr) const;
    // The newest entry of the audit log about the site (its cookies, texts, settings, rule
    // switches), 0 when none: every write to what a publication holds moves it, so an unchanged
    // mark means an unchanged registry.
    qint64 lastChange(qint64 siteId, QString *error = nullptr) const;
    // An editor submits the state in `review` (site, state hash, snapshots, base, note); a
    // reviewer may not. *review gets its id and stamps.
    WriteResult submitReview(Review &review);
    // A reviewer's decision, once per review: a second one is a Conflict naming the first.
    // Either decision needs `currentStateHash` (the registry as it is now) to be the state
    // submitted, and a user who neither submitted it nor changed the registry since its base
    // publication. Requesting changes needs a comment. *result gets the review as stored.
    WriteResult decideReview(qint64 reviewId, Review::Decision decision, const QString &comment,
                             const QString &currentStateHash, Review *result = nullptr);
    // A comment on a review, on one cookie or on the whole of it; anyone who may review.
    WriteResult addReviewComment(ReviewComment &comment);

    // Appends a publication in one transaction: its number, previous hash and hash are set
    // here, under the write lock, so two publishers get distinct numbers and an intact chain.
    WriteResult addPublication(Publication &publication);

Q_SIGNALS:
    void siteAdded(qint64 siteId);
    void siteChanged(qint64 siteId);
    void cookieAdded(qint64 siteId, qint64 cookieId);
    void cookieChanged(qint64 siteId, qint64 cookieId);
    void cookieRemoved(qint64 siteId, qint64 cookieId);
    void registryReset(qint64 siteId); // many rows changed at once (import)
    void charterTextChanged(qint64 siteId, const QString &language);
    void ruleSwitchesChanged(qint64 siteId);
    void reviewsChanged(qint64 siteId);
    void published(const QString &site, int seq);
    // Someone else (another connection, another program) committed a change to the file. The
    // store looks for such changes (PRAGMA data_version) only while something is connected here.
    void externalChange();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    QSqlDatabase database() const;
    using StatementKind = StoreBackend::StatementKind;
    std::unique_ptr<Statement> statement(const char *sql,
                                         StatementKind kind = StatementKind::Read) const;
    QString returningId(const QString &insertSql) const;
    qint64 insertedId(QSqlQuery &query) const;
    StoreBackend *newBackend(const QString &location);
    bool opened(bool success);
    bool connectionLost() const;
    // Which rows of a COPY that met a duplicate were in the way: earlier rows of the import, or
    // cookies already stored; false when the store could not be read.
    bool findDuplicates(const QList<ImportedKey> &keys, QList<RowError> *errors,
                        QString *failure) const;
    // What a write changes: the registry (editors only) or the reviews' decisions and comments.
    enum class WriteScope { Registry, Review };
    WriteResult runWrite(const std::function<WriteResult()> &unit,
                         WriteScope scope = WriteScope::Registry);
    bool readReviewDetails(QList<Review> &reviews, QString *error) const;
    WriteResult failureFrom(const QSqlQuery &query) const;
    bool audit(const QString &action, const QString &entity, qint64 entityId, qint64 siteId,
               const QString &summary, const QString &oldValues, const QString &newValues);
    WriteResult insertCookie(Cookie &cookie, Statement &insert);
    WriteResult auditFailure() const;
    WriteResult statementFailure(const Statement &statement, int code) const;
    QString nowText() const;
    bool insertCharterText(qint64 siteId, const QString &language, const QString &section,
                           const QString &body, QString *error);
    QList<PublicationFile> publicationFiles(qint64 publicationId, bool withContents) const;
    WriteResult insertSite(Site &site);
    static QString siteProblem(const Site &site);
    WriteResult updateCookieLocked(Cookie &cookie, const Cookie &stored);
    void startWatching();

    std::unique_ptr<StoreBackend> m_backend; // the connection: an SQLite file or a server
    QString m_user;
    Role m_role = Role::Editor;
    int m_busyTimeoutMs = 5000;
    int m_maxAttempts = 3;
    QString m_lastAuditError;
    QString m_now;                                 // set for the length of one unit of work
    QList<std::function<void()>> m_pendingSignals; // emitted after a successful commit
    std::function<void()> m_betweenReads;
    Verify m_verify = Verify::OnOpen;
};
