// banner, import-banner, banner-check: the consent banner's configuration, out and in.
#include "AtomicFile.h"
#include "Banner.h"
#include "BannerReader.h"
#include "BoundedRead.h"
#include "Command.h"
#include "CommandContext.h"
#include "RecordListSource.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

class BannerCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareBanner(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("format"),
              tr("tarteaucitron, klaro, orejime2 or orejime3 (default: tarteaucitron)."),
              QStringLiteral("F"), QStringLiteral("tarteaucitron")},
             {QStringLiteral("site"), tr("The site (needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("lang"),
              tr("The banner's language, fr or en (default: the site's first language)."),
              QStringLiteral("L")},
             {QStringLiteral("policy-url"),
              tr("The published cookie charter the banner links to (default: the site's "
                 "address)."),
              QStringLiteral("URL")},
             {{QStringLiteral("o"), QStringLiteral("output")},
              tr("Write the configuration to FILE, atomically (default, or -: standard output)."),
              QStringLiteral("FILE")}});
    }

    static void declareFile(QCommandLineParser &parser, bool dryRun) {
        QList<QCommandLineOption> options{{QStringLiteral("site"),
                                           tr("The site (needed when the store has several)."),
                                           QStringLiteral("S")}};
        if (dryRun)
            options.append({QStringLiteral("dry-run"),
                            tr("Show what the configuration declares, write nothing.")});
        parser.addOptions(options);
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            tr("A tarteaucitron services file, a Klaro config.js, an Orejime 2 or 3 "
               "configuration (JavaScript or JSON); - for standard input. %1 at most.")
                .arg(BoundedRead::describe(Banner::maxConfigBytes)));
    }
    static void declareImport(QCommandLineParser &parser) { declareFile(parser, true); }
    static void declareCheck(QCommandLineParser &parser) { declareFile(parser, false); }

    static int banner(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("banner takes no file; use -o FILE"));
        const std::optional<Banner::Format> format =
            Banner::parseFormat(parser.value(QStringLiteral("format")));
        if (!format)
            return c.usage(tr("--format must be tarteaucitron, klaro, orejime2 or orejime3"));
        const QString output = parser.value(QStringLiteral("output"));
        if (parser.isSet(QStringLiteral("output")) && output.isEmpty())
            return c.usage(tr("-o needs a file name"));
        const QString policyUrl = parser.value(QStringLiteral("policy-url"));
        if (parser.isSet(QStringLiteral("policy-url")) && !Site::isWebAddress(policyUrl))
            return c.usage(tr("--policy-url must be an http:// or https:// address"));
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        Banner::ExportOptions options;
        options.format = *format;
        options.policyUrl = policyUrl;
        if (site->consentDays > 0)
            options.consentDays = site->consentDays;
        options.language = site->languages.value(0, QStringLiteral("fr"));
        if (parser.isSet(QStringLiteral("lang"))) {
            options.language = parser.value(QStringLiteral("lang")).toLower();
            if (options.language != QLatin1String("fr") && options.language != QLatin1String("en"))
                return c.usage(tr("--lang must be fr or en"));
        }
        QString error;
        const QList<Cookie> cookies = c.store().bannerCookies(site->id, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        if (cookies.isEmpty())
            c.err << tr("%1 has no cookie: the banner declares no service").arg(site->name) << '\n';
        if (options.policyUrl.isEmpty() && site->url.isEmpty())
            c.err << tr("%1 has no address: the banner's privacy policy link is empty (give "
                        "--policy-url, or site-set --url)")
                         .arg(site->name)
                  << '\n';
        const QByteArray bytes = Banner::write(cookies, *site, options);
        if (parser.isSet(QStringLiteral("output")) && output != QLatin1String("-")) {
            if (!AtomicFile::write(output, bytes, &error))
                return c.fail(StoreError, error);
            return Success;
        }
        return c.writeOutput(bytes) ? Success : StoreError;
    }

    static QString nothingImported(const char *command) {
        return qstrcmp(command, "import-banner") == 0 ? tr("; nothing was imported") : QString();
    }

    // The file named on the command line, read and evaluated; nullopt after a message.
    static std::optional<Banner::ReadResult> readFile(CommandContext &c,
                                                      const QCommandLineParser &parser,
                                                      const char *command, QString *source,
                                                      int *code) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            *code = c.usage(tr("%1 takes one file").arg(QLatin1String(command)));
            return std::nullopt;
        }
        const QString path = positional.constFirst();
        QFile file;
        QIODevice *device = &c.input();
        if (path != QLatin1String("-")) {
            file.setFileName(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *code = c.fail(StoreError, tr("cannot read %1: %2").arg(path, file.errorString()));
                return std::nullopt;
            }
            device = &file;
        }
        QByteArray bytes;
        switch (BoundedRead::readAll(*device, Banner::maxConfigBytes, &bytes)) {
        case BoundedRead::Status::Ok:
            break;
        case BoundedRead::Status::TooLarge:
            *code = c.fail(UsageError,
                           tr("%1 is larger than %2: it is no banner configuration")
                                   .arg(path, BoundedRead::describe(Banner::maxConfigBytes)) +
                               nothingImported(command));
            return std::nullopt;
        case BoundedRead::Status::Failed:
            *code = c.fail(StoreError, tr("cannot read %1: %2").arg(path, device->errorString()));
            return std::nullopt;
        }
        *source = path == QLatin1String("-") ? tr("standard input") : QFileInfo(path).fileName();
        Banner::ReadResult result = Banner::read(bytes, *source);
        if (!result.ok) {
            *code = c.fail(UsageError, result.error + nothingImported(command));
            return std::nullopt;
        }
        for (const QString &warning : std::as_const(result.warnings))
            c.err << warning << '\n';
        return result;
    }

    static int importBanner(CommandContext &c, const QCommandLineParser &parser) {
        QString source;
        int code = Success;
        const std::optional<Banner::ReadResult> read =
            readFile(c, parser, "import-banner", &source, &code);
        if (!read)
            return code;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        c.out << tr("%1 configuration: %n service(s)", nullptr, read->services)
                     .arg(Banner::formatLabel(*read->format))
              << '\n';
        TextTable rows({tr("SERVICE#"), tr("PROVIDER"), tr("SERVICE"), tr("NAME"), tr("CATEGORY"),
                        tr("PURPOSE")},
                       {0, 28, 28, 28, 12, 60});
        for (const ImportRecord &record : read->records)
            rows.addRow({QString::number(record.line), record.cookie.provider,
                         record.cookie.service, record.cookie.name,
                         Vocabulary::categoryKey(record.cookie.category),
                         record.cookie.purposeFr.isEmpty() ? record.cookie.purposeEn
                                                           : record.cookie.purposeFr});
        c.out << rows.render();
        ImportOptions options;
        options.defaultSite = site->name;
        options.dryRun = dryRun;
        options.sourceName = source;
        RecordListSource records(read->records);
        const ImportReport report = c.store().importRecords(records, options);
        return c.importOutcome(report, source, site->name, dryRun, tr("service"));
    }

    static int bannerCheck(CommandContext &c, const QCommandLineParser &parser) {
        QString source;
        int code = Success;
        const std::optional<Banner::ReadResult> read =
            readFile(c, parser, "banner-check", &source, &code);
        if (!read)
            return code;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        QString error;
        const QList<Cookie> registry = c.store().cookies(site->id, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        const QList<Banner::Difference> differences = Banner::compare(read->records, registry);
        if (differences.isEmpty()) {
            c.out << tr("%1 (%2) and the registry of %3 agree: %n cookie name(s)", nullptr,
                        int(read->records.size()))
                         .arg(source, Banner::formatLabel(*read->format), site->name)
                  << '\n';
            return Success;
        }
        TextTable rows({tr("DIFFERENCE"), tr("NAME"), tr("BANNER"), tr("REGISTRY")},
                       {0, 32, 40, 40});
        auto category = [](const std::optional<Category> &value) {
            return value ? Vocabulary::categoryKey(*value) : QString();
        };
        for (const Banner::Difference &d : differences) {
            QString kind;
            switch (d.kind) {
            case Banner::Difference::Kind::MissingFromRegistry:
                kind = tr("not in the registry");
                break;
            case Banner::Difference::Kind::MissingFromBanner:
                kind = tr("not in the banner");
                break;
            case Banner::Difference::Kind::Category:
                kind = tr("category");
                break;
            }
            const QString banner =
                d.kind == Banner::Difference::Kind::MissingFromBanner
                    ? QString()
                    : QStringLiteral("%1 (%2)").arg(d.bannerService, category(d.bannerCategory));
            const QString inRegistry = d.kind == Banner::Difference::Kind::MissingFromRegistry
                                           ? QString()
                                           : QStringLiteral("%1 (%2)").arg(
                                                 d.registryProvider, category(d.registryCategory));
            rows.addRow({kind, d.name, banner, inRegistry});
        }
        c.out << rows.render();
        c.err << tr("%1 (%2) and the registry of %3 differ: %n difference(s)", nullptr,
                    int(differences.size()))
                     .arg(source, Banner::formatLabel(*read->format), site->name)
              << '\n';
        return ValidationFailed;
    }
};

} // namespace

