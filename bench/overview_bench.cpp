// View > Overview on a 100,000-cookie store (target: draws in <= 300 ms). Figures, medians of
// 5 rounds: reading the store and applying every rule (Overview::read), the counting alone
// (Overview::compute), drawing the six charts (OverviewCharts::paintAll into a picture), and the
// whole dialog, opened and painted once (OverviewDialog + grab()). Prints figures.
#include "BenchSupport.h"
#include "Overview.h"
#include "OverviewCharts.h"
#include "OverviewDialog.h"
#include "Store.h"
#include "Validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QList<Cookie> synthetic(qint64 siteId, int count) {
    QRandomGenerator random(7);
    const QStringList providers{
        QStringLiteral("Google"),   QStringLiteral("Matomo"),     QStringLiteral("Meta"),
        QStringLiteral("Hotjar"),   QStringLiteral("YouTube"),    QStringLiteral("Opendatasoft"),
        QStringLiteral("LinkedIn"), QStringLiteral("Vimeo"),      QStringLiteral("Didomi"),
        QStringLiteral("HubSpot"),  QStringLiteral("Cloudflare"), QStringLiteral("Zendesk")};
    const QStringList durations{QStringLiteral("session"),
                                QStringLiteral("30 minutes"),
                                QStringLiteral("1 jour"),
                                QStringLiteral("6 mois"),
                                QStringLiteral("13 mois"),
                                QStringLiteral("2 ans"),
                                QString()};
    const QList<Category> categories = Vocabulary::allCategories();
    QList<Cookie> cookies;
    cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie c;
        c.siteId = siteId;
        c.provider = providers.at(int(random.bounded(providers.size())));
        c.service = QStringLiteral("Service %1").arg(i % 20);
        c.name = QStringLiteral("c_%1").arg(i, 7, 10, QLatin1Char('0'));
        c.purposeFr = QStringLiteral("Finalité %1").arg(i);
        if (i % 4 != 0)
            c.purposeEn = QStringLiteral("Purpose %1").arg(i);
        c.category = categories.at(int(random.bounded(categories.size())));
        c.party = random.bounded(3) == 0 ? Party::Third : Party::First;
        c.duration = durations.at(int(random.bounded(durations.size())));
        c.domain = QStringLiteral("site.exemple.fr");
        cookies.append(c);
    }
    return cookies;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Store store;
    QString error;
    if (!store.create(dir.filePath(QStringLiteral("bench.cookiestore")), &error)) {
        out << "cannot create the store: " << error << '\n';
        return 1;
    }
    Site site;
    site.name = QStringLiteral("site.exemple.fr");
    site.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    store.addSite(site);
    QList<Cookie> cookies = synthetic(site.id, 100000);
    if (!store.addCookies(cookies).ok()) {
        out << "cannot fill the store\n";
        return 1;
    }
    out.flush();

    Overview::Data data;
    QList<Overview::SiteFindings> findings;
    const double read = BenchSupport::medianMs([&] {
        findings.clear();
        Overview::read(store, site.id, &data, &findings, nullptr);
    });
    QList<Problem> problems;
    for (const Overview::SiteFindings &found : findings)
        problems.append(found.problems);
    const QList<Cookie> stored = store.cookies(site.id);
    const double count =
        BenchSupport::medianMs([&] { data = Overview::compute(stored, problems, {}); });
    const double draw = BenchSupport::medianMs([&] {
        QImage image(OverviewCharts::pageSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        OverviewCharts::paintAll(painter, QRectF(QPointF(0, 0), OverviewCharts::pageSize()), data);
    });
    const double dialog = BenchSupport::medianMs([&] {
        OverviewDialog shown(&store, site.id);
        shown.resize(1100, 800);
        const QPixmap picture = shown.grab();
        Q_UNUSED(picture);
    });
    // What the window does: the table already holds the site's cookies.
    const double window = BenchSupport::medianMs([&] {
        OverviewDialog shown(&store, site.id, nullptr, [&]() -> std::optional<Overview::Registry> {
            return Overview::Registry{site, stored, {}};
        });
        shown.resize(1100, 800);
        const QPixmap picture = shown.grab();
        Q_UNUSED(picture);
    });
    out << "overview of 100,000 cookies (" << problems.size() << " findings):\n"
        << "  read the store and apply every rule: " << read << " ms\n"
        << "  count (categories, parties, providers, lifetimes, rules): " << count << " ms\n"
        << "  draw the six charts: " << draw << " ms\n"
        << "  the dialog from the window (its table holds the cookies), opened and painted: "
        << window << " ms (target <= 300 ms)\n"
        << "  the dialog reading the store itself, opened and painted: " << dialog << " ms\n";
    return 0;
}
