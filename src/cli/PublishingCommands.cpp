// publish, publications, diff, extract, verify: the publications in the shared store.
#include "Command.h"
#include "CommandContext.h"
#include "Publisher.h"
#include "RegistryDiff.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

class PublishingCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareTo(QCommandLineParser &parser) {
        parser.addOption(
            {QStringLiteral("to"),
             tr("The shared store (default: the configured one, else the open store)."),
             QStringLiteral("FILE")});
    }

    static void declareShared(QCommandLineParser &parser) {
        declareTo(parser);
        parser.addOption({QStringLiteral("site"), tr("The site."), QStringLiteral("S")});
    }

    static void declarePublish(QCommandLineParser &parser) {
        declareShared(parser);
        parser.addOptions(
            {{QStringLiteral("note"), tr("Why this publication (kept in the history)."),
              QStringLiteral("TEXT")},
             {QStringLiteral("force"), tr("Publish even if nothing changed.")}});
    }

    static bool publishNeedsGui(const QCommandLineParser &) {
        return true; // publications hold PDFs
    }

    static int publish(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("publish takes options only"));
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        std::unique_ptr<Store> holder;
        Store *target = c.openShared(parser.value(QStringLiteral("to")), true, holder, &code);
        if (!target)
            return code;
        Publisher::Options options;
        options.note = parser.value(QStringLiteral("note"));
        options.force = parser.isSet(QStringLiteral("force"));
        const Publisher::Outcome outcome = Publisher::publish(c.store(), *site, *target, options);
        for (const Problem &problem : outcome.problems) {
            if (problem.isError() || outcome.status == Publisher::Outcome::Status::Published)
                c.err << c.problemLine(problem, *site, outcome.cookieNames) << '\n';
        }
        switch (outcome.status) {
        case Publisher::Outcome::Status::Published:
            c.out << outcome.message << '\n';
            if (!outcome.publication.approval.isEmpty())
                c.out << tr("Approved by %1 on %2 (review %3)")
                             .arg(outcome.publication.approval.approvedBy,
                                  outcome.publication.approval.approvedAt.left(10))
                             .arg(outcome.publication.approval.reviewId)
                      << '\n';
            return Success;
        case Publisher::Outcome::Status::NothingChanged:
            c.out << outcome.message << '\n';
            return Success;
        case Publisher::Outcome::Status::Refused:
            return c.fail(ValidationFailed, outcome.message);
        case Publisher::Outcome::Status::Cancelled:
        case Publisher::Outcome::Status::Failed:
            break;
        }
        return c.fail(StoreError, outcome.message);
    }

    static int publications(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("publications takes options only"));
        int code = Success;
        std::unique_ptr<Store> holder;
        QString site;
        Store *target = c.openPublications(parser, holder, &site, &code);
        if (!target)
            return code;
        TextTable table(
            {tr("NUMBER"), tr("TIME"), tr("AUTHOR"), tr("COOKIES"), tr("FILES"), tr("NOTE")},
            {0, 0, 0, 0, 0, 60});
        const QList<Publication> history = target->publications(site);
        for (const Publication &publication : history)
            table.addRow({QString::number(publication.seq), publication.publishedAt,
                          publication.author, QString::number(publication.cookieCount),
                          QString::number(publication.fileCount), publication.note});
        c.out << tr("Publications of %1 in %2:").arg(site, target->path()) << '\n'
              << table.render();
        // The rules a publication was made with switched off, and why: part of its record.
        for (const Publication &publication : history) {
            if (!publication.approval.isEmpty())
                c.out << tr("Publication %1: approved by %2 on %3 (review %4, submitted by %5)")
                             .arg(publication.seq)
                             .arg(publication.approval.approvedBy,
                                  publication.approval.approvedAt.left(10))
                             .arg(publication.approval.reviewId)
                             .arg(publication.approval.submittedBy)
                      << '\n';
            for (const RuleSwitch &entry : publication.ruleSwitches)
                c.out << tr("Publication %1: rule %2 was switched off by %3 on %4: %5")
                             .arg(publication.seq)
                             .arg(entry.rule, entry.switchedBy, entry.switchedAt.left(10),
                                  entry.reason)
                      << '\n';
        }
        return Success;
    }

    static void declareDiff(QCommandLineParser &parser) {
        declareShared(parser);
        parser.addPositionalArgument(QStringLiteral("A"), tr("A publication number, or working."));
        parser.addPositionalArgument(QStringLiteral("B"), tr("A publication number, or working."));
    }

    static int diff(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return c.usage(tr("diff takes two publication numbers (or working)"));
        int code = Success;
        std::unique_ptr<Store> holder;
        QString site;
        Store *target = c.openPublications(parser, holder, &site, &code);
        if (!target)
            return code;
        QStringList snapshots;
        for (const QString &which : positional) {
            QString error;
            if (which == QLatin1String("working")) {
                if (!c.openStore(&code))
                    return code;
                const std::optional<Site> working = c.store().findSite(site, &error);
                if (!working)
                    return c.fail(
                        StoreError,
                        error.isEmpty()
                            ? tr("the open store %1 has no site %2").arg(c.store().path(), site)
                            : error);
                Store::SiteState state;
                if (!c.store().readSiteState(working->id, &state, &error))
                    return c.fail(StoreError, error);
                snapshots.append(Publisher::snapshot(state));
                continue;
            }
            bool ok = false;
            const int seq = which.toInt(&ok);
            if (!ok || seq <= 0)
                return c.usage(tr("\"%1\" is not a publication number (or working)").arg(which));
            const std::optional<Publication> publication = target->publication(site, seq, false);
            if (!publication)
                return c.fail(StoreError, tr("%1 has no publication %2").arg(site).arg(seq));
            snapshots.append(publication->registryJson);
        }
        QList<RegistryDiff::Change> changes;
        QString error;
        if (!RegistryDiff::compare(snapshots.at(0), snapshots.at(1), &changes, &error))
            return c.fail(StoreError, error);
        c.out << RegistryDiff::describe(changes);
        return Success;
    }

    static void declareExtract(QCommandLineParser &parser) {
        declareShared(parser);
        parser.addPositionalArgument(QStringLiteral("N"), tr("The publication number."));
        parser.addPositionalArgument(QStringLiteral("DIR"),
                                     tr("The folder to write to (created if missing)."));
    }

    static int extract(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return c.usage(tr("extract takes a publication number and a folder"));
        bool ok = false;
        const int seq = positional.at(0).toInt(&ok);
        if (!ok || seq <= 0)
            return c.usage(tr("\"%1\" is not a publication number").arg(positional.at(0)));
        int code = Success;
        std::unique_ptr<Store> holder;
        QString site;
        Store *target = c.openPublications(parser, holder, &site, &code);
        if (!target)
            return code;
        const std::optional<Publication> publication = target->publication(site, seq, true);
        if (!publication)
            return c.fail(StoreError, tr("%1 has no publication %2").arg(site).arg(seq));
        const QString folder = positional.at(1);
        QString error;
        if (!Publisher::saveFiles(*publication, folder, &error))
            return c.fail(StoreError, error);
        c.out << tr("Saved %n file(s) of publication %1 to %2", nullptr,
                    int(publication->files.size()))
                     .arg(seq)
                     .arg(folder)
              << '\n';
        return Success;
    }

    static int verify(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("verify takes options only"));
        int code = Success;
        std::unique_ptr<Store> holder;
        Store *target = c.openShared(parser.value(QStringLiteral("to")), false, holder, &code);
        if (!target)
            return code;
        const Store::Verification report = target->verifyPublications();
        if (!report.ok) {
            c.out << tr("BROKEN: %1").arg(report.firstBroken) << '\n';
            return ValidationFailed;
        }
        c.out << tr("OK: %n publication(s) verified in %1", nullptr, report.checked)
                     .arg(target->path())
              << '\n';
        return Success;
    }
};

} // namespace

