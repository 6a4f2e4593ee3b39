#include "BannerReader.h"

#include "BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJSEngine>
#include <QJSValue>
#include <QJSValueIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Banner {

namespace {

// The sandbox: the browser's and the libraries' globals, as inert stubs. A stub answers any
// property, call or construction with another stub, and reads as "" or 0; timers never run.
const char sandboxPrelude[] = R"JS(
var window = this, self = this, top = this, parent = this, frames = this;
var __cc = { inits: [] };
function __ccStub() {
    var target = function () {};
    return new Proxy(target, {
        get: function (t, key) {
            if (key === Symbol.toPrimitive) return function (hint) { return hint === "number" ? 0 : ""; };
            if (key === "toString" || key === "valueOf") return function () { return ""; };
            if (key === "length") return 0;
            if (key === Symbol.iterator) return undefined;
            return __ccStub();
        },
        set: function () { return true; },
        has: function () { return true; },
        apply: function () { return __ccStub(); },
        construct: function () { return __ccStub(); }
    });
}
function __ccObject(real) {
    return new Proxy(real, {
        get: function (t, key) { return key in t ? t[key] : __ccStub(); }
    });
}
var location = __ccObject({ hostname: "", host: "", href: "", protocol: "https:", pathname: "/", search: "", hash: "" });
var document = __ccObject({ cookie: "", location: location, readyState: "complete", referrer: "", title: "",
                            currentScript: null });
var navigator = __ccObject({ userAgent: "", language: "fr", languages: ["fr"], doNotTrack: null });
var localStorage = __ccStub(), sessionStorage = __ccStub(), history = __ccStub(), screen = __ccStub();
var console = { log: function () {}, warn: function () {}, error: function () {}, info: function () {}, debug: function () {} };
function setTimeout() { return 0; }
function setInterval() { return 0; }
function clearTimeout() {}
function clearInterval() {}
function addEventListener() {}
function removeEventListener() {}
function XMLHttpRequest() { return __ccStub(); }
function fetch() { return __ccStub(); }
var __ccTarteaucitron = { services: {}, user: {}, lang: {}, job: [], parameters: {}, added: {}, state: {},
                          init: function (options) { __cc.inits.push(options); } };
var tarteaucitron = __ccObject(__ccTarteaucitron);
var klaro = __ccObject({ setup: function (config) { __cc.klaroSetup = config; } });
var Orejime = __ccObject({ init: function (config) { __cc.orejimeInit = config; } });
)JS";

// The engine's compiler warns on stderr about the evaluated file's style ("used before its
// declaration"): that is the file's business, not the user's.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void quietCompiler(QLoggingCategory *category) {
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.qml.compiler", 15) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
        category->setEnabled(QtWarningMsg, false);
    }
}

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// Interrupts the engine when the time or the memory runs out.
class Watchdog {
public:
    Watchdog(QJSEngine &engine, const ReadLimits &limits)
        : m_engine(engine)
        , m_limits(limits)
        , m_baseline(residentBytes())
        , m_thread([this] { watch(); }) {}
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;
    ~Watchdog() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    enum class Reason { None, Time, Memory };
    Reason reason() const { return m_reason.load(); }

private:
    void watch() {
        const auto start = std::chrono::steady_clock::now();
        const auto deadline = start + std::chrono::milliseconds(m_limits.milliseconds);
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_done) {
            m_wake.wait_for(lock, std::chrono::milliseconds(20));
            if (m_done)
                break;
            if (std::chrono::steady_clock::now() >= deadline) {
                m_reason = Reason::Time;
                m_engine.setInterrupted(true);
                return;
            }
            if (m_baseline > 0 && residentBytes() - m_baseline > m_limits.memoryBytes) {
                m_reason = Reason::Memory;
                m_engine.setInterrupted(true);
                return;
            }
        }
    }

    QJSEngine &m_engine;
    ReadLimits m_limits;
    qint64 m_baseline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<Reason> m_reason{Reason::None};
    std::thread m_thread;
};

