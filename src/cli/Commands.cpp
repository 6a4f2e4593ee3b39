#include "Command.h"

// Each group of commands lives in its own file (SiteCommands.cpp, CookieCommands.cpp,
// TransferCommands.cpp, TextCommands.cpp, PublishingCommands.cpp, KnowledgeCommands.cpp,
// AuditCommands.cpp, BannerCommands.cpp, RuleCommands.cpp, ReviewCommands.cpp,
// ServerCommands.cpp).
extern const Command initCommand, sitesCommand, siteAddCommand, siteSetCommand;
extern const Command listCommand, addCommand, setCommand, removeCommand, validateCommand;
extern const Command importCommand, importPageCommand, exportCommand;
extern const Command textsCommand, textShowCommand, textSetCommand, textResetCommand;
extern const Command lookupCommand, kbCommand, enrichCommand;
extern const Command discoverCommand, auditCommand;
extern const Command bannerCommand, importBannerCommand, bannerCheckCommand;
extern const Command ruleOffCommand, ruleOnCommand, reportCommand, reviewCommand;
extern const Command serverSetupCommand, copyCommand;
extern const Command publishCommand, publicationsCommand, diffCommand, extractCommand,
    verifyCommand;

namespace Commands {

// The order of the general --help.
const QList<const Command *> &all() {
    static const QList<const Command *> table{
        &initCommand,        &sitesCommand,        &siteAddCommand,   &siteSetCommand,
        &listCommand,        &addCommand,          &setCommand,       &removeCommand,
        &importCommand,      &importPageCommand,   &exportCommand,    &textsCommand,
        &textShowCommand,    &textSetCommand,      &textResetCommand, &validateCommand,
        &ruleOffCommand,     &ruleOnCommand,       &reportCommand,    &reviewCommand,
        &publishCommand,     &publicationsCommand, &diffCommand,      &extractCommand,
        &verifyCommand,      &lookupCommand,       &kbCommand,        &enrichCommand,
        &discoverCommand,    &auditCommand,        &bannerCommand,    &importBannerCommand,
        &bannerCheckCommand, &serverSetupCommand,  &copyCommand};
    return table;
}

const Command *find(const QString &name) {
    for (const Command *command : all()) {
        if (name == QLatin1String(command->name))
            return command;
    }
    return nullptr;
}

} // namespace Commands
