#pragma once

#include "CharterText.h"

#include <QDialog>

#include <memory>

class Store;

namespace Ui {
class CharterTextsDialog;
}

// Edits a site's own wording of the charter, section by section and per language, or resets a
// section to the default text. Each save is one version-checked write: if someone else changed
// the section meanwhile, the user is told and sees their text; nothing is overwritten.
class CharterTextsDialog : public QDialog {
    Q_OBJECT
public:
    CharterTextsDialog(Store *store, qint64 siteId, const QString &language,
                       QWidget *parent = nullptr);
    ~CharterTextsDialog() override;

    bool save();
    bool resetToDefault();
    void showSection(const QString &section);
    bool isModified() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool maySwitch();
    void load();
    void updateState();

    std::unique_ptr<Ui::CharterTextsDialog> m_ui;
    Store *m_store;
    qint64 m_siteId;
    QString m_section;
    CharterText m_loaded; // what the editor was filled from (version 0: the default)
    QString m_loadedBody;
};
