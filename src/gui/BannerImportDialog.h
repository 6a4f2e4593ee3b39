#pragma once

#include "BannerReader.h"
#include "StoreImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Store;

// "Import a banner configuration…": a tarteaucitron services file, a Klaro config.js or an
// Orejime configuration, evaluated in the sandbox and shown before anything is written: the
// rows it gives (one per distinct cookie name), what was kept in the notes, and each row the
// registry would refuse. Import is offered only when no row is refused; all or nothing.
class BannerImportDialog : public QDialog {
    Q_OBJECT
public:
    BannerImportDialog(Store *store, const Site &site, QWidget *parent = nullptr);

    bool openFile(const QString &path, QString *error);
    const Banner::ReadResult &read() const { return m_read; }
    const ImportReport &report() const { return m_report; }
    bool importNow();

private:
    void chooseFile();
    void present();

    Store *m_store;
    Site m_site;
    QString m_source;
    Banner::ReadResult m_read;
    ImportReport m_report;
    QLabel *m_sourceLabel;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_rows;
    QTableWidget *m_notes;
    QTableWidget *m_rejected;
    QPushButton *m_import;
};
