#include "CommandLine.h"

#include "CharterDefaults.h"
#include "CharterFiles.h"
#include "CookieField.h"
#include "CsvReader.h"
#include "Publisher.h"
#include "RegistryCsv.h"
#include "RegistryDiff.h"
#include "RegistryJson.h"
#include "RegistryTransfer.h"
#include "StoreCharter.h"
#include "StoreLocator.h"
#include "TextTable.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

namespace {

struct CommandInfo {
    const char *name;
    const char *summary;
};

const CommandInfo commands[] = {
    {"init", QT_TRANSLATE_NOOP("CommandLine", "create an empty store file")},
    {"sites", QT_TRANSLATE_NOOP("CommandLine", "list the sites of the store")},
    {"site-add", QT_TRANSLATE_NOOP("CommandLine", "add a site")},
    {"site-set",
     QT_TRANSLATE_NOOP("CommandLine", "change a site's name, address, languages or contact")},
    {"list", QT_TRANSLATE_NOOP("CommandLine", "list the cookies of the registry")},
    {"add", QT_TRANSLATE_NOOP("CommandLine", "add a cookie")},
    {"set", QT_TRANSLATE_NOOP("CommandLine", "change fields of a cookie")},
    {"remove", QT_TRANSLATE_NOOP("CommandLine", "remove cookies")},
    {"import", QT_TRANSLATE_NOOP("CommandLine", "import cookies from a CSV or JSON file")},
    {"export",
     QT_TRANSLATE_NOOP("CommandLine",
                       "export the registry (CSV, JSON) or the charter (HTML, Markdown, PDF)")},
    {"texts", QT_TRANSLATE_NOOP("CommandLine", "list the charter's text sections")},
    {"text-show", QT_TRANSLATE_NOOP("CommandLine", "print a charter text section")},
    {"text-set", QT_TRANSLATE_NOOP("CommandLine", "rewrite a charter text section")},
    {"text-reset", QT_TRANSLATE_NOOP("CommandLine", "go back to the default text of a section")},
    {"validate", QT_TRANSLATE_NOOP("CommandLine", "check the registry against the rules")},
    {"publish",
     QT_TRANSLATE_NOOP("CommandLine",
                       "publish the registry and the charter files into the shared store")},
    {"publications", QT_TRANSLATE_NOOP("CommandLine", "list the publications of a site")},
    {"diff",
     QT_TRANSLATE_NOOP("CommandLine",
                       "show what changed between two publications (or the working registry)")},
    {"extract", QT_TRANSLATE_NOOP("CommandLine", "save the files of a publication to a folder")},
    {"verify", QT_TRANSLATE_NOOP("CommandLine", "check every publication's hashes and the chain")},
};

bool isCommandName(const QString &word) {
    for (const CommandInfo &info : commands) {
        if (word == QLatin1String(info.name))
            return true;
    }
    return false;
}

// Splits "--store FILE" / "--store=FILE" / "--read-only" off the front; returns the index of the
// first other argument.
qsizetype scanGlobal(const QStringList &arguments, QString *store, bool *readOnly, QString *error) {
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--store")) {
            if (i + 1 >= arguments.size()) {
                if (error)
                    *error =
                        QCoreApplication::translate("CommandLine", "--store needs a file name");
                return -1;
            }
            *store = arguments.at(i + 1);
            i += 2;
        } else if (arg.startsWith(QLatin1String("--store="))) {
            *store = arg.mid(8);
            ++i;
        } else if (arg == QLatin1String("--read-only")) {
            *readOnly = true;
            ++i;
        } else {
            break;
        }
    }
    return i;
}

QString problemLine(const Problem &problem, const Site &site, const QHash<qint64, QString> &names) {
    const QString severity = problem.isError()
                                 ? QCoreApplication::translate("CommandLine", "error")
                                 : QCoreApplication::translate("CommandLine", "warning");
    return QCoreApplication::translate("CommandLine", "%1: %2: cookie #%3 %4: %5: %6")
        .arg(severity, site.name)
        .arg(problem.cookieId)
        .arg(names.value(problem.cookieId), problem.field, problem.message);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err) {}

bool CommandLine::wantsCommand(const QStringList &arguments) {
    QString store;
    bool readOnly = false;
    const qsizetype first = scanGlobal(arguments, &store, &readOnly, nullptr);
    return first < 0 || first < arguments.size();
}

QString CommandLine::storeArgument(const QStringList &arguments) {
    QString store;
    bool readOnly = false;
    scanGlobal(arguments, &store, &readOnly, nullptr);
    return store;
}

bool CommandLine::readOnlyArgument(const QStringList &arguments) {
    QString store;
    bool readOnly = false;
    scanGlobal(arguments, &store, &readOnly, nullptr);
    return readOnly;
}

QString CommandLine::generalHelp() const {
    QString text = tr("Usage: cookie-charter [--store FILE] [--read-only] COMMAND [OPTIONS]\n"
                      "       cookie-charter [--store FILE] [--read-only]   (opens the window)\n\n"
                      "Keeps the cookie registry of websites and their cookie charter.\n\n"
                      "Commands:\n");
    for (const CommandInfo &info : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(info.name).leftJustified(12))
                    .arg(QCoreApplication::translate("CommandLine", info.summary));
    text +=
        tr("\nThe store is --store FILE, else $COOKIE_CHARTER_STORE, else the default store in "
           "your data folder (created with the reference charter on first use).\n"
           "Run 'cookie-charter COMMAND --help' for a command's options.\n"
           "Exit codes: 0 success, 1 validation errors, 2 usage error, 3 store or file error.\n");
    return text;
}

