#include "SiteDialog.h"

#include "ui_SiteDialog.h"

#include <QPushButton>
#include <QUrl>

SiteDialog::SiteDialog(const Site &site, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteDialog>())
    , m_site(site) {
    m_ui->setupUi(this);
    setWindowTitle(site.id > 0 ? tr("Edit site %1").arg(site.name) : tr("New site"));
    m_ui->nameEdit->setText(site.name);
    m_ui->urlEdit->setText(site.url);
    m_ui->contactEdit->setText(site.contact);
    m_ui->consentDaysSpin->setValue(site.consentDays);
    m_ui->reviewPolicyCombo->setCurrentIndex(site.reviewPolicy == Site::ReviewPolicy::Approval ? 1
                                                                                               : 0);
    m_ui->frenchCheck->setChecked(site.languages.contains(QStringLiteral("fr")));
    m_ui->englishCheck->setChecked(site.languages.contains(QStringLiteral("en")));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->contactEdit})
        connect(edit, &QLineEdit::textChanged, this, &SiteDialog::check);
    for (QCheckBox *box : {m_ui->frenchCheck, m_ui->englishCheck})
        connect(box, &QCheckBox::toggled, this, &SiteDialog::check);
    check();
}

SiteDialog::~SiteDialog() = default;

Site SiteDialog::site() const {
    Site site = m_site;
    site.name = m_ui->nameEdit->text().trimmed();
    site.url = m_ui->urlEdit->text().trimmed();
    site.contact = m_ui->contactEdit->text().trimmed();
    site.consentDays = m_ui->consentDaysSpin->value();
    site.reviewPolicy = m_ui->reviewPolicyCombo->currentIndex() == 1 ? Site::ReviewPolicy::Approval
                                                                     : Site::ReviewPolicy::None;
    site.languages.clear();
    if (m_ui->frenchCheck->isChecked())
        site.languages.append(QStringLiteral("fr"));
    if (m_ui->englishCheck->isChecked())
        site.languages.append(QStringLiteral("en"));
    return site;
}

QString SiteDialog::problem() const {
    const Site entered = site();
    if (entered.name.isEmpty())
        return tr("Give the site a name (it is how the command line names it).");
    if (entered.name.contains(QLatin1Char('/')) || entered.name.contains(QLatin1Char('\\')))
        return tr("A site name cannot hold / or \\ (it becomes part of file names).");
    if (!entered.url.isEmpty()) {
        const QUrl url(entered.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The address must start with http:// or https://.");
    }
    if (entered.languages.isEmpty())
        return tr("Choose at least one language for the charter.");
    return QString();
}

void SiteDialog::check() {
    const QString reason = problem();
    m_ui->problemLabel->setText(reason);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}
