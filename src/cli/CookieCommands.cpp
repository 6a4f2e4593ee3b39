// list, add, set, remove, validate: the cookies of the registry.
#include "Command.h"
#include "CommandContext.h"
#include "CookieField.h"
#include "RegistryTransfer.h"
#include "Rules.h"
#include "TextTable.h"
#include "Validator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The options of `add` that set a field of the cookie.
struct FieldOption {
    CookieField field;
    const char *name;
    const char *help;
    bool required;
};

const FieldOption fieldOptions[] = {
    {CookieField::Provider, "provider",
     QT_TRANSLATE_NOOP("CommandLine", "Who sets the cookie (required)."), true},
    {CookieField::Service, "service",
     QT_TRANSLATE_NOOP("CommandLine", "The service it belongs to (required)."), true},
    {CookieField::Name, "name",
     QT_TRANSLATE_NOOP("CommandLine", "Cookie name; end with * for a pattern (required)."), true},
    {CookieField::PurposeFr, "purpose",
     QT_TRANSLATE_NOOP("CommandLine", "What it is for, in --lang (required)."), true},
    {CookieField::Location, "location",
     QT_TRANSLATE_NOOP("CommandLine", "Where it runs (front office, back office...)."), false},
    {CookieField::Category, "category",
     QT_TRANSLATE_NOOP("CommandLine",
                       "necessary, preferences, statistics, marketing or unclassified."),
     false},
    {CookieField::Party, "party", QT_TRANSLATE_NOOP("CommandLine", "first or third."), false},
    {CookieField::Domain, "domain", QT_TRANSLATE_NOOP("CommandLine", "The domain that sets it."),
     false},
    {CookieField::Duration, "duration",
     QT_TRANSLATE_NOOP("CommandLine", "How long it is kept (\"13 mois\", \"session\")."), false},
    {CookieField::Type, "type",
     QT_TRANSLATE_NOOP("CommandLine", "cookie, localStorage, sessionStorage, IndexedDB or pixel."),
     false},
    {CookieField::PrivacyUrl, "privacy-url",
     QT_TRANSLATE_NOOP("CommandLine", "The provider's privacy policy (http/https)."), false},
    {CookieField::ConsentExempt, "consent-exempt",
     QT_TRANSLATE_NOOP("CommandLine", "yes, no or default (from the category)."), false},
    {CookieField::Notes, "notes", QT_TRANSLATE_NOOP("CommandLine", "Internal notes."), false},
};

class CookieCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareList(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("Only this site."), QStringLiteral("S")},
             {QStringLiteral("format"), tr("table, csv or json (default: table)."),
              QStringLiteral("F"), QStringLiteral("table")},
             {QStringLiteral("lang"), tr("Language of the purpose in the table (fr, en)."),
              QStringLiteral("L"), QStringLiteral("fr")}});
    }

    static int list(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("list takes no arguments"));
        const QString formatName = parser.value(QStringLiteral("format")).toLower();
        if (formatName != QLatin1String("table") && !RegistryTransfer::formatFromName(formatName))
            return c.usage(tr("--format must be table, csv or json"));
        const QString language = parser.value(QStringLiteral("lang"));
        if (!Vocabulary::isLanguage(language))
            return c.usage(tr("--lang must be fr or en"));
        int code = Success;
        qint64 siteId = 0;
        if (!c.siteScope(parser.value(QStringLiteral("site")), &siteId, &code))
            return code;
        QString error;
        if (formatName != QLatin1String("table")) {
            if (!RegistryTransfer::exportRegistry(c.store(), siteId,
                                                  *RegistryTransfer::formatFromName(formatName),
                                                  &c.outputDevice(), &error))
                return c.fail(StoreError, error);
            return Success;
        }
        const QList<Site> sites = c.store().sites(&error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        QHash<qint64, QString> siteNames;
        for (const Site &site : sites)
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
        const bool read = c.store().forEachCookie(
            siteId,
            [&](const Cookie &cookie) {
                QStringList row{QString::number(cookie.id)};
                if (showSite)
                    row << siteNames.value(cookie.siteId);
                row << cookie.provider << cookie.service << cookie.location << cookie.name
                    << Vocabulary::categoryKey(cookie.category)
                    << Vocabulary::partyKey(cookie.party) << cookie.duration
                    << cookie.purpose(language);
                table.addRow(row);
                return true;
            },
            &error);
        if (!read)
            return c.fail(StoreError, error);
        c.out << table.render();
        return Success;
    }

    static void declareAdd(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("lang"), tr("Language of --purpose (fr or en, default fr)."),
              QStringLiteral("L"), QStringLiteral("fr")}});
        for (const FieldOption &field : fieldOptions)
            parser.addOption(QCommandLineOption(
                QLatin1String(field.name), QCoreApplication::translate("CommandLine", field.help),
                QStringLiteral("VALUE")));
    }

    static int add(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("add takes options only"));
        const QString language = parser.value(QStringLiteral("lang"));
        if (!Vocabulary::isLanguage(language))
            return c.usage(tr("--lang must be fr or en"));
        Cookie cookie;
        for (const FieldOption &field : fieldOptions) {
            const QString name = QLatin1String(field.name);
            if (!parser.isSet(name)) {
                if (field.required)
                    return c.usage(tr("--%1 is required").arg(name));
                continue;
            }
            CookieField target = field.field;
            if (target == CookieField::PurposeFr && language == QLatin1String("en"))
                target = CookieField::PurposeEn;
            QString error;
            if (!CookieFields::setValue(cookie, target, parser.value(name), &error))
                return c.usage(tr("--%1: %2").arg(name, error));
        }
        int code = Success;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        cookie.siteId = site->id;
        const WriteResult result = c.store().addCookie(cookie);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Added cookie #%1 (%2) to %3").arg(cookie.id).arg(cookie.name, site->name)
              << '\n';
        for (const Problem &problem : Validator::checkCookie(cookie, site->languages))
            c.err << tr("%1: %2: %3 [%4]")
                         .arg(Rules::severityLabel(problem.severity), problem.field,
                              problem.message, problem.rule)
                  << '\n';
        return Success;
    }

    static void declareSet(QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("if-version"),
                          tr("Change the cookie only if it is still at version N (the version "
                             "you read; see list --format json): refused with exit 3 otherwise."),
                          QStringLiteral("N")});
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The cookie's number (see list)."));
        QStringList keys;
        for (CookieField field : CookieFields::all())
            keys << CookieFields::key(field);
        parser.addPositionalArgument(
            QStringLiteral("FIELD=VALUE"),
            tr("Fields to change: %1.").arg(keys.join(QStringLiteral(", "))));
    }

    static int set(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() < 2)
            return c.usage(tr("set needs an ID and at least one FIELD=VALUE"));
        bool ok = false;
        const qint64 id = positional.constFirst().toLongLong(&ok);
        if (!ok || id <= 0)
            return c.usage(tr("\"%1\" is not a cookie number").arg(positional.constFirst()));
        qint64 expectedVersion = 0;
        if (parser.isSet(QStringLiteral("if-version"))) {
            expectedVersion = parser.value(QStringLiteral("if-version")).toLongLong(&ok);
            if (!ok || expectedVersion <= 0)
                return c.usage(tr("--if-version takes a version number (1 or more)"));
        }
        QList<QPair<CookieField, QString>> changes;
        for (const QString &assignment : positional.mid(1)) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return c.usage(tr("\"%1\" is not FIELD=VALUE").arg(assignment));
            const std::optional<CookieField> field = CookieFields::fromKey(assignment.left(equals));
            if (!field)
                return c.usage(tr("unknown field \"%1\"").arg(assignment.left(equals)));
            // The value is checked on its own first: a usage error, before the store is opened.
            Cookie scratch;
            QString error;
            if (!CookieFields::setValue(scratch, *field, assignment.mid(equals + 1), &error))
                return c.usage(tr("%1: %2").arg(CookieFields::key(*field), error));
            changes.append({*field, assignment.mid(equals + 1)});
        }
        int code = Success;
        if (!c.openStore(&code))
            return code;
        // Read and written in one transaction: another writer cannot come in between, so a
        // script that names no version is never refused for a change it did not see.
        Cookie changed;
        const WriteResult result = c.store().changeCookie(
            id,
            [&changes](Cookie &cookie) {
                for (const auto &change : changes)
                    CookieFields::setValue(cookie, change.first, change.second, nullptr);
            },
            expectedVersion, &changed);
        if (result.status == WriteResult::Status::NotFound)
            return c.fail(StoreError, tr("no cookie #%1 in %2").arg(id).arg(c.store().path()));
        if (!result.ok())
            return c.writeFailure(result);
        // The change is committed; only the row's name for this line may be missing.
        c.out << tr("Changed cookie #%1 (%2)").arg(id).arg(changed.name) << '\n';
        return Success;
    }

    static void declareRemove(QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("ID..."),
                                     tr("The numbers of the cookies to remove."));
    }

    static int remove(CommandContext &c, const QCommandLineParser &parser) {
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return c.usage(tr("remove needs at least one cookie number"));
        QList<qint64> ids;
        for (const QString &text : positional) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            if (!ok || id <= 0)
                return c.usage(tr("\"%1\" is not a cookie number").arg(text));
            ids.append(id);
        }
        int code = Success;
        if (!c.openStore(&code))
            return code;
        QList<Cookie> victims;
        for (qint64 id : ids) {
            QString error;
            const std::optional<Cookie> cookie = c.store().cookie(id, &error);
            if (!error.isEmpty())
                return c.fail(StoreError, error);
            if (!cookie)
                return c.fail(
                    StoreError,
                    tr("no cookie #%1 in %2; nothing was removed").arg(id).arg(c.store().path()));
            victims.append(*cookie);
        }
        const WriteResult result = c.store().removeCookies(victims);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Removed %n cookie(s)", nullptr, int(victims.size())) << '\n';
        return Success;
    }

    static void declareValidate(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("Only this site (default: all)."), QStringLiteral("S")},
             {QStringLiteral("errors-only"), tr("Do not list warnings and information.")},
             {QStringLiteral("format"), tr("table or json (default: table)."), QStringLiteral("F"),
              QStringLiteral("table")},
             {QStringLiteral("rules"),
              tr("List the rules (id, severity, what it checks, the text it comes from) instead "
                 "of applying them.")}});
    }

    // The catalogue; with a site, whether that site switched each rule off, and why.
    static int listRules(CommandContext &c, bool json, const QList<RuleSwitch> &switches) {
        const auto switchOf = [&switches](const char *id) -> const RuleSwitch * {
            for (const RuleSwitch &entry : switches) {
                if (entry.rule == QLatin1String(id))
                    return &entry;
            }
            return nullptr;
        };
        if (json) {
            QJsonArray list;
            for (const Rule &rule : Rules::all()) {
                QJsonObject object{{QStringLiteral("id"), QLatin1String(rule.id)},
                                   {QStringLiteral("severity"), Rules::severityKey(rule.severity)},
                                   {QStringLiteral("summary"), rule.translatedSummary()},
                                   {QStringLiteral("source"), rule.translatedSource()}};
                if (const RuleSwitch *off = switchOf(rule.id))
                    object.insert(QStringLiteral("switched_off"), off->toJson());
                list.append(object);
            }
            return c.writeOutput(QJsonDocument(list).toJson(QJsonDocument::Indented)) ? Success
                                                                                      : StoreError;
        }
        QStringList headers{tr("RULE"), tr("SEVERITY"), tr("CHECKS"), tr("SOURCE")};
        QList<int> widths{0, 0, 70, 70};
        if (!switches.isEmpty()) {
            headers.append(tr("SWITCHED OFF"));
            widths.append(50);
        }
        TextTable rows(headers, widths);
        for (const Rule &rule : Rules::all()) {
            QStringList row{QLatin1String(rule.id), Rules::severityLabel(rule.severity),
                            rule.translatedSummary(), rule.translatedSource()};
            if (!switches.isEmpty()) {
                const RuleSwitch *off = switchOf(rule.id);
                row.append(off ? tr("by %1 on %2: %3")
                                     .arg(off->switchedBy, off->switchedAt.left(10), off->reason)
                               : QString());
            }
            rows.addRow(row);
        }
        c.out << rows.render();
        return Success;
    }

    static int validate(CommandContext &c, const QCommandLineParser &parser) {
        if (!parser.positionalArguments().isEmpty())
            return c.usage(tr("validate takes no arguments"));
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("table") && format != QLatin1String("json"))
            return c.usage(tr("--format must be table or json"));
        const bool json = format == QLatin1String("json");
        const bool oneSite = parser.isSet(QStringLiteral("site"));
        int code = Success;
        QString error;
        if (parser.isSet(QStringLiteral("rules"))) {
            if (!oneSite)
                return listRules(c, json, {});
            const std::optional<Site> site =
                c.requireSite(parser.value(QStringLiteral("site")), &code);
            if (!site)
                return code;
            const QList<RuleSwitch> switches = c.store().ruleSwitches(site->id, &error);
            if (!error.isEmpty())
                return c.fail(StoreError, error);
            return listRules(c, json, switches);
        }
        if (!c.openStore(&code))
            return code;
        QList<Site> targets;
        if (oneSite) {
            const std::optional<Site> site =
                c.requireSite(parser.value(QStringLiteral("site")), &code);
            if (!site)
                return code;
            targets.append(*site);
        } else {
            targets = c.store().sites(&error);
            if (!error.isEmpty())
                return c.fail(StoreError, error);
        }
        const bool errorsOnly = parser.isSet(QStringLiteral("errors-only"));
        QList<QPair<Site, QList<Cookie>>> registries;
        for (const Site &site : targets) {
            registries.append({site, c.store().cookies(site.id, &error)});
            if (!error.isEmpty())
                return c.fail(StoreError, error);
        }
        // The rules across sites, when every site is validated.
        QHash<qint64, QList<Problem>> acrossSites;
        if (!oneSite) {
            for (const Problem &problem : Validator::checkAcrossSites(registries))
                acrossSites[problem.cookieId].append(problem);
        }
        int counts[3] = {0, 0, 0}; // errors, warnings, information
        QJsonArray sites;
        for (const auto &[site, cookies] : registries) {
            QHash<qint64, QString> names;
            QList<Problem> problems = Validator::checkRegistry(site, cookies);
            for (const Cookie &cookie : cookies) {
                names.insert(cookie.id, cookie.name);
                problems.append(acrossSites.value(cookie.id));
            }
            const QList<RuleSwitch> switches = c.store().ruleSwitches(site.id, &error);
            if (!error.isEmpty())
                return c.fail(StoreError, error);
            Validator::applySwitches(problems, switches);
            QJsonArray found;
            for (const Problem &problem : std::as_const(problems)) {
                ++counts[int(problem.severity)];
                if (!problem.isError() && errorsOnly)
                    continue;
                if (json)
                    found.append(QJsonObject{
                        {QStringLiteral("rule"), problem.rule},
                        {QStringLiteral("severity"), Rules::severityKey(problem.severity)},
                        {QStringLiteral("cookie_id"), double(problem.cookieId)},
                        {QStringLiteral("cookie"), names.value(problem.cookieId)},
                        {QStringLiteral("field"), problem.field},
                        {QStringLiteral("message"), problem.message},
                        {QStringLiteral("switched_off"), problem.switchedOff}});
                else
                    c.out << c.problemLine(problem, site, names) << '\n';
            }
            if (json) {
                QJsonArray off;
                for (const RuleSwitch &entry : switches)
                    off.append(entry.toJson());
                sites.append(QJsonObject{{QStringLiteral("site"), site.name},
                                         {QStringLiteral("cookies"), int(cookies.size())},
                                         {QStringLiteral("rule_switches"), off},
                                         {QStringLiteral("problems"), found}});
            }
        }
        if (json) {
            const QJsonObject report{{QStringLiteral("errors"), counts[0]},
                                     {QStringLiteral("warnings"), counts[1]},
                                     {QStringLiteral("information"), counts[2]},
                                     {QStringLiteral("sites"), sites}};
            if (!c.writeOutput(QJsonDocument(report).toJson(QJsonDocument::Indented)))
                return StoreError;
        } else {
            c.out << tr("%n error(s)", nullptr, counts[0]) << ", "
                  << tr("%n warning(s)", nullptr, counts[1]);
            if (counts[2] > 0)
                c.out << ", " << tr("%n information(s)", nullptr, counts[2]);
            c.out << '\n';
        }
        return counts[0] > 0 ? ValidationFailed : Success;
    }
};

} // namespace

