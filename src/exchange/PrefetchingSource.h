#pragma once

#include "ImportRecord.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QThread;

// Reads another RecordSource ahead on a second thread (parsing and checking rows) while the
// caller's thread writes the previous rows to the store: an import then uses both cores. Rows
// come out in the same order, in batches; a bounded queue keeps memory flat.
class PrefetchingSource : public RecordSource {
public:
    explicit PrefetchingSource(RecordSource &inner, int batchSize = 512, int maxBatches = 8);
    ~PrefetchingSource() override;

    bool next(ImportRecord *record) override;
    void rewind() override;
    double progress() const override;

private:
    void start();
    void stop();
    void produce();

    RecordSource &m_inner;
    const int m_batchSize;
    const int m_maxBatches;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QList<QList<ImportRecord>> m_batches; // guarded by m_mutex
    bool m_finished = false;              // guarded by m_mutex
    std::atomic<bool> m_stopping{false};
    std::atomic<double> m_progress{0.0};
    QList<ImportRecord> m_current; // consumer side only
    qsizetype m_index = 0;
};
