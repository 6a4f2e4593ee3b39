// Prints how the registry table copes with 100,000 cookies: time from opening the window to the
// first rows painted, time per keystroke typing in the search box (and erasing), peak memory.
// Targets (issue "The registry editor"): 1 s, 16 ms (one frame), 300 MB.
// Run: build/bench/editor_bench [ROWS | STORE.cookiestore | postgresql://USER@HOST:PORT/DB]

#include "MainWindow.h"
#include "RecordListSource.h"
#include "RegistryModel.h"
#include "Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

// Resident memory now, in MB (VmRSS).
double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

int buildStore(const QString &path, int rows) {
    Store store;
    if (!store.create(path, nullptr))
        return 1;
    static const char *services[] = {
        "Authentification",      "Sélection de la langue", "API (CSRF)",
        "Mesure d'audience",     "Vidéo intégrée",         "Publicité ciblée",
        "Équilibrage de charge", "Support « chat »"};
    static const char *purposes[] = {
        "Se souvenir de l'utilisateur d'une page à une autre.",
        "Mémoriser les choix d'affichage du visiteur (langue, thème, carte).",
        "Mesurer l'audience de manière anonyme : pages vues, durée, parcours.",
        "Suivre la navigation \"inter-sites\" afin de proposer des publicités."};
    QList<ImportRecord> records;
    records.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        ImportRecord record;
        record.line = i + 2;
        record.siteName = QStringLiteral("opendata.exemple.fr");
        record.cookie.provider = QStringLiteral("Fournisseur %1").arg(i % 16);
        record.cookie.service = QString::fromUtf8(services[i % 8]);
        record.cookie.location = QStringLiteral("front office");
        record.cookie.name = QStringLiteral("_c%1_%2").arg(i % 16).arg(i, 7, 10, QLatin1Char('0'));
        record.cookie.purposeFr =
            QString::fromUtf8(purposes[i % 4]) + QStringLiteral(" (réf. %1)").arg(i);
        record.cookie.category = Vocabulary::allCategories().at(i % 4);
        record.cookie.domain = QStringLiteral("exemple.fr");
        record.cookie.duration = QStringLiteral("13 mois");
        records.append(record);
    }
    RecordListSource source(records);
    if (!store.importRecords(source, {}).result.ok())
        return 2;
    return 0;
}

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config; // the window's settings go here, not into the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    // ROWS: a synthetic store of that many cookies; or the path of an existing store (made for
    // instance by `cookie-charter import` of the shared registry generator's CSV), whose
    // first site is shown.
    const QString argument = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool existing =
        argument.endsWith(QLatin1String(".cookiestore")) || Store::isServerLocation(argument);
    const int rows = existing ? 0 : (argument.isEmpty() ? 100000 : argument.toInt());
    QTemporaryDir dir;
    const QString path = existing ? argument : dir.filePath(QStringLiteral("bench.cookiestore"));
    if (!existing) {
        // Built by a child process, so that the peak memory printed below is the window's,
        // not the generator's.
        const pid_t child = fork();
        if (child == 0) {
            QCoreApplication builder(argc, argv);
            std::_Exit(buildStore(path, rows));
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return 2;
    }
    {
        // The model on its own, in another child: its memory is not the window's either.
        const pid_t alone = fork();
        if (alone == 0) {
            QCoreApplication modelOnly(argc, argv);
            Store store;
            store.open(path, Store::OpenMode::ReadWrite, nullptr);
            QElapsedTimer parts;
            parts.start();
            RegistryModel model(&store);
            model.setSite(store.sites().value(0).id);
            const double firstChunk = double(parts.nsecsElapsed()) / 1e6;
            while (model.isLoading())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            std::printf("  (the registry model alone: first rows in %.0f ms, all %d cookies in "
                        "%.0f ms, the rest read on a worker thread)\n",
                        firstChunk, model.totalCount(), double(parts.nsecsElapsed()) / 1e6);
            QList<double> filter;
            QString typed;
            for (QChar key : QStringLiteral("mesure")) {
                typed += key;
                QElapsedTimer timer;
                timer.start();
                model.setSearchText(typed);
                filter.append(double(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(filter.begin(), filter.end());
            std::printf("  (the model alone refilters in %.1f ms median, %.1f ms worst, no view "
                        "attached)\n",
                        filter.at(filter.size() / 2), filter.constLast());
            std::fflush(stdout);
            std::_Exit(0);
        }
        waitpid(alone, nullptr, 0);
    }
    QApplication app(argc, argv);
    std::printf("  (resident memory before the window: %.0f MB)\n", residentMb());
    QElapsedTimer start;
    start.start();
    Store store;
    if (!store.open(path, Store::OpenMode::ReadWrite, nullptr))
        return 3;
    MainWindow window(&store);
    window.resize(1400, 900);
    window.show();
    auto *view = window.findChild<QTableView *>(QStringLiteral("registryView"));
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    const double firstRows = double(start.nsecsElapsed()) / 1e6;
    std::printf("%d cookies: window open with the first rows painted in %.0f ms (store opened and "
                "checked, first rows read), target <= 1000 ms\n",
                view->model()->rowCount(), firstRows);

    auto *registry = window.registryModel();
    while (registry->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("  (all %d rows in the table %.0f ms after start, read in the background; "
                "resident memory %.0f MB)\n",
                registry->rowCount(), double(start.nsecsElapsed()) / 1e6, residentMb());
    {
        QElapsedTimer timer;
        timer.start();
        window.updateProblemsNow();
        std::printf("  (problems panel: all rules over %d cookies in %.0f ms; resident memory "
                    "now %.0f MB)\n",
                    registry->totalCount(), double(timer.nsecsElapsed()) / 1e6, residentMb());
    }

    // What the last rows' arrival left to do (the view's delayed layout, a repaint) is done
    // before the user types, as it is in the window between two keystrokes.
    QTest::qWait(200);
    view->viewport()->repaint();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QList<double> keystrokes;
    QList<double> beforePaint; // the key handled and the model filtered, the view not painted
    auto type = [&](const QString &keys) {
        for (QChar key : keys) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, key.toLatin1());
            const double filtered = double(timer.nsecsElapsed()) / 1e6;
            view->viewport()->repaint(); // the frame the user sees
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
            beforePaint.append(filtered);
            if (qEnvironmentVariableIsSet("CC_BENCH_VERBOSE"))
                std::printf("    key %c: %.1f ms (%.1f before painting), %d rows\n", key.toLatin1(),
                            keystrokes.constLast(), filtered, view->model()->rowCount());
        }
    };
    type(QStringLiteral("mesure"));
    const int shown = view->model()->rowCount();
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(search, Qt::Key_Backspace);
        view->viewport()->repaint();
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    type(QStringLiteral("ref. 4")); // matches "réf. 4": accents fold
    std::sort(keystrokes.begin(), keystrokes.end());
    std::sort(beforePaint.begin(), beforePaint.end());
    std::printf("  (of which the key, the model's refilter and the view's reset: median %.1f ms; "
                "the rest is painting)\n",
                beforePaint.at(beforePaint.size() / 2));
    std::printf("Keystroke in the search box (typing \"mesure\" -> %d rows, erasing it, typing "
                "\"ref. 4\"): median %.1f "
                "ms, worst %.1f ms over %lld keystrokes, target <= 16 ms\n",
                shown, keystrokes.at(keystrokes.size() / 2), keystrokes.constLast(),
                qlonglong(keystrokes.size()));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "Peak memory (max RSS of the window's process; the store is built by a child): %.0f MB, "
        "target < 300 MB\n",
        double(usage.ru_maxrss) / 1024.0);
    return 0;
}
