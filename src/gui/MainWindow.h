#pragma once

#include "CharterFiles.h"
#include "RegistryTransfer.h"

#include <QMainWindow>

#include <memory>

class CharterPreview;
class RegistryModel;
class Store;

namespace Ui {
class MainWindow;
}

// The main window. It does not own the store; main() keeps it alive for the window's lifetime.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    CharterPreview *preview() const { return m_preview; }
    RegistryModel *registryModel() const { return m_registry; }

    void exportRegistry(RegistryTransfer::Format format);
    void exportCharter(CharterFiles::Format format);
    void editTexts();
    void publish();
    void showHistory();
    void chooseSharedStore();
    // Where publications go: the store set in settings (publishing/target), else the open one.
    Store *sharedStore(QString *error);

private:
    void refresh();
    void showSelectedSite();
    void setUpRegistryTable();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store;
    CharterPreview *m_preview;
    RegistryModel *m_registry;
    std::unique_ptr<Store> m_shared; // only when publications go to another file
};
