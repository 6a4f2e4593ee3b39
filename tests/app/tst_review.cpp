// Review and sign-off (#13): submitting, approving, asking for changes, voiding; who may
// approve; the reviewer's role; publishing with a review policy; the approval in the chain; the
// charter with the changes marked.
#include "CharterTextDocument.h"
#include "Publisher.h"
#include "ReviewFlow.h"
#include "Store.h"

#include "SqlTestSupport.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

Cookie makeCookie(qint64 siteId, const QString &name, Category category) {
    Cookie cookie;
    cookie.siteId = siteId;
    cookie.provider = QStringLiteral("Exemple");
    cookie.service = QStringLiteral("Portail");
    cookie.name = name;
    cookie.domain = QStringLiteral("exemple.fr");
    cookie.purposeFr = QStringLiteral("Finalité de %1").arg(name);
    cookie.category = category;
    cookie.duration = QStringLiteral("13 mois");
    return cookie;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void submitNamesTheStateAndWhatChanged();
    void approveByAnotherPerson();
    void whoChangedTheRegistryMayNotApprove();
    void askingForChangesNeedsAComment();
    void anyChangeVoidsTheApproval();
    void aReviewerCannotWriteTheRegistry();
    void twoReviewersApproveAtOnce();
    void publishingNeedsAValidApproval();
    void theApprovalIsInTheChain();
    void tamperingWithTheApprovalBreaksVerify_data();
    void tamperingWithTheApprovalBreaksVerify();
    void theCharterMarksWhatChanged();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("s.cookiestore")); }
    std::unique_ptr<Store> as(const QString &user, Store::Role role = Store::Role::Editor) {
        auto store = std::make_unique<Store>();
        QString error;
        if (!store->open(path(), Store::OpenMode::ReadWrite, &error))
            qWarning("%s", qPrintable(error));
        store->setUserName(user);
        store->setRole(role);
        return store;
    }
    QString hashNow(const Store &store) {
        ReviewFlow::State state;
        QString error;
        if (!ReviewFlow::currentState(store, m_site.id, &state, &error))
            return error;
        return state.hash;
    }
    Review submitAs(Store &store, const QString &note = QString()) {
        Review review;
        const WriteResult result =
            ReviewFlow::submit(store, *store.site(m_site.id),
                               ReviewFlow::lastPublication(&store, m_site.name), note, &review);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        return review;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_editor; // "marie"
    Site m_site;
};

void TestReview::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    {
        Store store;
        QVERIFY(store.create(path(), nullptr));
    }
    m_editor = as(QStringLiteral("marie"));
    m_site.name = QStringLiteral("exemple.fr");
    m_site.url = QStringLiteral("https://exemple.fr");
    QVERIFY(m_editor->addSite(m_site).ok());
    for (const char *name : {"session", "_ga", "_gid", "consent", "theme", "lang"}) {
        Cookie cookie = makeCookie(m_site.id, QLatin1String(name), Category::Necessary);
        QVERIFY(m_editor->addCookie(cookie).ok());
    }
}

void TestReview::cleanup() {
    m_editor.reset();
    m_dir.reset();
}

void TestReview::submitNamesTheStateAndWhatChanged() {
    QVERIFY(Publisher::publish(*m_editor, m_site, *m_editor, {}).status ==
            Publisher::Outcome::Status::Published);
    Cookie added = makeCookie(m_site.id, QStringLiteral("_pk_id"), Category::Statistics);
    QVERIFY(m_editor->addCookie(added).ok());
    const Review review = submitAs(*m_editor, QStringLiteral("Matomo ajouté"));
    QVERIFY(review.id > 0);
    QCOMPARE(review.submittedBy, QStringLiteral("marie"));
    QCOMPARE(review.baseSeq, 1);
    QCOMPARE(review.stateHash, hashNow(*m_editor));
    const std::optional<Review> stored = m_editor->review(review.id);
    QVERIFY(stored);
    QCOMPARE(stored->note, QStringLiteral("Matomo ajouté"));
    QVERIFY(stored->snapshot.contains(QLatin1String("_pk_id")));
    QVERIFY(!stored->baseSnapshot.contains(QLatin1String("_pk_id")));
    QCOMPARE(ReviewFlow::statusOf(*stored, hashNow(*m_editor)), ReviewFlow::Status::Waiting);
    // The same state twice is refused: one review already waits for it.
    Review again;
    const WriteResult twice = ReviewFlow::submit(*m_editor, m_site, {}, QString(), &again);
    QCOMPARE(twice.status, WriteResult::Status::Duplicate);
    QVERIFY(twice.message.contains(QLatin1String("already waits")));
    QCOMPARE(m_editor->reviews(m_site.id, false).size(), 1);
}

