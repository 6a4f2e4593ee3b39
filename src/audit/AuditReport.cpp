#include "AuditReport.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString partyKey(const std::optional<Party> &party) {
    return party ? Vocabulary::partyKey(*party) : QString();
}

QString time(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// The inside of a JSON string, for the findings written without a document (RFC 8259
// escaping). ASCII is copied as it is; only runs of other characters go through UTF-8.
void appendJsonChars(QByteArray &out, QStringView text) {
    for (qsizetype i = 0; i < text.size();) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
            out += text.mid(i, end - i).toUtf8();
            i = end;
            continue;
        }
        ++i;
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(u));
                out += escaped;
            } else {
                out += char(u);
            }
        }
    }
}

void appendJsonString(QByteArray &out, QStringView text) {
    out += '"';
    appendJsonChars(out, text);
    out += '"';
}

// An XML attribute value (without its quotes). Line breaks and tabs are written as character
// references so that they survive attribute normalisation; the other control characters, which
// XML 1.0 cannot carry at all, become U+FFFD.
void appendXmlAttribute(QByteArray &out, QStringView text) {
    for (qsizetype i = 0; i < text.size();) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).unicode() >= 0x80 &&
                   text.at(end).unicode() < 0xfffe)
                ++end;
            if (end == i) { // U+FFFE and U+FFFF are no XML characters
                out += "\xef\xbf\xbd";
                ++i;
                continue;
            }
            out += text.mid(i, end - i).toUtf8();
            i = end;
            continue;
        }
        ++i;
        switch (u) {
        case u'&':
            out += "&amp;";
            break;
        case u'<':
            out += "&lt;";
            break;
        case u'>':
            out += "&gt;";
            break;
        case u'"':
            out += "&quot;";
            break;
        case u'\n':
            out += "&#10;";
            break;
        case u'\r':
            out += "&#13;";
            break;
        case u'\t':
            out += "&#9;";
            break;
        default:
            if (u < 0x20)
                out += "\xef\xbf\xbd";
            else
                out += char(u);
        }
    }
}

// One JSON object written straight into the report, its keys in the order given (the callers
// give them sorted, as QJsonDocument writes them).
class JsonObject {
public:
    explicit JsonObject(QByteArray &out)
        : m_out(out) {
        m_out += '{';
    }
    JsonObject(const JsonObject &) = delete;
    JsonObject &operator=(const JsonObject &) = delete;
    ~JsonObject() { m_out += '}'; }
    void string(const char *key, QStringView value) {
        name(key);
        appendJsonString(m_out, value);
    }
    void number(const char *key, qint64 value) {
        name(key);
        m_out += QByteArray::number(value);
    }
    void boolean(const char *key, bool value) {
        name(key);
        m_out += value ? "true" : "false";
    }
    void null(const char *key) {
        name(key);
        m_out += "null";
    }
    void strings(const char *key, const QStringList &values) {
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            appendJsonString(m_out, values.at(i));
        }
        m_out += ']';
    }
    // Starts a nested value: the caller writes it next.
    void name(const char *key) {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }

private:
    QByteArray &m_out;
    bool m_first = true;
};

void writeObserved(QByteArray &out, const ObservedCookie &c) {
    JsonObject object(out);
    object.string("domain", c.domain);
    object.string("first_seen", time(c.firstSeen));
    object.boolean("http_only", c.httpOnly);
    object.string("last_seen", time(c.lastSeen));
    object.string("lifetime", c.lifetimeText());
    if (c.lifetime)
        object.number("lifetime_seconds", *c.lifetime);
    else
        object.null("lifetime_seconds");
    object.string("name", c.name);
    object.number("pages", c.pages);
    object.string("party", partyKey(c.party));
    object.string("same_site", c.sameSite);
    object.boolean("secure", c.secure);
    object.boolean("session", c.session && !c.lifetime);
    object.strings("set_by", c.somePages);
    object.string("type", Vocabulary::storageKey(c.type));
}

