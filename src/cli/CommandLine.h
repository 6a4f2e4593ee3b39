#pragma once

#include "Site.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

// `cookie-charter [--store FILE] [--read-only] COMMAND ...`: the commands, their help and their
// exit codes. It prints results to `out` and every problem, in plain words, to `err`.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode { Success = 0, ValidationFailed = 1, UsageError = 2, StoreError = 3 };

    CommandLine(QTextStream &out, QTextStream &err);

    // True when the arguments (program name first) ask for a command rather than the GUI.
    static bool wantsCommand(const QStringList &arguments);
    // Store options for the GUI: --store FILE, --read-only.
    static QString storeArgument(const QStringList &arguments);
    static bool readOnlyArgument(const QStringList &arguments);
    // True when the command lays out text with Qt GUI (a PDF export): main() then makes a
    // QGuiApplication (offscreen) instead of a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

    int run(const QStringList &arguments);

private:
    struct Invocation {
        QString command;
        QStringList arguments; // the command's own, with the command name first
    };

    int usage(const QString &message, const QString &command = QString());
    int fail(int code, const QString &message);
    bool parse(QCommandLineParser &parser, const Invocation &invocation, const QString &description,
               int *exitCode);
    bool openStore(int *exitCode);
    // --site S, or the only site; sets *exitCode and prints why when there is none.
    std::optional<Site> requireSite(const QString &key, int *exitCode);
    int writeFailure(const WriteResult &result);
    QString generalHelp() const;
    struct TextTarget {
        Site site;
        QString language;
        QString section;
        CharterText stored; // version 0 when the default is in use
    };
    bool textTarget(QCommandLineParser &parser, const Invocation &invocation, bool needsSection,
                    TextTarget *target, int *exitCode);

    int init(const Invocation &invocation);
    int sites(const Invocation &invocation);
    int siteAdd(const Invocation &invocation);
    int list(const Invocation &invocation);
    int add(const Invocation &invocation);
    int set(const Invocation &invocation);
    int remove(const Invocation &invocation);
    int siteSet(const Invocation &invocation);
    int texts(const Invocation &invocation);
    int textShow(const Invocation &invocation);
    int textSet(const Invocation &invocation);
    int textReset(const Invocation &invocation);
    int publish(const Invocation &invocation);
    int publications(const Invocation &invocation);
    int diff(const Invocation &invocation);
    int extract(const Invocation &invocation);
    int verify(const Invocation &invocation);
    // The shared store publications go to: --to FILE, else the configured one, else the open
    // store. Sets *target (owned by `holder` unless it is m_store).
    bool openShared(const QString &to, bool create, Store **target, std::unique_ptr<Store> &holder,
                    int *exitCode);
    QString publicationSite(Store &target, const QString &wanted, int *exitCode);
    int importFile(const Invocation &invocation);
    int exportFile(const Invocation &invocation);
    int validate(const Invocation &invocation);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_storePath;
    bool m_readOnly = false;
    Store m_store;
};
