// lookup, kb: what the cookie knowledge base (the Open Cookie Database) knows.
#include "Command.h"
#include "CommandContext.h"
#include "Enrichment.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString kindName(KnowledgeBase::MatchKind kind) {
    switch (kind) {
    case KnowledgeBase::MatchKind::Exact:
        return QStringLiteral("exact");
    case KnowledgeBase::MatchKind::CaseInsensitive:
        return QStringLiteral("case-insensitive");
    case KnowledgeBase::MatchKind::Prefix:
        break;
    }
    return QStringLiteral("prefix");
}

class KnowledgeCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static bool loadBase(CommandContext &c, KnowledgeBase *base, int *code) {
        QString error;
        if (base->loadDefault(&error))
            return true;
        *code = c.fail(StoreError, error);
        return false;
    }

    static void declareLookup(QCommandLineParser &parser) {
        parser.addOptions({{QStringLiteral("domain"),
                            tr("The domain that sets the cookie: it decides between "
                               "rows that match as well."),
                            QStringLiteral("D")},
                           {QStringLiteral("format"), tr("table or json (default: table)."),
                            QStringLiteral("F"), QStringLiteral("table")}});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     tr("A cookie name, or a pattern ending in * (_ga_*)."));
    }

    static int lookup(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty())
            return c.usage(tr("lookup takes one cookie name"));
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("table") && format != QLatin1String("json"))
            return c.usage(tr("--format must be table or json"));
        KnowledgeBase base;
        int code = Success;
        if (!loadBase(c, &base, &code))
            return code;
        const QString name = positional.constFirst().trimmed();
        const QList<KnowledgeBase::Match> matches =
            base.lookup(name, parser.value(QStringLiteral("domain")));
        if (format == QLatin1String("json")) {
            QJsonArray rows;
            for (const KnowledgeBase::Match &match : matches) {
                const KnownCookie &known = *match.cookie;
                rows.append(QJsonObject{
                    {QStringLiteral("match"), kindName(match.kind)},
                    {QStringLiteral("domain_matches"), match.domainMatches},
                    {QStringLiteral("id"), known.id},
                    {QStringLiteral("name"), known.name},
                    {QStringLiteral("wildcard"), known.wildcard},
                    {QStringLiteral("platform"), known.platform},
                    {QStringLiteral("provider"), known.controller},
                    {QStringLiteral("domain"), known.domain},
                    {QStringLiteral("category"),
                     known.category ? Vocabulary::categoryKey(*known.category) : QString()},
                    {QStringLiteral("source_category"), known.categoryText},
                    {QStringLiteral("duration"), known.duration},
                    {QStringLiteral("retention"), known.retention},
                    {QStringLiteral("purpose_en"), known.description},
                    {QStringLiteral("privacy_url"), known.privacyUrl}});
            }
            c.writeOutput(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        } else if (!matches.isEmpty()) {
            TextTable table({tr("MATCH"), tr("NAME"), tr("PROVIDER"), tr("PLATFORM"),
                             tr("CATEGORY"), tr("DURATION"), tr("DOMAIN"), tr("PURPOSE")},
                            {0, 28, 20, 20, 12, 12, 24, 60});
            for (const KnowledgeBase::Match &match : matches) {
                const KnownCookie &known = *match.cookie;
                table.addRow(
                    {kindName(match.kind),
                     known.wildcard ? known.name + QLatin1Char('*') : known.name, known.controller,
                     known.platform,
                     known.category ? Vocabulary::categoryKey(*known.category) : known.categoryText,
                     known.duration.isEmpty() ? known.retention : known.duration, known.domain,
                     known.description});
            }
            c.out << table.render();
        }
        if (matches.isEmpty()) {
            c.err << tr("cookie-charter: the cookie database (%1) knows nothing of \"%2\"")
                         .arg(base.source(), name)
                  << '\n';
            return ValidationFailed;
        }
        return Success;
    }

    static void declareEnrich(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("Only this site (default: every site)."),
              QStringLiteral("S")},
             {QStringLiteral("dry-run"), tr("Show what would change, write nothing.")},
             {QStringLiteral("overwrite"),
              tr("Also replace the values these fields hold already (comma-separated: %1).")
                  .arg(enrichableKeys().join(QStringLiteral(", "))),
              QStringLiteral("FIELD,...")}});
    }

    static QStringList enrichableKeys() {
        QStringList keys;
        for (CookieField field : Enrichment::fields())
            keys.append(CookieFields::key(field));
        return keys;
    }

    static QString shown(const QString &value) {
        return value.isEmpty() ? tr("(empty)") : QLatin1Char('"') + value + QLatin1Char('"');
    }

    static int enrich(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("enrich takes no argument"));
        QList<CookieField> overwrite;
        for (const QString &key : parser.values(QStringLiteral("overwrite"))
                                      .join(QLatin1Char(','))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<CookieField> field = CookieFields::fromKey(key.trimmed());
            if (!field || !Enrichment::fields().contains(*field))
                return c.usage(
                    tr("--overwrite: \"%1\" is not a field enrich fills (%2)")
                        .arg(key.trimmed(), enrichableKeys().join(QStringLiteral(", "))));
            overwrite.append(*field);
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        KnowledgeBase base;
        int code = Success;
        if (!loadBase(c, &base, &code))
            return code;
        QList<Site> sites;
        if (parser.isSet(QStringLiteral("site"))) {
            const std::optional<Site> site =
                c.requireSite(parser.value(QStringLiteral("site")), &code);
            if (!site)
                return code;
            sites.append(*site);
        } else {
            if (!c.openStore(&code))
                return code;
            QString error;
            sites = c.store().sites(&error);
            if (!error.isEmpty())
                return c.fail(StoreError, error);
        }

        // Proposals, cookie by cookie; the writes then go in one version-checked transaction.
        QList<Store::CookieChange> changes;
        int fields = 0;
        int skipped = 0;
        int others = 0;
        for (const Site &site : std::as_const(sites)) {
            const QString host = PublicSuffix::siteHost(site.url, site.name);
            QString error;
            const bool read = c.store().forEachCookie(
                site.id,
                [&](const Cookie &cookie) {
                    QList<EnrichmentProposal> chosen;
                    bool otherCookie = false;
                    const QList<EnrichmentProposal> proposals =
                        Enrichment::propose(base, cookie, host, &otherCookie);
                    others += otherCookie ? 1 : 0;
                    for (const EnrichmentProposal &proposal : proposals) {
                        if (proposal.overwrite && !overwrite.contains(proposal.field)) {
                            ++skipped;
                            continue;
                        }
                        c.out << tr("%1 (#%2, %3): %4: %5 → %6 [base row %7]")
                                     .arg(cookie.name)
                                     .arg(cookie.id)
                                     .arg(site.name, CookieFields::key(proposal.field),
                                          shown(proposal.before), shown(proposal.after),
                                          proposal.sourceId)
                              << '\n';
                        chosen.append(proposal);
                    }
                    if (chosen.isEmpty())
                        return true;
                    fields += int(chosen.size());
                    Store::CookieChange change;
                    change.id = cookie.id;
                    change.expectedVersion = cookie.version;
                    change.change = [chosen](Cookie &stored, QString *why) {
                        for (const EnrichmentProposal &proposal : chosen) {
                            if (!Enrichment::apply(stored, proposal, why))
                                return false;
                        }
                        return true;
                    };
                    changes.append(std::move(change));
                    return true;
                },
                &error);
            if (!read)
                return c.fail(StoreError, error);
        }
        if (others > 0)
            c.err << tr("%n cookie(s) share only their name with a cookie of the database (another "
                        "company's, set on another domain) and were left alone; see: "
                        "cookie-charter lookup NAME",
                        nullptr, others)
                  << '\n';
        if (skipped > 0)
            c.err << tr("%n value(s) already set differ from the cookie database and were kept; "
                        "name their fields with --overwrite to replace them",
                        nullptr, skipped)
                  << '\n';
        if (dryRun) {
            c.out << tr("%n field(s) of %1 cookie(s) would be completed; nothing was written (dry "
                        "run)",
                        nullptr, fields)
                         .arg(changes.size())
                  << '\n';
            return Success;
        }
        if (changes.isEmpty()) {
            c.out << tr("Nothing to complete: the cookie database adds nothing to the registry")
                  << '\n';
            return Success;
        }
        const WriteResult written = c.store().changeCookies(changes);
        if (!written.ok()) {
            c.err << tr("cookie-charter: nothing was written") << '\n';
            return c.writeFailure(written);
        }
        c.out << tr("Completed %n field(s) of %1 cookie(s) from the cookie database", nullptr,
                    fields)
                     .arg(changes.size())
              << '\n';
        return Success;
    }

    static void declareKb(QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            tr("info (which release is in use), or update FILE (load a "
               "newer release of the Open Cookie Database, CSV or JSON)."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The release, for update."),
                                     QStringLiteral("[FILE]"));
    }

    static int kb(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        if (action == QLatin1String("info") && positional.size() == 1) {
            KnowledgeBase base;
            int code = Success;
            if (!loadBase(c, &base, &code))
                return code;
            c.out << tr("Cookie database: the Open Cookie Database (Apache License 2.0)") << '\n'
                  << tr("In use: %1").arg(base.source()) << '\n'
                  << tr("Entries: %1, of which %2 name prefixes")
                         .arg(base.size())
                         .arg(base.wildcardCount())
                  << '\n';
            return Success;
        }
        if (action == QLatin1String("update") && positional.size() == 2) {
            QString error;
            int entries = 0;
            switch (KnowledgeBase::install(positional.at(1), &error, &entries)) {
            case KnowledgeBase::Install::Installed:
                c.out << tr("Installed %1 (%2 entries); it is the cookie database in use from now "
                            "on")
                             .arg(KnowledgeBase::userCopyPath())
                             .arg(entries)
                      << '\n';
                return Success;
            case KnowledgeBase::Install::Invalid:
                return c.fail(ValidationFailed, error);
            case KnowledgeBase::Install::TooLarge:
                return c.fail(UsageError, error);
            case KnowledgeBase::Install::Unreadable:
            case KnowledgeBase::Install::NotWritten:
                break;
            }
            return c.fail(StoreError, error);
        }
        return c.usage(tr("kb takes info, or update FILE"));
    }
};

} // namespace

