#pragma once

#include "RegistryTransfer.h"

#include <QDialog>

#include <memory>

class QPushButton;
class Store;

namespace Ui {
class ImportDialog;
}

// Shows what importing a CSV or JSON file would do before anything is written: the cookies it
// would add (the first rows) and every rejected row with its line and reason. The store's
// import is all or nothing, so Import is offered only when no row is rejected; the user fixes
// the file and checks again. Checking and importing show progress and can be cancelled; a
// cancelled import writes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Store *store, const QString &path, const QString &defaultSite,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and checks the file (a dry run); false when the file cannot be read at all.
    bool check();
    const RegistryTransfer::ImportOutcome &outcome() const { return m_outcome; }
    static constexpr int previewRows = 1000;

private:
    void importNow();
    RegistryTransfer::ImportOutcome run(bool dryRun, const QString &label);
    void present(const RegistryTransfer::ImportOutcome &outcome);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Store *m_store;
    QString m_path;
    RegistryTransfer::Format m_format;
    RegistryTransfer::ImportOutcome m_outcome;
    QPushButton *m_import = nullptr;
};
