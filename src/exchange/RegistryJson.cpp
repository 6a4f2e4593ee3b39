#include "RegistryJson.h"

#include "CookieField.h"
#include "JsonWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RegistryJson", text);
}

const char formatName[] = "cookie-charter-registry";

// A stamp from the file is kept only if it reads as a date and time (else the store sets now).
QString isoTime(const QString &text) {
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

namespace RegistryJson {

void beginDocument(QByteArray &out) {
    out.append("{\"format\":\"");
    out.append(formatName);
    out.append("\",\"version\":1,\"sites\":[");
}

void beginSite(QByteArray &out, const Site &site, bool first, const QList<CharterText> &texts,
               const QList<RuleSwitch> &switches) {
    if (!first)
        out.append(',');
    out.append("\n{");
    JsonWriter::appendMember(out, "name", site.name);
    JsonWriter::appendMember(out, "url", site.url);
    JsonWriter::appendKey(out, "languages");
    out.append('[');
    for (qsizetype i = 0; i < site.languages.size(); ++i) {
        if (i > 0)
            out.append(',');
        JsonWriter::appendString(out, site.languages.at(i));
    }
    out.append("],");
    JsonWriter::appendMember(out, "contact", site.contact);
    if (site.consentDays > 0) {
        JsonWriter::appendKey(out, "consentDays");
        out.append(QByteArray::number(site.consentDays));
        out.append(',');
    }
    if (site.reviewPolicy != Site::ReviewPolicy::None)
        JsonWriter::appendMember(out, "review", Site::policyKey(site.reviewPolicy));
    if (!switches.isEmpty()) {
        JsonWriter::appendKey(out, "ruleSwitches");
        out.append('[');
        for (qsizetype i = 0; i < switches.size(); ++i) {
            const RuleSwitch &entry = switches.at(i);
            out.append(i > 0 ? ",{" : "{");
            JsonWriter::appendMember(out, "rule", entry.rule);
            JsonWriter::appendMember(out, "reason", entry.reason);
            JsonWriter::appendMember(out, "by", entry.switchedBy);
            JsonWriter::appendMember(out, "at", entry.switchedAt, false);
            out.append('}');
        }
        out.append("],");
    }
    if (!texts.isEmpty()) {
        JsonWriter::appendKey(out, "texts");
        out.append('{');
        bool firstLanguage = true;
        for (const QString &language : Vocabulary::languages()) {
            bool firstSection = true;
            for (const CharterText &text : texts) {
                if (text.language != language)
                    continue;
                if (firstSection) {
                    if (!firstLanguage)
                        out.append(',');
                    JsonWriter::appendString(out, language);
                    out.append(":{");
                    firstLanguage = false;
                } else {
                    out.append(',');
                }
                JsonWriter::appendString(out, text.section);
                out.append(':');
                JsonWriter::appendString(out, text.body);
                firstSection = false;
            }
            if (!firstSection)
                out.append('}');
        }
        out.append("},");
    }
    out.append("\"cookies\":[");
}

void appendCookie(QByteArray &out, const Cookie &cookie, bool first) {
    if (!first)
        out.append(',');
    out.append("\n{");
    JsonWriter::appendMember(out, "provider", cookie.provider);
    JsonWriter::appendMember(out, "service", cookie.service);
    JsonWriter::appendMember(out, "location", cookie.location);
    JsonWriter::appendMember(out, "name", cookie.name);
    JsonWriter::appendKey(out, "purpose");
    out.append('{');
    JsonWriter::appendMember(out, "fr", cookie.purposeFr);
    JsonWriter::appendMember(out, "en", cookie.purposeEn, false);
    out.append("},");
    JsonWriter::appendMember(out, "category", Vocabulary::categoryKey(cookie.category));
    JsonWriter::appendMember(out, "party", Vocabulary::partyKey(cookie.party));
    JsonWriter::appendMember(out, "domain", cookie.domain);
    JsonWriter::appendMember(out, "duration", cookie.duration);
    JsonWriter::appendMember(out, "type", Vocabulary::storageKey(cookie.storage));
    JsonWriter::appendMember(out, "privacyUrl", cookie.privacyUrl);
    JsonWriter::appendKey(out, "consentExempt");
    out.append(!cookie.consentExemptOverride   ? "null,"
               : *cookie.consentExemptOverride ? "true,"
                                               : "false,");
    JsonWriter::appendMember(out, "notes", cookie.notes);
    JsonWriter::appendMember(out, "createdAt", cookie.createdAt);
    JsonWriter::appendMember(out, "createdBy", cookie.createdBy);
    JsonWriter::appendMember(out, "updatedAt", cookie.updatedAt);
    JsonWriter::appendMember(out, "updatedBy", cookie.updatedBy, false);
    out.append('}');
}

void endSite(QByteArray &out) {
    out.append("]}");
}

void endDocument(QByteArray &out) {
    out.append("\n]}\n");
}

bool read(const QByteArray &data, QList<Site> *sites, QList<ImportRecord> *records, QString *error,
          QHash<QString, QList<CharterText>> *texts) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("not valid JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName) ||
        !root.value(QStringLiteral("sites")).isArray()) {
        if (error)
            *error = tr("not a Cookie Charter registry (expected \"format\": \"%1\" and a "
                        "\"sites\" list)")
                         .arg(QLatin1String(formatName));
        return false;
    }
    // The format version is a whole number; 1 is the only one there is so far.
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number) || number < 1 || number > 1e6) {
        if (error)
            *error = tr("\"version\" must be the registry format's version number (1), not %1")
                         .arg(QString::fromUtf8(
                                  QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1));
        return false;
    }
    if (number > 1) {
        if (error)
            *error = tr("made by a newer Cookie Charter (registry format version %1)")
                         .arg(number, 0, 'g', 17);
        return false;
    }
    int position = 0;
    const QJsonArray siteArray = root.value(QStringLiteral("sites")).toArray();
    for (const QJsonValue &siteValue : siteArray) {
        const QJsonObject siteObject = siteValue.toObject();
        Site site;
        site.name = siteObject.value(QStringLiteral("name")).toString().trimmed();
        site.url = siteObject.value(QStringLiteral("url")).toString();
        site.contact = siteObject.value(QStringLiteral("contact")).toString();
        const int consentDays = siteObject.value(QStringLiteral("consentDays")).toInt();
        site.consentDays = consentDays > 0 && consentDays <= 3650 ? consentDays : 0;
        Site::policyFromKey(siteObject.value(QStringLiteral("review")).toString(),
                            &site.reviewPolicy);
        site.languages.clear();
        for (const QJsonValue &language : siteObject.value(QStringLiteral("languages")).toArray()) {
            if (Vocabulary::isLanguage(language.toString()))
                site.languages.append(language.toString());
        }
        if (site.languages.isEmpty())
            site.languages = QStringList{QStringLiteral("fr")};
        if (site.name.isEmpty()) {
            if (error)
                *error = tr("site %1 of the file has no name").arg(sites->size() + 1);
            return false;
        }
        sites->append(site);
        if (texts) {
            const QJsonObject byLanguage = siteObject.value(QStringLiteral("texts")).toObject();
            for (auto language = byLanguage.constBegin(); language != byLanguage.constEnd();
                 ++language) {
                if (!Vocabulary::isLanguage(language.key()))
                    continue;
                const QJsonObject sections = language.value().toObject();
                for (auto section = sections.constBegin(); section != sections.constEnd();
                     ++section) {
                    CharterText text;
                    text.language = language.key();
                    text.section = section.key();
                    text.body = section.value().toString();
                    if (!text.body.trimmed().isEmpty())
                        (*texts)[site.name].append(text);
                }
            }
        }
        for (const QJsonValue &cookieValue :
             siteObject.value(QStringLiteral("cookies")).toArray()) {
            const QJsonObject object = cookieValue.toObject();
            ImportRecord record;
            record.line = ++position;
            record.siteName = site.name;
            auto set = [&](CookieField field, const QJsonValue &value) {
                if (!value.isUndefined() && !value.isNull() && !value.isString()) {
                    record.errors.append(CookieFields::key(field) + QStringLiteral(": ") +
                                         tr("expected text"));
                    return;
                }
                QString fieldError;
                if (!CookieFields::setValue(record.cookie, field, value.toString(), &fieldError))
                    record.errors.append(CookieFields::key(field) + QStringLiteral(": ") +
                                         fieldError);
            };
            auto member = [&object](const char *key) {
                return object.value(QLatin1String(key));
            };
            set(CookieField::Provider, member("provider"));
            set(CookieField::Service, member("service"));
            set(CookieField::Location, member("location"));
            set(CookieField::Name, member("name"));
            const QJsonValue purpose = member("purpose");
            if (purpose.isObject()) {
                set(CookieField::PurposeFr, purpose.toObject().value(QStringLiteral("fr")));
                set(CookieField::PurposeEn, purpose.toObject().value(QStringLiteral("en")));
            } else {
                set(CookieField::PurposeFr, purpose);
            }
            set(CookieField::Category, member("category"));
            set(CookieField::Party, member("party"));
            set(CookieField::Domain, member("domain"));
            set(CookieField::Duration, member("duration"));
            set(CookieField::Type, member("type"));
            set(CookieField::PrivacyUrl, member("privacyUrl"));
            const QJsonValue exempt = member("consentExempt");
            if (exempt.isBool())
                record.cookie.consentExemptOverride = exempt.toBool();
            else if (!exempt.isNull() && !exempt.isUndefined())
                record.errors.append(QStringLiteral("consent_exempt: ") +
                                     tr("expected true, false or null"));
            set(CookieField::Notes, member("notes"));
            record.cookie.createdAt = isoTime(member("createdAt").toString());
            record.cookie.createdBy = member("createdBy").toString();
            record.cookie.updatedAt = isoTime(member("updatedAt").toString());
            record.cookie.updatedBy = member("updatedBy").toString();
            records->append(record);
        }
    }
    return true;
}

} // namespace RegistryJson
