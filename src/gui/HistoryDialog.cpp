#include "HistoryDialog.h"

#include "CharterTextDocument.h"
#include "Dialogs.h"
#include "PublicationModel.h"
#include "Publisher.h"
#include "RegistryDiff.h"
#include "Store.h"
#include "ui_HistoryDialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>

HistoryDialog::HistoryDialog(Store *shared, Store *working, const QString &site, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_shared(shared)
    , m_working(working)
    , m_model(new PublicationModel(this)) {
    m_ui->setupUi(this);
    m_ui->publicationsView->setModel(m_model);
    m_ui->publicationsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->publicationsView->horizontalHeader()->setSectionResizeMode(PublicationModel::Note,
                                                                     QHeaderView::Stretch);
    m_ui->publicationsView->verticalHeader()->hide();
    m_ui->languageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->storeLabel->setText(
        tr("in %1%2").arg(QDir::toNativeSeparators(m_shared->path()),
                          m_shared->isReadOnly() ? tr(" (read-only)") : QString()));
    m_ui->siteCombo->addItems(m_shared->publishedSites());
    const int index = m_ui->siteCombo->findText(site, Qt::MatchFixedString);
    if (index >= 0)
        m_ui->siteCombo->setCurrentIndex(index);
    m_ui->historySplitter->setSizes({240, 480});

    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, &HistoryDialog::showSite);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &HistoryDialog::showSelected);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &HistoryDialog::compare);
    connect(m_ui->saveFilesButton, &QPushButton::clicked, this, &HistoryDialog::saveFiles);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &HistoryDialog::verify);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_shared, &Store::published, this, &HistoryDialog::showSite);
    showSite();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::showSite() {
    m_model->setPublications(m_shared->publications(m_ui->siteCombo->currentText()));
    // The selection model is new after a reset: follow it again, and show the latest.
    connect(m_ui->publicationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::showSelected, Qt::UniqueConnection);
    if (m_model->rowCount() > 0)
        m_ui->publicationsView->selectRow(m_model->rowCount() - 1);
    m_ui->publicationsView->resizeColumnsToContents();
    showSelected();
}

QList<int> HistoryDialog::selectedRows() const {
    QList<int> rows;
    if (!m_ui->publicationsView->selectionModel())
        return rows;
    for (const QModelIndex &index : m_ui->publicationsView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryDialog::selectPublications(const QList<int> &seqs) {
    m_ui->publicationsView->clearSelection();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (seqs.contains(m_model->publication(row).seq))
            m_ui->publicationsView->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void HistoryDialog::showSelected() {
    const QList<int> rows = selectedRows();
    m_ui->saveFilesButton->setEnabled(rows.size() == 1);
    m_ui->compareButton->setEnabled(rows.size() == 2 || (rows.size() == 1 && m_working));
    if (rows.size() != 1) {
        m_ui->previewBrowser->setPlainText(rows.isEmpty()
                                               ? tr("Choose a publication.")
                                               : tr("Choose one publication to see its charter."));
        return;
    }
    const Publication &listed = m_model->publication(rows.constFirst());
    const std::optional<Publication> publication =
        m_shared->publication(listed.site, listed.seq, false);
    if (!publication)
        return;
    CharterTextDocument::build(
        m_ui->previewBrowser->document(),
        Publisher::publishedCharter(*publication, m_ui->languageCombo->currentData().toString()),
        40);
}

void HistoryDialog::compare() {
    const QList<int> rows = selectedRows();
    QString before;
    QString after;
    QString title;
    if (rows.size() == 2) {
        const Publication &a = m_model->publication(rows.at(0));
        const Publication &b = m_model->publication(rows.at(1));
        before = m_shared->publication(a.site, a.seq, false)->registryJson;
        after = m_shared->publication(b.site, b.seq, false)->registryJson;
        title = tr("From publication %1 to publication %2:").arg(a.seq).arg(b.seq);
    } else if (rows.size() == 1 && m_working) {
        const Publication &a = m_model->publication(rows.constFirst());
        QString error;
        const std::optional<Site> site = m_working->findSite(a.site, &error);
        Store::SiteState state;
        if (site && !m_working->readSiteState(site->id, &state, &error))
            error = error.isEmpty() ? tr("the store could not be read") : error;
        if (!error.isEmpty() || !site) {
            Dialogs::warn(this, tr("Compare"),
                          error.isEmpty() ? tr("The open registry has no site %1.").arg(a.site)
                                          : error);
            return;
        }
        before = m_shared->publication(a.site, a.seq, false)->registryJson;
        after = Publisher::snapshot(state);
        title = tr("From publication %1 to the working registry:").arg(a.seq);
    } else {
        return;
    }
    QList<RegistryDiff::Change> changes;
    QString error;
    if (!RegistryDiff::compare(before, after, &changes, &error)) {
        Dialogs::warn(this, tr("Compare"), error);
        return;
    }
    m_ui->diffView->setPlainText(title + QLatin1Char('\n') + RegistryDiff::describe(changes));
    m_ui->detailTabs->setCurrentWidget(m_ui->changesTab);
}

bool HistoryDialog::saveFiles() {
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return false;
    const Publication &listed = m_model->publication(rows.constFirst());
    const QString folder =
        Dialogs::existingFolder(this, tr("Save the files of publication %1").arg(listed.seq));
    if (folder.isEmpty())
        return false;
    const std::optional<Publication> publication =
        m_shared->publication(listed.site, listed.seq, true);
    if (!publication)
        return false;
    QString error;
    if (!Publisher::saveFiles(*publication, folder, &error)) {
        Dialogs::warn(this, tr("Save the files"), error);
        return false;
    }
    Dialogs::inform(
        this, tr("Save the files"),
        tr("%n file(s) of publication %1 saved in %2.", nullptr, int(publication->files.size()))
            .arg(publication->seq)
            .arg(QDir::toNativeSeparators(folder)));
    return true;
}

bool HistoryDialog::verify() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Store::Verification report = m_shared->verifyPublications();
    QApplication::restoreOverrideCursor();
    if (report.ok)
        Dialogs::inform(this, tr("Verify the history"),
                        tr("All %n publication(s) are intact: every file matches its SHA-256 and "
                           "the chain holds.",
                           nullptr, report.checked));
    else
        Dialogs::warn(this, tr("Verify the history"),
                      tr("The history is broken: %1").arg(report.firstBroken));
    return report.ok;
}
