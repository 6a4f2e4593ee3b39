// import, export: the registry and the charter in and out of files.
#include "BoundedRead.h"
#include "CharterFiles.h"
#include "Command.h"
#include "CommandContext.h"
#include "KnowledgeBase.h"
#include "RegistryCsv.h"
#include "RegistryTransfer.h"
#include "StoreCharter.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace {

struct ExportFormat {
    std::optional<RegistryTransfer::Format> registry;
    std::optional<CharterFiles::Format> charter;
};

// --format, else the suffix of -o, else CSV. `-o -` is standard output and says nothing.
ExportFormat exportFormat(const QCommandLineParser &parser) {
    ExportFormat format;
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("format"))) {
        format.registry = RegistryTransfer::formatFromName(parser.value(QStringLiteral("format")));
        format.charter = CharterFiles::formatFromName(parser.value(QStringLiteral("format")));
    } else if (parser.isSet(QStringLiteral("output")) && output != QLatin1String("-")) {
        format.charter = CharterFiles::formatForPath(output);
        if (!format.charter)
            format.registry = RegistryTransfer::formatForPath(output);
    } else {
        format.registry = RegistryTransfer::Format::Csv;
    }
    return format;
}

class TransferCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareImport(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("Site for rows that name none (created if missing)."),
              QStringLiteral("S")},
             {QStringLiteral("format"), tr("csv or json (default: from the file name)."),
              QStringLiteral("F")},
             {QStringLiteral("dry-run"), tr("Check the file, write nothing.")}});
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            tr("A CSV or JSON file (a JSON file of %1 at most).")
                .arg(BoundedRead::describe(RegistryTransfer::maxJsonBytes)));
    }

    static int import(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return c.usage(tr("import takes one file"));
        const QString path = positional.constFirst();
        RegistryTransfer::Format fileFormat = RegistryTransfer::formatForPath(path);
        if (parser.isSet(QStringLiteral("format"))) {
            const auto chosen =
                RegistryTransfer::formatFromName(parser.value(QStringLiteral("format")));
            if (!chosen)
                return c.usage(tr("--format must be csv or json"));
            fileFormat = *chosen;
        }
        int code = Success;
        if (!c.openStore(&code))
            return code;
        const QString siteName = parser.value(QStringLiteral("site"));
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (fileFormat == RegistryTransfer::Format::Csv && siteName.isEmpty() &&
            c.store().sites().size() > 1) {
            RegistryCsvReader peek;
            QString error;
            if (peek.openFile(path, &error) && !peek.hasSiteColumn())
                return c.usage(tr("%1 has no site column and the store has several sites; "
                                  "choose one with --site")
                                   .arg(path));
        }
        const RegistryTransfer::ImportOutcome outcome =
            RegistryTransfer::importFile(c.store(), path, fileFormat, siteName, dryRun);
        if (outcome.tooLarge)
            return c.fail(UsageError, outcome.fileError);
        if (!outcome.fileError.isEmpty())
            return c.fail(StoreError, outcome.fileError);
        if (!outcome.unknownColumns.isEmpty())
            c.err << tr("warning: %1: ignored unknown column(s): %2")
                         .arg(path, outcome.unknownColumns.join(QStringLiteral(", ")))
                  << '\n';
        const ImportReport &report = outcome.report;
        if (!report.errors.isEmpty()) {
            const QString where =
                fileFormat == RegistryTransfer::Format::Csv ? tr("line") : tr("cookie");
            for (const RowError &row : report.errors)
                c.err << tr("%1: %2 %3: %4").arg(path, where).arg(row.line).arg(row.message)
                      << '\n';
            return c.fail(ValidationFailed, tr("%n row(s) rejected; nothing was imported", nullptr,
                                               int(report.errors.size())));
        }
        if (!report.result.ok())
            return c.writeFailure(report.result);
        for (const QString &site : report.createdSites)
            c.out << (dryRun ? tr("Would create site %1") : tr("Created site %1")).arg(site)
                  << '\n';
        if (dryRun)
            c.out << tr("%n cookie(s) would be imported; nothing was written (dry run)", nullptr,
                        report.added)
                  << '\n';
        else
            c.out << tr("Imported %n cookie(s) from %1", nullptr, report.added).arg(path) << '\n';
        return Success;
    }

    static void declareImportPage(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("dry-run"), tr("Show what the page holds, write nothing.")}});
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            tr("A charter page: HTML, Markdown or text (tab-separated tables); - for standard "
               "input. %1 at most.")
                .arg(BoundedRead::describe(RegistryTransfer::maxPageBytes)));
    }

    static int importPage(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return c.usage(tr("import-page takes one file"));
        const QString path = positional.constFirst();
        QFile file;
        QIODevice *device = &c.input();
        if (path != QLatin1String("-")) {
            file.setFileName(path);
            if (!file.open(QIODevice::ReadOnly))
                return c.fail(StoreError, tr("cannot read %1: %2").arg(path, file.errorString()));
            device = &file;
        }
        QByteArray bytes;
        switch (BoundedRead::readAll(*device, RegistryTransfer::maxPageBytes, &bytes)) {
        case BoundedRead::Status::Ok:
            break;
        case BoundedRead::Status::TooLarge:
            return c.fail(UsageError,
                          tr("%1 is larger than %2; it is not a charter page; nothing was imported")
                              .arg(path, BoundedRead::describe(RegistryTransfer::maxPageBytes)));
        case BoundedRead::Status::Failed:
            return c.fail(StoreError, tr("cannot read %1: %2").arg(path, device->errorString()));
        }
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const QString source =
            path == QLatin1String("-") ? tr("standard input") : QFileInfo(path).fileName();
        // Pages that name no provider (WordPress plugins) take the cookie database's.
        KnowledgeBase base;
        QString baseError;
        const bool haveBase = base.loadDefault(&baseError);
        CharterPage::Result page;
        const ImportReport report = RegistryTransfer::importPage(
            c.store(), bytes, CharterPage::detect(bytes, path), site->name, dryRun, source, &page,
            haveBase ? &base : nullptr);
        if (page.tables.isEmpty())
            return c.fail(ValidationFailed, report.result.message);

        // The preview: the tables found, and the rows read from them.
        for (const CharterPage::Table &table : std::as_const(page.tables)) {
            QStringList columns;
            for (qsizetype i = 0; i < table.header.size(); ++i)
                columns.append(
                    table.fields.at(i).isEmpty()
                        ? tr("%1 (to the notes)").arg(table.header.at(i))
                        : QStringLiteral("%1 → %2").arg(table.header.at(i), table.fields.at(i)));
            c.out << tr("Table at line %1: %n row(s); %2", nullptr, table.rows)
                         .arg(table.line)
                         .arg(columns.join(QStringLiteral(", ")))
                  << '\n';
            if (!table.heading.isEmpty())
                c.out << tr("  category from the heading \"%1\"").arg(table.heading) << '\n';
        }
        TextTable rows({tr("LINE"), tr("PROVIDER"), tr("SERVICE"), tr("LOCATION"), tr("NAME"),
                        tr("CATEGORY"), tr("PURPOSE")},
                       {0, 20, 28, 22, 24, 12, 60});
        for (const ImportRecord &record : std::as_const(page.records))
            rows.addRow({QString::number(record.line), record.cookie.provider,
                         record.cookie.service, record.cookie.location, record.cookie.name,
                         Vocabulary::categoryKey(record.cookie.category),
                         record.cookie.purpose(page.language)});
        c.out << rows.render();
        return c.importOutcome(report, source, site->name, dryRun, tr("line"));
    }

    static void declareExport(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"),
              tr("The site (registry: default all; charter: needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("format"),
              tr("csv or json (the registry); html, html-fragment, md or pdf (the charter). "
                 "Default: from -o, else csv."),
              QStringLiteral("F")},
             {QStringLiteral("lang"), tr("Charter language, fr or en (default: the site's first)."),
              QStringLiteral("L")},
             {{QStringLiteral("o"), QStringLiteral("output")},
              tr("Write to FILE, atomically (default, or -: standard output)."),
              QStringLiteral("FILE")}});
    }

    static bool exportNeedsGui(const QCommandLineParser &parser) {
        const std::optional<CharterFiles::Format> charter = exportFormat(parser).charter;
        return charter && CharterFiles::needsGui(*charter);
    }

    static int exportFile(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("export takes options only"));
        const ExportFormat format = exportFormat(parser);
        if (!format.registry && !format.charter)
            return c.usage(tr("--format must be csv, json, html, html-fragment, md or pdf"));
        const QString language = parser.value(QStringLiteral("lang"));
        if (parser.isSet(QStringLiteral("lang")) && !Vocabulary::isLanguage(language))
            return c.usage(tr("--lang must be fr or en"));
        const QString output = parser.value(QStringLiteral("output"));
        if (parser.isSet(QStringLiteral("output")) && output.trimmed().isEmpty())
            return c.usage(tr("-o needs a file name (or - for standard output)"));
        const bool toFile = parser.isSet(QStringLiteral("output")) && output != QLatin1String("-");
        int code = Success;
        if (!c.openStore(&code))
            return code;

        QString error;
        const QString siteKey = parser.value(QStringLiteral("site"));
        if (format.charter) {
            const std::optional<Site> site = c.requireSite(siteKey, &code);
            if (!site)
                return code;
            CharterDocument document;
            if (!StoreCharter::build(
                    c.store(), *site,
                    language.isEmpty() ? site->languages.value(0, QStringLiteral("fr")) : language,
                    &document, &error))
                return c.fail(StoreError, error);
            for (const QString &warning : document.warnings)
                c.err << tr("warning: %1").arg(warning) << '\n';
            if (toFile) {
                if (!CharterFiles::writeFile(document, *format.charter, output, &error))
                    return c.fail(StoreError, error);
                return Success;
            }
            const QByteArray bytes = CharterFiles::render(document, *format.charter);
            if (bytes.isEmpty())
                return c.fail(StoreError, tr("the charter could not be laid out as %1")
                                              .arg(CharterFiles::name(*format.charter)));
            if (!c.writeOutput(bytes))
                return c.fail(
                    StoreError,
                    tr("cannot write to standard output: %1").arg(c.outputDevice().errorString()));
            return Success;
        }

        qint64 siteId = 0;
        if (!c.siteScope(siteKey, &siteId, &code))
            return code;
        const bool written =
            toFile ? RegistryTransfer::exportToFile(c.store(), siteId, *format.registry, output,
                                                    &error)
                   : RegistryTransfer::exportRegistry(c.store(), siteId, *format.registry,
                                                      &c.outputDevice(), &error);
        return written ? Success : c.fail(StoreError, error);
    }
};

} // namespace

extern const Command importCommand{
    "import", QT_TRANSLATE_NOOP("CommandLine", "import cookies from a CSV or JSON file"),
    QT_TRANSLATE_NOOP("CommandLine", "Imports cookies from a CSV or JSON file: all rows or none."),
    &TransferCommands::declareImport, &TransferCommands::import};
extern const Command importPageCommand{
    "import-page", QT_TRANSLATE_NOOP("CommandLine", "import the cookie tables of a charter page"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Reads the cookie tables of an existing charter page (HTML, Markdown, or tab-separated "
        "text as copied from a browser), shows what it found, and imports the cookies into the "
        "site: all rows or none. Headers are read in French and English; a heading above a table "
        "that names a category gives its cookies that category; what cannot be mapped goes to "
        "the notes. Exits 1 when the page has no cookie table."),
    &TransferCommands::declareImportPage, &TransferCommands::importPage};
extern const Command exportCommand{
    "export",
    QT_TRANSLATE_NOOP("CommandLine",
                      "export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)"),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF."),
    &TransferCommands::declareExport,
    &TransferCommands::exportFile,
    &TransferCommands::exportNeedsGui};
