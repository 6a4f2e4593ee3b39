#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;
class Store;

// The state hash of each site's registry as it is now, for the window's review line and the
// reviews dialog: what says whether a review still stands. Reading a 100,000-cookie registry and
// hashing its snapshot takes a second, and every edit moves it, so a hash is computed on a
// worker thread with its own read connection, and kept until the site's audit mark moves (any
// write to what a publication holds moves it). The store outlives this object.
class ReviewStates : public QObject {
    Q_OBJECT
public:
    explicit ReviewStates(Store *store, QObject *parent = nullptr);
    ~ReviewStates() override; // waits for its workers

    // True with *hash when the hash of the site as it is now is known. Otherwise starts
    // computing it and returns false (ready() follows), or with `wait` computes it here.
    bool hash(qint64 siteId, QString *hash, bool wait = false);

Q_SIGNALS:
    void ready(qint64 siteId);

private:
    struct Result; // what a worker hands over, under a lock of its own
    struct Job {
        qint64 mark = -1;
        std::shared_ptr<Result> result;
        QThread *thread = nullptr;
    };
    struct Entry {
        qint64 mark = -1;
        QString hash;
    };
    void collect(); // the finished workers' hashes, on this thread

    Store *m_store;
    QHash<qint64, Entry> m_known;
    QHash<qint64, Job> m_running; // site -> its worker
    QTimer m_poll;
};
