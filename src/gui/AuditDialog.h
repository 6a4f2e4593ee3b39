#pragma once

#include "Audit.h"
#include "Site.h"

#include <QDialog>

class KnowledgeBase;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class RegistryEditor;

// "Audit against captures…": one or more browser captures (chosen, or dropped onto the window)
// against the site's registry, in five lists with their counts. Undeclared cookies can be added
// to the registry, completed from the cookie database, in one undo step; a lifetime finding can
// take the observed duration, in one undo step too. The audit can be saved as JSON or HTML.
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(RegistryEditor *editor, const KnowledgeBase *base, const Site &site,
                QWidget *parent = nullptr);

    // Reads the captures and audits again; false with the reasons of those it could not read
    // (the others are kept).
    bool addCaptures(const QStringList &paths, QString *error = nullptr);
    const AuditResult &result() const { return m_result; }
    QTableWidget *view(Finding::Kind kind) const;
    // The undeclared cookies of these rows of the undeclared list, into the registry.
    bool addUndeclared(const QList<int> &rows);
    // The observed durations of these rows of the lifetime list, into the registry.
    bool useObservedDurations(const QList<int> &rows);
    bool saveReport(const QString &path, QString *error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseCaptures();
    void chooseReport();
    void rerun();
    void present();
    QList<int> selectedRows(Finding::Kind kind) const;
    QList<const Finding *> findings(Finding::Kind kind) const;

    RegistryEditor *m_editor;
    const KnowledgeBase *m_base;
    Site m_site;
    QString m_siteHost;
    QStringList m_captures;
    Observations m_observations; // what the captures hold, read once each
    AuditResult m_result;
    QLabel *m_capturesLabel;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QHash<int, QTableWidget *> m_views; // by Finding::Kind
    QPushButton *m_add;
    QPushButton *m_useDuration;
    QPushButton *m_save;
};
