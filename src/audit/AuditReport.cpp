#include "AuditReport.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

QString partyKey(const std::optional<Party> &party) {
    return party ? Vocabulary::partyKey(*party) : QString();
}

QString time(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject observedObject(const ObservedCookie &c) {
    QJsonObject object{{QStringLiteral("name"), c.name},
                       {QStringLiteral("domain"), c.domain},
                       {QStringLiteral("party"), partyKey(c.party)},
                       {QStringLiteral("type"), Vocabulary::storageKey(c.type)},
                       {QStringLiteral("session"), c.session && !c.lifetime},
                       {QStringLiteral("pages"), c.pages},
                       {QStringLiteral("first_seen"), time(c.firstSeen)},
                       {QStringLiteral("last_seen"), time(c.lastSeen)},
                       {QStringLiteral("secure"), c.secure},
                       {QStringLiteral("http_only"), c.httpOnly},
                       {QStringLiteral("same_site"), c.sameSite},
                       {QStringLiteral("set_by"), QJsonArray::fromStringList(c.somePages)}};
    object.insert(QStringLiteral("lifetime_seconds"),
                  c.lifetime ? QJsonValue(double(*c.lifetime)) : QJsonValue());
    object.insert(QStringLiteral("lifetime"), c.lifetimeText());
    return object;
}

// A JSON string, for the findings written without a document (RFC 8259 escaping).
void appendJsonString(QByteArray &out, const QString &text) {
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

namespace AuditReport {

QByteArray observedCsv(const QList<ObservedCookie> &observed) {
    QByteArray out;
    CsvWriter::appendRecord(out, {QStringLiteral("name"), QStringLiteral("domain"),
                                  QStringLiteral("party"), QStringLiteral("type"),
                                  QStringLiteral("lifetime_seconds"), QStringLiteral("lifetime"),
                                  QStringLiteral("pages"), QStringLiteral("first_seen"),
                                  QStringLiteral("last_seen")});
    for (const ObservedCookie &c : observed)
        CsvWriter::appendRecord(
            out, {c.name, c.domain, partyKey(c.party), Vocabulary::storageKey(c.type),
                  c.lifetime ? QString::number(*c.lifetime) : QString(), c.lifetimeText(),
                  QString::number(c.pages), time(c.firstSeen), time(c.lastSeen)});
    return out;
}

QByteArray observedJson(const QList<ObservedCookie> &observed) {
    QJsonArray list;
    for (const ObservedCookie &c : observed)
        list.append(observedObject(c));
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray json(const AuditResult &result, const QString &site, const QStringList &captures) {
    QJsonObject counts;
    for (Finding::Kind kind : Finding::allKinds())
        counts.insert(Finding::kindKey(kind), result.count(kind));
    const QJsonObject head{{QStringLiteral("site"), site},
                           {QStringLiteral("captures"), QJsonArray::fromStringList(captures)},
                           {QStringLiteral("declared"), result.declared},
                           {QStringLiteral("observed"), int(result.observed.size())},
                           {QStringLiteral("matched"), result.matched},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("failing"), result.failing()}};
    // The findings are written one by one: a registry of 100,000 rows may give as many, and one
    // document holding them all would cost more than the audit.
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Indented);
    out.chop(out.size() - out.lastIndexOf('}'));
    while (out.endsWith('\n') || out.endsWith(' '))
        out.chop(1);
    out += ",\n    \"findings\": [";
    bool first = true;
    for (const Finding &f : result.findings) {
        out += first ? "\n        " : ",\n        ";
        first = false;
        if (f.observed < 0 && f.knownRow.isEmpty()) {
            // A declared row not seen: the commonest finding by far, written directly.
            out += "{\"cookie_id\":" + QByteArray::number(f.cookieId) + ",\"domain\":";
            appendJsonString(out, f.domain);
            out += ",\"kind\":";
            appendJsonString(out, Finding::kindKey(f.kind));
            out += ",\"message\":";
            appendJsonString(out, f.text());
            out += ",\"name\":";
            appendJsonString(out, f.name);
            out += '}';
            continue;
        }
        QJsonObject object{{QStringLiteral("kind"), Finding::kindKey(f.kind)},
                           {QStringLiteral("name"), f.name},
                           {QStringLiteral("domain"), f.domain},
                           {QStringLiteral("message"), f.text()}};
        if (f.cookieId > 0)
            object.insert(QStringLiteral("cookie_id"), double(f.cookieId));
        if (f.observed >= 0)
            object.insert(QStringLiteral("observed"),
                          observedObject(result.observed.at(f.observed)));
        if (!f.knownRow.isEmpty())
            object.insert(QStringLiteral("knowledge"),
                          QJsonObject{{QStringLiteral("provider"), f.knownProvider},
                                      {QStringLiteral("category"), f.knownCategory},
                                      {QStringLiteral("duration"), f.knownDuration},
                                      {QStringLiteral("purpose_en"), f.knownPurpose},
                                      {QStringLiteral("row"), f.knownRow}});
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    out += first ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

QByteArray junit(const AuditResult &result, const QString &site) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int failures = 0;
    for (const Finding &f : result.findings)
        failures += Finding::failing(f.kind) ? 1 : 0;
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("cookie-charter audit %1").arg(site));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(result.findings.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    for (Finding::Kind kind : Finding::allKinds()) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), Finding::kindKey(kind));
        const int count = result.count(kind);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(count));
        xml.writeAttribute(QStringLiteral("failures"),
                           QString::number(Finding::failing(kind) ? count : 0));
        xml.writeAttribute(QStringLiteral("skipped"),
                           QString::number(Finding::failing(kind) ? 0 : count));
        for (const Finding &f : result.findings) {
            if (f.kind != kind)
                continue;
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"),
                               QStringLiteral("audit.") + Finding::kindKey(kind));
            xml.writeAttribute(
                QStringLiteral("name"),
                f.domain.isEmpty() ? f.name : QStringLiteral("%1 (%2)").arg(f.name, f.domain));
            xml.writeStartElement(Finding::failing(kind) ? QStringLiteral("failure")
                                                         : QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), f.text());
            if (Finding::failing(kind))
                xml.writeAttribute(QStringLiteral("type"), Finding::kindKey(kind));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray html(const AuditResult &result, const QString &site, const QStringList &captures) {
    auto e = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>body{font-family:sans-serif;margin:2em;}"
                          "table{border-collapse:collapse;margin-bottom:1.5em;}"
                          "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;"
                          "vertical-align:top;}th{background:#eee;}</style></head><body>\n")
               .arg(e(QCoreApplication::translate("AuditReport", "Cookie audit: %1").arg(site)));
    out += QStringLiteral("<h1>%1</h1>\n")
               .arg(e(QCoreApplication::translate("AuditReport", "Cookie audit: %1").arg(site)));
    out +=
        QStringLiteral("<p>%1</p>\n")
            .arg(e(QCoreApplication::translate(
                       "AuditReport", "Captures: %1. %2 declared, %3 observed, %4 declared seen.")
                       .arg(captures.join(QStringLiteral(", ")))
                       .arg(result.declared)
                       .arg(result.observed.size())
                       .arg(result.matched)));
    for (Finding::Kind kind : Finding::allKinds()) {
        out += QStringLiteral("<h2>%1 (%2)</h2>\n")
                   .arg(e(Finding::kindLabel(kind)))
                   .arg(result.count(kind));
        if (result.count(kind) == 0)
            continue;
        out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(e(QCoreApplication::translate("AuditReport", "Cookie")),
                        e(QCoreApplication::translate("AuditReport", "Domain")),
                        e(QCoreApplication::translate("AuditReport", "Lifetime seen")),
                        e(QCoreApplication::translate("AuditReport", "Finding")));
        for (const Finding &f : result.findings) {
            if (f.kind != kind)
                continue;
            const QString lifetime =
                f.observed >= 0 ? result.observed.at(f.observed).lifetimeText() : QString();
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(e(f.name), e(f.domain), e(lifetime), e(f.text()));
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace AuditReport
