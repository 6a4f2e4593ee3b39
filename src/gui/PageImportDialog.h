#pragma once

#include "CharterPage.h"
#include "StoreImport.h"

#include <QDialog>

class KnowledgeBase;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Store;

// "Import a charter page…": the cookie tables of an existing page (a file, or what the
// clipboard holds: HTML from a browser, tab-separated text elsewhere), shown before anything is
// written: the tables found and how their columns are read, the cookies, each rejected row with
// its reason. Import is offered only when no row is rejected; the import is all or nothing.
class PageImportDialog : public QDialog {
    Q_OBJECT
public:
    PageImportDialog(Store *store, const KnowledgeBase *base, const QString &site,
                     QWidget *parent = nullptr);

    // The page's bytes and what they are; checks them at once (a dry run).
    void setPage(const QByteArray &bytes, CharterPage::Kind kind, const QString &sourceName);
    bool openFile(const QString &path, QString *error);
    void paste(); // the clipboard's HTML, else its text
    const ImportReport &report() const { return m_report; }
    const CharterPage::Result &page() const { return m_page; }

private:
    void chooseFile();
    void check();
    void importNow();
    void present();

    Store *m_store;
    const KnowledgeBase *m_base;
    QByteArray m_bytes;
    CharterPage::Kind m_kind = CharterPage::Kind::Text;
    QString m_source;
    CharterPage::Result m_page;
    ImportReport m_report;
    QLabel *m_sourceLabel;
    QComboBox *m_site;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_tables;
    QTableWidget *m_cookies;
    QTableWidget *m_rejected;
    QPushButton *m_import;
};
