#pragma once

#include <QObject>
#include <QTimer>

class Store;

// Notices changes that other people (other connections, other processes) commit to the store
// file, by polling SQLite's data_version, and says so. Our own writes are announced by the
// Store's signals instead, so this stays quiet for them.
class StoreWatcher : public QObject {
    Q_OBJECT
public:
    explicit StoreWatcher(Store *store, int intervalMs = 1000, QObject *parent = nullptr);
    // The one watcher of a store, made on first use and owned by the store: the window's parts
    // (table, preview, sites list) share a single poll instead of one each.
    static StoreWatcher *of(Store *store);
    void check(); // also called by the timer

Q_SIGNALS:
    void externalChange();

private:
    Store *m_store;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};