extern const Command listCommand{
    "list", QT_TRANSLATE_NOOP("CommandLine", "list the cookies of the registry"),
    QT_TRANSLATE_NOOP("CommandLine", "Lists the cookies of the registry."),
    &CookieCommands::declareList, &CookieCommands::list};
extern const Command addCommand{
    "add", QT_TRANSLATE_NOOP("CommandLine", "add a cookie"),
    QT_TRANSLATE_NOOP("CommandLine", "Adds a cookie to a site's registry."),
    &CookieCommands::declareAdd, &CookieCommands::add};
extern const Command setCommand{"set",
                                QT_TRANSLATE_NOOP("CommandLine", "change fields of a cookie"),
                                QT_TRANSLATE_NOOP("CommandLine", "Changes fields of a cookie."),
                                &CookieCommands::declareSet, &CookieCommands::set};
extern const Command removeCommand{
    "remove", QT_TRANSLATE_NOOP("CommandLine", "remove cookies"),
    QT_TRANSLATE_NOOP("CommandLine", "Removes cookies from the registry, all or none."),
    &CookieCommands::declareRemove, &CookieCommands::remove};
extern const Command validateCommand{
    "validate", QT_TRANSLATE_NOOP("CommandLine", "check the registry against the rules"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Checks the registry: errors (exit 1) and warnings, with their reasons."),
    &CookieCommands::declareValidate, &CookieCommands::validate};