void TestReview::approveByAnotherPerson() {
    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    Review decided;
    const WriteResult result = paul->decideReview(review.id, Review::Decision::Approved,
                                                  QStringLiteral("vu"), hashNow(*paul), &decided);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const Review stored = *m_editor->review(review.id);
    QCOMPARE(stored.decision, Review::Decision::Approved);
    QCOMPARE(stored.decidedBy, QStringLiteral("paul"));
    QCOMPARE(stored.decisionComment, QStringLiteral("vu"));
    QCOMPARE(ReviewFlow::statusOf(stored, hashNow(*m_editor)), ReviewFlow::Status::Approved);
    QVERIFY(ReviewFlow::summary(stored, ReviewFlow::Status::Approved)
                .contains(QLatin1String("approved by paul")));
    // A comment on a cookie is kept with the review.
    ReviewComment comment;
    comment.reviewId = review.id;
    comment.cookieId = m_editor->cookies(m_site.id).constFirst().id;
    comment.cookieName = QStringLiteral("session");
    comment.body = QStringLiteral("durée à préciser");
    QVERIFY(paul->addReviewComment(comment).ok());
    QCOMPARE(m_editor->review(review.id)->comments.size(), 1);
    QCOMPARE(m_editor->review(review.id)->comments.constFirst().writtenBy, QStringLiteral("paul"));
}

void TestReview::whoChangedTheRegistryMayNotApprove() {
    // jean edits after marie; marie submits. Neither may approve; paul may.
    auto jean = as(QStringLiteral("jean"));
    Cookie cookie = jean->cookies(m_site.id).constFirst();
    cookie.duration = QStringLiteral("session");
    QVERIFY(jean->updateCookie(cookie).ok());
    const Review review = submitAs(*m_editor);
    for (Store *store : {m_editor.get(), jean.get()}) {
        const WriteResult refused =
            store->decideReview(review.id, Review::Decision::Approved, QString(), hashNow(*store));
        QCOMPARE(refused.status, WriteResult::Status::NotAllowed);
        QVERIFY2(refused.message.contains(QLatin1String("anyone but")),
                 qPrintable(refused.message));
    }
    QCOMPARE(m_editor->review(review.id)->decision, Review::Decision::None);
    // Nor may they close it by asking for changes: a decision is final, and a reviewer's.
    const WriteResult selfRejected = m_editor->decideReview(
        review.id, Review::Decision::ChangesRequested, QStringLiteral("non"), hashNow(*m_editor));
    QCOMPARE(selfRejected.status, WriteResult::Status::NotAllowed);
    QCOMPARE(m_editor->review(review.id)->decision, Review::Decision::None);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QVERIFY(
        paul->decideReview(review.id, Review::Decision::Approved, QString(), hashNow(*paul)).ok());
}