extern const Command publishCommand{
    "publish",
    QT_TRANSLATE_NOOP("CommandLine",
                      "publish the registry and the charter files into the shared store"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Publishes the registry and every policy file of a site, in all its "
                      "languages, into the shared store (created if missing), as one immutable, "
                      "hash-chained publication."),
    &PublishingCommands::declarePublish,
    &PublishingCommands::publish,
    &PublishingCommands::publishNeedsGui};
extern const Command publicationsCommand{
    "publications", QT_TRANSLATE_NOOP("CommandLine", "list the publications of a site"),
    QT_TRANSLATE_NOOP("CommandLine", "Lists the publications of a site in the shared store."),
    &PublishingCommands::declareShared, &PublishingCommands::publications};
extern const Command diffCommand{
    "diff",
    QT_TRANSLATE_NOOP("CommandLine",
                      "show what changed between two publications (or the working registry)"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Shows the cookies added, removed and changed field by field, and the "
                      "charter text changes, from A to B."),
    &PublishingCommands::declareDiff, &PublishingCommands::diff};
extern const Command extractCommand{
    "extract", QT_TRANSLATE_NOOP("CommandLine", "save the files of a publication to a folder"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Saves the files of a publication to a folder, all of them or none."),
    &PublishingCommands::declareExtract, &PublishingCommands::extract};
extern const Command verifyCommand{
    "verify", QT_TRANSLATE_NOOP("CommandLine", "check every publication's hashes and the chain"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Checks every publication's files against their SHA-256 and the chain of "
                      "hashes; exits 1 on the first broken link."),
    &PublishingCommands::declareTo, &PublishingCommands::verify};
