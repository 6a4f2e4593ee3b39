#include "Rules.h"

#include <QCoreApplication>

namespace {

constexpr const char *ours = QT_TRANSLATE_NOOP("Rules", "Cookie Charter: the charter needs it");
constexpr const char *guidelines =
    QT_TRANSLATE_NOOP("Rules", "CNIL, deliberation 2020-091 (guidelines), article 5: the "
                               "exemptions cover strictly necessary trackers and first-party "
                               "audience measurement kept 13 months at most");
constexpr const char *choiceKept =
    QT_TRANSLATE_NOOP("Rules", "CNIL, deliberation 2020-092 (recommendation), article 2: a "
                               "visitor's choice, given or refused, is kept for six months");
constexpr const char *recommendation =
    QT_TRANSLATE_NOOP("Rules", "CNIL, deliberation 2020-092 (recommendation): the user is told "
                               "each tracker's purpose and how long it is kept");

} // namespace

QString Rule::translatedSummary() const {
    return QCoreApplication::translate("Rules", summary);
}

QString Rule::translatedSource() const {
    return QCoreApplication::translate("Rules", source);
}

namespace Rules {

const QList<Rule> &all() {
    using S = Problem::Severity;
    static const QList<Rule> rules{
        {"provider-missing", S::Error,
         QT_TRANSLATE_NOOP("Rules", "every cookie names its provider"), recommendation},
        {"name-missing", S::Error, QT_TRANSLATE_NOOP("Rules", "every cookie has a name"), ours},
        {"purpose-missing", S::Error, QT_TRANSLATE_NOOP("Rules", "every cookie says its purpose"),
         recommendation},
        {"purpose-language", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "the purpose is written in every language of the site"),
         recommendation},
        {"category-unclassified", S::Error,
         QT_TRANSLATE_NOOP("Rules", "every cookie has a category: the charter lists cookies by "
                                    "category and has no place for one without"),
         ours},
        {"duplicate", S::Error,
         QT_TRANSLATE_NOOP("Rules", "a site declares a domain and name once"), ours},
        {"duration-unreadable", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "a duration can be read (\"13 mois\", \"2 years\", "
                                    "\"session\")"),
         recommendation},
        {"duration-missing", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "a cookie that needs consent says how long it is kept"),
         recommendation},
        {"session-duration", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "a session storage item is kept for the session only, as its "
                                    "duration must say"),
         ours},
        {"cnil-exempt-lifetime", S::Error,
         QT_TRANSLATE_NOOP("Rules", "statistics marked exempt from consent live 13 months at "
                                    "most: the audience-measurement exemption's own limit"),
         guidelines},
        {"necessary-lifetime", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "a necessary cookie, which asks no consent, living more "
                                    "than 13 months is worth a second look (the CNIL's limit "
                                    "for exempt trackers)"),
         guidelines},
        {"cnil-exempt-third-party", S::Error,
         QT_TRANSLATE_NOOP("Rules", "only first-party statistics may be exempt from consent"),
         guidelines},
        {"cnil-exempt-category", S::Error,
         QT_TRANSLATE_NOOP("Rules", "marketing and preferences cookies are never exempt from "
                                    "consent"),
         guidelines},
        {"third-party-privacy-link", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "a third-party cookie links to its provider's privacy "
                                    "policy"),
         recommendation},
        {"consent-lifetime", S::Warning,
         QT_TRANSLATE_NOOP("Rules", "the consent banner keeps the visitor's choice six months at "
                                    "most (the site's setting)"),
         choiceKept},
        {"cross-site-category", S::Info,
         QT_TRANSLATE_NOOP("Rules", "the same provider and name have the same category on every "
                                    "site of the store"),
         ours},
    };
    return rules;
}

const QStringList &ids() {
    static const QStringList list = [] {
        QStringList out;
        for (const Rule &rule : all())
            out.append(QString::fromLatin1(rule.id));
        return out;
    }();
    return list;
}

qsizetype indexOf(const char *id) {
    const QList<Rule> &rules = all();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (qstrcmp(rules.at(i).id, id) == 0)
            return i;
    }
    return -1;
}

const Rule *find(const QString &id) {
    for (const Rule &rule : all()) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

QString severityKey(Problem::Severity severity) {
    switch (severity) {
    case Problem::Severity::Error:
        return QStringLiteral("error");
    case Problem::Severity::Warning:
        return QStringLiteral("warning");
    case Problem::Severity::Info:
        break;
    }
    return QStringLiteral("information");
}

QString severityLabel(Problem::Severity severity) {
    switch (severity) {
    case Problem::Severity::Error:
        return QCoreApplication::translate("Rules", "error");
    case Problem::Severity::Warning:
        return QCoreApplication::translate("Rules", "warning");
    case Problem::Severity::Info:
        break;
    }
    return QCoreApplication::translate("Rules", "information");
}

} // namespace Rules
