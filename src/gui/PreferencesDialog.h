#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Interface language (French, English, or the system's) and the charter language the preview
// starts with. Saved on OK; the interface language applies at the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void save() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
