#pragma once

#include "Cookie.h"
#include "Problem.h"
#include "Publication.h"
#include "RuleSwitch.h"
#include "Site.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class Store;

// The registry at a glance: the numbers behind *View > Overview* and `cookie-charter report`,
// computed here (no widgets) so that the window, the report and the tests share them.
namespace Overview {

// Which cookies the registry table shows after a click on a bar.
using Filter = std::function<bool(const Cookie &)>;

// What a chart counts; a bar of one of them can filter the registry table (matches()).
enum class Kind { Category, Party, Provider, Lifetime, Rule };

struct Bar {
    QString key;   // stable: a category or party key, a provider, a lifetime bucket, a rule id
    QString label; // translated
    int count = 0;
};

// One site's publications, oldest first.
struct History {
    QString site;
    struct Point {
        int seq = 0;
        QString publishedAt;
        int cookies = 0;
    };
    QList<Point> points;
};

struct Data {
    QString scope; // the site's name, or "every site" (translated)
    int sites = 1;
    int cookies = 0;
    int errors = 0;
    int warnings = 0;
    int information = 0;
    int switchedOff = 0;    // rules switched off (over the sites counted)
    QList<Bar> categories;  // every category, in the vocabulary's order
    QList<Bar> parties;     // first, third
    QList<Bar> providers;   // the top ones, most cookies first (ties by name)
    int otherProviders = 0; // providers not shown
    int otherProviderCookies = 0;
    QList<Bar> lifetimes;       // the histogram's buckets, shortest first, "unknown" last
    int lifetimeLimitAfter = 0; // the 13-month line is drawn after this bucket
    QList<Bar> rules;           // problems by rule, most first (switched-off rules not counted)
    QList<History> publications;
};

constexpr int topProviders = 10;

// `problems`: the findings of the rules over these cookies, after the sites' switches.
Data compute(const QList<Cookie> &cookies, const QList<Problem> &problems,
             const QList<History> &publications);

History historyOf(const QString &site, const QList<Publication> &publications);

// The lifetime bucket's key of a cookie ("session", "day", "month", "6-months", "13-months",
// "25-months", "longer", "unknown").
QString lifetimeKey(const Cookie &cookie);

// Whether the cookie is one of a bar's: the chart-to-filter click. For Kind::Rule,
// `ruleCookies` holds the ids of the cookies with a finding of that rule.
bool matches(Kind kind, const QString &key, const Cookie &cookie,
             const QSet<qint64> &ruleCookies = {});

// The bars of a kind of chart.
const QList<Bar> &bars(const Data &data, Kind kind);

// The title of a chart (translated).
QString title(Kind kind);

// One site's findings (after its switches) with the names of its cookies: the report's list.
struct SiteFindings {
    QString site;
    qint64 siteId = 0;
    QList<Problem> problems;
    QList<RuleSwitch> switches;
    QHash<qint64, QString> cookieNames;
};

// A site's registry as the overview counts it.
struct Registry {
    Site site;
    QList<Cookie> cookies;
    QList<RuleSwitch> switches;
};

// Applies every rule to each registry (and across them when `everySite`), the sites' switches,
// and counts: the overview of registries already in memory (the window's table).
// `withNames`: fill SiteFindings::cookieNames (the report names cookies; the window does not).
Data build(const QList<Registry> &registries, bool everySite,
           const QList<Publication> &publications, QList<SiteFindings> *findings,
           bool withNames = true);

// Reads one site (siteId > 0) or every site (0) and computes its overview: every rule, the
// sites' switches, and across sites when every site is read. False with the reason.
bool read(const Store &store, qint64 siteId, Data *data, QList<SiteFindings> *findings,
          QString *error);

} // namespace Overview
