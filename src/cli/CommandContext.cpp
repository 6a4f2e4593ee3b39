#include "CommandContext.h"

#include "Command.h"
#include "PublishingTarget.h"
#include "StoreLocator.h"

#include <QCommandLineParser>
#include <QIODevice>

CommandContext::CommandContext(QIODevice &inDevice, QIODevice &outDevice, QIODevice &errDevice,
                               QString storePath, bool readOnly)
    : out(&outDevice)
    , err(&errDevice)
    , m_in(inDevice)
    , m_out(outDevice)
    , m_storePath(std::move(storePath))
    , m_readOnly(readOnly) {}

bool CommandContext::writeOutput(const QByteArray &bytes) {
    out.flush();
    return m_out.write(bytes) == bytes.size();
}

QIODevice &CommandContext::outputDevice() {
    out.flush();
    return m_out;
}

int CommandContext::usage(const QString &message) {
    err << tr("cookie-charter: %1").arg(message) << '\n';
    if (!m_command)
        err << tr("Run 'cookie-charter --help' for the commands.") << '\n';
    else
        err << tr("Run 'cookie-charter %1 --help' for its options.")
                   .arg(QLatin1String(m_command->name))
            << '\n';
    err.flush();
    return UsageError;
}

int CommandContext::fail(int code, const QString &message) {
    err << tr("cookie-charter: %1").arg(message) << '\n';
    err.flush();
    return code;
}

int CommandContext::writeFailure(const WriteResult &result) {
    switch (result.status) {
    case WriteResult::Status::Ok:
        return Success;
    case WriteResult::Status::Invalid:
    case WriteResult::Status::Duplicate:
        return fail(ValidationFailed, result.message);
    default:
        return fail(StoreError, result.message);
    }
}

int CommandContext::importOutcome(const ImportReport &report, const QString &source,
                                  const QString &site, bool dryRun, const QString &where) {
    if (!report.errors.isEmpty()) {
        for (const RowError &row : report.errors)
            err << tr("%1: %2 %3: %4").arg(source, where).arg(row.line).arg(row.message) << '\n';
        return fail(ValidationFailed, tr("%n row(s) rejected; nothing was imported", nullptr,
                                         int(report.errors.size())));
    }
    if (!report.result.ok())
        return writeFailure(report.result);
    if (dryRun)
        out << tr("%n cookie(s) would be imported; nothing was written (dry run)", nullptr,
                  report.added)
            << '\n';
    else
        out << tr("Imported %n cookie(s) from %1 into %2", nullptr, report.added).arg(source, site)
            << '\n';
    return Success;
}

QString CommandContext::problemLine(const Problem &problem, const Site &site,
                                    const QHash<qint64, QString> &names) const {
    const QString severity = problem.isError()     ? tr("error")
                             : problem.isWarning() ? tr("warning")
                                                   : tr("information");
    // A finding about the site itself (its settings, a rule switched off) names no cookie.
    QString line = problem.cookieId == 0
                       ? tr("%1: %2: %3").arg(severity, site.name, problem.message)
                       : tr("%1: %2: cookie #%3 %4: %5: %6")
                             .arg(severity, site.name)
                             .arg(problem.cookieId)
                             .arg(names.value(problem.cookieId), problem.field, problem.message);
    if (!problem.rule.isEmpty())
        line += QStringLiteral(" [%1]").arg(problem.rule);
    return line;
}

bool CommandContext::openStore(int *exitCode) {
    if (m_store.isOpen())
        return true;
    bool isDefault = false;
    const QString path = StoreLocator::chooseStorePath(m_storePath, &isDefault);
    QString error;
    // A command that only reads does not need the whole file read once more before it starts.
    m_store.setVerify(Store::Verify::BeforeFirstWrite);
    if (!StoreLocator::openStore(m_store, path, isDefault, m_readOnly, &error)) {
        *exitCode = fail(StoreError, error);
        return false;
    }
    return true;
}

bool CommandContext::siteScope(const QString &key, qint64 *siteId, int *exitCode) {
    *siteId = 0;
    if (!openStore(exitCode))
        return false;
    if (key.isEmpty())
        return true;
    const std::optional<Site> site = requireSite(key, exitCode);
    if (site)
        *siteId = site->id;
    return site.has_value();
}

std::optional<Site> CommandContext::requireSite(const QString &key, int *exitCode) {
    if (!openStore(exitCode))
        return std::nullopt;
    QString error;
    if (!key.isEmpty()) {
        if (const std::optional<Site> site = m_store.findSite(key, &error))
            return site;
        *exitCode = error.isEmpty() ? usage(tr("no site \"%1\" in %2 (see: cookie-charter sites)")
                                                .arg(key, m_store.path()))
                                    : fail(StoreError, error);
        return std::nullopt;
    }
    const QList<Site> all = m_store.sites(&error);
    if (!error.isEmpty()) {
        *exitCode = fail(StoreError, error);
        return std::nullopt;
    }
    if (all.size() == 1)
        return all.constFirst();
    if (all.isEmpty())
        *exitCode =
            usage(tr("the store has no site yet; add one with: cookie-charter site-add NAME"));
    else
        *exitCode = usage(tr("the store has %1 sites; choose one with --site").arg(all.size()));
    return std::nullopt;
}

Store *CommandContext::openShared(const QString &to, bool create, std::unique_ptr<Store> &holder,
                                  int *exitCode) {
    const QString path =
        PublishingTarget::resolve(to, m_store.isOpen() ? m_store.path() : QString());
    if (path.isEmpty()) {
        if (!openStore(exitCode))
            return nullptr;
        return &m_store;
    }
    holder = std::make_unique<Store>();
    QString error;
    if (!PublishingTarget::open(*holder, path, create, m_readOnly, &error)) {
        *exitCode = fail(StoreError, error);
        return nullptr;
    }
    return holder.get();
}

Store *CommandContext::openPublications(const QCommandLineParser &parser,
                                        std::unique_ptr<Store> &holder, QString *site,
                                        int *exitCode) {
    Store *target = openShared(parser.value(QStringLiteral("to")), false, holder, exitCode);
    if (!target)
        return nullptr;
    *site = publicationSite(*target, parser.value(QStringLiteral("site")), exitCode);
    return site->isEmpty() ? nullptr : target;
}

QString CommandContext::publicationSite(Store &target, const QString &wanted, int *exitCode) {
    const QStringList published = target.publishedSites();
    if (!wanted.isEmpty()) {
        for (const QString &site : published) {
            if (site.compare(wanted, Qt::CaseInsensitive) == 0)
                return site;
        }
        if (const std::optional<Site> site =
                m_store.isOpen() ? m_store.findSite(wanted) : std::nullopt) {
            for (const QString &name : published) {
                if (name.compare(site->name, Qt::CaseInsensitive) == 0)
                    return name;
            }
        }
        *exitCode = usage(tr("no publication of \"%1\" in %2").arg(wanted, target.path()));
        return QString();
    }
    if (published.size() == 1)
        return published.constFirst();
    if (published.isEmpty())
        *exitCode = fail(StoreError, tr("%1 holds no publication yet").arg(target.path()));
    else
        *exitCode = usage(tr("%1 holds publications of %2 sites; choose one with --site")
                              .arg(target.path())
                              .arg(published.size()));
    return QString();
}
