#include "ImportDialog.h"

#include "Dialogs.h"
#include "Store.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>

ImportDialog::ImportDialog(Store *store, const QString &path, const QString &defaultSite,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_store(store)
    , m_path(path)
    , m_format(RegistryTransfer::formatForPath(path)) {
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    for (const Site &site : m_store->sites())
        m_ui->siteCombo->addItem(site.name);
    m_ui->siteCombo->setCurrentText(defaultSite);
    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ImportDialog::check);
    m_ui->addedView->setColumnCount(7);
    m_ui->addedView->setHorizontalHeaderLabels({tr("Line"), tr("Site"), tr("Provider"), tr("Name"),
                                                tr("Category"), tr("Domain"), tr("Purpose")});
    m_ui->rejectedView->setColumnCount(2);
    m_ui->rejectedView->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    for (QTableWidget *view : {m_ui->addedView, m_ui->rejectedView}) {
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
    }
}

ImportDialog::~ImportDialog() = default;

RegistryTransfer::ImportOutcome ImportDialog::run(bool dryRun, const QString &label) {
    QProgressDialog progress(label, tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    RegistryTransfer::ImportOutcome outcome = RegistryTransfer::importFile(
        *m_store, m_path, m_format, m_ui->siteCombo->currentText().trimmed(), dryRun,
        [&progress](double done) {
            progress.setValue(int(done * 1000));
            return !progress.wasCanceled();
        },
        dryRun ? previewRows : 0);
    progress.reset();
    return outcome;
}

bool ImportDialog::check() {
    m_outcome = run(true, tr("Checking %1…").arg(QFileInfo(m_path).fileName()));
    present(m_outcome);
    return m_outcome.fileError.isEmpty();
}

void ImportDialog::present(const RegistryTransfer::ImportOutcome &outcome) {
    const ImportReport &report = outcome.report;
    m_ui->addedView->setRowCount(0);
    m_ui->rejectedView->setRowCount(0);
    QString summary;
    bool ready = false;
    if (!outcome.fileError.isEmpty()) {
        summary = tr("The file cannot be read: %1").arg(outcome.fileError);
    } else if (report.cancelled) {
        summary = tr("Checking was cancelled. Nothing was written.");
    } else if (!report.errors.isEmpty()) {
        summary = tr("Rejected rows: %n. Nothing will be imported: fix the file and check again.",
                     nullptr, int(report.errors.size()));
        m_ui->resultTabs->setCurrentWidget(m_ui->rejectedTab);
    } else if (!report.result.ok()) {
        summary = report.result.message;
    } else if (report.added == 0) {
        summary = tr("The file holds no cookie to import.");
    } else {
        ready = true;
        summary = tr("%n cookie(s) will be added.", nullptr, report.added);
        if (!report.createdSites.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("New sites: %1.").arg(report.createdSites.join(QStringLiteral(", ")));
        if (report.added > report.preview.size())
            summary += QLatin1Char(' ') +
                       tr("The first %n are listed.", nullptr, int(report.preview.size()));
        m_ui->resultTabs->setCurrentWidget(m_ui->addedTab);
    }
    if (!outcome.unknownColumns.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("Ignored columns: %1.").arg(outcome.unknownColumns.join(QStringLiteral(", ")));
    m_ui->summaryLabel->setText(summary);
    m_import->setEnabled(ready && !m_store->isReadOnly());

    m_ui->addedView->setRowCount(int(report.preview.size()));
    for (int row = 0; row < report.preview.size(); ++row) {
        const ImportRecord &record = report.preview.at(row);
        const QStringList cells = {QString::number(record.line),
                                   record.siteName,
                                   record.cookie.provider,
                                   record.cookie.name,
                                   Vocabulary::categoryLabel(record.cookie.category),
                                   record.cookie.domain,
                                   record.cookie.purposeFr.isEmpty() ? record.cookie.purposeEn
                                                                     : record.cookie.purposeFr};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->addedView->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->rejectedView->setRowCount(int(report.errors.size()));
    for (int row = 0; row < report.errors.size(); ++row) {
        const RowError &error = report.errors.at(row);
        m_ui->rejectedView->setItem(row, 0, new QTableWidgetItem(QString::number(error.line)));
        m_ui->rejectedView->setItem(row, 1, new QTableWidgetItem(error.message));
    }
    m_ui->resultTabs->setTabText(0, tr("To be added (%1)").arg(ready ? report.added : 0));
    m_ui->resultTabs->setTabText(1, tr("Rejected (%1)").arg(report.errors.size()));
    m_ui->addedView->resizeColumnsToContents();
    m_ui->rejectedView->resizeColumnToContents(0);
}

void ImportDialog::importNow() {
    const RegistryTransfer::ImportOutcome outcome =
        run(false, tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
    if (outcome.fileError.isEmpty() && outcome.report.result.ok()) {
        m_outcome = outcome;
        accept();
        return;
    }
    // Nothing was written (someone changed the store since the check, or it was cancelled).
    present(outcome);
    if (outcome.report.cancelled)
        m_ui->summaryLabel->setText(tr("The import was cancelled. Nothing was written."));
    else if (outcome.report.errors.isEmpty())
        Dialogs::warn(this, tr("Import"),
                      outcome.fileError.isEmpty() ? outcome.report.result.message
                                                  : outcome.fileError);
}
