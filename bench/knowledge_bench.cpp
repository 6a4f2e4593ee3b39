// The cookie knowledge base: how long until the first lookup answers, with the release parsed
// (the first start, or a new release) and with the cached index (every other start), and the
// cost of one lookup. Prints figures; see bench/README.md.
#include "BenchSupport.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QTextStream out(stdout);
    const int rounds = 15;

    QList<double> parsed;
    QList<double> cached;
    for (int i = 0; i < rounds; ++i) {
        QFile::remove(KnowledgeBase::cachePath());
        QElapsedTimer timer;
        timer.start();
        KnowledgeBase cold;
        QString error;
        if (!cold.loadDefault(&error) || cold.loadedFromCache()) {
            out << "cannot load the base: " << error << '\n';
            return 1;
        }
        (void)cold.best(QStringLiteral("_ga"));
        parsed.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        KnowledgeBase warm;
        if (!warm.loadDefault(&error) || !warm.loadedFromCache()) {
            out << "the cached index was not used\n";
            return 1;
        }
        (void)warm.best(QStringLiteral("_ga"));
        cached.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "first lookup, release parsed (CSV, 2,264 rows): " << BenchSupport::median(parsed)
        << " ms\n";
    out << "first lookup, from the cached index:             " << BenchSupport::median(cached)
        << " ms\n";

    KnowledgeBase base;
    QString error;
    base.loadDefault(&error);
    const QStringList names{QStringLiteral("_ga"), QStringLiteral("_ga_ABC123"),
                            QStringLiteral("IDE"), QStringLiteral("unknown_cookie_name"),
                            QStringLiteral("_pk_id.*")};
    QElapsedTimer timer;
    timer.start();
    const int lookups = 100000;
    for (int i = 0; i < lookups; ++i)
        (void)base.best(names.at(i % names.size()), QStringLiteral(".example.fr"));
    out << "one lookup (mixed names):                        "
        << double(timer.nsecsElapsed()) / lookups / 1000.0 << " µs\n";
    return 0;
}
