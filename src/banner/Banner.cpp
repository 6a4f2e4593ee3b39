#include "Banner.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Banner {

namespace {

// How much consent a cookie asks, to pick a service's category: the most demanding wins.
int weight(const Cookie &cookie) {
    switch (cookie.category) {
    case Category::Necessary:
        return 0;
    case Category::Statistics:
        return cookie.consentExempt() ? 1 : 4;
    case Category::Preferences:
        return 2;
    case Category::Unclassified:
        return 3;
    case Category::Marketing:
        break;
    }
    return 5;
}

QString slug(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : decomposed) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    return out;
}

QString joinDistinct(const QStringList &texts) {
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &text : texts) {
        const QString t = text.trimmed();
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            distinct.append(t);
        }
    }
    return distinct.join(QLatin1Char(' '));
}

// The category's title in the banner's language (not the interface's).
QString purposeTitle(const QString &id, const QString &language) {
    const bool en = language == QLatin1String("en");
    if (id == QLatin1String("necessary"))
        return en ? QStringLiteral("Necessary") : QStringLiteral("Nécessaires");
    if (id == QLatin1String("analytic"))
        return en ? QStringLiteral("Audience measurement") : QStringLiteral("Mesure d'audience");
    if (id == QLatin1String("ads"))
        return en ? QStringLiteral("Advertising and marketing")
                  : QStringLiteral("Publicité et marketing");
    if (id == QLatin1String("support"))
        return en ? QStringLiteral("Preferences") : QStringLiteral("Préférences");
    return en ? QStringLiteral("Other") : QStringLiteral("Autres");
}

QString htmlEscape(const QString &text) {
    return text.toHtmlEscaped();
}

QString description(const Service &service, const QString &language) {
    const QString mine = language == QLatin1String("en") ? service.purposeEn : service.purposeFr;
    if (!mine.isEmpty())
        return mine;
    return language == QLatin1String("en") ? service.purposeFr : service.purposeEn;
}

