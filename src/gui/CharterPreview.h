#pragma once

#include "CharterDocument.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QPagedPaintDevice;
class Store;

namespace Ui {
class CharterPreview;
}

// The charter of one site as it will be published, following every change to the registry and
// texts (ours through the Store's signals, other people's through its externalChange signal)
// without a click. Reads only: it works the same on a read-only store. The store outlives the
// widget.
class CharterPreview : public QWidget {
    Q_OBJECT
public:
    explicit CharterPreview(Store *store, QWidget *parent = nullptr);
    ~CharterPreview() override;

    void setSite(qint64 siteId);
    qint64 siteId() const { return m_siteId; }
    void setLanguage(const QString &language);
    QString language() const;
    const CharterDocument &document() const { return m_document; }
    QString plainText() const;

    void refresh(); // now; changes are otherwise coalesced into one refresh per event loop turn
    // In the main window the preview shares a tab with the cookie's details: while hidden it
    // only notes that it is out of date, and catches up when shown (a 100,000-cookie charter
    // takes half a second to build; an editor should not pay that on every edit).
    void setDeferredWhileHidden(bool deferred) { m_deferred = deferred; }
    void printTo(QPagedPaintDevice *device) const;
    static constexpr int previewRowLimit = 400;

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh(qint64 siteId);
    void limitRows(CharterDocument &document);
    void print();

    std::unique_ptr<Ui::CharterPreview> m_ui;
    Store *m_store;
    qint64 m_siteId = 0;
    QTimer m_refreshTimer;
    CharterDocument m_document; // what the browser shows now
    qint64 m_shownSite = 0;
    bool m_deferred = false;
    bool m_stale = false;
};