extern const Command bannerCommand{
    "banner", QT_TRANSLATE_NOOP("CommandLine", "write the consent banner's configuration"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Writes the consent banner's configuration from the site's registry: tarteaucitron, "
        "Klaro, Orejime 2 or Orejime 3. One banner service per provider and service, its "
        "cookies by name (patterns as the library's regular expressions); necessary cookies and "
        "exempt statistics need no consent; a deny-all button, nothing accepted by default, the "
        "choice kept 6 months, the privacy policy link to the published charter."),
    &BannerCommands::declareBanner, &BannerCommands::banner};
extern const Command importBannerCommand{
    "import-banner", QT_TRANSLATE_NOOP("CommandLine", "import a banner configuration's cookies"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Reads a consent banner's configuration (tarteaucitron services, Klaro config.js, Orejime "
        "2 or 3), evaluated in a sandbox with no DOM, no network and a time limit, and imports "
        "one row per distinct cookie name: provider and service from the service's title, "
        "category from its purpose or type, purpose from its description. Shows the rows first; "
        "all or nothing. Exit 2 for a file that is not a configuration, 1 when a row is "
        "rejected."),
    &BannerCommands::declareImport, &BannerCommands::importBanner};
extern const Command bannerCheckCommand{
    "banner-check",
    QT_TRANSLATE_NOOP("CommandLine", "compare a banner configuration with the registry"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Lists the cookies a banner configuration declares and the registry lacks, those the "
        "registry has and the banner does not declare, and their category disagreements. Exits "
        "1 when they differ, 0 when they agree, 2 for a file that is not a configuration."),
    &BannerCommands::declareCheck, &BannerCommands::bannerCheck};
