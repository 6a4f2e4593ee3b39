#include "StoreWatcher.h"

#include "Store.h"

StoreWatcher::StoreWatcher(Store *store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    m_dataVersion = m_store->dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
    m_timer.start();
}

StoreWatcher *StoreWatcher::of(Store *store) {
    if (auto *existing = store->findChild<StoreWatcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new StoreWatcher(store, 1000, store);
}

void StoreWatcher::check() {
    if (!m_store->isOpen())
        return;
    // data_version changes only for commits made by other connections.
    const qint64 version = m_store->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT externalChange();
    }
}
