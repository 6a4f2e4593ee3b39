// Review and sign-off on a 100,000-cookie site (or as many as the first argument says), published
// once, then three cookies added, two changed and one removed. Figures, medians of 5 rounds: the
// registry's state hash (what every status check computes: one read and the snapshot), submitting a
// review, the charter with the changes marked (ReviewFlow::markedCharter, both snapshots parsed),
// the reviewer's view opened and painted, and the window's review line brought up to date. Prints
// figures.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "Publisher.h"
#include "ReviewFlow.h"
#include "ReviewsDialog.h"
#include "Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {

QList<Cookie> synthetic(qint64 siteId, int count) {
    QList<Cookie> cookies;
    cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie c;
        c.siteId = siteId;
        c.provider = QStringLiteral("Provider %1").arg(i % 50);
        c.service = QStringLiteral("Service %1").arg(i % 20);
        c.name = QStringLiteral("c_%1").arg(i, 7, 10, QLatin1Char('0'));
        c.purposeFr = QStringLiteral("Finalité %1").arg(i);
        c.purposeEn = QStringLiteral("Purpose %1").arg(i);
        c.category = i % 3 == 0 ? Category::Statistics : Category::Necessary;
        c.duration = QStringLiteral("6 mois");
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
    const QString path = dir.filePath(QStringLiteral("bench.cookiestore"));
    Store store;
    QString error;
    if (!store.create(path, &error)) {
        out << "cannot create the store: " << error << '\n';
        return 1;
    }
    store.setUserName(QStringLiteral("marie"));
    Site site;
    site.name = QStringLiteral("site.exemple.fr");
    site.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    store.addSite(site);
    // The registry's size: 100,000 cookies, or the first argument.
    const int size = argc > 1 ? qMax(100, QByteArray(argv[1]).toInt()) : 100000;
    QList<Cookie> cookies = synthetic(site.id, size);
    if (!store.addCookies(cookies).ok()) {
        out << "cannot fill the store\n";
        return 1;
    }
    // The base: a publication (its snapshot is all a review needs of it).
    Store::SiteState state;
    store.readSiteState(site.id, &state, &error);
    Publication base;
    base.site = site.name;
    base.registryJson = Publisher::snapshot(state);
    base.cookieCount = int(state.cookies.size());
    if (!store.addPublication(base).ok()) {
        out << "cannot publish\n";
        return 1;
    }
    QList<Cookie> added = synthetic(site.id, size + 3).mid(size);
    for (Cookie &cookie : added)
        cookie.name += QStringLiteral("_new");
    store.addCookies(added);
    QList<Cookie> stored = store.cookies(site.id);
    stored[10].purposeFr = QStringLiteral("Une autre finalité");
    stored[20].duration = QStringLiteral("13 mois");
    store.updateCookie(stored[10]);
    store.updateCookie(stored[20]);
    store.removeCookies({stored.at(30)});
    out.flush();

    ReviewFlow::State now;
    const double hash =
        BenchSupport::medianMs([&] { ReviewFlow::currentState(store, site.id, &now, &error); });
    const ReviewFlow::Base last = ReviewFlow::lastPublication(&store, site.name);
    int submitted = 0;
    const double submit = BenchSupport::medianMs([&] {
        Review review;
        // The same state is refused after the first round: change one cookie each time.
        Cookie cookie = store.cookies(site.id).constFirst();
        cookie.notes = QString::number(++submitted);
        store.updateCookie(cookie);
        ReviewFlow::submit(store, site, last, QString(), &review);
    });
    const std::optional<Review> review = store.review(store.reviews(site.id, false).size());
    int marked = 0;
    const double mark = BenchSupport::medianMs([&] {
        const CharterDocument document = ReviewFlow::markedCharter(
            review->snapshot, review->baseSnapshot, QStringLiteral("fr"), QDate::currentDate());
        marked = 0;
        for (const CharterBlock &block : document.blocks) {
            for (const CharterRow &row : block.rows)
                marked += row.mark != CharterRow::Mark::None ? 1 : 0;
        }
    });
    Store reviewer;
    reviewer.open(path, Store::OpenMode::ReadWrite, &error);
    reviewer.setUserName(QStringLiteral("paul"));
    reviewer.setRole(Store::Role::Reviewer);
    const double view = BenchSupport::medianMs([&] {
        ReviewsDialog dialog(&reviewer, 0);
        dialog.resize(1200, 780);
        const QPixmap picture = dialog.grab();
        Q_UNUSED(picture);
    });
    MainWindow window(&store);
    const double line = BenchSupport::medianMs([&] { window.updateReviewNotice(); });
    out << "review of a " << size + 2 << "-cookie site (3 added, 2 changed, 1 removed; " << marked
        << " rows marked):\n"
        << "  the registry's state hash (read and snapshot): " << hash << " ms\n"
        << "  submit a review (state, snapshots, one transaction): " << submit << " ms\n"
        << "  the charter with the changes marked (both snapshots parsed): " << mark << " ms\n"
        << "  the reviewer's view opened and painted: " << view << " ms\n"
        << "  the window's review line brought up to date: " << line << " ms\n";
    return 0;
}
