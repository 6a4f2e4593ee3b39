#include "PageImportDialog.h"

#include "BoundedRead.h"
#include "CookieField.h"
#include "Dialogs.h"
#include "RegistryTransfer.h"
#include "ResultTable.h"
#include "Store.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A column's field as the window names it ("Prestataire", not "provider").
QString fieldLabel(const QString &key) {
    if (key == QLatin1String("service+location"))
        return PageImportDialog::tr("Service and location");
    if (const std::optional<CookieField> field = CookieFields::fromKey(key))
        return CookieFields::label(*field);
    return key;
}

} // namespace

PageImportDialog::PageImportDialog(Store *store, const KnowledgeBase *base, const QString &site,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_base(base)
    , m_sourceLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("Import a charter page"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reads the cookie tables of an existing charter page: a saved "
                                "web page, Markdown, or text copied from a browser. Nothing is "
                                "written before you choose Import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *sourceRow = new QHBoxLayout;
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setText(tr("No page yet: open a file or paste."));
    sourceRow->addWidget(m_sourceLabel, 1);
    auto *open = new QPushButton(tr("&Open a file…"), this);
    open->setObjectName(QStringLiteral("openFileButton"));
    auto *paste = new QPushButton(tr("&Paste"), this);
    paste->setObjectName(QStringLiteral("pasteButton"));
    sourceRow->addWidget(open);
    sourceRow->addWidget(paste);
    layout->addLayout(sourceRow);

    auto *form = new QFormLayout;
    m_site->setObjectName(QStringLiteral("siteCombo"));
    for (const Site &each : m_store->sites())
        m_site->addItem(each.name);
    m_site->setCurrentText(site);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Into the site:"), m_site);
    layout->addLayout(form);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tables = ResultTable::make(this, QStringLiteral("tablesView"),
                                 {tr("Line"), tr("Rows"), tr("Category from"), tr("Columns")});
    m_cookies =
        ResultTable::make(this, QStringLiteral("cookiesView"),
                          {tr("Line"), tr("Provider"), tr("Service"), tr("Location"), tr("Name"),
                           tr("Category"), tr("Duration"), tr("Notes"), tr("Purpose")});
    m_rejected =
        ResultTable::make(this, QStringLiteral("rejectedView"), {tr("Line"), tr("Problem")});
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(m_cookies, tr("Cookies"));
    m_tabs->addTab(m_tables, tr("Tables found"));
    m_tabs->addTab(m_rejected, tr("Rejected"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &PageImportDialog::chooseFile);
    connect(paste, &QPushButton::clicked, this, &PageImportDialog::paste);
    connect(m_import, &QPushButton::clicked, this, &PageImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_site, &QComboBox::currentTextChanged, this, [this] {
        if (!m_source.isEmpty())
            check();
    });
    resize(1150, 620);
}

void PageImportDialog::setPage(const QByteArray &bytes, CharterPage::Kind kind,
                               const QString &sourceName) {
    m_bytes = bytes;
    m_kind = kind;
    m_source = sourceName;
    m_sourceLabel->setText(tr("Page: %1").arg(sourceName));
    check();
}

bool PageImportDialog::openFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes;
    switch (BoundedRead::readAll(file, RegistryTransfer::maxPageBytes, &bytes)) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        *error = tr("%1 is larger than %2: it is not a charter page.")
                     .arg(path, BoundedRead::describe(RegistryTransfer::maxPageBytes));
        return false;
    case BoundedRead::Status::Failed:
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    setPage(bytes, CharterPage::detect(bytes, path), QFileInfo(path).fileName());
    return true;
}

void PageImportDialog::chooseFile() {
    const QString path = Dialogs::openFileName(
        this, tr("Import a charter page"),
        tr("Charter pages (*.html *.htm *.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        Dialogs::warn(this, tr("Import a charter page"), error);
}

void PageImportDialog::paste() {
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    if (clip && clip->hasHtml() && !clip->html().trimmed().isEmpty()) {
        setPage(clip->html().toUtf8(), CharterPage::Kind::Html, tr("the clipboard (HTML)"));
    } else if (clip && clip->hasText() && !clip->text().trimmed().isEmpty()) {
        const QByteArray bytes = clip->text().toUtf8();
        setPage(bytes, CharterPage::detect(bytes), tr("the clipboard (text)"));
    } else {
        m_summary->setText(tr("The clipboard holds no text. Copy the page's cookie table in "
                              "your browser, then paste again."));
    }
}

void PageImportDialog::check() {
    m_report =
        RegistryTransfer::importPage(*m_store, m_bytes, m_kind, m_site->currentText().trimmed(),
                                     true, m_source, &m_page, m_base);
    present();
}

void PageImportDialog::present() {
    m_tables->setRowCount(int(m_page.tables.size()));
    for (int row = 0; row < m_page.tables.size(); ++row) {
        const CharterPage::Table &table = m_page.tables.at(row);
        QStringList columns;
        for (qsizetype i = 0; i < table.header.size(); ++i)
            columns.append(table.fields.at(i).isEmpty()
                               ? tr("%1 → notes").arg(table.header.at(i))
                               : QStringLiteral("%1 → %2").arg(table.header.at(i),
                                                               fieldLabel(table.fields.at(i))));
        ResultTable::setRow(
            m_tables, row,
            {QString::number(table.line), QString::number(table.rows),
             table.heading.isEmpty() ? tr("(no heading names a category)") : table.heading,
             columns.join(QStringLiteral(", "))});
    }
    m_cookies->setRowCount(int(m_page.records.size()));
    for (int row = 0; row < m_page.records.size(); ++row) {
        const ImportRecord &record = m_page.records.at(row);
        const Cookie &cookie = record.cookie;
        ResultTable::setRow(
            m_cookies, row,
            {QString::number(record.line), cookie.provider, cookie.service, cookie.location,
             cookie.name, Vocabulary::categoryLabel(cookie.category), cookie.duration,
             QString(cookie.notes).replace(QLatin1Char('\n'), QStringLiteral(" · ")),
             cookie.purpose(m_page.language)});
    }
    m_rejected->setRowCount(int(m_report.errors.size()));
    for (int row = 0; row < m_report.errors.size(); ++row)
        ResultTable::setRow(
            m_rejected, row,
            {QString::number(m_report.errors.at(row).line), m_report.errors.at(row).message});
    m_tabs->setTabText(0, tr("Cookies (%1)").arg(m_page.records.size()));
    m_tabs->setTabText(1, tr("Tables found (%1)").arg(m_page.tables.size()));
    m_tabs->setTabText(2, tr("Rejected (%1)").arg(m_report.errors.size()));
    for (QTableWidget *table : {m_tables, m_cookies, m_rejected})
        ResultTable::fitColumns(table, 320);

    bool ready = false;
    if (m_source.isEmpty()) {
        m_summary->clear();
    } else if (m_page.tables.isEmpty()) {
        m_summary->setText(tr("%1 has no cookie table: no table whose header names the cookies "
                              "(\"Nom du cookie\", \"Cookie name\"…). Nothing will be imported.")
                               .arg(m_source));
    } else if (!m_report.errors.isEmpty()) {
        m_summary->setText(tr("Rejected rows: %n. Nothing will be imported: correct the page, or "
                              "import it and complete the rows by hand.",
                              nullptr, int(m_report.errors.size())));
        m_tabs->setCurrentWidget(m_rejected);
    } else if (!m_report.result.ok()) {
        m_summary->setText(m_report.result.message);
    } else {
        ready = m_report.added > 0;
        m_summary->setText(
            tr("%n cookie(s) from %1 table(s) will be added to %2.", nullptr, m_report.added)
                .arg(m_page.tables.size())
                .arg(m_site->currentText()));
        m_tabs->setCurrentWidget(m_cookies);
    }
    m_import->setEnabled(ready && !m_store->isReadOnly());
}

void PageImportDialog::importNow() {
    const ImportReport report =
        RegistryTransfer::importPage(*m_store, m_bytes, m_kind, m_site->currentText().trimmed(),
                                     false, m_source, &m_page, m_base);
    if (report.result.ok()) {
        m_report = report;
        accept();
        return;
    }
    // Nothing was written: someone changed the store since the check.
    m_report = report;
    present();
    if (report.errors.isEmpty())
        Dialogs::warn(this, tr("Import a charter page"), report.result.message);
}
