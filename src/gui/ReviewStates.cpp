#include "ReviewStates.h"

#include "ReviewFlow.h"
#include "Store.h"

#include <QThread>

#include <mutex>

// The worker writes, the owner's thread reads, both under the lock: the hand-over is ordered in
// a way ThreadSanitizer can see (Qt's own event queue is not instrumented).
struct ReviewStates::Result {
    std::mutex lock;
    bool done = false;
    QString hash; // empty: could not be read
};

ReviewStates::ReviewStates(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    m_poll.setInterval(40);
    connect(&m_poll, &QTimer::timeout, this, &ReviewStates::collect);
}

ReviewStates::~ReviewStates() {
    for (const Job &job : std::as_const(m_running)) {
        job.thread->wait();
        { const std::lock_guard<std::mutex> locked(job.result->lock); }
        delete job.thread;
    }
}

bool ReviewStates::hash(qint64 siteId, QString *hash, bool wait) {
    QString error;
    const qint64 mark = m_store->lastChange(siteId, &error);
    if (!error.isEmpty())
        return false;
    const auto known = m_known.constFind(siteId);
    if (known != m_known.constEnd() && known->mark == mark) {
        *hash = known->hash;
        return true;
    }
    if (wait) {
        ReviewFlow::State state;
        if (!ReviewFlow::currentState(*m_store, siteId, &state, &error))
            return false;
        m_known.insert(siteId, {mark, state.hash});
        *hash = state.hash;
        return true;
    }
    if (m_running.contains(siteId))
        return false; // on its way; a newer mark is looked at when it is done
    Job job;
    job.mark = mark;
    job.result = std::make_shared<Result>();
    const QString path = m_store->path();
    job.thread = QThread::create([path, siteId, result = job.result] {
        QString computed;
        {
            Store reader;
            ReviewFlow::State state;
            if (reader.openReader(path, nullptr) &&
                ReviewFlow::currentState(reader, siteId, &state, nullptr))
                computed = state.hash;
        }
        const std::lock_guard<std::mutex> locked(result->lock);
        result->hash = computed;
        result->done = true;
    });
    m_running.insert(siteId, job);
    job.thread->start();
    m_poll.start();
    return false;
}

void ReviewStates::collect() {
    QList<qint64> finished;
    for (auto it = m_running.begin(); it != m_running.end();) {
        QString computed;
        bool done = false;
        {
            const std::lock_guard<std::mutex> locked(it->result->lock);
            done = it->result->done;
            computed = it->result->hash;
        }
        if (!done) {
            ++it;
            continue;
        }
        it->thread->wait();
        delete it->thread;
        if (!computed.isEmpty()) {
            m_known.insert(it.key(), {it->mark, computed});
            finished.append(it.key());
        }
        it = m_running.erase(it);
    }
    if (m_running.isEmpty())
        m_poll.stop();
    for (qint64 siteId : std::as_const(finished))
        Q_EMIT ready(siteId);
}
