#pragma once

#include <QDialog>

class EnrichmentModel;
class KnowledgeBase;
class QLabel;
class QPushButton;
class QTableView;
class RegistryEditor;
struct Site;

// "Complete from the cookie database…": every proposal for the site's cookies, each with a
// check box (checked: it fills an empty field; unchecked: it would replace a value). Apply
// writes the checked ones in one transaction, checked against the versions read, as one undo
// step.
class EnrichDialog : public QDialog {
    Q_OBJECT
public:
    EnrichDialog(RegistryEditor *editor, const KnowledgeBase &base, const Site &site,
                 QWidget *parent = nullptr);

    EnrichmentModel *model() const { return m_model; }
    // Reads the site's cookies and proposes; false with a message when the store cannot be read.
    bool propose(QString *error);
    int appliedFields() const { return m_applied; }

private:
    void apply();
    void updateSummary();

    RegistryEditor *m_editor;
    const KnowledgeBase &m_base;
    qint64 m_siteId;
    QString m_siteHost;
    EnrichmentModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_apply;
    int m_others = 0;
    int m_applied = 0;
};
