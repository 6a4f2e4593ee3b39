#pragma once

#include <QDialog>

#include <memory>

class PublicationModel;
class Store;
struct Publication;

namespace Ui {
class HistoryDialog;
}

// The publications of a shared store: each one's charter as it was published, what changed
// between two of them (or since one, in the working registry), its files saved to a folder,
// and the whole history verified. Reads only, so it works on a read-only shared store.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    // `working` (the registry being edited) may be null; comparing with it is then unavailable.
    HistoryDialog(Store *shared, Store *working, const QString &site, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    PublicationModel *model() const { return m_model; }
    void selectPublications(const QList<int> &seqs);
    void compare();
    bool saveFiles();
    bool verify();

private:
    void showSite();
    void showSelected();
    QList<int> selectedRows() const;

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    Store *m_shared;
    Store *m_working;
    PublicationModel *m_model;
};