QString htmlUnescape(const QString &text) {
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString replacement = m.captured(0);
        if (name.startsWith(QLatin1String("#x"))) {
            bool ok = false;
            const uint code = name.mid(2).toUInt(&ok, 16);
            if (ok && code > 0 && code < 0x110000)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code < 0x110000)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QChar(0xa0);
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// A service as the configuration declares it.
struct Declared {
    QString key;
    QString title;
    QString purposeFr;
    QString purposeEn;
    Category category = Category::Unclassified;
    bool needsConsent = true;
    QString privacyUrl;
    QStringList names;  // exact names and registry patterns
    QStringList others; // expressions that are no plain prefix, verbatim
};

QString text(const QJSValue &value) {
    return value.isString() ? value.toString().trimmed() : QString();
}

bool isTrue(const QJSValue &value) {
    return value.isBool() && value.toBool();
}

qsizetype lengthOf(const QJSValue &array) {
    if (!array.isArray())
        return 0;
    const int n = array.property(QStringLiteral("length")).toInt();
    return n < 0 ? 0 : n;
}

// One entry of a "cookies" list: a name, a regular expression (literal, "^..." string for
// Klaro, "/.../" string for Orejime 3), or [name, path, domain].
void addCookie(Declared *d, const QJSValue &entry, bool caretIsRegex, bool slashIsRegex) {
    QJSValue value = entry;
    if (value.isArray() && lengthOf(value) > 0)
        value = value.property(0);
    QString expression;
    if (value.isRegExp()) {
        expression = value.toString(); // "/source/flags"
    } else if (value.isString()) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return;
        if ((caretIsRegex && name.startsWith(QLatin1Char('^'))) ||
            (slashIsRegex && name.size() > 2 && name.startsWith(QLatin1Char('/')) &&
             name.lastIndexOf(QLatin1Char('/')) > 0)) {
            expression = name;
        } else {
            if (!d->names.contains(name))
                d->names.append(name);
            return;
        }
    } else {
        return;
    }
    if (const std::optional<QString> pattern = patternFromRegex(expression)) {
        if (!d->names.contains(*pattern))
            d->names.append(*pattern);
    } else if (!d->others.contains(expression)) {
        d->others.append(expression);
    }
}

void addCookies(Declared *d, const QJSValue &list, bool caretIsRegex, bool slashIsRegex) {
    const qsizetype n = lengthOf(list);
    for (qsizetype i = 0; i < n; ++i)
        addCookie(d, list.property(quint32(i)), caretIsRegex, slashIsRegex);
}

// "Matomo — Mesure d'audience" -> provider, service.
void splitTitle(const QString &title, QString *provider, QString *service) {
    const qsizetype dash = title.indexOf(QStringLiteral(" — "));
    if (dash > 0) {
        *provider = title.left(dash).trimmed();
        *service = title.mid(dash + 3).trimmed();
    } else {
        *provider = title.trimmed();
        service->clear();
    }
}

QList<Declared> readTarteaucitron(const QJSValue &services, const QJSValue &customText) {
    QList<Declared> out;
    QJSValueIterator it(services);
    while (it.hasNext()) {
        it.next();
        const QJSValue s = it.value();
        if (!s.isObject())
            continue;
        Declared d;
        d.key = text(s.property(QStringLiteral("key")));
        if (d.key.isEmpty())
            d.key = it.name();
        d.title = htmlUnescape(text(s.property(QStringLiteral("name"))));
        if (d.title.isEmpty())
            d.title = d.key;
        d.privacyUrl = htmlUnescape(text(s.property(QStringLiteral("uri"))));
        const QString type = text(s.property(QStringLiteral("type")));
        const QJSValue need = s.property(QStringLiteral("needConsent"));
        d.needsConsent = !(need.isBool() && !need.toBool());
        if (type == QLatin1String("other") || type.isEmpty())
            d.category = d.needsConsent ? Category::Unclassified : Category::Necessary;
        else
            d.category = categoryFromPurpose(type).value_or(Category::Unclassified);
        const QString description =
            htmlUnescape(text(customText.property(QStringLiteral("desc-") + d.key)));
        d.purposeFr = description;
        addCookies(&d, s.property(QStringLiteral("cookies")), false, false);
        // Cookie Charter's own export writes a family's pattern here (tarteaucitron deletes by
        // exact names only).
        addCookies(&d, s.property(QStringLiteral("cookiePatterns")), false, false);
        out.append(d);
    }
    return out;
}

