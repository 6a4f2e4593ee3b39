#include "CommandLine.h"

#include "Command.h"
#include "CommandContext.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace {

struct Global {
    QString store;
    bool storeGiven = false;
    bool readOnly = false;
    bool reviewer = false;
    qsizetype first = 1; // the command word
    QString error;
};

// Splits "--store FILE" / "--store=FILE" / "--read-only" / "--reviewer" off the front.
Global scanGlobal(const QStringList &arguments) {
    Global global;
    qsizetype &i = global.first;
    while (i < arguments.size()) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--store")) {
            if (i + 1 >= arguments.size()) {
                global.error = CommandLine::tr("--store needs a file name");
                return global;
            }
            global.store = arguments.at(i + 1);
            global.storeGiven = true;
            i += 2;
        } else if (arg.startsWith(QLatin1String("--store="))) {
            global.store = arg.mid(8);
            global.storeGiven = true;
            ++i;
        } else if (arg == QLatin1String("--read-only")) {
            global.readOnly = true;
            ++i;
        } else if (arg == QLatin1String("--reviewer")) {
            global.reviewer = true;
            ++i;
        } else {
            break;
        }
    }
    if (global.storeGiven && global.store.trimmed().isEmpty())
        global.error = CommandLine::tr("--store needs a file name, not an empty one");
    return global;
}

const QCommandLineOption &helpOption() {
    static const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                         CommandLine::tr("Show this help."));
    return help;
}

// The parser of one command, as run() and needsGui() both set it up.
void declare(QCommandLineParser &parser, const Command &command) {
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", command.description));
    parser.addOption(helpOption());
    command.declare(parser);
}

} // namespace

CommandLine::CommandLine(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err) {}

bool CommandLine::wantsCommand(const QStringList &arguments) {
    const Global global = scanGlobal(arguments);
    return !global.error.isEmpty() || global.first < arguments.size();
}

QString CommandLine::storeArgument(const QStringList &arguments) {
    return scanGlobal(arguments).store;
}

bool CommandLine::readOnlyArgument(const QStringList &arguments) {
    return scanGlobal(arguments).readOnly;
}

bool CommandLine::reviewerArgument(const QStringList &arguments) {
    return scanGlobal(arguments).reviewer;
}

bool CommandLine::needsGui(const QStringList &arguments) {
    const Global global = scanGlobal(arguments);
    if (!global.error.isEmpty() || global.first >= arguments.size())
        return false;
    const Command *command = Commands::find(arguments.at(global.first));
    if (!command || !command->needsGui)
        return false;
    QCommandLineParser parser;
    declare(parser, *command);
    return parser.parse(arguments.mid(global.first)) && !parser.isSet(helpOption()) &&
           command->needsGui(parser);
}

QString CommandLine::generalHelp() {
    QString text = tr("Usage: cookie-charter [--store FILE] [--read-only] [--reviewer] COMMAND "
                      "[OPTIONS]\n"
                      "       cookie-charter [--store FILE] [--read-only] [--reviewer]   (opens "
                      "the window)\n\n"
                      "Keeps the cookie registry of websites and their cookie charter.\n\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const Command *command : Commands::all())
        width = qMax(width, qsizetype(qstrlen(command->name)));
    for (const Command *command : Commands::all())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command->name).leftJustified(width))
                    .arg(QCoreApplication::translate("CommandLine", command->summary));
    text +=
        tr("\nThe store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in "
           "your data folder (created with the reference charter on first use).\n"
           "--reviewer works as a reviewer: reviews can be commented on and approved, the "
           "registry is not changed.\n"
           "Run 'cookie-charter COMMAND --help' for a command's options.\n"
           "Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments) {
    const Global global = scanGlobal(arguments);
    CommandContext context(m_in, m_out, m_err, global.store, global.readOnly);
    context.store().setRole(global.reviewer ? Store::Role::Reviewer : Store::Role::Editor);
    if (!global.error.isEmpty())
        return context.usage(global.error);
    if (global.first >= arguments.size())
        return context.usage(tr("no command given"));
    const QString word = arguments.at(global.first);
    if (word == QLatin1String("--help") || word == QLatin1String("-h") ||
        word == QLatin1String("help")) {
        context.out << generalHelp();
        context.out.flush();
        return Success;
    }
    if (word == QLatin1String("--version")) {
        context.out << QCoreApplication::applicationName() << ' '
                    << QCoreApplication::applicationVersion() << '\n';
        context.out.flush();
        return Success;
    }
    const Command *command = Commands::find(word);
    if (!command)
        return context.usage(word.startsWith(QLatin1Char('-'))
                                 ? tr("unknown option %1").arg(word)
                                 : tr("unknown command \"%1\"").arg(word));
    context.setCommand(*command);
    QCommandLineParser parser;
    declare(parser, *command);
    if (!parser.parse(arguments.mid(global.first)))
        return context.usage(parser.errorText());
    if (parser.isSet(helpOption())) {
        QString text = parser.helpText();
        // The first line names the program; make it name the command too.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: cookie-charter ") + word);
        context.out << text;
        context.out.flush();
        return Success;
    }
    const int code = command->run(context, parser);
    context.out.flush();
    context.err.flush();
    return code;
}
