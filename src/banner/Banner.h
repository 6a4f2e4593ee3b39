#pragma once

#include "Cookie.h"
#include "ImportRecord.h"
#include "Site.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The consent banner's configuration, written from the registry and read back: tarteaucitron,
// Klaro, Orejime 2 and Orejime 3. Qt Core for writing; reading evaluates JavaScript (Qt Qml's
// QJSEngine, in BannerReader). Never Widgets.
namespace Banner {

enum class Format { Tarteaucitron, Klaro, Orejime2, Orejime3 };

QString formatKey(Format format);   // "tarteaucitron", "klaro", "orejime2", "orejime3"
QString formatLabel(Format format); // "tarteaucitron", "Klaro", "Orejime 2", "Orejime 3"
std::optional<Format> parseFormat(const QString &text);
QList<Format> allFormats();

// One banner service: a provider and service of the registry, with all their cookies.
struct Service {
    QString key; // stable, from provider and service: "cc_opendatasoft_plateforme"
    QString provider;
    QString service;
    QString purposeFr; // the cookies' distinct purposes, joined
    QString purposeEn;
    Category category = Category::Unclassified; // the one that asks the most consent
    bool needsConsent = true; // false when every cookie is exempt (necessary, exempt statistics)
    QString privacyUrl;
    QStringList names; // as the registry writes them; patterns end with '*'

    QString title() const; // "Opendatasoft — Plateforme", or the provider alone
    QStringList exactNames() const;
    QStringList patternPrefixes() const; // "_ga_" for "_ga_*"
};

// The registry's cookies grouped into services, in the order of their first cookie.
QList<Service> services(const QList<Cookie> &cookies);
// "Opendatasoft", "Plateforme" -> "cc_opendatasoft_plateforme": ASCII letters, digits, '_'.
QString serviceKey(const QString &provider, const QString &service);

// The library's word for a category (tarteaucitron's type, Klaro's and Orejime's purpose).
QString purposeId(Category category);

struct ExportOptions {
    Format format = Format::Tarteaucitron;
    QString language = QStringLiteral("fr"); // the banner's language: "fr" or "en"
    QString policyUrl;                       // the published charter; the site's address when empty
    int consentDays = 182;                   // how long the choice is kept: 6 months at most
};

// The configuration file, UTF-8 JavaScript. Every text from the registry is written as a
// JavaScript string literal (and HTML-escaped where the library inserts it as HTML).
QByteArray write(const QList<Cookie> &cookies, const Site &site, const ExportOptions &options);

// Regular expressions for a pattern's prefix, as each library reads them.
QString klaroPattern(const QString &prefix);   // "^_ga_"
QString orejimePattern(const QString &prefix); // "/^_ga_.*$/"
QString regexEscape(const QString &text);      // "_pk_id." -> "_pk_id\\."
// A regular expression that is a plain prefix ("^_ga_", "^_ga_.*$", "/^_pk_id\\..*/"), as a
// registry pattern ("_ga_*"); nullopt for any other expression.
std::optional<QString> patternFromRegex(const QString &expression);

// A JavaScript string literal: quoted, with quotes, backslashes, line breaks, U+2028/9 and
// the characters that could close a <script> element ('<', '>', '&') escaped.
QString jsString(const QString &text);

// What the banner configuration declares compared with the registry: by cookie name.
struct Difference {
    enum class Kind { MissingFromRegistry, MissingFromBanner, Category };
    Kind kind = Kind::MissingFromRegistry;
    QString name;
    QString bannerService; // the banner's service title
    QString registryProvider;
    std::optional<Category> bannerCategory;
    std::optional<Category> registryCategory;
    QString text() const; // translated sentence
};
QList<Difference> compare(const QList<ImportRecord> &banner, const QList<Cookie> &registry);

} // namespace Banner