QString translated(const QJSValue &translations, const QString &language, const QString &key) {
    return text(translations.property(language).property(key));
}

Category categoryOf(const QJSValue &purposes, bool required) {
    std::optional<Category> category;
    const qsizetype n = lengthOf(purposes);
    for (qsizetype i = 0; i < n && !category; ++i)
        category = categoryFromPurpose(text(purposes.property(quint32(i))));
    if (required)
        return category == Category::Statistics ? Category::Statistics : Category::Necessary;
    return category.value_or(Category::Unclassified);
}

QList<Declared> readKlaro(const QJSValue &config) {
    QList<Declared> out;
    QJSValue list = config.property(QStringLiteral("services"));
    if (!list.isArray())
        list = config.property(QStringLiteral("apps")); // Klaro before 0.7
    const QJSValue shared = config.property(QStringLiteral("translations"));
    const qsizetype n = lengthOf(list);
    for (qsizetype i = 0; i < n; ++i) {
        const QJSValue s = list.property(quint32(i));
        if (!s.isObject())
            continue;
        Declared d;
        d.key = text(s.property(QStringLiteral("name")));
        const QJSValue own = s.property(QStringLiteral("translations"));
        for (const QString &language :
             {QStringLiteral("fr"), QStringLiteral("zz"), QStringLiteral("en")}) {
            if (d.title.isEmpty())
                d.title = translated(own, language, QStringLiteral("title"));
        }
        if (d.title.isEmpty())
            d.title = text(s.property(QStringLiteral("title")));
        if (d.title.isEmpty())
            d.title =
                translated(shared.property(QStringLiteral("fr")), d.key, QStringLiteral("title"));
        if (d.title.isEmpty())
            d.title = d.key;
        d.purposeFr = translated(own, QStringLiteral("fr"), QStringLiteral("description"));
        d.purposeEn = translated(own, QStringLiteral("en"), QStringLiteral("description"));
        if (d.purposeFr.isEmpty())
            d.purposeFr = translated(shared.property(QStringLiteral("fr")), d.key,
                                     QStringLiteral("description"));
        if (d.purposeEn.isEmpty())
            d.purposeEn = translated(shared.property(QStringLiteral("en")), d.key,
                                     QStringLiteral("description"));
        if (d.purposeFr.isEmpty() && d.purposeEn.isEmpty())
            d.purposeFr = translated(own, QStringLiteral("zz"), QStringLiteral("description"));
        if (d.purposeFr.isEmpty() && d.purposeEn.isEmpty())
            d.purposeFr = text(s.property(QStringLiteral("description")));
        d.privacyUrl = text(s.property(QStringLiteral("privacyPolicyUrl")));
        const bool required = isTrue(s.property(QStringLiteral("required")));
        d.needsConsent = !required;
        d.category = categoryOf(s.property(QStringLiteral("purposes")), required);
        addCookies(&d, s.property(QStringLiteral("cookies")), true, false);
        out.append(d);
    }
    return out;
}

