// texts, text-show, text-set, text-reset: the charter's sections of text.
#include "BoundedRead.h"
#include "CharterDefaults.h"
#include "Command.h"
#include "CommandContext.h"
#include "CsvReader.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

// A section's text is a page or two of Markdown; anything near this is not one.
constexpr qint64 maxTextBytes = 1 << 20;

struct TextTarget {
    Site site;
    QString language;
    QString section;
    CharterText stored; // version 0 when the default is in use
};

class TextCommands {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static void declareTextOptions(QCommandLineParser &parser) {
        parser.addOptions(
            {{QStringLiteral("site"), tr("The site (needed when the store has several)."),
              QStringLiteral("S")},
             {QStringLiteral("lang"), tr("fr or en (default: the site's first language)."),
              QStringLiteral("L")}});
    }

    static void declareSection(QCommandLineParser &parser) {
        declareTextOptions(parser);
        parser.addPositionalArgument(QStringLiteral("SECTION"), tr("The section (see texts)."));
    }

    static bool textTarget(CommandContext &c, const QCommandLineParser &parser, bool needsSection,
                           TextTarget *target, int *exitCode) {
        const QString command = QLatin1String(c.command().name);
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != (needsSection ? 1 : 0)) {
            *exitCode = c.usage(needsSection ? tr("%1 takes one section name").arg(command)
                                             : tr("%1 takes no arguments").arg(command));
            return false;
        }
        if (needsSection) {
            target->section = positional.constFirst();
            if (!CharterDefaults::isSection(target->section)) {
                *exitCode =
                    c.usage(tr("unknown section \"%1\" (sections: %2)")
                                .arg(target->section,
                                     CharterDefaults::sections().join(QStringLiteral(", "))));
                return false;
            }
        }
        const std::optional<Site> site =
            c.requireSite(parser.value(QStringLiteral("site")), exitCode);
        if (!site)
            return false;
        target->site = *site;
        target->language = parser.isSet(QStringLiteral("lang"))
                               ? parser.value(QStringLiteral("lang"))
                               : site->languages.value(0, QStringLiteral("fr"));
        if (!Vocabulary::isLanguage(target->language)) {
            *exitCode = c.usage(tr("--lang must be fr or en"));
            return false;
        }
        target->stored = CharterText();
        target->stored.siteId = site->id;
        target->stored.language = target->language;
        target->stored.section = target->section;
        QString error;
        const QList<CharterText> own = c.store().charterTexts(site->id, target->language, &error);
        if (!error.isEmpty()) {
            *exitCode = c.fail(StoreError, error);
            return false;
        }
        for (const CharterText &text : own) {
            if (text.section == target->section)
                target->stored = text;
        }
        return true;
    }

    static int texts(CommandContext &c, const QCommandLineParser &parser) {
        int code = Success;
        TextTarget target;
        if (!textTarget(c, parser, false, &target, &code))
            return code;
        QString error;
        const QList<CharterText> own =
            c.store().charterTexts(target.site.id, target.language, &error);
        if (!error.isEmpty())
            return c.fail(StoreError, error);
        TextTable table({tr("SECTION"), tr("TITLE"), tr("TEXT")});
        for (const QString &section : CharterDefaults::sections()) {
            QString source = tr("default");
            for (const CharterText &text : own) {
                if (text.section == section)
                    source = tr("the site's own (version %1, %2, %3)")
                                 .arg(text.version)
                                 .arg(text.updatedBy, text.updatedAt);
            }
            table.addRow(
                {section, CharterDefaults::sectionTitle(section, target.language), source});
        }
        c.out << table.render();
        return Success;
    }

    static int textShow(CommandContext &c, const QCommandLineParser &parser) {
        int code = Success;
        TextTarget target;
        if (!textTarget(c, parser, true, &target, &code))
            return code;
        c.out << (target.stored.version > 0
                      ? target.stored.body
                      : CharterDefaults::text(target.section, target.language))
              << '\n';
        return Success;
    }

    static void declareTextSet(QCommandLineParser &parser) {
        declareSection(parser);
        parser.addOptions(
            {{QStringLiteral("file"),
              tr("Read the Markdown text from FILE (- for standard input), %1 at most.")
                  .arg(BoundedRead::describe(maxTextBytes)),
              QStringLiteral("FILE")},
             {QStringLiteral("text"), tr("The Markdown text itself."), QStringLiteral("TEXT")}});
    }

    static int textSet(CommandContext &c, const QCommandLineParser &parser) {
        const bool fromFile = parser.isSet(QStringLiteral("file"));
        if (fromFile == parser.isSet(QStringLiteral("text")))
            return c.usage(tr("give the text with either --file or --text"));
        QString body = parser.value(QStringLiteral("text"));
        if (fromFile) {
            const QString name = parser.value(QStringLiteral("file"));
            QFile file(name);
            const bool standardInput = name == QLatin1String("-");
            if (!standardInput && !file.open(QIODevice::ReadOnly))
                return c.fail(StoreError, tr("cannot read %1: %2").arg(name, file.errorString()));
            QByteArray bytes;
            switch (BoundedRead::readAll(standardInput ? c.input() : file, maxTextBytes, &bytes)) {
            case BoundedRead::Status::Ok:
                break;
            case BoundedRead::Status::TooLarge:
                return c.fail(UsageError, tr("%1 is larger than %2, the most a section of text "
                                             "may hold; nothing was changed")
                                              .arg(name, BoundedRead::describe(maxTextBytes)));
            case BoundedRead::Status::Failed:
                return c.fail(StoreError, tr("cannot read %1: %2")
                                              .arg(name, standardInput ? c.input().errorString()
                                                                       : file.errorString()));
            }
            if (!isValidUtf8(bytes.constData(), bytes.size()))
                return c.fail(StoreError, tr("%1 is not UTF-8 text").arg(name));
            body = QString::fromUtf8(bytes);
        }
        if (body.trimmed().isEmpty())
            return c.fail(ValidationFailed,
                          tr("the text is empty; use text-reset to go back to the default"));
        int code = Success;
        TextTarget target;
        if (!textTarget(c, parser, true, &target, &code))
            return code;
        CharterText changed = target.stored;
        changed.body = body;
        const WriteResult result = c.store().setCharterText(changed);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("Saved the %1 text \"%2\" of %3")
                     .arg(target.language, target.section, target.site.name)
              << '\n';
        return Success;
    }

    static int textReset(CommandContext &c, const QCommandLineParser &parser) {
        int code = Success;
        TextTarget target;
        if (!textTarget(c, parser, true, &target, &code))
            return code;
        const WriteResult result = c.store().resetCharterText(target.stored);
        if (!result.ok())
            return c.writeFailure(result);
        c.out << tr("The %1 text \"%2\" of %3 is the default again")
                     .arg(target.language, target.section, target.site.name)
              << '\n';
        return Success;
    }
};

} // namespace

extern const Command textsCommand{
    "texts", QT_TRANSLATE_NOOP("CommandLine", "list the charter's text sections"),
    QT_TRANSLATE_NOOP("CommandLine",
                      "Lists the charter's text sections and whether the site rewrote them."),
    &TextCommands::declareTextOptions, &TextCommands::texts};
extern const Command textShowCommand{
    "text-show", QT_TRANSLATE_NOOP("CommandLine", "print a charter text section"),
    QT_TRANSLATE_NOOP("CommandLine", "Prints a charter text section (Markdown)."),
    &TextCommands::declareSection, &TextCommands::textShow};
extern const Command textSetCommand{
    "text-set", QT_TRANSLATE_NOOP("CommandLine", "rewrite a charter text section"),
    QT_TRANSLATE_NOOP("CommandLine", "Rewrites a charter text section for one site and language."),
    &TextCommands::declareTextSet, &TextCommands::textSet};
extern const Command textResetCommand{
    "text-reset", QT_TRANSLATE_NOOP("CommandLine", "go back to the default text of a section"),
    QT_TRANSLATE_NOOP("CommandLine", "Goes back to the default text of a section."),
    &TextCommands::declareSection, &TextCommands::textReset};
