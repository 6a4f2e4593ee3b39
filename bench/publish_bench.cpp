// Prints how long publishing takes: a 1,000-cookie site in two languages, all formats (target
// 3 s), and `verify` of a store holding 100 publications (target 1 s).
// Run: build/bench/publish_bench

#include "Publisher.h"
#include "RecordListSource.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDFs need fonts
    QTemporaryDir dir;
    Store store;
    if (!store.create(dir.filePath(QStringLiteral("bench.cookiestore")), nullptr))
        return 1;
    Site site;
    site.name = QStringLiteral("mille.exemple.fr");
    site.url = QStringLiteral("https://mille.exemple.fr");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    store.addSite(site);
    QList<ImportRecord> records;
    for (int i = 0; i < 1000; ++i) {
        ImportRecord record;
        record.line = i + 2;
        record.siteName = site.name;
        record.cookie.provider = QStringLiteral("Prestataire %1").arg(i % 16);
        record.cookie.service = QStringLiteral("Mesure d'audience « %1 »").arg(i % 10);
        record.cookie.location = QStringLiteral("front office");
        record.cookie.name = QStringLiteral("_c_%1").arg(i, 7, 10, QLatin1Char('0'));
        record.cookie.purposeFr =
            QStringLiteral(
                "Mesurer l'audience de manière anonyme : pages vues, durée, parcours. (réf. %1)")
                .arg(i);
        record.cookie.purposeEn =
            QStringLiteral("Measures the audience anonymously. (ref. %1)").arg(i);
        record.cookie.category = Vocabulary::allCategories().at(i % 4);
        record.cookie.duration = QStringLiteral("13 mois");
        records.append(record);
    }
    RecordListSource source(records);
    if (!store.importRecords(source, {}).result.ok())
        return 2;

    Store shared;
    if (!shared.create(dir.filePath(QStringLiteral("shared.cookiestore")), nullptr))
        return 3;
    QList<double> times;
    Publisher::Options options;
    options.force = true;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Publisher::Outcome outcome = Publisher::publish(store, site, shared, options);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (outcome.status != Publisher::Outcome::Status::Published)
            return 4;
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "Publish, 1,000 cookies, fr + en, 10 files: %.0f ms (median of 3), target <= 3000 ms\n",
        times.at(1));

    // 100 publications of a smaller site, then verify them all.
    Site small;
    small.name = QStringLiteral("petit.exemple.fr");
    small.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    store.addSite(small);
    for (int i = 0; i < 20; ++i) {
        Cookie cookie = records.at(i).cookie;
        cookie.siteId = small.id;
        store.addCookie(cookie);
    }
    Store hundred;
    if (!hundred.create(dir.filePath(QStringLiteral("hundred.cookiestore")), nullptr))
        return 5;
    for (int i = 0; i < 100; ++i) {
        if (Publisher::publish(store, small, hundred, options).status !=
            Publisher::Outcome::Status::Published)
            return 6;
    }
    QList<double> verify;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Store::Verification report = hundred.verifyPublications();
        verify.append(double(timer.nsecsElapsed()) / 1e6);
        if (!report.ok || report.checked != 100)
            return 7;
    }
    std::sort(verify.begin(), verify.end());
    std::printf(
        "Verify, 100 publications (1,000 files): %.0f ms (median of 5), target <= 1000 ms\n",
        verify.at(2));
    return 0;
}