QList<Declared> readOrejime2(const QJSValue &config) {
    QList<Declared> out;
    const QJSValue apps = config.property(QStringLiteral("apps"));
    const QJSValue translations = config.property(QStringLiteral("translations"));
    const qsizetype n = lengthOf(apps);
    for (qsizetype i = 0; i < n; ++i) {
        const QJSValue s = apps.property(quint32(i));
        if (!s.isObject())
            continue;
        Declared d;
        d.key = text(s.property(QStringLiteral("name")));
        d.title = text(s.property(QStringLiteral("title")));
        if (d.title.isEmpty())
            d.title = d.key;
        // Orejime 2 shows an app's description as HTML.
        d.purposeFr = htmlUnescape(translated(translations.property(QStringLiteral("fr")), d.key,
                                              QStringLiteral("description")));
        d.purposeEn = htmlUnescape(translated(translations.property(QStringLiteral("en")), d.key,
                                              QStringLiteral("description")));
        if (d.purposeFr.isEmpty() && d.purposeEn.isEmpty())
            d.purposeFr = htmlUnescape(text(s.property(QStringLiteral("description"))));
        d.privacyUrl = text(s.property(QStringLiteral("privacyPolicyUrl")));
        const bool required = isTrue(s.property(QStringLiteral("required")));
        d.needsConsent = !required;
        d.category = categoryOf(s.property(QStringLiteral("purposes")), required);
        addCookies(&d, s.property(QStringLiteral("cookies")), false, false);
        out.append(d);
    }
    return out;
}

void readOrejime3Purposes(const QJSValue &list, std::optional<Category> group, int depth,
                          QList<Declared> *out) {
    const qsizetype n = lengthOf(list);
    for (qsizetype i = 0; i < n && depth < 8; ++i) {
        const QJSValue p = list.property(quint32(i));
        if (!p.isObject())
            continue;
        const QString id = text(p.property(QStringLiteral("id")));
        const QString title = text(p.property(QStringLiteral("title")));
        const QJSValue children = p.property(QStringLiteral("purposes"));
        if (children.isArray()) {
            std::optional<Category> category = categoryFromPurpose(id);
            if (!category)
                category = categoryFromPurpose(title);
            readOrejime3Purposes(children, category ? category : group, depth + 1, out);
            continue;
        }
        Declared d;
        d.key = id;
        d.title = title.isEmpty() ? id : title;
        d.purposeFr = htmlUnescape(text(p.property(QStringLiteral("description")))); // HTML
        d.privacyUrl = text(p.property(QStringLiteral("privacyPolicyUrl")));
        const bool mandatory = isTrue(p.property(QStringLiteral("isMandatory")));
        const bool exempt = isTrue(p.property(QStringLiteral("isExempt")));
        d.needsConsent = !mandatory && !exempt;
        if (mandatory)
            d.category = Category::Necessary;
        else if (group)
            d.category = *group;
        else if (exempt)
            d.category = Category::Statistics;
        else
            d.category = categoryFromPurpose(id).value_or(Category::Unclassified);
        addCookies(&d, p.property(QStringLiteral("cookies")), false, true);
        out->append(d);
    }
}