extern const Command lookupCommand{
    "lookup", QT_TRANSLATE_NOOP("CommandLine", "show what the cookie database knows of a name"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Shows what the cookie database (the Open Cookie Database) knows of a cookie "
                      "name, best match first; exits 1 when it knows nothing of it."),
    &KnowledgeCommands::declareLookup, &KnowledgeCommands::lookup};
extern const Command kbCommand{
    "kb", QT_TRANSLATE_NOOP("CommandLine", "the cookie database in use, or a newer release"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Says which release of the cookie database is in use (kb info), or loads a "
                      "newer one into your data folder (kb update FILE), where it takes "
                      "precedence over the built-in one."),
    &KnowledgeCommands::declareKb, &KnowledgeCommands::kb};
extern const Command enrichCommand{
    "enrich", QT_TRANSLATE_NOOP("CommandLine", "complete the registry from the cookie database"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Fills the empty fields of every cookie the cookie database knows: provider, category, "
        "duration, English purpose, privacy link, and party (from the cookie's domain and the "
        "site's registrable domain). Prints each change: cookie, field, before -> after and the "
        "database's row. A value already set is kept unless --overwrite names its field. All the "
        "changes are written in one transaction, each checked against the version read: if "
        "someone changed a cookie meanwhile, nothing is written."),
    &KnowledgeCommands::declareEnrich, &KnowledgeCommands::enrich};