void TestReview::askingForChangesNeedsAComment() {
    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QCOMPARE(paul->decideReview(review.id, Review::Decision::ChangesRequested, QStringLiteral(" "),
                                hashNow(*paul))
                 .status,
             WriteResult::Status::Invalid);
    QVERIFY(paul->decideReview(review.id, Review::Decision::ChangesRequested,
                               QStringLiteral("la durée de _ga est fausse"), hashNow(*paul))
                .ok());
    const Review stored = *m_editor->review(review.id);
    QCOMPARE(ReviewFlow::statusOf(stored, hashNow(*m_editor)),
             ReviewFlow::Status::ChangesRequested);
    const QString line = ReviewFlow::summary(stored, ReviewFlow::Status::ChangesRequested);
    QVERIFY2(line.contains(QStringLiteral("la durée de _ga est fausse")), qPrintable(line));
    // Decided once: approving afterwards is a conflict naming the first decision.
    const WriteResult late =
        paul->decideReview(review.id, Review::Decision::Approved, QString(), hashNow(*paul));
    QCOMPARE(late.status, WriteResult::Status::Conflict);
    QVERIFY(late.message.contains(QLatin1String("paul already asked for changes")));
}

void TestReview::anyChangeVoidsTheApproval() {
    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QVERIFY(
        paul->decideReview(review.id, Review::Decision::Approved, QString(), hashNow(*paul)).ok());
    // A charter text is part of the state too.
    CharterText text;
    text.siteId = m_site.id;
    text.language = QStringLiteral("fr");
    text.section = QStringLiteral("intro");
    text.body = QStringLiteral("Nouvelle introduction.");
    QVERIFY(m_editor->setCharterText(text).ok());
    const Review stored = *m_editor->review(review.id);
    QCOMPARE(ReviewFlow::statusOf(stored, hashNow(*m_editor)), ReviewFlow::Status::Void);
    QVERIFY(
        ReviewFlow::summary(stored, ReviewFlow::Status::Void).contains(QLatin1String("is void")));
    // Approving a review whose state is gone is refused too.
    const Review second = submitAs(*m_editor);
    Cookie cookie = m_editor->cookies(m_site.id).constFirst();
    cookie.purposeFr = QStringLiteral("Autre finalité");
    QVERIFY(m_editor->updateCookie(cookie).ok());
    const WriteResult refused =
        paul->decideReview(second.id, Review::Decision::Approved, QString(), hashNow(*paul));
    QCOMPARE(refused.status, WriteResult::Status::Conflict);
    QVERIFY(refused.message.contains(QLatin1String("void")));
    // A void review cannot be closed by asking for changes either.
    QCOMPARE(paul->decideReview(second.id, Review::Decision::ChangesRequested,
                                QStringLiteral("trop tard"), hashNow(*paul))
                 .status,
             WriteResult::Status::Conflict);
    QCOMPARE(m_editor->review(second.id)->decision, Review::Decision::None);
}

void TestReview::aReviewerCannotWriteTheRegistry() {
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QVERIFY(paul->isReadOnly());
    QVERIFY(paul->canReview());
    const QByteArray before = TestSupport::fileHash(path());
    Cookie cookie = makeCookie(m_site.id, QStringLiteral("intrus"), Category::Marketing);
    QCOMPARE(paul->addCookie(cookie).status, WriteResult::Status::NotAllowed);
    Cookie existing = paul->cookies(m_site.id).constFirst();
    existing.purposeFr = QStringLiteral("changé");
    QCOMPARE(paul->updateCookie(existing).status, WriteResult::Status::NotAllowed);
    QCOMPARE(paul->removeCookies({existing}).status, WriteResult::Status::NotAllowed);
    Site site = *paul->site(m_site.id);
    site.reviewPolicy = Site::ReviewPolicy::None;
    QCOMPARE(paul->updateSite(site).status, WriteResult::Status::NotAllowed);
    Review review;
    const WriteResult submitted = ReviewFlow::submit(*paul, m_site, {}, QString(), &review);
    QCOMPARE(submitted.status, WriteResult::Status::NotAllowed);
    QVERIFY(submitted.message.contains(QLatin1String("not allowed")));
    QCOMPARE(Publisher::publish(*paul, m_site, *paul, {}).status,
             Publisher::Outcome::Status::Failed);
    QCOMPARE(TestSupport::fileHash(path()), before);
    QCOMPARE(m_editor->cookies(m_site.id).size(), 6);
}