// The "not seen" message around its cookie's name, escaped once for a whole report: a registry
// of 100,000 rows may give as many such findings.
struct NotSeenText {
    QByteArray before;
    QByteArray after;
    bool usable = false;
    explicit NotSeenText(void (*escape)(QByteArray &, QStringView)) {
        const QString text = Finding::notSeenMessage();
        const qsizetype at = text.indexOf(QLatin1String("%1"));
        if (at < 0 || text.indexOf(QLatin1String("%1"), at + 2) >= 0)
            return;
        escape(before, QStringView(text).left(at));
        escape(after, QStringView(text).mid(at + 2));
        usable = true;
    }
};

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
    QByteArray out("[");
    out.reserve(observed.size() * 320 + 8);
    for (qsizetype i = 0; i < observed.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        writeObserved(out, observed.at(i));
    }
    out += observed.isEmpty() ? "]\n" : "\n]\n";
    return out;
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
    out.reserve(out.size() + result.findings.size() * 160);
    const NotSeenText notSeen(appendJsonChars);
    bool first = true;
    for (const Finding &f : result.findings) {
        out += first ? "\n        " : ",\n        ";
        first = false;
        JsonObject object(out);
        if (f.cookieId > 0)
            object.number("cookie_id", f.cookieId);
        object.string("domain", f.domain);
        object.string("kind", Finding::kindKey(f.kind));
        if (f.known) {
            object.name("knowledge");
            JsonObject known(out);
            known.string("category", f.known->category);
            known.string("duration", f.known->duration);
            known.string("provider", f.known->provider);
            known.string("purpose_en", f.known->purpose);
            known.string("row", f.known->row);
        }
        object.name("message");
        if (notSeen.usable && f.kind == Finding::Kind::NotSeen && f.message.isEmpty()) {
            // A declared row not seen, the commonest finding by far: its message is composed
            // here rather than translated and formatted 100,000 times.
            out += '"';
            out += notSeen.before;
            appendJsonChars(out, f.name);
            out += notSeen.after;
            out += '"';
        } else {
            appendJsonString(out, f.text());
        }
        object.string("name", f.name);
        if (f.observed >= 0) {
            object.name("observed");
            writeObserved(out, result.observed.at(f.observed));
        }
    }
    out += first ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

QByteArray junit(const AuditResult &result, const QString &site) {
    // Written directly rather than through QXmlStreamWriter: a registry of 100,000 rows gives as
    // many "not seen" test cases, and the writer cost more than the audit.
    QByteArray out;
    out.reserve(result.findings.size() * 220 + 1024);
    auto attribute = [&out](const char *name, QStringView value) {
        out += ' ';
        out += name;
        out += "=\"";
        appendXmlAttribute(out, value);
        out += '"';
    };
    auto number = [&out](const char *name, qsizetype value) {
        out += ' ';
        out += name;
        out += "=\"" + QByteArray::number(value) + '"';
    };
    int failures = 0;
    for (const Finding &f : result.findings)
        failures += Finding::failing(f.kind) ? 1 : 0;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites";
    attribute("name", QStringLiteral("cookie-charter audit %1").arg(site));
    number("tests", result.findings.size());
    number("failures", failures);
    out += ">\n";
    const NotSeenText notSeen(appendXmlAttribute);
    for (Finding::Kind kind : Finding::allKinds()) {
        const QString key = Finding::kindKey(kind);
        const bool failing = Finding::failing(kind);
        const int count = result.count(kind);
        out += "    <testsuite";
        attribute("name", key);
        number("tests", count);
        number("failures", failing ? count : 0);
        number("skipped", failing ? 0 : count);
        if (count == 0) {
            out += "/>\n";
            continue;
        }
        out += ">\n";
        QByteArray classname;
        appendXmlAttribute(classname, QString(QStringLiteral("audit.") + key));
        for (const Finding &f : result.findings) {
            if (f.kind != kind)
                continue;
            out += "        <testcase classname=\"" + classname + "\" name=\"";
            appendXmlAttribute(out, f.name);
            if (!f.domain.isEmpty()) {
                out += " (";
                appendXmlAttribute(out, f.domain);
                out += ')';
            }
            out += failing ? "\">\n            <failure message=\""
                           : "\">\n            <skipped message=\"";
            if (notSeen.usable && kind == Finding::Kind::NotSeen && f.message.isEmpty()) {
                out += notSeen.before;
                appendXmlAttribute(out, f.name);
                out += notSeen.after;
            } else {
                appendXmlAttribute(out, f.text());
            }
            out += '"';
            if (failing)
                attribute("type", key);
            out += "/>\n        </testcase>\n";
        }
        out += "    </testsuite>\n";
    }
    out += "</testsuites>\n";
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
