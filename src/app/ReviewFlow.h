#pragma once

#include "CharterDocument.h"
#include "Review.h"
#include "Site.h"
#include "Store.h"

#include <QString>
#include <QStringList>

#include <optional>

// Review and sign-off: an editor submits a site's exact state, a reviewer approves it or asks
// for changes, and a publication of a site whose policy asks for it needs an approval of the
// very state it publishes. The store keeps the rows; this is what they mean.
namespace ReviewFlow {

// What a publication of the site would hold now: its snapshot and that snapshot's SHA-256 (the
// state a review names), from one read.
struct State {
    QString snapshot;
    QString hash;
};
bool currentState(const Store &store, qint64 siteId, State *state, QString *error);

// The cookies a snapshot holds (none for an empty or unreadable one).
QList<Cookie> snapshotCookies(const QString &snapshot);

// The cookie a comment is about, by name, and by domain when given: the site's cookies first,
// then those `review` removed since its base publication (id 0). nullopt with *why when there is
// none, or several of that name on different domains.
std::optional<Cookie> commentTarget(const Store &store, const Review &review, const QString &name,
                                    const QString &domain, QString *why);

// Whether a snapshot (a publication's) was made under the approval policy.
bool snapshotNeedsApproval(const QString &snapshot);

// The last publication of `siteName` in `shared` (null: none), the base a review compares with.
struct Base {
    int seq = 0;
    QString at;
    QString snapshot;
};
Base lastPublication(const Store *shared, const QString &siteName);
// The base where publications go (`to`, else the configured shared store, else `store` itself;
// PublishingTarget), read-only; none yet when that store does not exist. false with *error when
// it exists but cannot be read. The command line and the window both submit through this.
bool baseFor(const Store &store, const QString &to, const QString &siteName, Base *base,
             QString *error);

// Submits the site's current state for review, compared with `base`.
WriteResult submit(Store &store, const Site &site, const Base &base, const QString &note,
                   Review *review);

enum class Status { Waiting, Approved, ChangesRequested, Void };
// A review's standing against the registry's state now: any change after submission voids it.
Status statusOf(const Review &review, const QString &currentHash);
QString statusText(Status status);
// One line for a list or a banner: "approved by X on D", "changes requested by X: …", …
QString summary(const Review &review, Status status);

// The people who may not approve the site now: whoever changed it since `since` (the last
// publication's time; empty: ever) and the review's submitter, when given.
QStringList excludedApprovers(const Store &store, qint64 siteId, const QString &since,
                              const QString &submitter, QString *error);

// The approval that lets the site's current state be published: the newest approved review of
// exactly `currentHash` whose approver neither submitted it nor changed the registry since
// `since`. nullopt with *why (plain words, who may approve) otherwise.
std::optional<Review> validApproval(const Store &store, const Site &site,
                                    const QString &currentHash, const QString &since, QString *why);

// The charter of `after` in `language`, with the cookie rows changed since `before` marked:
// added, removed (kept, struck through) and changed cells (with the text before). With
// `unchangedLimit` >= 0 only that many unchanged cookies are kept (every changed one is), and
// *hidden gets how many were left out: a reviewer reads the changes, and laying out 100,000
// rows would take minutes.
CharterDocument markedCharter(const QString &after, const QString &before, const QString &language,
                              const QDate &date, int unchangedLimit = -1, int *hidden = nullptr);

} // namespace ReviewFlow
