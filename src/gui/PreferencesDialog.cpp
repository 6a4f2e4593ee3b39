#include "PreferencesDialog.h"

#include "Settings.h"
#include "Translations.h"
#include "ui_PreferencesDialog.h"

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    m_ui->interfaceLanguageCombo->addItem(
        tr("As the system (%1)").arg(QLocale().nativeLanguageName()), QString());
    m_ui->interfaceLanguageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->interfaceLanguageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->interfaceLanguageCombo->setCurrentIndex(
        std::max(0, m_ui->interfaceLanguageCombo->findData(Translations::chosenLanguage())));
    m_ui->charterLanguageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->charterLanguageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->charterLanguageCombo->setCurrentIndex(
        std::max(0, m_ui->charterLanguageCombo->findData(Settings::charterLanguage())));
    m_ui->restartLabel->setText(
        tr("A new interface language applies the next time Cookie Charter starts."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::save() const {
    Translations::setChosenLanguage(m_ui->interfaceLanguageCombo->currentData().toString());
    Settings::setCharterLanguage(m_ui->charterLanguageCombo->currentData().toString());
}