int CommandLine::usage(const QString &message, const QString &command) {
    m_err << tr("cookie-charter: %1").arg(message) << '\n';
    if (command.isEmpty())
        m_err << tr("Run 'cookie-charter --help' for the commands.") << '\n';
    else
        m_err << tr("Run 'cookie-charter %1 --help' for its options.").arg(command) << '\n';
    m_err.flush();
    return UsageError;
}

int CommandLine::fail(int code, const QString &message) {
    m_err << tr("cookie-charter: %1").arg(message) << '\n';
    m_err.flush();
    return code;
}

int CommandLine::writeFailure(const WriteResult &result) {
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

bool CommandLine::parse(QCommandLineParser &parser, const Invocation &invocation,
                        const QString &description, int *exitCode) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(invocation.arguments)) {
        *exitCode = usage(parser.errorText(), invocation.command);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The first line names the program; make it name the command too.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: cookie-charter ") + invocation.command);
        m_out << text;
        m_out.flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

bool CommandLine::openStore(int *exitCode) {
    bool isDefault = false;
    const QString path = StoreLocator::chooseStorePath(m_storePath, &isDefault);
    QString error;
    if (!StoreLocator::openStore(m_store, path, isDefault, m_readOnly, &error)) {
        *exitCode = fail(StoreError, error);
        return false;
    }
    return true;
}

std::optional<Site> CommandLine::requireSite(const QString &key, int *exitCode) {
    if (!key.isEmpty()) {
        if (const std::optional<Site> site = m_store.findSite(key))
            return site;
        *exitCode =
            usage(tr("no site \"%1\" in %2 (see: cookie-charter sites)").arg(key, m_store.path()));
        return std::nullopt;
    }
    const QList<Site> all = m_store.sites();
    if (all.size() == 1)
        return all.constFirst();
    if (all.isEmpty())
        *exitCode =
            usage(tr("the store has no site yet; add one with: cookie-charter site-add NAME"));
    else
        *exitCode = usage(tr("the store has %1 sites; choose one with --site").arg(all.size()));
    return std::nullopt;
}

int CommandLine::run(const QStringList &arguments) {
    QString error;
    const qsizetype first = scanGlobal(arguments, &m_storePath, &m_readOnly, &error);
    if (first < 0)
        return usage(error);
    if (first >= arguments.size())
        return usage(tr("no command given"));
    const QString word = arguments.at(first);
    if (word == QLatin1String("--help") || word == QLatin1String("-h") ||
        word == QLatin1String("help")) {
        m_out << generalHelp();
        m_out.flush();
        return Success;
    }
    if (word == QLatin1String("--version")) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }
    if (!isCommandName(word))
        return usage(word.startsWith(QLatin1Char('-')) ? tr("unknown option %1").arg(word)
                                                       : tr("unknown command \"%1\"").arg(word));
    Invocation invocation{word, arguments.mid(first)};
    if (word == QLatin1String("init"))
        return init(invocation);
    if (word == QLatin1String("sites"))
        return sites(invocation);
    if (word == QLatin1String("site-add"))
        return siteAdd(invocation);
    if (word == QLatin1String("site-set"))
        return siteSet(invocation);
    if (word == QLatin1String("texts"))
        return texts(invocation);
    if (word == QLatin1String("publish"))
        return publish(invocation);
    if (word == QLatin1String("publications"))
        return publications(invocation);
    if (word == QLatin1String("diff"))
        return diff(invocation);
    if (word == QLatin1String("extract"))
        return extract(invocation);
    if (word == QLatin1String("verify"))
        return verify(invocation);
    if (word == QLatin1String("text-show"))
        return textShow(invocation);
    if (word == QLatin1String("text-set"))
        return textSet(invocation);
    if (word == QLatin1String("text-reset"))
        return textReset(invocation);
    if (word == QLatin1String("list"))
        return list(invocation);
    if (word == QLatin1String("add"))
        return add(invocation);
    if (word == QLatin1String("set"))
        return set(invocation);
    if (word == QLatin1String("remove"))
        return remove(invocation);
    if (word == QLatin1String("import"))
        return importFile(invocation);
    if (word == QLatin1String("export"))
        return exportFile(invocation);
    return validate(invocation);
}

