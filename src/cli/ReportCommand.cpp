// report: the overview and the problems, for a manager, as a PDF or an HTML page.
#include "AtomicFile.h"
#include "Command.h"
#include "CommandContext.h"
#include "Overview.h"
#include "OverviewReport.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace {

class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declare(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("Only this site (default: every site of the store)."),
              QStringLiteral("S")},
             {{QStringLiteral("o"), QStringLiteral("output")},
              tr("The report to write: FILE.pdf or FILE.html (required)."),
              QStringLiteral("FILE")}});
    }

    static int run(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("report takes no arguments"));
        const QString output = parser.value(QStringLiteral("output"));
        if (output.trimmed().isEmpty())
            return c.usage(tr("report needs -o FILE.pdf or -o FILE.html"));
        const QString suffix = output.section(QLatin1Char('.'), -1).toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") &&
            suffix != QLatin1String("htm"))
            return c.usage(tr("the report is a .pdf or an .html file, not \"%1\"").arg(output));
        int code = Success;
        qint64 siteId = 0;
        if (!c.siteScope(parser.value(QStringLiteral("site")), &siteId, &code))
            return code;
        OverviewReport::Input input;
        QString error;
        if (!Overview::read(c.store(), siteId, &input.data, &input.sites, &error))
            return c.fail(StoreError, error);
        // Read the same in French and English, whatever the system's locale.
        input.generatedAt =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
        const QByteArray bytes = suffix == QLatin1String("pdf") ? OverviewReport::pdf(input)
                                                                : OverviewReport::html(input);
        if (!AtomicFile::write(output, bytes, &error))
            return c.fail(StoreError, tr("%1: %2").arg(output, error));
        c.out << tr("Wrote the report of %1 to %2 (%3)")
                     .arg(input.data.scope, output)
                     .arg(OverviewReport::summaryLine(input))
              << '\n';
        return Success;
    }

    static bool needsGui(const QCommandLineParser &) { return true; }
};

} // namespace

extern const Command reportCommand{
    "report",
    QT_TRANSLATE_NOOP("CommandLine", "write the overview and the problems for a manager"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Writes the registry's overview (cookies by category, first and third "
                      "party, top providers, lifetimes, problems by rule, cookies across "
                      "publications), each chart with its table, and the problems rule by rule, "
                      "as a PDF or an HTML page."),
    &ReportCommand::declare,
    &ReportCommand::run,
    &ReportCommand::needsGui};
