#include "PrefetchingSource.h"

#include <QThread>

PrefetchingSource::PrefetchingSource(RecordSource &inner, int batchSize, int maxBatches)
    : m_inner(inner)
    , m_batchSize(batchSize)
    , m_maxBatches(maxBatches) {}

PrefetchingSource::~PrefetchingSource() {
    stop();
}

void PrefetchingSource::start() {
    m_stopping = false;
    m_finished = false;
    m_batches.clear();
    m_current.clear();
    m_index = 0;
    m_thread.reset(QThread::create([this] { produce(); }));
    m_thread->start();
}

void PrefetchingSource::stop() {
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
}

void PrefetchingSource::produce() {
    QList<ImportRecord> batch;
    batch.reserve(m_batchSize);
    ImportRecord record;
    bool more = true;
    while (more && !m_stopping) {
        more = m_inner.next(&record);
        if (more)
            batch.append(std::move(record));
        if (batch.size() >= m_batchSize || (!more && !batch.isEmpty())) {
            m_progress = m_inner.progress();
            QMutexLocker lock(&m_mutex);
            while (m_batches.size() >= m_maxBatches && !m_stopping)
                m_changed.wait(&m_mutex);
            m_batches.append(std::move(batch));
            batch = QList<ImportRecord>();
            batch.reserve(m_batchSize);
            m_changed.wakeAll();
        }
    }
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

bool PrefetchingSource::next(ImportRecord *record) {
    if (!m_thread)
        start();
    if (m_index >= m_current.size()) {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_finished)
            m_changed.wait(&m_mutex);
        if (m_batches.isEmpty())
            return false;
        m_current = m_batches.takeFirst();
        m_index = 0;
        m_changed.wakeAll();
    }
    *record = std::move(m_current[m_index++]);
    return true;
}

void PrefetchingSource::rewind() {
    stop();
    m_inner.rewind();
    m_progress = 0.0;
    m_current.clear();
    m_index = 0;
}

double PrefetchingSource::progress() const {
    return m_progress;
}
