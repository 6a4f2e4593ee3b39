// review submit|list|show|approve|reject|comment: sign-off of a site's charter before publishing.
#include "Command.h"
#include "CommandContext.h"
#include "RegistryDiff.h"
#include "ReviewFlow.h"
#include "TextTable.h"

#include <QCommandLineParser>

namespace {

class ReviewCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declare(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (default: the only one)."), QStringLiteral("S")},
             {QStringLiteral("note"), tr("submit: what the reviewer should know."),
              QStringLiteral("TEXT")},
             {QStringLiteral("comment"),
              tr("approve, reject, comment: the comment (required to reject)."),
              QStringLiteral("TEXT")},
             {QStringLiteral("cookie"),
              tr("comment: the cookie it is about (its name or number; a cookie the review "
                 "removes too)."),
              QStringLiteral("COOKIE")},
             {QStringLiteral("domain"),
              tr("comment: the cookie's domain, when several cookies have that name."),
              QStringLiteral("D")},
             {QStringLiteral("to"),
              tr("submit: the shared store whose last publication the review compares with "
                 "(default: the configured one, else the open store)."),
              QStringLiteral("FILE")}});
        parser.addPositionalArgument(QStringLiteral("ACTION"),
                                     tr("submit, list, show N, approve N, reject N or comment N."));
        parser.addPositionalArgument(QStringLiteral("N"), tr("The review's number."),
                                     QStringLiteral("[N]"));
    }

    static int run(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return c.usage(tr("review needs an action: submit, list, show, approve, reject or "
                              "comment"));
        const QString action = positional.constFirst();
        const bool numbered =
            action == QLatin1String("show") || action == QLatin1String("approve") ||
            action == QLatin1String("reject") || action == QLatin1String("comment");
        if (!numbered && action != QLatin1String("submit") && action != QLatin1String("list"))
            return c.usage(tr("unknown review action \"%1\" (submit, list, show, approve, reject, "
                              "comment)")
                               .arg(action));
        qint64 id = 0;
        if (numbered) {
            bool ok = false;
            id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
            if (!ok || id <= 0)
                return c.usage(tr("review %1 takes one review number").arg(action));
        } else if (positional.size() != 1) {
            return c.usage(tr("review %1 takes options only").arg(action));
        }
        if (action == QLatin1String("submit"))
            return submit(c, parser);
        if (action == QLatin1String("list"))
            return list(c, parser);
        int code = Success;
        if (!c.openStore(&code))
            return code;
        QString error;
        const std::optional<Review> review = c.store().review(id, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        if (!review)
            return c.fail(ValidationFailed, tr("there is no review %1").arg(id));
        if (action == QLatin1String("show"))
            return show(c, *review);
        if (action == QLatin1String("comment"))
            return comment(c, parser, *review);
        return decide(c, parser, *review, action == QLatin1String("approve"));
    }

private:
    static bool current(CommandContext &c, qint64 siteId, ReviewFlow::State *state, int *code) {
        QString error;
        if (ReviewFlow::currentState(c.store(), siteId, state, &error))
            return true;
        *code = c.fail(StoreError, error);
        return false;
    }

    static int submit(CommandContext &c, const QCommandLineParser &parser) {
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        // The base: the last publication where publications go, if that store exists yet.
        ReviewFlow::Base base;
        QString baseError;
        if (!ReviewFlow::baseFor(c.store(), parser.value(QStringLiteral("to")), site->name, &base,
                                 &baseError))
            return c.fail(StoreError, baseError);
        Review review;
        const WriteResult result = ReviewFlow::submit(
            c.store(), *site, base, parser.value(QStringLiteral("note")), &review);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Submitted %1 for review as review %2").arg(site->name).arg(review.id);
        if (base.seq > 0)
            c.out << tr(" (compared with publication %1)").arg(base.seq);
        c.out << '\n';
        QString error;
        const QStringList excluded =
            ReviewFlow::excludedApprovers(c.store(), site->id, base.at, review.submittedBy, &error);
        c.out << tr("Anyone but %1 may approve it.").arg(excluded.join(QStringLiteral(", ")))
              << '\n';
        return Success;
    }

    static int list(CommandContext &c, const QCommandLineParser &parser) {
        qint64 siteId = 0;
        int code = Success;
        if (!c.siteScope(parser.value(QStringLiteral("site")), &siteId, &code))
            return code;
        QString error;
        const QList<Review> reviews = c.store().reviews(siteId, false, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        QHash<qint64, QString> hashes; // the state of each site now, read once
        TextTable table({tr("NUMBER"), tr("SITE"), tr("SUBMITTED"), tr("BY"), tr("STATUS"),
                         tr("DECIDED BY"), tr("NOTE")},
                        {0, 30, 0, 0, 0, 0, 50});
        for (const Review &review : reviews) {
            if (!hashes.contains(review.siteId)) {
                ReviewFlow::State state;
                if (!current(c, review.siteId, &state, &code))
                    return code;
                hashes.insert(review.siteId, state.hash);
            }
            const ReviewFlow::Status status =
                ReviewFlow::statusOf(review, hashes.value(review.siteId));
            table.addRow({QString::number(review.id), review.siteName, review.submittedAt,
                          review.submittedBy, ReviewFlow::statusText(status), review.decidedBy,
                          review.note});
        }
        if (reviews.isEmpty()) {
            c.out << tr("No review yet (submit one with: cookie-charter review submit)") << '\n';
            return Success;
        }
        c.out << table.render();
        return Success;
    }

    static int show(CommandContext &c, const Review &review) {
        int code = Success;
        ReviewFlow::State state;
        if (!current(c, review.siteId, &state, &code))
            return code;
        const ReviewFlow::Status status = ReviewFlow::statusOf(review, state.hash);
        c.out << tr("Review %1 of %2").arg(review.id).arg(review.siteName) << '\n'
              << tr("Submitted by %1 on %2").arg(review.submittedBy, review.submittedAt) << '\n';
        if (!review.note.isEmpty())
            c.out << tr("Note: %1").arg(review.note) << '\n';
        c.out << tr("Status: %1").arg(ReviewFlow::statusText(status)) << '\n';
        if (review.decision != Review::Decision::None)
            c.out << (review.decision == Review::Decision::Approved
                          ? tr("Approved by %1 on %2").arg(review.decidedBy, review.decidedAt)
                          : tr("Changes requested by %1 on %2")
                                .arg(review.decidedBy, review.decidedAt))
                  << (review.decisionComment.isEmpty()
                          ? QString()
                          : QStringLiteral(": ") + review.decisionComment)
                  << '\n';
        c.out << tr("State: %1").arg(review.stateHash) << '\n';
        QList<RegistryDiff::Change> changes;
        QString error;
        if (status == ReviewFlow::Status::Void) {
            c.out << '\n'
                  << (review.decision == Review::Decision::Approved
                          ? tr("VOID: the registry changed since it was approved. What changed "
                               "since:")
                          : tr("VOID: the registry changed since it was submitted. What changed "
                               "since:"))
                  << '\n';
            if (RegistryDiff::compare(review.snapshot, state.snapshot, &changes, &error))
                c.out << RegistryDiff::describe(changes);
        }
        c.out << '\n';
        if (review.baseSeq > 0) {
            c.out << tr("Changes since publication %1:").arg(review.baseSeq) << '\n';
            if (RegistryDiff::compare(review.baseSnapshot, review.snapshot, &changes, &error))
                c.out << RegistryDiff::describe(changes);
            else
                c.out << error << '\n';
        } else {
            c.out << tr("The site has not been published yet: the whole registry is new.") << '\n';
        }
        if (!review.comments.isEmpty()) {
            c.out << '\n' << tr("Comments:") << '\n';
            for (const ReviewComment &entry : review.comments) {
                const QString about =
                    entry.cookieName.isEmpty() ? tr("the whole review")
                    : entry.cookieDomain.isEmpty()
                        ? tr("cookie %1").arg(entry.cookieName)
                        : tr("cookie %1 (%2)").arg(entry.cookieName, entry.cookieDomain);
                c.out << QStringLiteral("  %1 (%2, %3): %4")
                             .arg(entry.writtenBy, entry.writtenAt.left(10), about, entry.body)
                      << '\n';
            }
        }
        return Success;
    }

    static int decide(CommandContext &c, const QCommandLineParser &parser, const Review &review,
                      bool approve) {
        const QString text = parser.value(QStringLiteral("comment")).trimmed();
        if (!approve && text.isEmpty())
            return c.usage(tr("review reject needs --comment: what should change"));
        int code = Success;
        ReviewFlow::State state;
        if (!current(c, review.siteId, &state, &code))
            return code;
        Review decided;
        const WriteResult result = c.store().decideReview(
            review.id, approve ? Review::Decision::Approved : Review::Decision::ChangesRequested,
            text, state.hash, &decided);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << (approve ? tr("Approved review %1 of %2").arg(review.id).arg(review.siteName)
                          : tr("Asked for changes on review %1 of %2: %3")
                                .arg(review.id)
                                .arg(review.siteName, text))
              << '\n';
        return Success;
    }

    static int comment(CommandContext &c, const QCommandLineParser &parser, const Review &review) {
        ReviewComment entry;
        entry.reviewId = review.id;
        entry.body = parser.value(QStringLiteral("comment")).trimmed();
        if (entry.body.isEmpty())
            return c.usage(tr("review comment needs --comment TEXT"));
        const QString wanted = parser.value(QStringLiteral("cookie")).trimmed();
        if (!wanted.isEmpty()) {
            bool number = false;
            const qint64 id = wanted.toLongLong(&number);
            std::optional<Cookie> target = number ? c.store().cookie(id) : std::optional<Cookie>();
            if (target && target->siteId != review.siteId)
                target.reset();
            QString why;
            if (!target)
                target = ReviewFlow::commentTarget(c.store(), review, wanted,
                                                   parser.value(QStringLiteral("domain")).trimmed(),
                                                   &why);
            if (!target)
                return c.fail(ValidationFailed, why);
            entry.cookieId = target->id;
            entry.cookieName = target->name;
            entry.cookieDomain = target->domain;
        }
        const WriteResult result = c.store().addReviewComment(entry);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Commented on review %1").arg(review.id) << '\n';
        return Success;
    }
};

} // namespace

extern const Command reviewCommand{
    "review",
    QT_TRANSLATE_NOOP("CommandLine",
                      "submit a site for review, list, show, approve or reject reviews"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Sign-off before publishing. submit names the registry's exact state (every language) "
        "and keeps what changed since the last publication; list and show say where each "
        "review stands (any later change voids it); approve, reject and comment are a "
        "reviewer's, who may be neither the submitter nor anyone who changed the registry "
        "since the last publication. A site whose review policy is approval publishes only an "
        "approved state."),
    &ReviewCommands::declare, &ReviewCommands::run};
