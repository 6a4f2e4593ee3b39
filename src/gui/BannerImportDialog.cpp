#include "BannerImportDialog.h"

#include "Dialogs.h"
#include "RecordListSource.h"
#include "ResultTable.h"
#include "Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

BannerImportDialog::BannerImportDialog(Store *store, const Site &site, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_site(site)
    , m_sourceLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("Import a banner configuration into %1").arg(site.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Reads the cookies a consent banner's configuration declares: tarteaucitron services, "
           "a Klaro config.js, an Orejime 2 or 3 configuration. The file runs in a sandbox with "
           "no page, no network and a time limit. Nothing is written before you choose Import."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *sourceRow = new QHBoxLayout;
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setText(tr("No configuration yet."));
    sourceRow->addWidget(m_sourceLabel, 1);
    auto *open = new QPushButton(tr("&Open a file…"), this);
    open->setObjectName(QStringLiteral("openFileButton"));
    sourceRow->addWidget(open);
    layout->addLayout(sourceRow);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_rows = ResultTable::make(this, QStringLiteral("rowsView"),
                               {tr("Service #"), tr("Provider"), tr("Service"), tr("Name"),
                                tr("Category"), tr("Purpose")});
    m_notes = ResultTable::make(this, QStringLiteral("notesView"), {tr("Kept in the notes")});
    m_rejected = ResultTable::make(this, QStringLiteral("rejectedView"),
                                   {tr("Service #"), tr("Why the registry refuses it")});
    m_tabs->addTab(m_rows, tr("Cookies"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_rejected, tr("Refused"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &BannerImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    resize(960, 600);
}

bool BannerImportDialog::openFile(const QString &path, QString *error) {
    m_source = QFileInfo(path).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_read = Banner::readFile(path);
    m_report = ImportReport();
    if (m_read.ok) {
        // The registry's own checks, without writing: a dry run.
        ImportOptions options;
        options.defaultSite = m_site.name;
        options.dryRun = true;
        options.sourceName = m_source;
        RecordListSource source(m_read.records);
        m_report = m_store->importRecords(source, options);
    }
    QApplication::restoreOverrideCursor();
    present();
    if (!m_read.ok)
        *error = m_read.error;
    return m_read.ok;
}

void BannerImportDialog::present() {
    m_sourceLabel->setText(m_source);
    m_rows->setRowCount(int(m_read.records.size()));
    for (int row = 0; row < m_read.records.size(); ++row) {
        const Cookie &c = m_read.records.at(row).cookie;
        ResultTable::setRow(m_rows, row,
                            {QString::number(m_read.records.at(row).line), c.provider, c.service,
                             c.name, Vocabulary::categoryLabel(c.category),
                             c.purposeFr.isEmpty() ? c.purposeEn : c.purposeFr});
    }
    ResultTable::fitColumns(m_rows, 260);
    m_notes->setRowCount(int(m_read.warnings.size()));
    for (int row = 0; row < m_read.warnings.size(); ++row)
        ResultTable::setRow(m_notes, row, {m_read.warnings.at(row)});
    m_rejected->setRowCount(int(m_report.errors.size()));
    for (int row = 0; row < m_report.errors.size(); ++row)
        ResultTable::setRow(
            m_rejected, row,
            {QString::number(m_report.errors.at(row).line), m_report.errors.at(row).message});
    ResultTable::fitColumns(m_rejected, 120);
    m_tabs->setTabText(0, tr("Cookies (%1)").arg(m_read.records.size()));
    m_tabs->setTabText(1, tr("Notes (%1)").arg(m_read.warnings.size()));
    m_tabs->setTabText(2, tr("Refused (%1)").arg(m_report.errors.size()));
    if (!m_read.ok) {
        m_summary->setText(m_read.error);
    } else if (!m_report.errors.isEmpty()) {
        m_summary->setText(tr("%1 configuration, %n service(s): %2 row(s) would be refused by "
                              "the registry; nothing can be imported until the file or the "
                              "registry changes.",
                              nullptr, m_read.services)
                               .arg(Banner::formatLabel(*m_read.format))
                               .arg(m_report.errors.size()));
        m_tabs->setCurrentIndex(2);
    } else {
        m_summary->setText(
            tr("%1 configuration, %n service(s): ", nullptr, m_read.services)
                .arg(Banner::formatLabel(*m_read.format)) +
            tr("%n cookie(s) to import into %1.", nullptr, int(m_read.records.size()))
                .arg(m_site.name));
    }
    m_import->setEnabled(m_read.ok && m_report.errors.isEmpty() && !m_store->isReadOnly());
}

bool BannerImportDialog::importNow() {
    if (!m_read.ok || !m_report.errors.isEmpty())
        return false;
    ImportOptions options;
    options.defaultSite = m_site.name;
    options.sourceName = m_source;
    RecordListSource source(m_read.records);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = m_store->importRecords(source, options);
    QApplication::restoreOverrideCursor();
    if (!m_report.result.ok()) {
        present();
        Dialogs::warn(this, windowTitle(), m_report.result.message);
        return false;
    }
    return true;
}

void BannerImportDialog::chooseFile() {
    const QString path =
        Dialogs::openFileName(this, tr("Import a banner configuration"),
                              tr("JavaScript or JSON (*.js *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        Dialogs::warn(this, tr("Import a banner configuration"), error);
}
