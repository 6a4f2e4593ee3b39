#pragma once

#include "Site.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SiteDialog;
}

// Creates a site or edits its name, address, languages and contact. OK stays disabled, with
// the reason shown, until the values are acceptable.
class SiteDialog : public QDialog {
    Q_OBJECT
public:
    explicit SiteDialog(const Site &site, QWidget *parent = nullptr);
    ~SiteDialog() override;

    Site site() const; // the values entered, with the id and version of the site given
    QString problem() const;

private:
    void check();

    std::unique_ptr<Ui::SiteDialog> m_ui;
    Site m_site;
};
