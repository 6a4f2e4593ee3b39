// The registry's rules over 100,000 cookies (target: <= 150 ms): every rule of one site
// (Validator::checkRegistry) and the rules across sites (Validator::checkAcrossSites, the same
// cookies split over ten sites). Synthetic cookies in the spirit of bench/synthetic_registry.py:
// a mix of categories, parties, durations and languages, so that rules fire. Prints figures.
#include "BenchSupport.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

namespace {

QList<Cookie> synthetic(int count) {
    QRandomGenerator random(11);
    const QStringList providers{QStringLiteral("Google"), QStringLiteral("Matomo"),
                                QStringLiteral("Meta"),   QStringLiteral("Opendatasoft"),
                                QStringLiteral("Hotjar"), QStringLiteral("Ville")};
    const QStringList durations{QStringLiteral("session"),
                                QStringLiteral("30 minutes"),
                                QStringLiteral("1 jour"),
                                QStringLiteral("6 mois"),
                                QStringLiteral("13 mois"),
                                QStringLiteral("2 ans"),
                                QString()};
    const QList<Category> categories{Category::Necessary, Category::Preferences,
                                     Category::Statistics, Category::Marketing,
                                     Category::Unclassified};
    QList<Cookie> cookies;
    cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie c;
        c.id = i + 1;
        c.provider = providers.at(int(random.bounded(providers.size())));
        c.service = QStringLiteral("Service %1").arg(i % 20);
        // A third of the names recur on other sites (the rules across sites compare them).
        c.name = i % 3 == 0 ? QStringLiteral("shared_%1").arg(i % 9999)
                            : QStringLiteral("own_%1").arg(i, 7, 10, QLatin1Char('0'));
        c.purposeFr = QStringLiteral("Finalité « %1 », avec une virgule").arg(i);
        if (i % 4 != 0)
            c.purposeEn = QStringLiteral("Purpose %1").arg(i);
        c.category = categories.at(int(random.bounded(categories.size())));
        c.party = random.bounded(3) == 0 ? Party::Third : Party::First;
        c.duration = durations.at(int(random.bounded(durations.size())));
        if (c.category == Category::Statistics && random.bounded(2) == 0)
            c.consentExemptOverride = true;
        c.domain = QStringLiteral("site.exemple.fr");
        cookies.append(c);
    }
    return cookies;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<Cookie> cookies = synthetic(100000);
    Site site;
    site.name = QStringLiteral("site.exemple.fr");
    site.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    QList<double> one;
    qsizetype found = 0;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer timer;
        timer.start();
        found = Validator::checkRegistry(site, cookies).size();
        one.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "every rule of one site, 100,000 cookies: " << BenchSupport::median(one) << " ms ("
        << found << " findings; target <= 150 ms)\n";
    QList<QPair<Site, QList<Cookie>>> sites;
    for (int s = 0; s < 10; ++s) {
        Site each = site;
        each.name = QStringLiteral("site%1.exemple.fr").arg(s);
        sites.append({each, cookies.mid(s * 10000, 10000)});
    }
    QList<double> across;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer timer;
        timer.start();
        found = Validator::checkAcrossSites(sites).size();
        across.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "the rules across ten sites, 100,000 cookies: " << BenchSupport::median(across)
        << " ms (" << found << " findings)\n";
    return 0;
}
