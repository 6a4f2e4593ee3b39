// rule-off, rule-on: a site switches a rule off with a recorded reason, and back on.
#include "Command.h"
#include "CommandContext.h"
#include "Rules.h"

#include <QCommandLineParser>

namespace {

class RuleCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareOff(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (default: the only one)."), QStringLiteral("S")},
             {QStringLiteral("reason"), tr("Why the rule does not apply to this site (required)."),
              QStringLiteral("TEXT")}});
        parser.addPositionalArgument(QStringLiteral("RULE"),
                                     tr("The rule's id (see validate --rules)."));
    }

    static void declareOn(QCommandLineParser &parser) {
        parser.addOption(
            {QStringLiteral("site"), tr("The site (default: the only one)."), QStringLiteral("S")});
        parser.addPositionalArgument(QStringLiteral("RULE"),
                                     tr("The rule's id (see validate --rules)."));
    }

    // The rule named on the command line; UsageError when it is not one rule of the catalogue.
    static bool ruleArgument(CommandContext &c, const QCommandLineParser &parser, QString *rule,
                             int *code) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            *code = c.usage(tr("%1 takes one rule id").arg(QLatin1String(c.command().name)));
            return false;
        }
        *rule = positional.constFirst().trimmed();
        if (!Rules::find(*rule)) {
            *code = c.usage(tr("there is no rule \"%1\" (validate --rules lists them)").arg(*rule));
            return false;
        }
        return true;
    }

    static std::optional<RuleSwitch> current(CommandContext &c, const Site &site,
                                             const QString &rule, int *code) {
        QString error;
        const QList<RuleSwitch> switches = c.store().ruleSwitches(site.id, &error);
        if (!error.isEmpty()) {
            *code = c.fail(StoreError, error);
            return std::nullopt;
        }
        for (const RuleSwitch &entry : switches) {
            if (entry.rule == rule)
                return entry;
        }
        RuleSwitch none;
        none.siteId = site.id;
        none.rule = rule;
        return none;
    }

    static int off(CommandContext &c, const QCommandLineParser &parser) {
        QString rule;
        int code = Success;
        if (!ruleArgument(c, parser, &rule, &code))
            return code;
        const QString reason = parser.value(QStringLiteral("reason")).trimmed();
        if (reason.isEmpty())
            return c.usage(tr("rule-off needs --reason: why the rule does not apply to this site"));
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        std::optional<RuleSwitch> entry = current(c, *site, rule, &code);
        if (!entry)
            return code;
        const bool wasOff = entry->version > 0;
        entry->reason = reason;
        const WriteResult result = c.store().switchRuleOff(*entry);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << (wasOff ? tr("Rule %1 stays switched off for %2; the reason is now: %3")
                         : tr("Switched rule %1 off for %2: %3"))
                     .arg(rule, site->name, reason)
              << '\n';
        return Success;
    }

    static int on(CommandContext &c, const QCommandLineParser &parser) {
        QString rule;
        int code = Success;
        if (!ruleArgument(c, parser, &rule, &code))
            return code;
        const std::optional<Site> site = c.requireSite(parser.value(QStringLiteral("site")), &code);
        if (!site)
            return code;
        const std::optional<RuleSwitch> entry = current(c, *site, rule, &code);
        if (!entry)
            return code;
        if (entry->version == 0) {
            c.out << tr("Rule %1 is already on for %2").arg(rule, site->name) << '\n';
            return Success;
        }
        const WriteResult result = c.store().switchRuleOn(*entry);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Switched rule %1 back on for %2").arg(rule, site->name) << '\n';
        return Success;
    }
};

} // namespace

extern const Command ruleOffCommand{
    "rule-off", QT_TRANSLATE_NOOP("CommandLine", "switch a rule off for a site, with the reason"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Switches a rule off for a site, with the reason recorded: its findings no "
                      "longer count, and validate, the problems panel and the publication record "
                      "say that it is off, by whom and why."),
    &RuleCommands::declareOff, &RuleCommands::off};
extern const Command ruleOnCommand{
    "rule-on", QT_TRANSLATE_NOOP("CommandLine", "switch a rule back on for a site"),
    QT_TRANSLATE_NOOP("CommandLine", "Switches a rule that a site had switched off back on."),
    &RuleCommands::declareOn, &RuleCommands::on};
