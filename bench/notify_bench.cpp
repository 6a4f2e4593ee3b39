// How soon an open window hears of a colleague's commit: one Store writes, another (opened as
// the window opens it) waits for its externalChange; prints the median and worst delay.
// Target (issue "A team server"): 0.5 s on a server, pushed by LISTEN/NOTIFY. On an SQLite file
// the window polls PRAGMA data_version every second, for comparison.
//
//   build/bench/notify_bench LOCATION [ROUNDS]
//
// LOCATION is an empty PostgreSQL database (postgresql://USER@HOST:PORT/DB) or a new file.
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: notify_bench LOCATION [ROUNDS]\n");
        return 2;
    }
    const QString location = arguments.at(1);
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 50;
    Store writer;
    QString error;
    if (!writer.create(location, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.languages = {QStringLiteral("fr")};
    Cookie cookie;
    if (!writer.addSite(site).ok())
        return 3;
    cookie.siteId = site.id;
    cookie.provider = QStringLiteral("P");
    cookie.name = QStringLiteral("sid");
    cookie.purposeFr = QStringLiteral("p");
    if (!writer.addCookie(cookie).ok())
        return 3;
    Store watcher;
    if (!watcher.open(location, Store::OpenMode::ReadOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    QEventLoop loop;
    QObject::connect(&watcher, &Store::externalChange, &loop, &QEventLoop::quit);
    QTimer::singleShot(200, &loop, &QEventLoop::quit); // the watch starts from the event loop
    loop.exec();
    QList<double> delays;
    int missed = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!writer
                 .changeCookie(
                     cookie.id, [round](Cookie &c) { c.notes = QString::number(round); }, 0,
                     nullptr)
                 .ok())
            return 3;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(5000);
        loop.exec();
        if (timeout.isActive())
            delays.append(double(timer.nsecsElapsed()) / 1e6);
        else
            ++missed;
    }
    std::sort(delays.begin(), delays.end());
    std::printf("%s: %lld of %d commits heard by the other connection; delay median %.1f ms, "
                "worst %.1f ms (target <= 500 ms on a server)\n",
                writer.isServer() ? "PostgreSQL (LISTEN/NOTIFY)"
                                  : "SQLite (data_version, 1 s poll)",
                static_cast<long long>(delays.size()), rounds,
                delays.isEmpty() ? 0.0 : delays.at(delays.size() / 2),
                delays.isEmpty() ? 0.0 : delays.constLast());
    return missed == 0 ? 0 : 1;
}
