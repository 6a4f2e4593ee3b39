#include "CharterDocument.h"

#include "CharterDefaults.h"
#include "MarkdownText.h"
#include "ServiceLocation.h"
#include "Typography.h"

#include <QLocale>

QString CharterDocument::columnLabel(Column column) const {
    return Typography::forLanguage(CharterDefaults::columnLabel(int(column), language), language);
}

QList<CharterDocument::Column> CharterDocument::columnsOf(const CharterBlock &table) {
    QList<Column> columns{Provider, ServiceAndLocation, Name, Purpose};
    if (table.showDuration)
        columns.append(Duration);
    if (table.showPrivacy)
        columns.append(Privacy);
    return columns;
}

QString CharterDocument::patternLabel(const CharterRow &row) const {
    return Typography::forLanguage(CharterDefaults::patternName(row.namePrefix, language),
                                   language);
}

namespace {

// Every text a reader sees, in the defaults and in the site's own words alike; never a cookie
// name or an address.
void applyFrenchTypography(CharterDocument &document) {
    auto fix = [](QString &text) {
        text = Typography::french(text);
    };
    fix(document.title);
    fix(document.updatedLine);
    for (CharterBlock &block : document.blocks) {
        for (CharterSpans &spans : block.items) {
            for (CharterInline &span : spans) {
                if (span.kind != CharterInline::Kind::Code)
                    fix(span.text);
            }
        }
        fix(block.caption);
        fix(block.note);
        for (CharterRow &row : block.rows) {
            fix(row.provider);
            fix(row.serviceAndLocation);
            fix(row.purpose);
            fix(row.duration);
        }
    }
}

} // namespace

CharterDocument CharterDocument::build(const Site &site, const QList<Cookie> &cookies,
                                       const QList<CharterText> &texts, const QString &language,
                                       const QDate &date) {
    CharterDocument document;
    document.language = language;
    document.title = CharterDefaults::documentTitle(language);
    document.siteName = site.name;
    document.siteUrl = MarkdownText::isSafeUrl(site.url) ? site.url : QString();
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::French);
    document.updatedLine = CharterDefaults::updatedOn(language).arg(
        locale.toString(date, QStringLiteral("d MMMM yyyy")));
    document.cookieCount = int(cookies.size());

    const QHash<QString, QString> placeholders{
        {QStringLiteral("site"), site.name},
        {QStringLiteral("url"), site.url.isEmpty() ? site.name : site.url},
        {QStringLiteral("contact"), site.contact.trimmed().isEmpty()
                                        ? CharterDefaults::noContact(language)
                                        : site.contact.trimmed()},
    };
    const QString otherLanguage =
        language == QLatin1String("en") ? QStringLiteral("fr") : QStringLiteral("en");

    for (const QString &section : CharterDefaults::sections()) {
        QString body = CharterDefaults::text(section, language);
        for (const CharterText &text : texts) {
            if (text.section == section)
                body = text.body;
        }
        document.blocks.append(MarkdownText::parse(body, placeholders));
        if (section != QLatin1String("cookies-used"))
            continue;

        if (cookies.isEmpty()) {
            CharterBlock none;
            none.items.append(
                {{CharterInline::Kind::Text, CharterDefaults::noCookies(language), {}}});
            document.blocks.append(none);
        }
        for (Category category : Vocabulary::allCategories()) {
            CharterBlock table;
            table.kind = CharterBlock::Kind::CookieTable;
            table.category = category;
            table.caption = CharterDefaults::categoryCaption(category, language);
            table.note = CharterDefaults::categoryNote(category, language);
            for (const Cookie &cookie : cookies) {
                if (cookie.category != category)
                    continue;
                CharterRow row;
                row.provider = cookie.provider;
                row.serviceAndLocation = ServiceLocation::join(cookie.service, cookie.location);
                row.name = cookie.name;
                row.key = cookie.domain + QLatin1Char('\n') + cookie.name;
                row.isPattern = cookie.isPattern();
                row.namePrefix = cookie.patternPrefix();
                row.purpose = cookie.purpose(language);
                if (row.purpose.trimmed().isEmpty()) {
                    row.purpose = cookie.purpose(otherLanguage);
                    row.purposeFromOtherLanguage = !row.purpose.isEmpty();
                    document.warnings.append(
                        language == QLatin1String("en")
                            ? QStringLiteral(
                                  "cookie %1: no English purpose; the French one is shown")
                                  .arg(cookie.name)
                            : QStringLiteral("cookie %1 : pas de finalité en français ; l'anglaise "
                                             "est affichée")
                                  .arg(cookie.name));
                }
                row.duration = cookie.duration;
                if (cookie.party == Party::Third && MarkdownText::isSafeUrl(cookie.privacyUrl))
                    row.privacyUrl = cookie.privacyUrl;
                table.showDuration |= !row.duration.isEmpty();
                table.showPrivacy |= !row.privacyUrl.isEmpty();
                table.rows.append(row);
            }
            if (!table.rows.isEmpty())
                document.blocks.append(table);
        }
    }
    if (language == QLatin1String("fr"))
        applyFrenchTypography(document);
    return document;
}

QString CharterDocument::cellText(const CharterRow &row, Column column) {
    switch (column) {
    case Provider:
        return row.provider;
    case ServiceAndLocation:
        return row.serviceAndLocation;
    case Name:
        return row.name;
    case Purpose:
        return row.purpose;
    case Duration:
        return row.duration;
    case Privacy:
    case ColumnCount:
        break;
    }
    return row.privacyUrl;
}
