#pragma once

#include "CommandLine.h"
#include "Problem.h"
#include "Site.h"
#include "Store.h"
#include "StoreImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QIODevice;
struct Command;

// What every command works with: the injected streams (standard input and output, the error
// stream), the global options, the store opened on demand, and the shared ways to report.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandContext(QIODevice &inDevice, QIODevice &outDevice, QIODevice &errDevice,
                   QString storePath, bool readOnly);

    QTextStream out;
    QTextStream err;
    QIODevice &input() { return m_in; }
    // Bytes to standard output, after what `out` holds.
    bool writeOutput(const QByteArray &bytes);
    QIODevice &outputDevice();

    const Command &command() const { return *m_command; }
    void setCommand(const Command &command) { m_command = &command; }

    // Prints "cookie-charter: message" and the hint to --help; returns UsageError.
    int usage(const QString &message);
    int fail(int code, const QString &message);
    int writeFailure(const WriteResult &result);
    // The end of an import from `source` (a page, a banner configuration): each rejected row
    // on stderr ("SOURCE: WHERE N: why", `where` naming what N counts), then what was imported,
    // or would be in a dry run; the exit code.
    int importOutcome(const ImportReport &report, const QString &source, const QString &site,
                      bool dryRun, const QString &where);
    // A line of `validate` or `publish` about one problem.
    QString problemLine(const Problem &problem, const Site &site,
                        const QHash<qint64, QString> &names) const;

    // The store: --store, else $COOKIE_CHARTER_STORE, else the default one.
    bool openStore(int *exitCode);
    Store &store() { return m_store; }
    bool readOnly() const { return m_readOnly; }
    // --site S, or the only site, in the store (opened first if need be); sets *exitCode and
    // prints why when there is none.
    std::optional<Site> requireSite(const QString &key, int *exitCode);
    // Opens the store; the id of the site `key` names, or 0 (every site) when `key` is empty.
    // False, with *exitCode set and the reason printed, when the store or the site is missing.
    bool siteScope(const QString &key, qint64 *siteId, int *exitCode);
    // The shared store publications go to; owned by `holder` unless it is store().
    Store *openShared(const QString &to, bool create, std::unique_ptr<Store> &holder,
                      int *exitCode);
    // The site whose publications a command reads (--site, else the only one published).
    QString publicationSite(Store &target, const QString &wanted, int *exitCode);
    // The shared store of --to and the site of --site whose publications a command reads.
    Store *openPublications(const QCommandLineParser &parser, std::unique_ptr<Store> &holder,
                            QString *site, int *exitCode);

private:
    QIODevice &m_in;
    QIODevice &m_out;
    QString m_storePath;
    bool m_readOnly = false;
    const Command *m_command = nullptr;
    Store m_store;
};
