#include "CharterTextsDialog.h"

#include "CharterDefaults.h"
#include "Dialogs.h"
#include "Store.h"
#include "ui_CharterTextsDialog.h"

#include <QCloseEvent>

CharterTextsDialog::CharterTextsDialog(Store *store, qint64 siteId, const QString &language,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CharterTextsDialog>())
    , m_store(store)
    , m_siteId(siteId) {
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));
    for (const QString &section : CharterDefaults::sections()) {
        auto *item = new QListWidgetItem(CharterDefaults::sectionTitle(section, language),
                                         m_ui->sectionList);
        item->setData(Qt::UserRole, section);
    }
    m_ui->textsSplitter->setSizes({240, 640});
    const bool writable = !m_store->isReadOnly();
    m_ui->textEdit->setReadOnly(!writable);
    m_ui->saveButton->setEnabled(writable);
    m_ui->resetButton->setEnabled(writable);

    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString section =
            row >= 0 ? m_ui->sectionList->item(row)->data(Qt::UserRole).toString() : QString();
        if (section == m_section)
            return;
        if (!maySwitch()) {
            QSignalBlocker blocker(m_ui->sectionList);
            m_ui->sectionList->setCurrentRow(int(CharterDefaults::sections().indexOf(m_section)));
            return;
        }
        m_section = section;
        load();
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!maySwitch())
            return;
        const QString chosen = m_ui->languageCombo->currentData().toString();
        for (int row = 0; row < m_ui->sectionList->count(); ++row) {
            QListWidgetItem *item = m_ui->sectionList->item(row);
            item->setText(
                CharterDefaults::sectionTitle(item->data(Qt::UserRole).toString(), chosen));
        }
        load();
    });
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &CharterTextsDialog::updateState);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CharterTextsDialog::save);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &CharterTextsDialog::resetToDefault);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    m_ui->sectionList->setCurrentRow(0);
}

CharterTextsDialog::~CharterTextsDialog() = default;

void CharterTextsDialog::showSection(const QString &section) {
    m_ui->sectionList->setCurrentRow(int(CharterDefaults::sections().indexOf(section)));
}

bool CharterTextsDialog::isModified() const {
    return m_ui->textEdit->toPlainText() != m_loadedBody;
}

bool CharterTextsDialog::maySwitch() {
    if (!isModified())
        return true;
    if (Dialogs::confirm(this, tr("Unsaved text"),
                         tr("Save your changes to \"%1\" first?")
                             .arg(CharterDefaults::sectionTitle(m_section, m_loaded.language))))
        return save();
    return true; // the user chose to drop them
}

void CharterTextsDialog::load() {
    const QString language = m_ui->languageCombo->currentData().toString();
    m_loaded = CharterText();
    m_loaded.siteId = m_siteId;
    m_loaded.language = language;
    m_loaded.section = m_section;
    for (const CharterText &text : m_store->charterTexts(m_siteId, language)) {
        if (text.section == m_section)
            m_loaded = text;
    }
    m_loadedBody =
        m_loaded.version > 0 ? m_loaded.body : CharterDefaults::text(m_section, language);
    QSignalBlocker blocker(m_ui->textEdit);
    m_ui->textEdit->setPlainText(m_loadedBody);
    updateState();
}

void CharterTextsDialog::updateState() {
    QString state = m_loaded.version > 0
                        ? tr("The site's own text, last changed by %1 at %2.")
                              .arg(m_loaded.updatedBy, Dialogs::localTime(m_loaded.updatedAt))
                        : tr("The default text.");
    if (isModified())
        state += QLatin1Char(' ') + tr("Not saved yet.");
    if (m_store->isReadOnly())
        state +=
            QLatin1Char(' ') + tr("The store is read-only (%1).").arg(m_store->readOnlyReason());
    m_ui->stateLabel->setText(state);
    m_ui->resetButton->setEnabled(!m_store->isReadOnly() && m_loaded.version > 0);
}

bool CharterTextsDialog::save() {
    if (!isModified())
        return true;
    const QString body = m_ui->textEdit->toPlainText();
    if (body.trimmed().isEmpty()) {
        Dialogs::warn(this, tr("Charter texts"),
                      tr("A section cannot be empty; reset it to the default instead."));
        return false;
    }
    CharterText changed = m_loaded;
    changed.body = body;
    const WriteResult result = m_store->setCharterText(changed);
    if (!result.ok()) {
        // Keep the user's words in the editor; show them what happened.
        Dialogs::warn(this, tr("Charter texts"), result.message);
        return false;
    }
    m_loaded = changed;
    m_loadedBody = body;
    updateState();
    return true;
}

bool CharterTextsDialog::resetToDefault() {
    if (m_loaded.version == 0)
        return true;
    if (!Dialogs::confirm(this, tr("Reset to the default"),
                          tr("Replace the site's own text of \"%1\" with the default text?")
                              .arg(CharterDefaults::sectionTitle(m_section, m_loaded.language))))
        return false;
    const WriteResult result = m_store->resetCharterText(m_loaded);
    if (!result.ok()) {
        Dialogs::warn(this, tr("Charter texts"), result.message);
        return false;
    }
    load();
    return true;
}

void CharterTextsDialog::closeEvent(QCloseEvent *event) {
    if (maySwitch())
        event->accept();
    else
        event->ignore();
}
