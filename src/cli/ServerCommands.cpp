// server-setup, copy: the team server's roles, and moving a whole store between SQLite and
// PostgreSQL.
#include "Command.h"
#include "CommandContext.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

class ServerCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareSetup(QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("URL"),
                                     tr("The server store (postgresql://USER@HOST:PORT/DB)."));
        parser.addOptions(
            {{QStringLiteral("editors"),
              tr("Group role of editors: they write the registry, its texts and reviews."),
              QStringLiteral("ROLE")},
             {QStringLiteral("reviewers"),
              tr("Group role of reviewers: they read everything and write only decisions and "
                 "comments on reviews."),
              QStringLiteral("ROLE")},
             {QStringLiteral("publishers"),
              tr("Group role of publishers: editors who may also publish."),
              QStringLiteral("ROLE")}});
    }

    static int setup(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return c.usage(tr("server-setup takes one server location"));
        if (!Store::isServerLocation(positional.constFirst()))
            return c.usage(tr("server-setup needs a server location (postgresql://...), not %1")
                               .arg(positional.constFirst()));
        const QString editors = parser.value(QStringLiteral("editors")).trimmed();
        const QString reviewers = parser.value(QStringLiteral("reviewers")).trimmed();
        const QString publishers = parser.value(QStringLiteral("publishers")).trimmed();
        if (editors.isEmpty() && reviewers.isEmpty() && publishers.isEmpty())
            return c.usage(tr("name at least one role: --editors, --reviewers or --publishers"));
        QString error;
        if (!c.store().open(positional.constFirst(), Store::OpenMode::ReadWrite, &error))
            return c.fail(StoreError, error);
        QStringList done;
        if (!c.store().setUpRoles(editors, reviewers, publishers, &done, &error))
            return c.fail(StoreError, error);
        for (const QString &line : std::as_const(done))
            c.out << tr("Role %1").arg(line) << '\n';
        c.out << tr("Members join with: CREATE ROLE name LOGIN IN ROLE group") << '\n';
        return Success;
    }

    static void declareCopy(QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("FROM"),
                                     tr("The store to copy (file or URL)."));
        parser.addPositionalArgument(
            QStringLiteral("TO"),
            tr("An empty store to copy into: a new file, or an empty server database."));
    }

    static int copy(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return c.usage(tr("copy takes two stores: FROM and TO"));
        const QString from = positional.at(0);
        const QString to = positional.at(1);
        QString error;
        Store source;
        if (!source.open(from, Store::OpenMode::ReadOnly, &error))
            return c.fail(StoreError, error);
        Store &target = c.store();
        bool created = false;
        if (Store::isServerLocation(to)) {
            // An empty database gets the schema; a store already there must be empty.
            if (!target.create(to, &error)) {
                QString openError;
                if (!target.open(to, Store::OpenMode::ReadWrite, &openError))
                    return c.fail(StoreError, error);
            }
        } else {
            if (QFileInfo::exists(to) && QFileInfo(to).size() > 0)
                return c.fail(StoreError,
                              tr("%1 already exists; a copy goes only into a new file or an "
                                 "empty server database")
                                  .arg(to));
            if (!target.create(to, &error))
                return c.fail(StoreError, error);
            created = true;
        }
        if (!target.copyFrom(source, {}, &error)) {
            if (created) {
                target.close();
                QFile::remove(to);
            }
            return c.fail(StoreError, error);
        }
        c.out << tr("Copied %1 into %2: %n cookie(s)", nullptr, target.cookieCount())
                     .arg(source.path(), target.path())
              << '\n';
        return Success;
    }
};

} // namespace

extern const Command serverSetupCommand{
    "server-setup",
    QT_TRANSLATE_NOOP("CommandLine", "create the server's group roles and their rights"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Creates group roles on a PostgreSQL store and grants them their rights: "
                      "reviewers read everything and write only decisions and comments on "
                      "reviews; editors also write the registry, its texts, settings and "
                      "reviews; publishers also publish. Run it as the store's owner."),
    &ServerCommands::declareSetup, &ServerCommands::setup};
extern const Command copyCommand{
    "copy", QT_TRANSLATE_NOOP("CommandLine", "copy a whole store into an empty one"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Copies a whole store, SQLite or PostgreSQL, into a new file or an empty "
                      "server database: sites, cookies with their versions and stamps, texts, "
                      "rule switches, reviews, the audit log, and publications with their files "
                      "and chain. A copy into a store that is not empty is refused."),
    &ServerCommands::declareCopy, &ServerCommands::copy};