int CommandLine::init(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The store file to create."));
    if (!parse(parser, invocation, tr("Creates an empty store file."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("init takes one file name"), invocation.command);
    QString error;
    if (!m_store.create(positional.constFirst(), &error))
        return fail(StoreError, error);
    m_out << tr("Created the empty store %1").arg(positional.constFirst()) << '\n';
    return Success;
}

int CommandLine::sites(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    if (!parse(parser, invocation, tr("Lists the sites of the store."), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("sites takes no arguments"), invocation.command);
    if (!openStore(&code))
        return code;
    QString error;
    const QList<Site> all = m_store.sites(&error);
    if (!error.isEmpty())
        return fail(StoreError, error);
    TextTable table({tr("ID"), tr("NAME"), tr("URL"), tr("LANGUAGES"), tr("COOKIES")});
    for (const Site &site : all)
        table.addRow({QString::number(site.id), site.name, site.url,
                      site.languages.join(QLatin1Char(',')),
                      QString::number(m_store.cookieCount(site.id))});
    m_out << table.render();
    return Success;
}

int CommandLine::siteAdd(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption url(QStringLiteral("url"), tr("The site's address."),
                                 QStringLiteral("U"));
    const QCommandLineOption languages(QStringLiteral("languages"),
                                       tr("Charter languages, French first (default: fr)."),
                                       QStringLiteral("fr,en"), QStringLiteral("fr"));
    const QCommandLineOption contact(QStringLiteral("contact"),
                                     tr("Whom to contact about cookies (address or e-mail)."),
                                     QStringLiteral("C"));
    parser.addOptions({url, languages, contact});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Short name of the site."));
    if (!parse(parser, invocation, tr("Adds a site to the store."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("site-add takes one site name"), invocation.command);
    Site site;
    site.name = positional.constFirst();
    site.url = parser.value(url);
    site.contact = parser.value(contact);
    QString error;
    site.languages = Site::parseLanguages(parser.value(languages), &error);
    if (site.languages.isEmpty())
        return usage(tr("--languages: %1").arg(error), invocation.command);
    if (!openStore(&code))
        return code;
    const WriteResult result = m_store.addSite(site);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Added site %1 (#%2)").arg(site.name).arg(site.id) << '\n';
    return Success;
}

int CommandLine::list(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("Only this site."),
                                        QStringLiteral("S"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("table, csv or json (default: table)."), QStringLiteral("F"),
                                    QStringLiteral("table"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the purpose in the table (fr, en)."),
                                  QStringLiteral("L"), QStringLiteral("fr"));
    parser.addOptions({siteOption, format, lang});
    if (!parse(parser, invocation, tr("Lists the cookies of the registry."), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("list takes no arguments"), invocation.command);
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("table") && !RegistryTransfer::formatFromName(formatName))
        return usage(tr("--format must be table, csv or json"), invocation.command);
    if (!Vocabulary::isLanguage(parser.value(lang)))
        return usage(tr("--lang must be fr or en"), invocation.command);
    if (!openStore(&code))
        return code;
    qint64 siteId = 0;
    if (parser.isSet(siteOption)) {
        const std::optional<Site> site = requireSite(parser.value(siteOption), &code);
        if (!site)
            return code;
        siteId = site->id;
    }
    QString error;
    if (formatName != QLatin1String("table")) {
        m_out.flush();
        QFile standardOutput;
        standardOutput.open(stdout, QIODevice::WriteOnly);
        if (!RegistryTransfer::exportRegistry(m_store, siteId,
                                              *RegistryTransfer::formatFromName(formatName),
                                              &standardOutput, &error))
            return fail(StoreError, error);
        return Success;
    }
    QHash<qint64, QString> siteNames;
    for (const Site &site : m_store.sites())
        siteNames.insert(site.id, site.name);
    const bool showSite = siteId == 0 && siteNames.size() > 1;
    QStringList header{tr("ID")};
    QList<int> widths{0};
    if (showSite) {
        header << tr("SITE");
        widths << 28;
    }
    header << tr("PROVIDER") << tr("SERVICE") << tr("LOCATION") << tr("NAME") << tr("CATEGORY")
           << tr("PARTY") << tr("DURATION") << tr("PURPOSE");
    widths << 20 << 28 << 22 << 28 << 12 << 6 << 12 << 60;
    TextTable table(header, widths);
    const QString language = parser.value(lang);
    const bool read = m_store.forEachCookie(
        siteId,
        [&](const Cookie &cookie) {
            QStringList row{QString::number(cookie.id)};
            if (showSite)
                row << siteNames.value(cookie.siteId);
            row << cookie.provider << cookie.service << cookie.location << cookie.name
                << Vocabulary::categoryKey(cookie.category) << Vocabulary::partyKey(cookie.party)
                << cookie.duration << cookie.purpose(language);
            table.addRow(row);
            return true;
        },
        &error);
    if (!read)
        return fail(StoreError, error);
    m_out << table.render();
    return Success;
}

int CommandLine::add(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("The site (needed when the store has several)."),
                                        QStringLiteral("S"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of --purpose (fr or en, default fr)."),
                                  QStringLiteral("L"), QStringLiteral("fr"));
    parser.addOptions({siteOption, lang});
    struct FieldOption {
        CookieField field;
        QCommandLineOption option;
        bool required;
    };
    auto option = [](const char *name, const QString &help) {
        return QCommandLineOption(QLatin1String(name), help, QStringLiteral("VALUE"));
    };
    const QList<FieldOption> fields{
        {CookieField::Provider, option("provider", tr("Who sets the cookie (required).")), true},
        {CookieField::Service, option("service", tr("The service it belongs to (required).")),
         true},
        {CookieField::Name, option("name", tr("Cookie name; end with * for a pattern (required).")),
         true},
        {CookieField::PurposeFr, option("purpose", tr("What it is for, in --lang (required).")),
         true},
        {CookieField::Location,
         option("location", tr("Where it runs (front office, back office...).")), false},
        {CookieField::Category,
         option("category", tr("necessary, preferences, statistics, marketing or unclassified.")),
         false},
        {CookieField::Party, option("party", tr("first or third.")), false},
        {CookieField::Domain, option("domain", tr("The domain that sets it.")), false},
        {CookieField::Duration,
         option("duration", tr("How long it is kept (\"13 mois\", \"session\").")), false},
        {CookieField::Type,
         option("type", tr("cookie, localStorage, sessionStorage, IndexedDB or pixel.")), false},
        {CookieField::PrivacyUrl,
         option("privacy-url", tr("The provider's privacy policy (http/https).")), false},
        {CookieField::ConsentExempt,
         option("consent-exempt", tr("yes, no or default (from the category).")), false},
        {CookieField::Notes, option("notes", tr("Internal notes.")), false},
    };
    for (const FieldOption &field : fields)
        parser.addOption(field.option);
    if (!parse(parser, invocation, tr("Adds a cookie to a site's registry."), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("add takes options only"), invocation.command);
    const QString language = parser.value(lang);
    if (!Vocabulary::isLanguage(language))
        return usage(tr("--lang must be fr or en"), invocation.command);
    Cookie cookie;
    for (const FieldOption &field : fields) {
        if (!parser.isSet(field.option)) {
            if (field.required)
                return usage(tr("--%1 is required").arg(field.option.names().constFirst()),
                             invocation.command);
            continue;
        }
        CookieField target = field.field;
        if (target == CookieField::PurposeFr && language == QLatin1String("en"))
            target = CookieField::PurposeEn;
        QString error;
        if (!CookieFields::setValue(cookie, target, parser.value(field.option), &error))
            return usage(tr("--%1: %2").arg(field.option.names().constFirst(), error),
                         invocation.command);
    }
    if (!openStore(&code))
        return code;
    const std::optional<Site> site = requireSite(parser.value(siteOption), &code);
    if (!site)
        return code;
    cookie.siteId = site->id;
    const WriteResult result = m_store.addCookie(cookie);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Added cookie #%1 (%2) to %3").arg(cookie.id).arg(cookie.name, site->name) << '\n';
    for (const Problem &problem : Validator::checkCookie(cookie, site->languages))
        m_err << tr("warning: %1: %2").arg(problem.field, problem.message) << '\n';
    return Success;
}

int CommandLine::set(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The cookie's number (see list)."));
    parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"), tr("Fields to change: %1.").arg([] {
        QStringList keys;
        for (CookieField field : CookieFields::all())
            keys << CookieFields::key(field);
        return keys.join(QStringLiteral(", "));
    }()));
    if (!parse(parser, invocation, tr("Changes fields of a cookie."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("set needs an ID and at least one FIELD=VALUE"), invocation.command);
    bool ok = false;
    const qint64 id = positional.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("\"%1\" is not a cookie number").arg(positional.constFirst()),
                     invocation.command);
    QList<QPair<CookieField, QString>> changes;
    for (const QString &assignment : positional.mid(1)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(tr("\"%1\" is not FIELD=VALUE").arg(assignment), invocation.command);
        const std::optional<CookieField> field = CookieFields::fromKey(assignment.left(equals));
        if (!field)
            return usage(tr("unknown field \"%1\"").arg(assignment.left(equals)),
                         invocation.command);
        changes.append({*field, assignment.mid(equals + 1)});
    }
    if (!openStore(&code))
        return code;
    std::optional<Cookie> cookie = m_store.cookie(id);
    if (!cookie)
        return fail(StoreError, tr("no cookie #%1 in %2").arg(id).arg(m_store.path()));
    for (const auto &change : changes) {
        QString error;
        if (!CookieFields::setValue(*cookie, change.first, change.second, &error))
            return usage(tr("%1: %2").arg(CookieFields::key(change.first), error),
                         invocation.command);
    }
    const WriteResult result = m_store.updateCookie(*cookie);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Changed cookie #%1 (%2)").arg(cookie->id).arg(cookie->name) << '\n';
    return Success;
}

int CommandLine::remove(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    parser.addPositionalArgument(QStringLiteral("ID..."),
                                 tr("The numbers of the cookies to remove."));
    if (!parse(parser, invocation, tr("Removes cookies from the registry, all or none."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("remove needs at least one cookie number"), invocation.command);
    QList<qint64> ids;
    for (const QString &text : positional) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("\"%1\" is not a cookie number").arg(text), invocation.command);
        ids.append(id);
    }
    if (!openStore(&code))
        return code;
    QList<Cookie> victims;
    for (qint64 id : ids) {
        const std::optional<Cookie> cookie = m_store.cookie(id);
        if (!cookie)
            return fail(StoreError,
                        tr("no cookie #%1 in %2; nothing was removed").arg(id).arg(m_store.path()));
        victims.append(*cookie);
    }
    const WriteResult result = m_store.removeCookies(victims);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Removed %n cookie(s)", nullptr, int(victims.size())) << '\n';
    return Success;
}

int CommandLine::importFile(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("Site for rows that name none (created if missing)."),
                                        QStringLiteral("S"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv or json (default: from the file name)."),
                                    QStringLiteral("F"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file, write nothing."));
    parser.addOptions({siteOption, format, dryRun});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A CSV or JSON file."));
    if (!parse(parser, invocation, tr("Imports cookies from a CSV or JSON file: all rows or none."),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("import takes one file"), invocation.command);
    const QString path = positional.constFirst();
    RegistryTransfer::Format fileFormat = RegistryTransfer::formatForPath(path);
    if (parser.isSet(format)) {
        const auto chosen = RegistryTransfer::formatFromName(parser.value(format));
        if (!chosen)
            return usage(tr("--format must be csv or json"), invocation.command);
        fileFormat = *chosen;
    }
    if (!openStore(&code))
        return code;
    if (fileFormat == RegistryTransfer::Format::Csv && !parser.isSet(siteOption) &&
        m_store.sites().size() > 1) {
        RegistryCsvReader peek;
        QString error;
        if (peek.openFile(path, &error) && !peek.hasSiteColumn())
            return usage(
                tr("%1 has no site column and the store has several sites; choose one with --site")
                    .arg(path),
                invocation.command);
    }
    const RegistryTransfer::ImportOutcome outcome = RegistryTransfer::importFile(
        m_store, path, fileFormat, parser.value(siteOption), parser.isSet(dryRun));
    if (!outcome.fileError.isEmpty())
        return fail(StoreError, outcome.fileError);
    if (!outcome.unknownColumns.isEmpty())
        m_err << tr("warning: %1: ignored unknown column(s): %2")
                     .arg(path, outcome.unknownColumns.join(QStringLiteral(", ")))
              << '\n';
    const ImportReport &report = outcome.report;
    if (!report.errors.isEmpty()) {
        const QString where =
            fileFormat == RegistryTransfer::Format::Csv ? tr("line") : tr("cookie");
        for (const RowError &row : report.errors)
            m_err << tr("%1: %2 %3: %4").arg(path, where).arg(row.line).arg(row.message) << '\n';
        return fail(ValidationFailed, tr("%n row(s) rejected; nothing was imported", nullptr,
                                         int(report.errors.size())));
    }
    if (!report.result.ok())
        return writeFailure(report.result);
    for (const QString &site : report.createdSites)
        m_out
            << (parser.isSet(dryRun) ? tr("Would create site %1") : tr("Created site %1")).arg(site)
            << '\n';
    if (parser.isSet(dryRun))
        m_out << tr("%n cookie(s) would be imported; nothing was written (dry run)", nullptr,
                    report.added)
              << '\n';
    else
        m_out << tr("Imported %n cookie(s) from %1", nullptr, report.added).arg(path) << '\n';
    return Success;
}

int CommandLine::exportFile(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        tr("The site (registry: default all; charter: needed when the store has several)."),
        QStringLiteral("S"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv or json (the registry); html, html-fragment, md or pdf (the charter). "
           "Default: from -o, else csv."),
        QStringLiteral("F"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Charter language, fr or en (default: the site's first)."),
                                  QStringLiteral("L"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE, atomically (default: standard output)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({siteOption, format, lang, output});
    if (!parse(parser, invocation,
               tr("Exports the registry as CSV or JSON, or the charter as HTML, Markdown or PDF."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("export takes options only"), invocation.command);

    std::optional<RegistryTransfer::Format> registryFormat;
    std::optional<CharterFiles::Format> charterFormat;
    if (parser.isSet(format)) {
        registryFormat = RegistryTransfer::formatFromName(parser.value(format));
        charterFormat = CharterFiles::formatFromName(parser.value(format));
        if (!registryFormat && !charterFormat)
            return usage(tr("--format must be csv, json, html, html-fragment, md or pdf"),
                         invocation.command);
    } else if (parser.isSet(output)) {
        charterFormat = CharterFiles::formatForPath(parser.value(output));
        if (!charterFormat)
            registryFormat = RegistryTransfer::formatForPath(parser.value(output));
    } else {
        registryFormat = RegistryTransfer::Format::Csv;
    }
    if (parser.isSet(lang) && !Vocabulary::isLanguage(parser.value(lang)))
        return usage(tr("--lang must be fr or en"), invocation.command);
    if (!openStore(&code))
        return code;

    QString error;
    if (charterFormat) {
        const std::optional<Site> site = requireSite(parser.value(siteOption), &code);
        if (!site)
            return code;
        const QString language = parser.isSet(lang)
                                     ? parser.value(lang)
                                     : site->languages.value(0, QStringLiteral("fr"));
        const CharterDocument document = StoreCharter::build(m_store, *site, language);
        for (const QString &warning : document.warnings)
            m_err << tr("warning: %1").arg(warning) << '\n';
        if (parser.isSet(output)) {
            if (!CharterFiles::writeFile(document, *charterFormat, parser.value(output), &error))
                return fail(StoreError, error);
            return Success;
        }
        m_out.flush();
        QFile standardOutput;
        standardOutput.open(stdout, QIODevice::WriteOnly);
        standardOutput.write(CharterFiles::render(document, *charterFormat));
        return Success;
    }

    qint64 siteId = 0;
    if (parser.isSet(siteOption)) {
        const std::optional<Site> site = requireSite(parser.value(siteOption), &code);
        if (!site)
            return code;
        siteId = site->id;
    }
    if (parser.isSet(output)) {
        if (!RegistryTransfer::exportToFile(m_store, siteId, *registryFormat, parser.value(output),
                                            &error))
            return fail(StoreError, error);
        return Success;
    }
    m_out.flush();
    QFile standardOutput;
    standardOutput.open(stdout, QIODevice::WriteOnly);
    if (!RegistryTransfer::exportRegistry(m_store, siteId, *registryFormat, &standardOutput,
                                          &error))
        return fail(StoreError, error);
    return Success;
}

bool CommandLine::needsGui(const QStringList &arguments) {
    // The command word is the first argument after the global options, as run() reads it.
    QString store;
    bool readOnly = false;
    const qsizetype first = scanGlobal(arguments, &store, &readOnly, nullptr);
    if (first < 0 || first >= arguments.size())
        return false;
    const QString &command = arguments.at(first);
    if (command == QLatin1String("publish"))
        return true; // publications hold PDFs
    if (command != QLatin1String("export"))
        return false;
    for (qsizetype i = first + 1; i + 1 < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--format") &&
            arguments.at(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) &&
            CharterFiles::formatForPath(arguments.at(i + 1)) == CharterFiles::Format::Pdf)
            return true;
    }
    for (const QString &arg : arguments) {
        if (arg.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int CommandLine::siteSet(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site (name, address or number)."));
    parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"),
                                 tr("Fields to change: name, url, languages, contact."));
    if (!parse(parser, invocation, tr("Changes a site's name, address, languages or contact."),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("site-set needs a site and at least one FIELD=VALUE"), invocation.command);
    if (!openStore(&code))
        return code;
    std::optional<Site> site = requireSite(positional.constFirst(), &code);
    if (!site)
        return code;
    for (const QString &assignment : positional.mid(1)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString field = equals > 0 ? assignment.left(equals).trimmed().toLower() : QString();
        const QString value = assignment.mid(equals + 1);
        if (field == QLatin1String("name")) {
            site->name = value.trimmed();
        } else if (field == QLatin1String("url")) {
            site->url = value.trimmed();
        } else if (field == QLatin1String("contact")) {
            site->contact = value.trimmed();
        } else if (field == QLatin1String("languages")) {
            QString error;
            site->languages = Site::parseLanguages(value, &error);
            if (site->languages.isEmpty())
                return usage(tr("languages: %1").arg(error), invocation.command);
        } else {
            return usage(
                tr("\"%1\" is not FIELD=VALUE with FIELD one of name, url, languages, contact")
                    .arg(assignment),
                invocation.command);
        }
    }
    const WriteResult result = m_store.updateSite(*site);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Changed site %1").arg(site->name) << '\n';
    return Success;
}

bool CommandLine::textTarget(QCommandLineParser &parser, const Invocation &invocation,
                             bool needsSection, TextTarget *target, int *exitCode) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (needsSection ? 1 : 0)) {
        *exitCode = usage(needsSection ? tr("%1 takes one section name").arg(invocation.command)
                                       : tr("%1 takes no arguments").arg(invocation.command),
                          invocation.command);
        return false;
    }
    if (needsSection) {
        target->section = positional.constFirst();
        if (!CharterDefaults::isSection(target->section)) {
            *exitCode = usage(
                tr("unknown section \"%1\" (sections: %2)")
                    .arg(target->section, CharterDefaults::sections().join(QStringLiteral(", "))),
                invocation.command);
            return false;
        }
    }
    if (!openStore(exitCode))
        return false;
    const std::optional<Site> site = requireSite(parser.value(QStringLiteral("site")), exitCode);
    if (!site)
        return false;
    target->site = *site;
    target->language = parser.isSet(QStringLiteral("lang"))
                           ? parser.value(QStringLiteral("lang"))
                           : site->languages.value(0, QStringLiteral("fr"));
    if (!Vocabulary::isLanguage(target->language)) {
        *exitCode = usage(tr("--lang must be fr or en"), invocation.command);
        return false;
    }
    target->stored = CharterText();
    target->stored.siteId = site->id;
    target->stored.language = target->language;
    target->stored.section = target->section;
    for (const CharterText &text : m_store.charterTexts(site->id, target->language)) {
        if (text.section == target->section)
            target->stored = text;
    }
    return true;
}

namespace {

void addTextOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(
        QStringLiteral("site"), CommandLine::tr("The site (needed when the store has several)."),
        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"), CommandLine::tr("fr or en (default: the site's first language)."),
        QStringLiteral("L")));
}

} // namespace

int CommandLine::texts(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addTextOptions(parser);
    if (!parse(parser, invocation,
               tr("Lists the charter's text sections and whether the site rewrote them."), &code))
        return code;
    TextTarget target;
    if (!textTarget(parser, invocation, false, &target, &code))
        return code;
    const QList<CharterText> own = m_store.charterTexts(target.site.id, target.language);
    TextTable table({tr("SECTION"), tr("TITLE"), tr("TEXT")});
    for (const QString &section : CharterDefaults::sections()) {
        QString source = tr("default");
        for (const CharterText &text : own) {
            if (text.section == section)
                source = tr("the site's own (version %1, %2, %3)")
                             .arg(text.version)
                             .arg(text.updatedBy, text.updatedAt);
        }
        table.addRow({section, CharterDefaults::sectionTitle(section, target.language), source});
    }
    m_out << table.render();
    return Success;
}

int CommandLine::textShow(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addTextOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SECTION"), tr("The section (see texts)."));
    if (!parse(parser, invocation, tr("Prints a charter text section (Markdown)."), &code))
        return code;
    TextTarget target;
    if (!textTarget(parser, invocation, true, &target, &code))
        return code;
    m_out << (target.stored.version > 0 ? target.stored.body
                                        : CharterDefaults::text(target.section, target.language))
          << '\n';
    return Success;
}

int CommandLine::textSet(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addTextOptions(parser);
    const QCommandLineOption file(QStringLiteral("file"),
                                  tr("Read the Markdown text from FILE (- for standard input)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The Markdown text itself."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({file, text});
    parser.addPositionalArgument(QStringLiteral("SECTION"), tr("The section (see texts)."));
    if (!parse(parser, invocation, tr("Rewrites a charter text section for one site and language."),
               &code))
        return code;
    if (parser.isSet(file) == parser.isSet(text))
        return usage(tr("give the text with either --file or --text"), invocation.command);
    QString body = parser.value(text);
    if (parser.isSet(file)) {
        QFile input;
        const bool opened =
            parser.value(file) == QLatin1String("-")
                ? input.open(stdin, QIODevice::ReadOnly)
                : (input.setFileName(parser.value(file)), input.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(StoreError,
                        tr("cannot read %1: %2").arg(parser.value(file), input.errorString()));
        const QByteArray bytes = input.readAll();
        if (!isValidUtf8(bytes.constData(), bytes.size()))
            return fail(StoreError, tr("%1 is not UTF-8 text").arg(parser.value(file)));
        body = QString::fromUtf8(bytes);
    }
    if (body.trimmed().isEmpty())
        return fail(ValidationFailed,
                    tr("the text is empty; use text-reset to go back to the default"));
    TextTarget target;
    if (!textTarget(parser, invocation, true, &target, &code))
        return code;
    CharterText changed = target.stored;
    changed.body = body;
    const WriteResult result = m_store.setCharterText(changed);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("Saved the %1 text \"%2\" of %3")
                 .arg(target.language, target.section, target.site.name)
          << '\n';
    return Success;
}

int CommandLine::textReset(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addTextOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SECTION"), tr("The section (see texts)."));
    if (!parse(parser, invocation, tr("Goes back to the default text of a section."), &code))
        return code;
    TextTarget target;
    if (!textTarget(parser, invocation, true, &target, &code))
        return code;
    const WriteResult result = m_store.resetCharterText(target.stored);
    if (!result.ok())
        return writeFailure(result);
    m_out << tr("The %1 text \"%2\" of %3 is the default again")
                 .arg(target.language, target.section, target.site.name)
          << '\n';
    return Success;
}

int CommandLine::validate(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("Only this site (default: all)."), QStringLiteral("S"));
    const QCommandLineOption quiet(QStringLiteral("errors-only"), tr("Do not list warnings."));
    parser.addOptions({siteOption, quiet});
    if (!parse(parser, invocation,
               tr("Checks the registry: errors (exit 1) and warnings, with their reasons."), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("validate takes no arguments"), invocation.command);
    if (!openStore(&code))
        return code;
    QList<Site> targets;
    if (parser.isSet(siteOption)) {
        const std::optional<Site> site = requireSite(parser.value(siteOption), &code);
        if (!site)
            return code;
        targets.append(*site);
    } else {
        targets = m_store.sites();
    }
    int errors = 0;
    int warnings = 0;
    for (const Site &site : targets) {
        QString error;
        const QList<Cookie> cookies = m_store.cookies(site.id, &error);
        if (!error.isEmpty())
            return fail(StoreError, error);
        QHash<qint64, QString> names;
        for (const Cookie &cookie : cookies)
            names.insert(cookie.id, cookie.name);
        for (const Problem &problem : Validator::checkRegistry(site, cookies)) {
            if (problem.isError())
                ++errors;
            else
                ++warnings;
            if (problem.isError() || !parser.isSet(quiet))
                m_out << problemLine(problem, site, names) << '\n';
        }
    }
    m_out << tr("%n error(s)", nullptr, errors) << ", " << tr("%n warning(s)", nullptr, warnings)
          << '\n';
    return errors > 0 ? ValidationFailed : Success;
}

bool CommandLine::openShared(const QString &to, bool create, Store **target,
                             std::unique_ptr<Store> &holder, int *exitCode) {
    QString path = to;
    if (path.isEmpty())
        path = QSettings(QStringLiteral("cookie-charter"), QStringLiteral("cookie-charter"))
                   .value(QStringLiteral("publishing/target"))
                   .toString();
    if (path.isEmpty() || (m_store.isOpen() && QFileInfo(path) == QFileInfo(m_store.path()))) {
        if (!m_store.isOpen() && !openStore(exitCode))
            return false;
        *target = &m_store;
        return true;
    }
    holder = std::make_unique<Store>();
    QString error;
    const bool opened =
        create && !QFileInfo::exists(path)
            ? holder->create(path, &error)
            : holder->open(path,
                           m_readOnly ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite,
                           &error);
    if (!opened) {
        *exitCode = fail(StoreError, error);
        return false;
    }
    *target = holder.get();
    return true;
}

QString CommandLine::publicationSite(Store &target, const QString &wanted, int *exitCode) {
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

namespace {

void addSharedOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"),
        CommandLine::tr("The shared store (default: the configured one, else the open store)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("site"), CommandLine::tr("The site."),
                                        QStringLiteral("S")));
}

} // namespace

int CommandLine::publish(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addSharedOptions(parser);
    const QCommandLineOption note(QStringLiteral("note"),
                                  tr("Why this publication (kept in the history)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Publish even if nothing changed."));
    parser.addOptions({note, force});
    if (!parse(parser, invocation,
               tr("Publishes the registry and every policy file of a site, in all its languages, "
                  "into the shared store "
                  "(created if missing), as one immutable, hash-chained publication."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("publish takes options only"), invocation.command);
    if (!openStore(&code))
        return code;
    const std::optional<Site> site = requireSite(parser.value(QStringLiteral("site")), &code);
    if (!site)
        return code;
    Store *target = nullptr;
    std::unique_ptr<Store> holder;
    if (!openShared(parser.value(QStringLiteral("to")), true, &target, holder, &code))
        return code;
    Publisher::Options options;
    options.note = parser.value(note);
    options.force = parser.isSet(force);
    const Publisher::Outcome outcome = Publisher::publish(m_store, *site, *target, options);
    QHash<qint64, QString> names;
    for (const Cookie &cookie : m_store.cookies(site->id))
        names.insert(cookie.id, cookie.name);
    for (const Problem &problem : outcome.problems) {
        if (problem.isError() || outcome.status == Publisher::Outcome::Status::Published)
            m_err << problemLine(problem, *site, names) << '\n';
    }
    switch (outcome.status) {
    case Publisher::Outcome::Status::Published:
    case Publisher::Outcome::Status::NothingChanged:
        m_out << outcome.message << '\n';
        return Success;
    case Publisher::Outcome::Status::Refused:
        return fail(ValidationFailed, outcome.message);
    case Publisher::Outcome::Status::Cancelled:
    case Publisher::Outcome::Status::Failed:
        break;
    }
    return fail(StoreError, outcome.message);
}

int CommandLine::publications(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addSharedOptions(parser);
    if (!parse(parser, invocation, tr("Lists the publications of a site in the shared store."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("publications takes options only"), invocation.command);
    Store *target = nullptr;
    std::unique_ptr<Store> holder;
    if (!openShared(parser.value(QStringLiteral("to")), false, &target, holder, &code))
        return code;
    const QString site = publicationSite(*target, parser.value(QStringLiteral("site")), &code);
    if (site.isEmpty())
        return code;
    TextTable table(
        {tr("NUMBER"), tr("TIME"), tr("AUTHOR"), tr("COOKIES"), tr("FILES"), tr("NOTE")},
        {0, 0, 0, 0, 0, 60});
    for (const Publication &publication : target->publications(site))
        table.addRow({QString::number(publication.seq), publication.publishedAt, publication.author,
                      QString::number(publication.cookieCount),
                      QString::number(publication.fileCount), publication.note});
    m_out << tr("Publications of %1 in %2:").arg(site, target->path()) << '\n' << table.render();
    return Success;
}

int CommandLine::diff(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addSharedOptions(parser);
    parser.addPositionalArgument(QStringLiteral("A"), tr("A publication number, or working."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("A publication number, or working."));
    if (!parse(parser, invocation,
               tr("Shows the cookies added, removed and changed field by field, and the charter "
                  "text changes, from A to B."),
               &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("diff takes two publication numbers (or working)"), invocation.command);
    Store *target = nullptr;
    std::unique_ptr<Store> holder;
    if (!openShared(parser.value(QStringLiteral("to")), false, &target, holder, &code))
        return code;
    const QString site = publicationSite(*target, parser.value(QStringLiteral("site")), &code);
    if (site.isEmpty())
        return code;
    QStringList snapshots;
    for (const QString &which : positional) {
        if (which == QLatin1String("working")) {
            if (!m_store.isOpen() && !openStore(&code))
                return code;
            const std::optional<Site> working = m_store.findSite(site);
            if (!working)
                return fail(StoreError,
                            tr("the open store %1 has no site %2").arg(m_store.path(), site));
            snapshots.append(Publisher::snapshot(m_store, *working));
            continue;
        }
        bool ok = false;
        const int seq = which.toInt(&ok);
        if (!ok || seq <= 0)
            return usage(tr("\"%1\" is not a publication number (or working)").arg(which),
                         invocation.command);
        const std::optional<Publication> publication = target->publication(site, seq, false);
        if (!publication)
            return fail(StoreError, tr("%1 has no publication %2").arg(site).arg(seq));
        snapshots.append(publication->registryJson);
    }
    QList<RegistryDiff::Change> changes;
    QString error;
    if (!RegistryDiff::compare(snapshots.at(0), snapshots.at(1), &changes, &error))
        return fail(StoreError, error);
    m_out << RegistryDiff::describe(changes);
    return Success;
}

int CommandLine::extract(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    addSharedOptions(parser);
    parser.addPositionalArgument(QStringLiteral("N"), tr("The publication number."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 tr("The folder to write to (created if missing)."));
    if (!parse(parser, invocation, tr("Saves the files of a publication to a folder."), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("extract takes a publication number and a folder"), invocation.command);
    bool ok = false;
    const int seq = positional.at(0).toInt(&ok);
    if (!ok || seq <= 0)
        return usage(tr("\"%1\" is not a publication number").arg(positional.at(0)),
                     invocation.command);
    Store *target = nullptr;
    std::unique_ptr<Store> holder;
    if (!openShared(parser.value(QStringLiteral("to")), false, &target, holder, &code))
        return code;
    const QString site = publicationSite(*target, parser.value(QStringLiteral("site")), &code);
    if (site.isEmpty())
        return code;
    const std::optional<Publication> publication = target->publication(site, seq, true);
    if (!publication)
        return fail(StoreError, tr("%1 has no publication %2").arg(site).arg(seq));
    const QString folder = positional.at(1);
    if (!QDir().mkpath(folder))
        return fail(StoreError, tr("cannot create the folder %1").arg(folder));
    for (const PublicationFile &file : publication->files) {
        if (Publication::sha256(file.content) != file.sha256)
            return fail(
                StoreError,
                tr("the file %1 of publication %2 is damaged (its SHA-256 differs); run verify")
                    .arg(file.name)
                    .arg(seq));
        QSaveFile out(QDir(folder).filePath(file.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() ||
            !out.commit())
            return fail(StoreError,
                        tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    m_out << tr("Saved %n file(s) of publication %1 to %2", nullptr, int(publication->files.size()))
                 .arg(seq)
                 .arg(folder)
          << '\n';
    return Success;
}

int CommandLine::verify(const Invocation &invocation) {
    QCommandLineParser parser;
    int code = Success;
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"),
        tr("The shared store (default: the configured one, else the open store)."),
        QStringLiteral("FILE")));
    if (!parse(parser, invocation,
               tr("Checks every publication's files against their SHA-256 and the chain of hashes; "
                  "exits 1 on the first broken link."),
               &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("verify takes options only"), invocation.command);
    Store *target = nullptr;
    std::unique_ptr<Store> holder;
    if (!openShared(parser.value(QStringLiteral("to")), false, &target, holder, &code))
        return code;
    const Store::Verification report = target->verifyPublications();
    if (!report.ok) {
        m_out << tr("BROKEN: %1").arg(report.firstBroken) << '\n';
        return ValidationFailed;
    }
    m_out << tr("OK: %n publication(s) verified in %1", nullptr, report.checked).arg(target->path())
          << '\n';
    return Success;
}
