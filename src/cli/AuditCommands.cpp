// discover, audit: what a browser really saw, against what the registry declares.
#include "AtomicFile.h"
#include "Audit.h"
#include "AuditReport.h"
#include "Command.h"
#include "CommandContext.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareCaptures(QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("CAPTURE"),
            tr("A HAR file (Chromium, Firefox), Firefox's cookies.sqlite, Chromium's Cookies "
               "database, or a Playwright/Puppeteer storageState; several may be given."),
            QStringLiteral("CAPTURE..."));
    }

    static void declareDiscover(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"),
              tr("The site whose pages count and whose registrable domain decides the party "
                 "(default: the store's only site)."),
              QStringLiteral("S")},
             {QStringLiteral("host"),
              tr("Keep a cookie jar's cookies for this host (repeatable; default: the site's "
                 "registrable domain)."),
              QStringLiteral("H")},
             {QStringLiteral("format"), tr("table, csv or json (default: table)."),
              QStringLiteral("F"), QStringLiteral("table")}});
        declareCaptures(parser);
    }

    static void declareAudit(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("host"),
              tr("Keep a cookie jar's cookies for this host too (repeatable)."),
              QStringLiteral("H")},
             {QStringLiteral("format"), tr("table, json or junit (default: table)."),
              QStringLiteral("F"), QStringLiteral("table")},
             {{QStringLiteral("o"), QStringLiteral("output")},
              tr("Write the report to FILE, atomically (default, or -: standard output)."),
              QStringLiteral("FILE")}});
        declareCaptures(parser);
    }

    // The site for discover: --site, else the store's only site, else none.
    static bool optionalSite(CommandContext &c, const QCommandLineParser &parser,
                             std::optional<Site> *site, int *code) {
        if (parser.isSet(QStringLiteral("site"))) {
            *site = c.requireSite(parser.value(QStringLiteral("site")), code);
            return site->has_value();
        }
        if (!c.openStore(code))
            return false;
        QString error;
        const QList<Site> sites = c.store().sites(&error);
        if (!error.isEmpty()) {
            *code = c.fail(StoreError, error);
            return false;
        }
        if (sites.size() == 1)
            *site = sites.constFirst();
        return true;
    }

    static bool readCaptures(CommandContext &c, const QStringList &paths,
                             const Capture::Filter &filter, Observations *observations, int *code) {
        for (const QString &path : paths) {
            Capture capture;
            if (!capture.read(path, filter,
                              [observations](const Sighting &s) { observations->add(s); })) {
                *code = c.fail(capture.failure() == Capture::Failure::CannotOpen ? StoreError
                                                                                 : UsageError,
                               capture.error());
                return false;
            }
        }
        return true;
    }

    static Capture::Filter filterFor(const std::optional<Site> &site,
                                     const QCommandLineParser &parser) {
        Capture::Filter filter;
        if (site)
            filter.siteHost = PublicSuffix::siteHost(site->url, site->name);
        filter.hosts = parser.values(QStringLiteral("host"));
        return filter;
    }

    static int discover(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return c.usage(tr("discover takes one or more captures"));
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("table") && format != QLatin1String("csv") &&
            format != QLatin1String("json"))
            return c.usage(tr("--format must be table, csv or json"));
        int code = Success;
        std::optional<Site> site;
        if (!optionalSite(c, parser, &site, &code))
            return code;
        const Capture::Filter filter = filterFor(site, parser);
        Observations observations;
        if (!readCaptures(c, paths, filter, &observations, &code))
            return code;
        const QList<ObservedCookie> observed = observations.cookies(filter.siteHost);
        if (format == QLatin1String("csv"))
            return c.writeOutput(AuditReport::observedCsv(observed)) ? Success : StoreError;
        if (format == QLatin1String("json"))
            return c.writeOutput(AuditReport::observedJson(observed)) ? Success : StoreError;
        TextTable table({tr("NAME"), tr("DOMAIN"), tr("PARTY"), tr("TYPE"), tr("LIFETIME"),
                         tr("PAGES"), tr("FIRST SEEN"), tr("LAST SEEN")},
                        {32, 32, 6, 14, 12, 6, 20, 20});
        for (const ObservedCookie &o : observed)
            table.addRow({o.name, o.domain,
                          o.party ? Vocabulary::partyKey(*o.party) : QStringLiteral("?"),
                          Vocabulary::storageKey(o.type), o.lifetimeText(),
                          QString::number(o.pages), o.firstSeen.toUTC().toString(Qt::ISODate),
                          o.lastSeen.toUTC().toString(Qt::ISODate)});
        c.out << table.render();
        c.out << tr("%n cookie(s) observed", nullptr, int(observed.size()));
        if (site)
            c.out << ' ' << tr("for %1").arg(site->name);
        c.out << '\n';
        return Success;
    }

    // Written line by line: 100,000 findings are never one string.
    static void table(QTextStream &out, const AuditResult &result, const Site &site) {
        out << tr("Audit of %1: %2 declared, %3 observed, %4 declared seen")
                   .arg(site.name)
                   .arg(result.declared)
                   .arg(result.observed.size())
                   .arg(result.matched)
            << '\n';
        for (Finding::Kind kind : Finding::allKinds())
            out << Finding::kindLabel(kind) << ": " << result.count(kind) << '\n';
        for (Finding::Kind kind : Finding::allKinds()) {
            if (result.count(kind) == 0)
                continue;
            out << '\n' << Finding::kindLabel(kind) << '\n';
            for (const Finding &f : result.findings) {
                if (f.kind == kind)
                    out << "  " << f.text() << '\n';
            }
        }
    }

    static int auditCommand(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return c.usage(tr("audit takes one or more captures"));
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("table") && format != QLatin1String("json") &&
            format != QLatin1String("junit"))
            return c.usage(tr("--format must be table, json or junit"));
        const QString output = parser.value(QStringLiteral("output"));
        if (parser.isSet(QStringLiteral("output")) && output.isEmpty())
            return c.usage(tr("-o needs a file name"));
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        QString error;
        const QList<Cookie> declared = c.store().auditCookies(site->id, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        const Capture::Filter filter = filterFor(site, parser);
        Observations observations;
        if (!readCaptures(c, paths, filter, &observations, &code))
            return code;
        KnowledgeBase base;
        const bool haveBase = base.loadDefault(nullptr);
        const AuditResult result =
            audit(declared, observations.cookies(filter.siteHost), haveBase ? &base : nullptr);
        QByteArray report;
        const bool toFile = parser.isSet(QStringLiteral("output")) && output != QLatin1String("-");
        if (format == QLatin1String("table") && !toFile) {
            table(c.out, result, *site);
            return result.failing() ? ValidationFailed : Success;
        }
        if (format == QLatin1String("json")) {
            QStringList names;
            for (const QString &path : paths)
                names.append(QFileInfo(path).fileName());
            report = AuditReport::json(result, site->name, names);
        } else if (format == QLatin1String("junit")) {
            report = AuditReport::junit(result, site->name);
        } else {
            QString text;
            QTextStream stream(&text);
            table(stream, result, *site);
            stream.flush();
            report = text.toUtf8();
        }
        if (toFile) {
            if (!AtomicFile::write(output, report, &error))
                return c.fail(StoreError, error);
        } else if (!c.writeOutput(report)) {
            return StoreError;
        }
        return result.failing() ? ValidationFailed : Success;
    }
};

} // namespace

extern const Command discoverCommand{
    "discover", QT_TRANSLATE_NOOP("CommandLine", "list the cookies browser captures saw"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Lists the cookies that browser captures saw: name, domain, party, type, the longest "
        "lifetime seen (or session), how many pages set it, when it was first and last seen. "
        "A HAR's cookies count when a page of the site caused them; a cookie jar's when they "
        "belong to --host (default: the site's registrable domain). Exit 2 for a file that is "
        "not a capture, 3 for one that cannot be opened."),
    &AuditCommands::declareDiscover, &AuditCommands::discover};
extern const Command auditCommand{
    "audit", QT_TRANSLATE_NOOP("CommandLine", "compare browser captures with the registry"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Compares what browser captures saw with what the site's registry declares: "
        "undeclared cookies (with what the cookie database knows of them), declared cookies not "
        "seen (information only), lifetimes longer than declared (by more than a day), cookies "
        "that ask no consent but live more than 13 months (or third-party statistics marked "
        "exempt), and the wrong party. Exits 1 when there is an undeclared, lifetime, "
        "exempt-too-long or party finding, 0 otherwise."),
    &AuditCommands::declareAudit, &AuditCommands::auditCommand};