// The declared services as registry rows: one per distinct cookie name.
void toRecords(const QList<Declared> &declared, Format format, const QString &sourceName,
               ReadResult *result) {
    QHash<QString, qsizetype> byName;
    QHash<qsizetype, QStringList> alsoIn;
    for (qsizetype i = 0; i < declared.size(); ++i) {
        const Declared &d = declared.at(i);
        QString provider;
        QString service;
        splitTitle(d.title, &provider, &service);
        if (provider.isEmpty())
            provider = d.key;
        for (const QString &other : d.others)
            result->warnings.append(
                QCoreApplication::translate(
                    "BannerReader",
                    "%1: service %2: the cookie expression %3 is no plain prefix; it is kept in "
                    "the notes")
                    .arg(sourceName, d.title, other));
        if (d.names.isEmpty()) {
            result->warnings.append(QCoreApplication::translate(
                                        "BannerReader", "%1: service %2 declares no cookie name")
                                        .arg(sourceName, d.title));
            continue;
        }
        bool first = true;
        for (const QString &name : d.names) {
            const auto at = byName.constFind(name);
            if (at != byName.cend()) {
                QStringList &services = alsoIn[*at];
                if (!services.contains(d.title) && result->records.at(*at).cookie.provider +
                                                           QStringLiteral(" — ") +
                                                           result->records.at(*at).cookie.service !=
                                                       d.title)
                    services.append(d.title);
                continue;
            }
            ImportRecord record;
            record.line = int(i + 1);
            Cookie &c = record.cookie;
            c.provider = provider;
            c.service = service;
            c.name = name;
            c.category = d.category;
            if (c.category == Category::Statistics && !d.needsConsent)
                c.consentExemptOverride = true;
            c.privacyUrl = d.privacyUrl;
            c.purposeFr = d.purposeFr;
            c.purposeEn = d.purposeEn;
            if (c.purposeFr.isEmpty() && c.purposeEn.isEmpty()) {
                // The library's own services say nothing of their cookies' purpose: say where
                // the row comes from, for the privacy officer to complete.
                c.purposeFr = QStringLiteral("Cookie du service « %1 », déclaré dans la "
                                             "configuration du bandeau (finalité à préciser).")
                                  .arg(d.title);
                c.purposeEn = QStringLiteral("Cookie of the service \"%1\", declared in the "
                                             "banner configuration (purpose to describe).")
                                  .arg(d.title);
            }
            QStringList notes{
                QCoreApplication::translate("BannerReader",
                                            "Imported from the %1 configuration %2 (service %3)")
                    .arg(formatLabel(format), sourceName, d.key)};
            if (first && !d.others.isEmpty())
                notes.append(
                    QCoreApplication::translate(
                        "BannerReader", "Other cookie expressions of the service, not imported: %1")
                        .arg(d.others.join(QStringLiteral(", "))));
            c.notes = notes.join(QLatin1Char('\n'));
            byName.insert(name, result->records.size());
            result->records.append(record);
            first = false;
        }
    }
    for (auto it = alsoIn.cbegin(); it != alsoIn.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        Cookie &c = result->records[it.key()].cookie;
        c.notes +=
            QLatin1Char('\n') + QCoreApplication::translate("BannerReader", "Also declared by: %1")
                                    .arg(it.value().join(QStringLiteral(", ")));
    }
}

} // namespace

std::optional<Category> categoryFromPurpose(const QString &purpose) {
    const QString p = purpose.trimmed().toLower();
    if (p.isEmpty())
        return std::nullopt;
    static const struct {
        const char *word;
        Category category;
    } table[] = {
        {"necessary", Category::Necessary},     {"nécessaire", Category::Necessary},
        {"necessaire", Category::Necessary},    {"essential", Category::Necessary},
        {"essentiel", Category::Necessary},     {"required", Category::Necessary},
        {"mandatory", Category::Necessary},     {"obligatoire", Category::Necessary},
        {"security", Category::Necessary},      {"sécurité", Category::Necessary},
        {"technique", Category::Necessary},     {"technical", Category::Necessary},
        {"strict", Category::Necessary},        {"analytic", Category::Statistics},
        {"statisti", Category::Statistics},     {"audience", Category::Statistics},
        {"measure", Category::Statistics},      {"mesure", Category::Statistics},
        {"performance", Category::Statistics},  {"ads", Category::Marketing},
        {"advert", Category::Marketing},        {"marketing", Category::Marketing},
        {"publicit", Category::Marketing},      {"target", Category::Marketing},
        {"ciblage", Category::Marketing},       {"social", Category::Marketing},
        {"video", Category::Marketing},         {"vidéo", Category::Marketing},
        {"comment", Category::Preferences},     {"support", Category::Preferences},
        {"prefer", Category::Preferences},      {"préférence", Category::Preferences},
        {"preference", Category::Preferences},  {"functional", Category::Preferences},
        {"fonctionnel", Category::Preferences}, {"livechat", Category::Preferences},
        {"styling", Category::Preferences},     {"personnalis", Category::Preferences},
        {"personaliz", Category::Preferences},  {"api", Category::Preferences},
        {"google", Category::Marketing},
    };
    for (const auto &entry : table) {
        if (p == QLatin1String(entry.word))
            return entry.category;
    }
    for (const auto &entry : table) {
        if (qstrlen(entry.word) > 3 && p.contains(QString::fromUtf8(entry.word)))
            return entry.category;
    }
    return std::nullopt;
}

