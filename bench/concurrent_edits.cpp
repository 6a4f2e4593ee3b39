// Three processes edit the same ten cookies of one store file, 1,000 edits each, and every edit
// appends its own token to the cookie's notes. Afterwards each token that a writer was told was
// saved must be there exactly once (no lost update), and none that it was told failed (no
// unreported failure). Half the edits read and write in one transaction (Store::changeCookie,
// as `set` does); the other half read, then write naming the version they read
// (Store::updateCookie, as the window does), and retry on a conflict, which they are told of.
//
//   build/bench/concurrent_edits [EDITS_PER_PROCESS] [--writers N] [--store LOCATION]
//
// --store names an empty PostgreSQL database (postgresql://USER@HOST:PORT/DB) to edit there
// instead of in a file; --writers sets the number of processes (3 by default; the team server's
// target is 10 x 1,000).
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

int writers = 3;
constexpr int cookieCount = 10;

QString token(int writer, int edit) {
    return QStringLiteral("w%1e%2;").arg(writer).arg(edit);
}

// One writer process: prints "saved TOKEN" or "failed TOKEN reason" for every edit, then its
// counts of conflicts and busy retries.
int work(const QString &path, int writer, int edits, int writerCount) {
    writers = writerCount;
    Store store;
    QString error;
    if (!store.open(path, Store::OpenMode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QList<Cookie> cookies = store.cookies();
    QTextStream out(stdout);
    int conflicts = 0;
    int busy = 0;
    for (int edit = 0; edit < edits; ++edit) {
        const qint64 id = cookies.at((edit * 7 + writer) % cookies.size()).id;
        const QString mine = token(writer, edit);
        WriteResult result;
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (edit % 2 == 0) {
                result = store.changeCookie(
                    id, [&mine](Cookie &cookie) { cookie.notes += mine; }, 0, nullptr);
            } else {
                std::optional<Cookie> seen = store.cookie(id, &error);
                if (!seen) {
                    result = WriteResult::failure(WriteResult::Status::Failed, error);
                    break;
                }
                seen->notes += mine;
                result = store.updateCookie(*seen);
            }
            if (result.status == WriteResult::Status::Conflict)
                ++conflicts; // told, and tried again on what is stored now
            else if (result.status == WriteResult::Status::Busy)
                ++busy;
            else
                break;
        }
        if (result.ok())
            out << "saved " << mine << '\n';
        else
            out << "failed " << mine << ' ' << result.message << '\n';
    }
    out << "conflicts " << conflicts << '\n' << "busy " << busy << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--worker"))
        return work(arguments.value(2), arguments.value(3).toInt(), arguments.value(4).toInt(),
                    arguments.value(5).toInt());
    int edits = 1000;
    QString location;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--writers"))
            writers = arguments.value(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--store"))
            location = arguments.value(++i);
        else
            edits = arguments.at(i).toInt();
    }

    QTemporaryDir dir;
    const QString path =
        location.isEmpty() ? dir.filePath(QStringLiteral("edits.cookiestore")) : location;
    {
        Store store;
        QString error;
        if (!store.create(path, &error))
            qFatal("%s", qPrintable(error));
        Site site;
        site.name = QStringLiteral("exemple.fr");
        store.addSite(site);
        for (int i = 0; i < cookieCount; ++i) {
            Cookie cookie;
            cookie.siteId = site.id;
            cookie.provider = QStringLiteral("P");
            cookie.service = QStringLiteral("S");
            cookie.name = QStringLiteral("cookie%1").arg(i);
            cookie.purposeFr = QStringLiteral("p");
            cookie.category = Category::Necessary;
            store.addCookie(cookie);
        }
    }

    QElapsedTimer timer;
    timer.start();
    QList<QProcess *> processes;
    for (int writer = 0; writer < writers; ++writer) {
        auto *process = new QProcess(&app);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--worker"), path, QString::number(writer),
                        QString::number(edits), QString::number(writers)});
        processes.append(process);
    }
    QSet<QString> saved;
    QSet<QString> failed;
    int conflicts = 0;
    int busy = 0;
    for (QProcess *process : processes) {
        process->waitForFinished(-1);
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.value(0) == QLatin1String("saved"))
                saved.insert(words.value(1));
            else if (words.value(0) == QLatin1String("failed"))
                failed.insert(words.value(1));
            else if (words.value(0) == QLatin1String("conflicts"))
                conflicts += words.value(1).toInt();
            else if (words.value(0) == QLatin1String("busy"))
                busy += words.value(1).toInt();
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    Store store;
    QString error;
    store.open(path, Store::OpenMode::ReadOnly, &error);
    QHash<QString, int> found;
    static const QRegularExpression tokens(QStringLiteral("w\\d+e\\d+;"));
    for (const Cookie &cookie : store.cookies()) {
        QRegularExpressionMatchIterator it = tokens.globalMatch(cookie.notes);
        while (it.hasNext())
            ++found[it.next().captured(0)];
    }
    int lost = 0;
    int twice = 0;
    int unreported = 0;
    for (const QString &each : std::as_const(saved)) {
        if (found.value(each) == 0)
            ++lost;
        else if (found.value(each) > 1)
            ++twice;
    }
    for (const QString &each : std::as_const(failed)) {
        if (found.value(each) > 0)
            ++unreported; // it was written although the writer was told it failed
    }
    const int missing = writers * edits - int(saved.size()) - int(failed.size());
    std::printf("%d processes x %d edits of %d cookies in %.1f s (%.1f ms an edit) on %s\n",
                writers, edits, cookieCount, seconds, seconds * 1000.0 / (writers * edits),
                location.isEmpty() ? "an SQLite file" : "a PostgreSQL server");
    std::printf("saved: %d; failed and told so: %d; conflicts told and retried: %d; busy "
                "retries: %d\n",
                int(saved.size()), int(failed.size()), conflicts, busy);
    std::printf("lost updates: %d; written twice: %d; unreported failures: %d; edits with no "
                "answer: %d\n",
                lost, twice, unreported, missing);
    return lost + twice + unreported + missing == 0 ? 0 : 1;
}
