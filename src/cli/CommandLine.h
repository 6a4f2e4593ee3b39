#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// The exit codes, a contract with users' scripts (README, "The command line").
enum ExitCode { Success = 0, ValidationFailed = 1, UsageError = 2, StoreError = 3 };

// `cookie-charter [--store FILE] [--read-only] COMMAND ...`: finds the command in the table
// (Commands::all()), parses its options and runs it. Results go to `out`, every problem, in
// plain words, to `err`; `in` is read by the commands that take `-` for standard input. Tests
// run it in-process over buffers.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(QIODevice &in, QIODevice &out, QIODevice &err);

    // True when the arguments (program name first) ask for a command rather than the GUI.
    static bool wantsCommand(const QStringList &arguments);
    // Store options for the GUI: --store FILE, --read-only.
    static QString storeArgument(const QStringList &arguments);
    static bool readOnlyArgument(const QStringList &arguments);
    // --reviewer: the user works as a reviewer (writes only decisions and comments on reviews).
    static bool reviewerArgument(const QStringList &arguments);
    // True when the command lays out text with Qt GUI (a PDF export or a publication): main()
    // then makes a QGuiApplication (offscreen) instead of a QCoreApplication. Decided by the
    // same parser set-up as run().
    static bool needsGui(const QStringList &arguments);

    int run(const QStringList &arguments);

    // The general --help: every command of the table with its summary.
    static QString generalHelp();

private:
    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
};