ReadResult read(const QByteArray &source, const QString &sourceName, const ReadLimits &limits) {
    ReadResult result;
    auto fail = [&](const QString &message, int line) {
        result.ok = false;
        result.error = message;
        result.errorLine = line;
        result.records.clear();
        return result;
    };
    if (source.size() > maxConfigBytes)
        return fail(QCoreApplication::translate(
                        "BannerReader", "%1 is larger than %2 MiB: it is no banner configuration")
                        .arg(sourceName)
                        .arg(maxConfigBytes / 1024 / 1024),
                    0);
    QString program = QString::fromUtf8(source);
    if (program.startsWith(QChar(0xfeff)))
        program.remove(0, 1);
    if (program.trimmed().isEmpty())
        return fail(QCoreApplication::translate("BannerReader",
                                                "%1 is empty: it is no banner configuration")
                        .arg(sourceName),
                    0);

    // A plain JSON configuration (Klaro and Orejime accept one) is an expression, not a program.
    QJsonParseError jsonError;
    QJsonDocument::fromJson(source, &jsonError);
    const bool json = jsonError.error == QJsonParseError::NoError;

    static std::once_flag quiet;
    std::call_once(quiet, [] { previousFilter = QLoggingCategory::installFilter(quietCompiler); });
    QJSEngine engine;
    const QJSValue prelude =
        engine.evaluate(QString::fromUtf8(sandboxPrelude), QStringLiteral("sandbox"));
    if (prelude.isError())
        return fail(QCoreApplication::translate("BannerReader",
                                                "the JavaScript sandbox could not start: %1")
                        .arg(prelude.toString()),
                    0);
    QJSValue evaluated;
    Watchdog::Reason stopped = Watchdog::Reason::None;
    {
        Watchdog watchdog(engine, limits);
        QStringList stack;
        evaluated = json ? engine.evaluate(QStringLiteral("__cc.json = (\n") + program +
                                               QStringLiteral("\n);"),
                                           sourceName, 0, &stack)
                         : engine.evaluate(program, sourceName, 1, &stack);
        stopped = watchdog.reason();
    }
    engine.setInterrupted(false);
    if (stopped == Watchdog::Reason::Time)
        return fail(
            QCoreApplication::translate(
                "BannerReader", "%1 ran longer than %2 s (an endless loop?); it was stopped")
                .arg(sourceName)
                .arg(limits.milliseconds / 1000.0),
            0);
    if (stopped == Watchdog::Reason::Memory)
        return fail(QCoreApplication::translate(
                        "BannerReader", "%1 used more than %2 MiB of memory; it was stopped")
                        .arg(sourceName)
                        .arg(limits.memoryBytes / 1024 / 1024),
                    0);
    if (evaluated.isError() || engine.hasError()) {
        const QJSValue error = evaluated.isError() ? evaluated : engine.catchError();
        const int line = error.property(QStringLiteral("lineNumber")).toInt();
        const QString name = error.property(QStringLiteral("name")).toString();
        const QString message = error.property(QStringLiteral("message")).toString();
        if (name == QLatin1String("SyntaxError"))
            return fail(
                QCoreApplication::translate(
                    "BannerReader", "%1: line %2: this is not JavaScript the engine can read (%3)")
                    .arg(sourceName)
                    .arg(line)
                    .arg(message),
                line);
        return fail(QCoreApplication::translate(
                        "BannerReader", "%1: line %2: the configuration throws an error: %3: %4")
                        .arg(sourceName)
                        .arg(line)
                        .arg(name, message),
                    line);
    }

    const QJSValue global = engine.globalObject();
    const QJSValue cc = global.property(QStringLiteral("__cc"));
    const QJSValue tacServices =
        global.property(QStringLiteral("__ccTarteaucitron")).property(QStringLiteral("services"));
    QList<Declared> declared;
    auto has = [](const QJSValue &object) {
        QJSValueIterator it(object);
        return object.isObject() && it.hasNext();
    };
    auto orejime = [&](const QJSValue &config) {
        if (config.property(QStringLiteral("apps")).isArray()) {
            result.format = Format::Orejime2;
            declared = readOrejime2(config);
            return true;
        }
        if (config.property(QStringLiteral("purposes")).isArray()) {
            result.format = Format::Orejime3;
            QList<Declared> list;
            readOrejime3Purposes(config.property(QStringLiteral("purposes")), std::nullopt, 0,
                                 &list);
            declared = list;
            return true;
        }
        return false;
    };
    auto klaroConfig = [&](const QJSValue &config) {
        if (config.property(QStringLiteral("services")).isArray() ||
            (config.property(QStringLiteral("apps")).isArray() &&
             config.property(QStringLiteral("elementID")).toString() == QLatin1String("klaro"))) {
            result.format = Format::Klaro;
            declared = readKlaro(config);
            return true;
        }
        return false;
    };
    if (has(tacServices)) {
        result.format = Format::Tarteaucitron;
        declared = readTarteaucitron(tacServices,
                                     global.property(QStringLiteral("tarteaucitronCustomText")));
    } else if (global.property(QStringLiteral("klaroConfig")).isObject() &&
               klaroConfig(global.property(QStringLiteral("klaroConfig")))) {
    } else if (cc.property(QStringLiteral("klaroSetup")).isObject() &&
               klaroConfig(cc.property(QStringLiteral("klaroSetup")))) {
    } else if (global.property(QStringLiteral("orejimeConfig")).isObject() &&
               orejime(global.property(QStringLiteral("orejimeConfig")))) {
    } else if (cc.property(QStringLiteral("orejimeInit")).isObject() &&
               orejime(cc.property(QStringLiteral("orejimeInit")))) {
    } else if (cc.property(QStringLiteral("json")).isObject() &&
               (orejime(cc.property(QStringLiteral("json"))) ||
                klaroConfig(cc.property(QStringLiteral("json"))))) {
    } else {
        return fail(QCoreApplication::translate(
                        "BannerReader",
                        "%1 is no banner configuration: it defines no tarteaucitron service, no "
                        "klaroConfig and no orejimeConfig")
                        .arg(sourceName),
                    0);
    }
    result.services = int(declared.size());
    toRecords(declared, *result.format, sourceName, &result);
    if (result.records.isEmpty())
        return fail(QCoreApplication::translate("BannerReader",
                                                "%1: the %2 configuration declares no cookie name")
                        .arg(sourceName, formatLabel(*result.format)),
                    0);
    result.ok = true;
    return result;
}

ReadResult readFile(const QString &path, const ReadLimits &limits) {
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("BannerReader", "cannot read %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    QByteArray bytes;
    switch (BoundedRead::readAll(file, maxConfigBytes, &bytes)) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        result.error = QCoreApplication::translate(
                           "BannerReader", "%1 is larger than %2: it is no banner configuration")
                           .arg(path, BoundedRead::describe(maxConfigBytes));
        return result;
    case BoundedRead::Status::Failed:
        result.error = QCoreApplication::translate("BannerReader", "cannot read %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    return read(bytes, QFileInfo(path).fileName(), limits);
}

} // namespace Banner
