// init, sites, site-add, site-set: the store and its sites.
#include "Command.h"
#include "CommandContext.h"
#include "TextTable.h"

#include <QCommandLineParser>

namespace {

class SiteCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareInit(QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            tr("The store file to create, or a server location (postgresql://USER@HOST:PORT/DB) "
               "whose empty database gets the store."));
    }

    static int init(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return c.usage(tr("init takes one file name"));
        if (positional.constFirst().trimmed().isEmpty())
            return c.usage(tr("init needs a file name, not an empty one"));
        QString error;
        if (!c.store().create(positional.constFirst(), &error))
            return c.fail(StoreError, error);
        c.out << tr("Created the empty store %1").arg(c.store().path()) << '\n';
        return Success;
    }

    static void declareSites(QCommandLineParser &) {}

    static int sites(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("sites takes no arguments"));
        int code = Success;
        if (!c.openStore(&code))
            return code;
        QString error;
        const QList<Site> all = c.store().sites(&error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        const QHash<qint64, int> counts = c.store().cookieCounts(&error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        TextTable table({tr("ID"), tr("NAME"), tr("URL"), tr("LANGUAGES"), tr("COOKIES")});
        for (const Site &site : all)
            table.addRow({QString::number(site.id), site.name, site.url,
                          site.languages.join(QLatin1Char(',')),
                          QString::number(counts.value(site.id))});
        c.out << table.render();
        return Success;
    }

    static void declareSiteAdd(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("url"), tr("The site's address (http:// or https://)."),
              QStringLiteral("U")},
             {QStringLiteral("languages"), tr("Charter languages, French first (default: fr)."),
              QStringLiteral("fr,en"), QStringLiteral("fr")},
             {QStringLiteral("contact"), tr("Whom to contact about cookies (address or e-mail)."),
              QStringLiteral("C")}});
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("Short name of the site."));
    }

    static int siteAdd(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return c.usage(tr("site-add takes one site name"));
        Site site;
        site.name = positional.constFirst();
        site.url = parser.value(QStringLiteral("url"));
        site.contact = parser.value(QStringLiteral("contact"));
        QString error;
        if (!Site::checkUrl(site.url, &error))
            return c.usage(tr("--url: %1").arg(error));
        site.languages = Site::parseLanguages(parser.value(QStringLiteral("languages")), &error);
        if (site.languages.isEmpty())
            return c.usage(tr("--languages: %1").arg(error));
        int code = Success;
        if (!c.openStore(&code))
            return code;
        const WriteResult result = c.store().addSite(site);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Added site %1 (#%2)").arg(site.name).arg(site.id) << '\n';
        return Success;
    }

    static void declareSiteSet(QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("SITE"),
                                     tr("The site (name, address or number)."));
        parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"),
                                     tr("Fields to change: name, url, languages, contact, "
                                        "consent-days (how long the banner keeps the visitor's "
                                        "choice; empty: not set), review (none or approval: "
                                        "publishing needs someone else's approval)."));
    }

    static int siteSet(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() < 2)
            return c.usage(tr("site-set needs a site and at least one FIELD=VALUE"));
        int code = Success;
        std::optional<Site> site = c.requireSite(positional.constFirst(), &code);
        if (!site)
            return code;
        for (const QString &assignment : positional.mid(1)) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            const QString field =
                equals > 0 ? assignment.left(equals).trimmed().toLower() : QString();
            const QString value = assignment.mid(equals + 1);
            QString error;
            if (field == QLatin1String("name")) {
                site->name = value.trimmed();
            } else if (field == QLatin1String("url")) {
                if (!Site::checkUrl(value, &error))
                    return c.usage(tr("url: %1").arg(error));
                site->url = value.trimmed();
            } else if (field == QLatin1String("contact")) {
                site->contact = value.trimmed();
            } else if (field == QLatin1String("consent-days")) {
                bool ok = value.trimmed().isEmpty();
                const int days = ok ? 0 : value.trimmed().toInt(&ok);
                if (!ok || days < 0 || days > 3650)
                    return c.usage(
                        tr("consent-days: a number of days from 1 to 3650, or empty, not \"%1\"")
                            .arg(value));
                site->consentDays = days;
            } else if (field == QLatin1String("review")) {
                if (!Site::policyFromKey(value, &site->reviewPolicy))
                    return c.usage(
                        tr("review: none or approval (one approval by someone who did not change "
                           "the registry), not \"%1\"")
                            .arg(value));
            } else if (field == QLatin1String("languages")) {
                site->languages = Site::parseLanguages(value, &error);
                if (site->languages.isEmpty())
                    return c.usage(tr("languages: %1").arg(error));
            } else {
                return c.usage(
                    tr("\"%1\" is not FIELD=VALUE with FIELD one of name, url, languages, contact, "
                       "consent-days, review")
                        .arg(assignment));
            }
        }
        const WriteResult result = c.store().updateSite(*site);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Changed site %1").arg(site->name) << '\n';
        return Success;
    }
};

} // namespace

extern const Command initCommand{
    "init", QT_TRANSLATE_NOOP("CommandLine", "create an empty store (file or server)"),
    QT_TRANSLATE_NOOP("CommandLine", "Creates an empty store file, or the store in an "
                                     "empty PostgreSQL database."),
    &SiteCommands::declareInit, &SiteCommands::init};
extern const Command sitesCommand{"sites",
                                  QT_TRANSLATE_NOOP("CommandLine", "list the sites of the store"),
                                  QT_TRANSLATE_NOOP("CommandLine", "Lists the sites of the store."),
                                  &SiteCommands::declareSites, &SiteCommands::sites};
extern const Command siteAddCommand{"site-add", QT_TRANSLATE_NOOP("CommandLine", "add a site"),
                                    QT_TRANSLATE_NOOP("CommandLine", "Adds a site to the store."),
                                    &SiteCommands::declareSiteAdd, &SiteCommands::siteAdd};
extern const Command siteSetCommand{
    "site-set",
    QT_TRANSLATE_NOOP("CommandLine", "change a site's name, address, languages or contact"),
    QT_TRANSLATE_NOOP("CommandLine", "Changes a site's name, address, languages or contact."),
    &SiteCommands::declareSiteSet, &SiteCommands::siteSet};
