#pragma once

#include "Banner.h"
#include "Site.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class Store;

// "Banner configuration…": the consent banner's configuration written from the site's registry,
// in the library the site uses (tarteaucitron, Klaro, Orejime 2 or 3) and its language, shown as
// the file will be, to copy or save. Its second page compares a configuration the site already
// has with the registry: the cookies one declares and the other lacks, and their categories.
class BannerDialog : public QDialog {
    Q_OBJECT
public:
    BannerDialog(Store *store, const Site &site, QWidget *parent = nullptr);

    void setFormat(Banner::Format format);
    void setLanguage(const QString &language);
    QString text() const;
    bool save(const QString &path, QString *error);
    void copy();
    // Reads a configuration and compares it with the registry; false with the reason.
    bool compareWith(const QString &path, QString *error);
    const QList<Banner::Difference> &differences() const { return m_differences; }
    QTableWidget *differencesView() const { return m_differencesView; }

private:
    void regenerate();
    void chooseSave();
    void chooseCompare();

    Store *m_store;
    Site m_site;
    QList<Cookie> m_cookies;
    QComboBox *m_format;
    QComboBox *m_language;
    QLineEdit *m_policy;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QLabel *m_compareSummary;
    QTableWidget *m_differencesView;
    QList<Banner::Difference> m_differences;
};