void TestReview::twoReviewersApproveAtOnce() {
    const Review review = submitAs(*m_editor);
    const QString hash = hashNow(*m_editor);
    std::atomic<int> approved{0};
    std::atomic<int> conflicts{0};
    QStringList users{QStringLiteral("paul"), QStringLiteral("lea")};
    std::vector<std::unique_ptr<QThread>> threads;
    for (const QString &user : users) {
        threads.emplace_back(QThread::create([&, user] {
            // Each thread its own connection, as two programs would have.
            Store store;
            if (!store.open(path(), Store::OpenMode::ReadWrite, nullptr))
                return;
            store.setUserName(user);
            store.setRole(Store::Role::Reviewer);
            const WriteResult result =
                store.decideReview(review.id, Review::Decision::Approved, user, hash);
            if (result.ok())
                ++approved;
            else if (result.status == WriteResult::Status::Conflict)
                ++conflicts;
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        thread->wait();
    QCOMPARE(approved.load(), 1);
    QCOMPARE(conflicts.load(), 1);
    const Review stored = *m_editor->review(review.id);
    QVERIFY(users.contains(stored.decidedBy));
    QCOMPARE(stored.decisionComment, stored.decidedBy); // the winner's own decision, whole
}

void TestReview::publishingNeedsAValidApproval() {
    Site site = *m_editor->site(m_site.id);
    site.reviewPolicy = Site::ReviewPolicy::Approval;
    QVERIFY(m_editor->updateSite(site).ok());
    Publisher::Outcome outcome = Publisher::publish(*m_editor, site, *m_editor, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Refused);
    QVERIFY2(outcome.message.contains(QLatin1String("anyone but marie")),
             qPrintable(outcome.message));
    QVERIFY(m_editor->publications().isEmpty());

    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QVERIFY(paul->decideReview(review.id, Review::Decision::Approved, QStringLiteral("bon"),
                               hashNow(*paul))
                .ok());
    outcome = Publisher::publish(*m_editor, site, *m_editor, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Published);
    QCOMPARE(outcome.publication.approval.approvedBy, QStringLiteral("paul"));
    QCOMPARE(outcome.publication.approval.reviewId, review.id);

    // A change afterwards needs a new approval: the old one names another state.
    Cookie cookie = m_editor->cookies(m_site.id).constFirst();
    cookie.duration = QStringLiteral("1 an");
    QVERIFY(m_editor->updateCookie(cookie).ok());
    outcome = Publisher::publish(*m_editor, site, *m_editor, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Refused);
    QVERIFY2(outcome.message.contains(QLatin1String("void")), qPrintable(outcome.message));
    QCOMPARE(m_editor->publications().size(), 1);

    // Switching the policy off does not let the next publication through: the last one was
    // made under it, so switching it off needs an approval too.
    site = *m_editor->site(m_site.id);
    site.reviewPolicy = Site::ReviewPolicy::None;
    QVERIFY(m_editor->updateSite(site).ok());
    outcome = Publisher::publish(*m_editor, site, *m_editor, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Refused);
    QVERIFY2(outcome.message.contains(QLatin1String("switched off after publication 1")),
             qPrintable(outcome.message));
    QCOMPARE(m_editor->publications().size(), 1);
    const Review off = submitAs(*m_editor);
    QVERIFY(paul->decideReview(off.id, Review::Decision::Approved, QString(), hashNow(*paul)).ok());
    QCOMPARE(Publisher::publish(*m_editor, site, *m_editor, {}).status,
             Publisher::Outcome::Status::Published);
    // From then on the site publishes without a review, as its policy says.
    cookie.duration = QStringLiteral("2 ans");
    QVERIFY(m_editor->updateCookie(cookie).ok());
    QCOMPARE(Publisher::publish(*m_editor, site, *m_editor, {}).status,
             Publisher::Outcome::Status::Published);
    QVERIFY(m_editor->verifyPublications().ok);
}

void TestReview::theApprovalIsInTheChain() {
    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    ReviewComment comment;
    comment.reviewId = review.id;
    comment.body = QStringLiteral("relu en entier");
    QVERIFY(paul->addReviewComment(comment).ok());
    QVERIFY(
        paul->decideReview(review.id, Review::Decision::Approved, QString(), hashNow(*paul)).ok());
    // No policy: the approval is recorded all the same, since it names this state.
    const Publisher::Outcome outcome = Publisher::publish(*m_editor, m_site, *m_editor, {});
    QCOMPARE(outcome.status, Publisher::Outcome::Status::Published);
    const Publication stored = *m_editor->publication(m_site.name, 1, false);
    QCOMPARE(stored.approval.approvedBy, QStringLiteral("paul"));
    QCOMPARE(stored.approval.submittedBy, QStringLiteral("marie"));
    QCOMPARE(stored.approval.stateHash, stored.registrySha256);
    QCOMPARE(stored.approval.comments.size(), 1);
    QCOMPARE(stored.approval.comments.constFirst().body, QStringLiteral("relu en entier"));
    QCOMPARE(stored.hash, stored.computeHash());
    Publication without = stored;
    without.approval = Approval();
    QVERIFY(without.computeHash() != stored.hash); // the hash covers it
    const Store::Verification verified = m_editor->verifyPublications();
    QVERIFY2(verified.ok, qPrintable(verified.firstBroken));
}

void TestReview::tamperingWithTheApprovalBreaksVerify_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("approver") << "UPDATE publication SET approval = replace(approval, "
                                 "'\"approvedBy\":\"paul\"', '\"approvedBy\":\"lea\"')"
                              << "hash does not match";
    QTest::newRow("approval removed") << "UPDATE publication SET approval = ''"
                                      << "hash does not match";
    QTest::newRow("comment") << "UPDATE publication SET approval = replace(approval, 'bon', "
                                "'mauvais')"
                             << "hash does not match";
    // What reading it back would not see: an extra member, a first duplicate of a member.
    QTest::newRow("member added") << "UPDATE publication SET approval = replace(approval, "
                                     "'{\"approvedAt\"', '{\"x\":\"forged\",\"approvedAt\"')"
                                  << "approval is not as it was written";
    QTest::newRow("duplicate approver")
        << "UPDATE publication SET approval = replace(approval, '{\"approvedAt\"', "
           "'{\"approvedBy\":\"eve\",\"approvedAt\"')"
        << "approval is not as it was written";
    QTest::newRow("switches edited") << "UPDATE publication SET rule_switches = '[]'"
                                     << "rules switched off is not as it was written";
}

void TestReview::tamperingWithTheApprovalBreaksVerify() {
    QFETCH(QString, sql);
    QFETCH(QString, mentions);
    const Review review = submitAs(*m_editor);
    auto paul = as(QStringLiteral("paul"), Store::Role::Reviewer);
    QVERIFY(paul->decideReview(review.id, Review::Decision::Approved, QStringLiteral("bon"),
                               hashNow(*paul))
                .ok());
    QCOMPARE(Publisher::publish(*m_editor, m_site, *m_editor, {}).status,
             Publisher::Outcome::Status::Published);
    QVERIFY(m_editor->verifyPublications().ok);
    paul.reset();
    m_editor.reset();
    QVERIFY(TestSupport::runSql(path(), sql));
    Store reader;
    QVERIFY(reader.open(path(), Store::OpenMode::ReadOnly, nullptr));
    const Store::Verification verified = reader.verifyPublications();
    QVERIFY(!verified.ok);
    QVERIFY2(verified.firstBroken.contains(mentions), qPrintable(verified.firstBroken));
    m_editor = as(QStringLiteral("marie"));
}

void TestReview::theCharterMarksWhatChanged() {
    QCOMPARE(Publisher::publish(*m_editor, m_site, *m_editor, {}).status,
             Publisher::Outcome::Status::Published);
    // Three added, two changed, one removed.
    for (const char *name : {"_pk_id", "_pk_ses", "_hjid"}) {
        Cookie cookie = makeCookie(m_site.id, QLatin1String(name), Category::Statistics);
        QVERIFY(m_editor->addCookie(cookie).ok());
    }
    QList<Cookie> cookies = m_editor->cookies(m_site.id);
    Cookie first = cookies.at(0); // session
    first.purposeFr = QStringLiteral("Garde la session ouverte");
    QVERIFY(m_editor->updateCookie(first).ok());
    Cookie second = cookies.at(1); // _ga
    second.duration = QStringLiteral("2 ans");
    second.category = Category::Statistics;
    QVERIFY(m_editor->updateCookie(second).ok());
    QVERIFY(m_editor->removeCookies({cookies.at(5)}).ok()); // lang
    const Review review = submitAs(*m_editor);
    const Review stored = *m_editor->review(review.id);

    const CharterDocument document = ReviewFlow::markedCharter(
        stored.snapshot, stored.baseSnapshot, QStringLiteral("fr"), QDate(2026, 12, 1));
    QHash<QString, CharterRow> rows;
    for (const CharterBlock &block : document.blocks) {
        for (const CharterRow &row : block.rows)
            rows.insert(row.name, row);
    }
    QCOMPARE(rows.value(QStringLiteral("_pk_id")).mark, CharterRow::Mark::Added);
    QCOMPARE(rows.value(QStringLiteral("_hjid")).mark, CharterRow::Mark::Added);
    QCOMPARE(rows.value(QStringLiteral("lang")).mark, CharterRow::Mark::Removed);
    QCOMPARE(rows.value(QStringLiteral("theme")).mark, CharterRow::Mark::None);
    const CharterRow changed = rows.value(QStringLiteral("session"));
    QCOMPARE(changed.mark, CharterRow::Mark::Changed);
    QCOMPARE(changed.before.value(CharterDocument::Purpose), QStringLiteral("Finalité de session"));
    const CharterRow moved = rows.value(QStringLiteral("_ga"));
    QCOMPARE(moved.mark, CharterRow::Mark::Changed);
    QCOMPARE(moved.before.value(CharterDocument::Duration), QStringLiteral("13 mois"));
    QVERIFY(moved.notes.join(QLatin1Char(' ')).contains(QLatin1String("necessary")));
    QCOMPARE(document.cookieCount, 8); // the removed one is shown, not counted

    // With a limit, every change stays and the unchanged ones are cut.
    int hidden = -1;
    const CharterDocument limited = ReviewFlow::markedCharter(
        stored.snapshot, stored.baseSnapshot, QStringLiteral("fr"), QDate(2026, 12, 1), 1, &hidden);
    int marked = 0;
    int unmarked = 0;
    for (const CharterBlock &block : limited.blocks) {
        for (const CharterRow &row : block.rows)
            (row.mark == CharterRow::Mark::None ? unmarked : marked) += 1;
    }
    QCOMPARE(marked, 6);
    QCOMPARE(unmarked, 1);
    QCOMPARE(hidden, 2); // of _gid, consent, theme

    // In the laid-out document: before and after in the changed cells, the removed row struck.
    QTextDocument text;
    CharterTextDocument::build(&text, document);
    const QString plain = text.toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("Finalité de session \u2192 Garde la session ouverte")),
             qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("13 mois \u2192 2 ans")));
    QVERIFY(plain.contains(QStringLiteral("+ Exemple")));
    QCOMPARE(plain.count(QStringLiteral("+ Exemple")), 3);
    QCOMPARE(plain.count(QStringLiteral("\u2212 Exemple")), 1);
    QTextCursor found = text.find(QStringLiteral("Finalité de lang"));
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().fontStrikeOut());
    found = text.find(QStringLiteral("Garde la session ouverte"));
    QVERIFY(!found.charFormat().fontStrikeOut());
    found = text.find(QStringLiteral("Finalité de session"));
    QVERIFY(found.charFormat().fontStrikeOut());
    // A published charter carries no marks.
    QTextDocument published;
    CharterTextDocument::build(
        &published, Publisher::publishedCharter(*m_editor->publication(m_site.name, 1, false),
                                                QStringLiteral("fr")));
    QVERIFY(!published.toPlainText().contains(QStringLiteral("\u2192")));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