// Lines of a JavaScript object literal, indented.
class ObjectWriter {
public:
    ObjectWriter(QString &out, int indent)
        : m_out(out)
        , m_indent(indent) {}
    void raw(const QString &key, const QString &value) {
        m_out += m_first ? QString() : QStringLiteral(",\n");
        m_first = false;
        m_out += QString(m_indent, QLatin1Char(' '));
        m_out += jsString(key);
        m_out += QStringLiteral(": ");
        m_out += value; // a whole list of services, at times: appended, not copied again
    }
    // A member written whole (a getter).
    void member(const QString &text) {
        m_out += m_first ? QString() : QStringLiteral(",\n");
        m_first = false;
        m_out += QString(m_indent, QLatin1Char(' ')) + text;
    }
    void string(const QString &key, const QString &value) { raw(key, jsString(value)); }
    void boolean(const QString &key, bool value) {
        raw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void number(const QString &key, int value) { raw(key, QString::number(value)); }
    void strings(const QString &key, const QStringList &values) {
        QStringList quoted;
        for (const QString &value : values)
            quoted.append(jsString(value));
        raw(key, QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }

private:
    QString &m_out;
    int m_indent;
    bool m_first = true;
};

QString indent(int n) {
    return QString(n, QLatin1Char(' '));
}

QString header(const QString &library, const Site &site, const QList<Service> &list, int cookies,
               const QString &loading) {
    // A site name is the user's text: it must not close the comment.
    QString name = site.name;
    name.replace(QStringLiteral("*/"), QStringLiteral("* /"));
    QString out = QStringLiteral("/*\n * %1 configuration for %2,\n * written by Cookie Charter "
                                 "from its cookie registry: %3 service(s), %4 cookie name(s).\n")
                      .arg(library, name)
                      .arg(list.size())
                      .arg(cookies);
    out += QStringLiteral(" * %1\n").arg(loading);
    out += QStringLiteral(
        " * Settings that follow the CNIL: refusing is as easy as accepting, nothing is accepted\n"
        " * by default, the choice is kept 6 months at most, and the privacy policy link is the\n"
        " * site's cookie charter.\n */\n");
    return out;
}

int cookieCount(const QList<Service> &list) {
    int n = 0;
    for (const Service &s : list)
        n += int(s.names.size());
    return n;
}

QString policyUrl(const Site &site, const ExportOptions &options) {
    return options.policyUrl.isEmpty() ? site.url : options.policyUrl;
}

QString writeTarteaucitron(const QList<Service> &list, const Site &site,
                           const ExportOptions &options) {
    QString out = header(QStringLiteral("tarteaucitron"), site, list, cookieCount(list),
                         QStringLiteral("Load it after tarteaucitron.js (1.x). Each service's "
                                        "\"js\" function is the place for the site's own\n * "
                                        "loading code; it is left empty."));
    out += QStringLiteral("\n// The choice is kept %1 days (6 months at most); the banner speaks "
                          "%2.\nvar tarteaucitronForceExpire = %1;\nvar tarteaucitronExpireInDay "
                          "= true;\nvar tarteaucitronForceLanguage = %3;\n")
               .arg(options.consentDays)
               .arg(options.language == QLatin1String("en") ? QStringLiteral("English")
                                                            : QStringLiteral("French"),
                    jsString(options.language));
    out += QStringLiteral("\n// Each service's description: tarteaucitron shows \"desc-\" + its "
                          "key (as HTML, hence escaped).\nvar tarteaucitronCustomText = {");
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(4) +
               jsString(QStringLiteral("desc-") + list.at(i).key) + QStringLiteral(": ") +
               jsString(htmlEscape(description(list.at(i), options.language)));
    }
    out += QStringLiteral("\n};\n");
    out += QStringLiteral(
        "\n// tarteaucitron deletes a refused service's cookies by their exact names: for a "
        "family\n// such as _ga_*, the names of that family the page holds at that moment.\n"
        "function cookieCharterPresent(prefix) {\n"
        "    \"use strict\";\n"
        "    var jar = (typeof document !== \"undefined\" && typeof document.cookie === "
        "\"string\") ? document.cookie : \"\";\n"
        "    return jar.split(\";\").map(function (part) {\n"
        "        return part.split(\"=\")[0].trim();\n"
        "    }).filter(function (name) {\n"
        "        return name.length > prefix.length && name.indexOf(prefix) === 0;\n"
        "    });\n"
        "}\n");
    for (const Service &s : list) {
        out += QStringLiteral("\ntarteaucitron.services[%1] = {\n").arg(jsString(s.key));
        ObjectWriter o(out, 4);
        o.string(QStringLiteral("key"), s.key);
        o.string(QStringLiteral("type"), purposeId(s.category) == QLatin1String("necessary")
                                             ? QStringLiteral("other")
                                             : purposeId(s.category));
        // tarteaucitron writes the name into the page as HTML.
        o.string(QStringLiteral("name"), htmlEscape(s.title()));
        o.string(QStringLiteral("uri"), htmlEscape(s.privacyUrl)); // into an href, unquoted-safe
        o.boolean(QStringLiteral("needConsent"), s.needsConsent);
        QStringList quoted;
        for (const QString &name : s.exactNames())
            quoted.append(jsString(name));
        QString cookies = QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
        for (const QString &prefix : s.patternPrefixes())
            cookies += QStringLiteral(".concat(cookieCharterPresent(%1))").arg(jsString(prefix));
        if (s.category == Category::Necessary && !s.needsConsent) {
            // tarteaucitron has no required service: "Deny all" denies this one too and deletes
            // its cookies (a session, a CSRF token). Once refused, its list is empty.
            o.member(QStringLiteral("get \"cookies\"() {\n        return (tarteaucitron.state && "
                                    "tarteaucitron.state[%1] === false) ? [] : %2;\n    }")
                         .arg(jsString(s.key), cookies));
        } else if (!s.patternPrefixes().isEmpty()) {
            // Read again each time tarteaucitron deletes: a family's members set since the page
            // loaded are deleted too.
            o.member(QStringLiteral("get \"cookies\"() {\n        return %1;\n    }").arg(cookies));
        } else {
            o.raw(QStringLiteral("cookies"), cookies);
        }
        QStringList patterns;
        for (const QString &name : s.names) {
            if (name.endsWith(QLatin1Char('*')))
                patterns.append(name);
        }
        if (!patterns.isEmpty())
            o.strings(QStringLiteral("cookiePatterns"), patterns);
        o.raw(QStringLiteral("js"),
              QStringLiteral("function () {\n        \"use strict\";\n        // The site's own "
                             "loading code for this service goes here.\n    }"));
        o.raw(QStringLiteral("fallback"),
              QStringLiteral("function () {\n        \"use strict\";\n    }"));
        out += QStringLiteral("\n};\n");
    }
    out += QStringLiteral("\ntarteaucitron.init({\n");
    ObjectWriter init(out, 4);
    init.string(QStringLiteral("privacyUrl"), policyUrl(site, options));
    init.string(QStringLiteral("readmoreLink"), policyUrl(site, options));
    init.string(QStringLiteral("hashtag"), QStringLiteral("#tarteaucitron"));
    init.string(QStringLiteral("cookieName"), QStringLiteral("tarteaucitron"));
    init.string(QStringLiteral("orientation"), QStringLiteral("middle"));
    init.boolean(QStringLiteral("groupServices"), false);
    init.string(QStringLiteral("serviceDefaultState"), QStringLiteral("wait"));
    init.boolean(QStringLiteral("showAlertSmall"), false);
    init.boolean(QStringLiteral("cookieslist"), false);
    init.boolean(QStringLiteral("showIcon"), true);
    init.string(QStringLiteral("iconPosition"), QStringLiteral("BottomRight"));
    init.boolean(QStringLiteral("adblocker"), false);
    init.boolean(QStringLiteral("DenyAllCta"), true);
    init.boolean(QStringLiteral("AcceptAllCta"), true);
    init.boolean(QStringLiteral("highPrivacy"), true);
    init.boolean(QStringLiteral("alwaysNeedConsent"), false);
    init.boolean(QStringLiteral("handleBrowserDNTRequest"), false);
    init.boolean(QStringLiteral("removeCredit"), false);
    init.boolean(QStringLiteral("moreInfoLink"), true);
    init.boolean(QStringLiteral("useExternalCss"), false);
    init.boolean(QStringLiteral("useExternalJs"), false);
    init.boolean(QStringLiteral("mandatory"), true);
    init.boolean(QStringLiteral("mandatoryCta"), true);
    init.boolean(QStringLiteral("googleConsentMode"), false);
    out += QStringLiteral("\n});\n\ntarteaucitron.job = tarteaucitron.job || [];\n");
    for (const Service &s : list)
        out += QStringLiteral("tarteaucitron.job.push(%1);\n").arg(jsString(s.key));
    return out;
}

QString cookieList(const Service &s, QString (*pattern)(const QString &), bool regexLiteral) {
    QStringList items;
    for (const QString &name : s.exactNames())
        items.append(jsString(name));
    for (const QString &prefix : s.patternPrefixes())
        items.append(regexLiteral ? QLatin1Char('/') + pattern(prefix) + QLatin1Char('/')
                                  : jsString(pattern(prefix)));
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString regexBody(const QString &prefix) {
    // A regular expression literal's body: '/' must be escaped too.
    QString body = QLatin1Char('^') + regexEscape(prefix) + QStringLiteral(".*$");
    body.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    return body;
}

// Purposes (Klaro, Orejime 2) used by the services, in a fixed order.
QStringList usedPurposes(const QList<Service> &list) {
    QStringList ids;
    for (Category c : {Category::Necessary, Category::Preferences, Category::Statistics,
                       Category::Marketing, Category::Unclassified}) {
        for (const Service &s : list) {
            if (s.category == c && !ids.contains(purposeId(c)))
                ids.append(purposeId(c));
        }
    }
    return ids;
}

QString writeKlaro(const QList<Service> &list, const Site &site, const ExportOptions &options) {
    QString out = header(QStringLiteral("Klaro"), site, list, cookieCount(list),
                         QStringLiteral("Load it before klaro.js (0.7). Each service's "
                                        "\"callback\" is the place for the site's own\n * "
                                        "loading code; it is left empty."));
    out += QStringLiteral("\nvar klaroConfig = {\n");
    ObjectWriter o(out, 4);
    o.number(QStringLiteral("version"), 1);
    o.string(QStringLiteral("elementID"), QStringLiteral("klaro"));
    o.string(QStringLiteral("storageMethod"), QStringLiteral("cookie"));
    o.string(QStringLiteral("cookieName"), QStringLiteral("klaro"));
    o.number(QStringLiteral("cookieExpiresAfterDays"), options.consentDays);
    o.string(QStringLiteral("privacyPolicy"), policyUrl(site, options));
    o.boolean(QStringLiteral("default"), false);
    o.boolean(QStringLiteral("mustConsent"), false);
    o.boolean(QStringLiteral("acceptAll"), true);
    o.boolean(QStringLiteral("hideDeclineAll"), false);
    o.boolean(QStringLiteral("hideLearnMore"), false);
    o.boolean(QStringLiteral("noticeAsModal"), false);
    o.boolean(QStringLiteral("htmlTexts"), false);
    o.string(QStringLiteral("lang"), options.language);
    QString translations = QStringLiteral("{\n");
    const QStringList purposes = usedPurposes(list);
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("en")};
    for (qsizetype l = 0; l < languages.size(); ++l) {
        const QString &language = languages.at(l);
        translations += indent(8) + jsString(language) + QStringLiteral(": {\n") + indent(12) +
                        QStringLiteral("\"privacyPolicyUrl\": ") +
                        jsString(policyUrl(site, options)) + QStringLiteral(",\n") + indent(12) +
                        QStringLiteral("\"consentNotice\": {\"description\": ") +
                        jsString(language == QLatin1String("en")
                                     ? QStringLiteral("This site uses cookies for {purposes}. You "
                                                      "may accept or refuse them; your choice is "
                                                      "kept 6 months. Read our {privacyPolicy}.")
                                     : QStringLiteral("Ce site utilise des cookies pour "
                                                      "{purposes}. Vous pouvez les accepter ou "
                                                      "les refuser ; votre choix est conservé 6 "
                                                      "mois. Lisez notre {privacyPolicy}.")) +
                        QStringLiteral("},\n") + indent(12) + QStringLiteral("\"purposes\": {");
        for (qsizetype p = 0; p < purposes.size(); ++p)
            translations += (p == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(16) +
                            jsString(purposes.at(p)) + QStringLiteral(": {\"title\": ") +
                            jsString(purposeTitle(purposes.at(p), language)) + QStringLiteral("}");
        translations += QLatin1Char('\n') + indent(12) + QStringLiteral("}\n") + indent(8) +
                        (l + 1 < languages.size() ? QStringLiteral("},\n") : QStringLiteral("}\n"));
    }
    translations += indent(4) + QLatin1Char('}');
    o.raw(QStringLiteral("translations"), translations);
    QString services = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Service &s = list.at(i);
        services += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(8) +
                    QStringLiteral("{\n");
        ObjectWriter w(services, 12);
        w.string(QStringLiteral("name"), s.key);
        w.string(QStringLiteral("title"), s.title());
        w.strings(QStringLiteral("purposes"), {purposeId(s.category)});
        w.raw(QStringLiteral("cookies"), cookieList(s, klaroPattern, false));
        w.boolean(QStringLiteral("required"), !s.needsConsent);
        w.boolean(QStringLiteral("default"), !s.needsConsent);
        w.boolean(QStringLiteral("optOut"), false);
        w.boolean(QStringLiteral("onlyOnce"), true);
        QString texts = QStringLiteral("{");
        for (qsizetype l = 0; l < languages.size(); ++l) {
            texts += (l == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(16) +
                     jsString(languages.at(l)) + QStringLiteral(": {\"title\": ") +
                     jsString(s.title()) + QStringLiteral(", \"description\": ") +
                     jsString(description(s, languages.at(l))) + QStringLiteral("}");
        }
        texts += QLatin1Char('\n') + indent(12) + QLatin1Char('}');
        w.raw(QStringLiteral("translations"), texts);
        if (!s.privacyUrl.isEmpty())
            w.string(QStringLiteral("privacyPolicyUrl"), s.privacyUrl);
        w.raw(QStringLiteral("callback"),
              QStringLiteral("function (consent, service) {\n") + indent(16) +
                  QStringLiteral("// The site's own loading code for this service goes here.\n") +
                  indent(12) + QLatin1Char('}'));
        services += QLatin1Char('\n') + indent(8) + QLatin1Char('}');
    }
    services += QLatin1Char('\n') + indent(4) + QLatin1Char(']');
    o.raw(QStringLiteral("services"), services);
    out += QStringLiteral("\n};\n");
    return out;
}

QString orejime2Pattern(const QString &prefix) {
    return regexBody(prefix);
}

QString writeOrejime2(const QList<Service> &list, const Site &site, const ExportOptions &options) {
    QString out = header(QStringLiteral("Orejime 2"), site, list, cookieCount(list),
                         QStringLiteral("Load it before orejime.js (2.x). Each app's \"callback\" "
                                        "is the place for the site's own\n * loading code; it is "
                                        "left empty."));
    out += QStringLiteral("\nwindow.orejimeConfig = {\n");
    ObjectWriter o(out, 4);
    o.string(QStringLiteral("elementID"), QStringLiteral("orejime"));
    o.string(QStringLiteral("cookieName"), QStringLiteral("orejime"));
    o.number(QStringLiteral("cookieExpiresAfterDays"), options.consentDays);
    o.string(QStringLiteral("privacyPolicy"), policyUrl(site, options));
    o.boolean(QStringLiteral("default"), false);
    o.boolean(QStringLiteral("mustConsent"), false);
    o.boolean(QStringLiteral("mustNotice"), false);
    o.string(QStringLiteral("lang"), options.language);
    const QStringList purposes = usedPurposes(list);
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("en")};
    QString translations = QStringLiteral("{");
    for (qsizetype l = 0; l < languages.size(); ++l) {
        const QString &language = languages.at(l);
        translations += (l == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(8) +
                        jsString(language) + QStringLiteral(": {\n") + indent(12) +
                        QStringLiteral("\"purposes\": {");
        for (qsizetype p = 0; p < purposes.size(); ++p)
            translations += (p == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(16) +
                            jsString(purposes.at(p)) + QStringLiteral(": ") +
                            jsString(purposeTitle(purposes.at(p), language));
        translations += QLatin1Char('\n') + indent(12) + QLatin1Char('}');
        for (const Service &s : list)
            translations += QStringLiteral(",\n") + indent(12) + jsString(s.key) +
                            QStringLiteral(": {\"description\": ") +
                            // Orejime 2 shows an app's description as HTML.
                            jsString(htmlEscape(description(s, language))) + QLatin1Char('}');
        translations += QLatin1Char('\n') + indent(8) + QLatin1Char('}');
    }
    translations += QLatin1Char('\n') + indent(4) + QLatin1Char('}');
    o.raw(QStringLiteral("translations"), translations);
    QString apps = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Service &s = list.at(i);
        apps += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(8) +
                QStringLiteral("{\n");
        ObjectWriter w(apps, 12);
        w.string(QStringLiteral("name"), s.key);
        w.string(QStringLiteral("title"), s.title());
        w.strings(QStringLiteral("purposes"), {purposeId(s.category)});
        w.raw(QStringLiteral("cookies"), cookieList(s, orejime2Pattern, true));
        w.boolean(QStringLiteral("required"), !s.needsConsent);
        // Orejime 2 stores a refusal for a required app that is not on by default, and deletes
        // its cookies before the visitor chooses unless it is opt-out: a required app is both.
        w.boolean(QStringLiteral("default"), !s.needsConsent);
        w.boolean(QStringLiteral("optOut"), !s.needsConsent);
        if (!s.privacyUrl.isEmpty())
            w.string(QStringLiteral("privacyPolicyUrl"), s.privacyUrl);
        w.raw(QStringLiteral("callback"),
              QStringLiteral("function (consent, app) {\n") + indent(16) +
                  QStringLiteral("// The site's own loading code for this app goes here.\n") +
                  indent(12) + QLatin1Char('}'));
        apps += QLatin1Char('\n') + indent(8) + QLatin1Char('}');
    }
    apps += QLatin1Char('\n') + indent(4) + QLatin1Char(']');
    o.raw(QStringLiteral("apps"), apps);
    out += QStringLiteral("\n};\n");
    return out;
}

QString writeOrejime3(const QList<Service> &list, const Site &site, const ExportOptions &options) {
    QString out =
        header(QStringLiteral("Orejime 3"), site, list, cookieCount(list),
               QStringLiteral("Load it before orejime-standard-%1.js (3.x). The site's own code "
                              "for a purpose goes\n * in <template data-purpose=\"KEY\"> "
                              "elements of its pages; none is written here.")
                   .arg(options.language));
    out += QStringLiteral("\nwindow.orejimeConfig = {\n");
    ObjectWriter o(out, 4);
    o.string(QStringLiteral("privacyPolicyUrl"), policyUrl(site, options));
    o.string(QStringLiteral("lang"), options.language);
    o.raw(QStringLiteral("cookie"),
          QStringLiteral("{\"name\": \"orejime\", \"duration\": %1}").arg(options.consentDays));
    o.boolean(QStringLiteral("forceBanner"), false);
    o.boolean(QStringLiteral("forceModal"), false);
    // One group per category, each holding the services of that category.
    QString purposes = QStringLiteral("[");
    bool firstGroup = true;
    for (const QString &id : usedPurposes(list)) {
        purposes += (firstGroup ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(8) +
                    QStringLiteral("{\n");
        firstGroup = false;
        ObjectWriter g(purposes, 12);
        g.string(QStringLiteral("id"), id);
        g.string(QStringLiteral("title"), purposeTitle(id, options.language));
        QString children = QStringLiteral("[");
        bool firstChild = true;
        for (const Service &s : list) {
            if (purposeId(s.category) != id)
                continue;
            children += (firstChild ? QStringLiteral("\n") : QStringLiteral(",\n")) + indent(16) +
                        QStringLiteral("{\n");
            firstChild = false;
            ObjectWriter w(children, 20);
            w.string(QStringLiteral("id"), s.key);
            w.string(QStringLiteral("title"), s.title());
            // Orejime 3 shows a purpose's description as HTML.
            w.string(QStringLiteral("description"), htmlEscape(description(s, options.language)));
            w.raw(QStringLiteral("cookies"), cookieList(s, orejimePattern, false));
            w.boolean(QStringLiteral("isMandatory"), s.category == Category::Necessary);
            w.boolean(QStringLiteral("isExempt"),
                      s.category != Category::Necessary && !s.needsConsent);
            // An exempt purpose is on only when it is on by default.
            w.boolean(QStringLiteral("default"), !s.needsConsent);
            if (!s.privacyUrl.isEmpty())
                w.string(QStringLiteral("privacyPolicyUrl"), s.privacyUrl);
            children += QLatin1Char('\n') + indent(16) + QLatin1Char('}');
        }
        children += QLatin1Char('\n') + indent(12) + QLatin1Char(']');
        g.raw(QStringLiteral("purposes"), children);
        purposes += QLatin1Char('\n') + indent(8) + QLatin1Char('}');
    }
    purposes += QLatin1Char('\n') + indent(4) + QLatin1Char(']');
    o.raw(QStringLiteral("purposes"), purposes);
    out += QStringLiteral("\n};\n");
    return out;
}

} // namespace

QString formatKey(Format format) {
    switch (format) {
    case Format::Tarteaucitron:
        return QStringLiteral("tarteaucitron");
    case Format::Klaro:
        return QStringLiteral("klaro");
    case Format::Orejime2:
        return QStringLiteral("orejime2");
    case Format::Orejime3:
        break;
    }
    return QStringLiteral("orejime3");
}

QString formatLabel(Format format) {
    switch (format) {
    case Format::Tarteaucitron:
        return QStringLiteral("tarteaucitron");
    case Format::Klaro:
        return QStringLiteral("Klaro");
    case Format::Orejime2:
        return QStringLiteral("Orejime 2");
    case Format::Orejime3:
        break;
    }
    return QStringLiteral("Orejime 3");
}

std::optional<Format> parseFormat(const QString &text) {
    for (Format format : allFormats()) {
        if (text.compare(formatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QList<Format> allFormats() {
    return {Format::Tarteaucitron, Format::Klaro, Format::Orejime2, Format::Orejime3};
}

QString Service::title() const {
    if (service.isEmpty())
        return provider;
    if (provider.isEmpty())
        return service;
    return provider + QStringLiteral(" — ") + service;
}

QStringList Service::exactNames() const {
    QStringList out;
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1Char('*')))
            out.append(name);
    }
    return out;
}

QStringList Service::patternPrefixes() const {
    QStringList out;
    for (const QString &name : names) {
        if (name.endsWith(QLatin1Char('*'))) {
            QString prefix = name;
            while (prefix.endsWith(QLatin1Char('*')))
                prefix.chop(1);
            out.append(prefix);
        }
    }
    return out;
}

QString serviceKey(const QString &provider, const QString &service) {
    QString key = QStringLiteral("cc");
    const QString p = slug(provider);
    const QString s = slug(service);
    if (!p.isEmpty())
        key += QLatin1Char('_') + p;
    if (!s.isEmpty())
        key += QLatin1Char('_') + s;
    return key;
}

QList<Service> services(const QList<Cookie> &cookies) {
    QList<Service> list;
    QHash<QString, qsizetype> index; // provider \x1f service -> list
    QList<int> weights;
    QList<QStringList> purposesFr;
    QList<QStringList> purposesEn;
    for (const Cookie &cookie : cookies) {
        const QString provider = cookie.provider.trimmed();
        const QString serviceName = cookie.service.trimmed();
        const QString id = provider + QChar(0x1f) + serviceName;
        auto at = index.find(id);
        if (at == index.end()) {
            Service s;
            s.provider = provider;
            s.service = serviceName;
            s.needsConsent = false;
            at = index.insert(id, list.size());
            list.append(s);
            weights.append(-1);
            purposesFr.append(QStringList());
            purposesEn.append(QStringList());
        }
        Service &s = list[*at];
        const int w = weight(cookie);
        if (w > weights.at(*at)) {
            weights[*at] = w;
            s.category = cookie.category;
        }
        if (!cookie.consentExempt())
            s.needsConsent = true;
        if (s.privacyUrl.isEmpty())
            s.privacyUrl = cookie.privacyUrl.trimmed();
        if (!s.names.contains(cookie.name))
            s.names.append(cookie.name);
        purposesFr[*at].append(cookie.purposeFr);
        purposesEn[*at].append(cookie.purposeEn);
    }
    QSet<QString> keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Service &s = list[i];
        s.purposeFr = joinDistinct(purposesFr.at(i));
        s.purposeEn = joinDistinct(purposesEn.at(i));
        const QString base = serviceKey(s.provider, s.service);
        QString key = base;
        for (int n = 2; keys.contains(key); ++n)
            key = base + QLatin1Char('_') + QString::number(n);
        keys.insert(key);
        s.key = key;
    }
    return list;
}

QString purposeId(Category category) {
    switch (category) {
    case Category::Necessary:
        return QStringLiteral("necessary");
    case Category::Statistics:
        return QStringLiteral("analytic");
    case Category::Marketing:
        return QStringLiteral("ads");
    case Category::Preferences:
        return QStringLiteral("support");
    case Category::Unclassified:
        break;
    }
    return QStringLiteral("other");
}

QByteArray write(const QList<Cookie> &cookies, const Site &site, const ExportOptions &options) {
    const QList<Service> list = services(cookies);
    switch (options.format) {
    case Format::Tarteaucitron:
        return writeTarteaucitron(list, site, options).toUtf8();
    case Format::Klaro:
        return writeKlaro(list, site, options).toUtf8();
    case Format::Orejime2:
        return writeOrejime2(list, site, options).toUtf8();
    case Format::Orejime3:
        break;
    }
    return writeOrejime3(list, site, options).toUtf8();
}

QString regexEscape(const QString &text) {
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        if (QStringLiteral("\\^$.|?*+()[]{}").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString klaroPattern(const QString &prefix) {
    return QLatin1Char('^') + regexEscape(prefix);
}

QString orejimePattern(const QString &prefix) {
    return QLatin1Char('/') + regexBody(prefix) + QLatin1Char('/');
}

std::optional<QString> patternFromRegex(const QString &expression) {
    QString body = expression;
    // "/^_ga_.*$/" or "/^_ga_/i" as a string: the body between the slashes.
    static const QRegularExpression literal(QStringLiteral("^/(.*)/([a-z]*)$"));
    const QRegularExpressionMatch m = literal.match(body);
    if (m.hasMatch()) {
        if (m.captured(2).contains(QLatin1Char('i')))
            return std::nullopt; // case-insensitive: no registry pattern says that
        body = m.captured(1);
    }
    if (!body.startsWith(QLatin1Char('^')))
        return std::nullopt;
    body.remove(0, 1);
    for (const QString &tail : {QStringLiteral(".*$"), QStringLiteral(".*"), QStringLiteral(".+$"),
                                QStringLiteral(".+")}) {
        if (body.endsWith(tail)) {
            body.chop(tail.size());
            break;
        }
    }
    // What is left must be plain characters, escaped or not.
    QString prefix;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= body.size())
                return std::nullopt;
            const QChar next = body.at(++i);
            if (next.isLetterOrNumber())
                return std::nullopt; // \d, \w, \b...: a class, not a character
            prefix += next;
            continue;
        }
        if (QStringLiteral("^$.|?*+()[]{}").contains(c))
            return std::nullopt;
        prefix += c;
    }
    if (prefix.isEmpty())
        return std::nullopt;
    return prefix + QLatin1Char('*');
}

QString jsString(const QString &text) {
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '<':
        case '>':
        case '&':
        case 0x2028:
        case 0x2029:
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString Difference::text() const {
    auto label = [](const std::optional<Category> &c) {
        return c ? Vocabulary::categoryLabel(*c) : QCoreApplication::translate("Banner", "none");
    };
    switch (kind) {
    case Kind::MissingFromRegistry:
        return QCoreApplication::translate(
                   "Banner", "%1 is declared by the banner (%2) but is in no row of the registry")
            .arg(name, bannerService);
    case Kind::MissingFromBanner:
        return QCoreApplication::translate(
                   "Banner", "%1 (%2) is in the registry but the banner does not declare it")
            .arg(name, registryProvider);
    case Kind::Category:
        break;
    }
    return QCoreApplication::translate("Banner",
                                       "%1: the banner says %2 (%3), the registry says %4")
        .arg(name, label(bannerCategory), bannerService, label(registryCategory));
}

QList<Difference> compare(const QList<ImportRecord> &banner, const QList<Cookie> &registry) {
    QList<Difference> out;
    QHash<QString, qsizetype> registryByName;
    for (qsizetype i = 0; i < registry.size(); ++i)
        registryByName.insert(registry.at(i).name, i);
    QSet<QString> declared;
    for (const ImportRecord &record : banner) {
        const Cookie &b = record.cookie;
        declared.insert(b.name);
        const QString service =
            b.service.isEmpty() ? b.provider : b.provider + QStringLiteral(" — ") + b.service;
        const auto at = registryByName.constFind(b.name);
        Difference d;
        d.name = b.name;
        d.bannerService = service;
        if (at == registryByName.cend()) {
            d.kind = Difference::Kind::MissingFromRegistry;
            d.bannerCategory = b.category;
            out.append(d);
            continue;
        }
        const Cookie &r = registry.at(*at);
        // A banner cannot tell exempt statistics from necessary: both ask no consent.
        const bool same = b.category == r.category || b.category == Category::Unclassified;
        if (!same) {
            d.kind = Difference::Kind::Category;
            d.bannerCategory = b.category;
            d.registryCategory = r.category;
            d.registryProvider = r.provider;
            out.append(d);
        }
    }
    for (const Cookie &r : registry) {
        if (declared.contains(r.name))
            continue;
        declared.insert(r.name); // one line per name
        Difference d;
        d.kind = Difference::Kind::MissingFromBanner;
        d.name = r.name;
        d.registryProvider = r.provider;
        d.registryCategory = r.category;
        out.append(d);
    }
    return out;
}

} // namespace Banner
