#pragma once

#include <QList>
#include <QString>

class CommandContext;
class QCommandLineParser;

// One command of `cookie-charter`: its name and one-line summary (the general --help), its
// description and options (its own --help), and what it does. The table in Commands.cpp drives
// both the dispatch and the help, and main() asks it whether a command needs Qt GUI.
struct Command {
    const char *name;
    const char *summary;     // QT_TRANSLATE_NOOP("CommandLine", ...)
    const char *description; // QT_TRANSLATE_NOOP("CommandLine", ...)
    // Adds the command's options and positional arguments (--help is added for every command).
    void (*declare)(QCommandLineParser &parser);
    // Runs with the parsed arguments; returns the exit code.
    int (*run)(CommandContext &context, const QCommandLineParser &parser);
    // True when these arguments lay text out with Qt GUI (a PDF): main() then makes an offscreen
    // QGuiApplication. Null: never.
    bool (*needsGui)(const QCommandLineParser &parser) = nullptr;
};

namespace Commands {

const QList<const Command *> &all();
const Command *find(const QString &name);

} // namespace Commands
