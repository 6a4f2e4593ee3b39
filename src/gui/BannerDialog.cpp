#include "BannerDialog.h"

#include "AtomicFile.h"
#include "BannerReader.h"
#include "Dialogs.h"
#include "ResultTable.h"
#include "Store.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

BannerDialog::BannerDialog(Store *store, const Site &site, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_site(site)
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_policy(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_compareSummary(new QLabel(this)) {
    setWindowTitle(tr("Banner configuration: %1").arg(site.name));
    QString error;
    m_cookies = m_store->bannerCookies(site.id, &error);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The consent banner's configuration, written from the registry: one service per "
           "provider and service, their cookies by name. Necessary cookies and exempt statistics "
           "need no consent; refusing is as easy as accepting, nothing is accepted by default, "
           "the choice is kept 6 months."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (Banner::Format format : Banner::allFormats())
        m_format->addItem(Banner::formatLabel(format), int(format));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        m_language->findData(site.languages.value(0, QStringLiteral("fr"))) == 1 ? 1 : 0);
    m_policy->setObjectName(QStringLiteral("policyEdit"));
    m_policy->setPlaceholderText(site.url.isEmpty() ? tr("https://… (the published charter)")
                                                    : site.url);
    m_policy->setClearButtonEnabled(true);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_format);
    choices->addSpacing(12);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch(1);
    auto *formatLabel = new QLabel(tr("&Library:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, choices);
    form->addRow(tr("&Privacy policy link:"), m_policy);
    layout->addLayout(form);

    // The file, as it will be.
    auto *filePage = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(filePage);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    fileLayout->addWidget(m_summary);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fileLayout->addWidget(m_text, 1);
    auto *fileButtons = new QHBoxLayout;
    auto *copyButton = new QPushButton(tr("&Copy"), filePage);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    auto *saveButton = new QPushButton(tr("&Save…"), filePage);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    fileButtons->addStretch(1);
    fileButtons->addWidget(copyButton);
    fileButtons->addWidget(saveButton);
    fileLayout->addLayout(fileButtons);
    m_tabs->addTab(filePage, tr("Configuration"));

    // The comparison with the site's own configuration.
    auto *comparePage = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(comparePage);
    auto *compareRow = new QHBoxLayout;
    m_compareSummary->setObjectName(QStringLiteral("compareSummary"));
    m_compareSummary->setWordWrap(true);
    m_compareSummary->setText(tr("Compare the site's current banner configuration with the "
                                 "registry: open its file."));
    compareRow->addWidget(m_compareSummary, 1);
    auto *compareButton = new QPushButton(tr("&Open a configuration…"), comparePage);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    compareRow->addWidget(compareButton);
    compareLayout->addLayout(compareRow);
    m_differencesView = ResultTable::make(
        comparePage, QStringLiteral("differencesView"),
        {tr("Difference"), tr("Cookie"), tr("In the banner"), tr("In the registry")});
    compareLayout->addWidget(m_differencesView, 1);
    m_tabs->addTab(comparePage, tr("Comparison"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, &BannerDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &BannerDialog::chooseSave);
    connect(compareButton, &QPushButton::clicked, this, &BannerDialog::chooseCompare);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BannerDialog::regenerate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &BannerDialog::regenerate);
    connect(m_policy, &QLineEdit::textChanged, this, &BannerDialog::regenerate);
    if (!error.isEmpty())
        m_summary->setText(error);
    regenerate();
    resize(900, 640);
}

void BannerDialog::setFormat(Banner::Format format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void BannerDialog::setLanguage(const QString &language) {
    m_language->setCurrentIndex(m_language->findData(language));
}

QString BannerDialog::text() const {
    return m_text->toPlainText();
}

void BannerDialog::regenerate() {
    Banner::ExportOptions options;
    options.format = Banner::Format(m_format->currentData().toInt());
    options.language = m_language->currentData().toString();
    options.policyUrl = m_policy->text().trimmed();
    if (m_site.consentDays > 0)
        options.consentDays = m_site.consentDays;
    const QList<Banner::Service> services = Banner::services(m_cookies);
    int free = 0;
    for (const Banner::Service &s : services)
        free += s.needsConsent ? 0 : 1;
    QStringList notes{tr("%n service(s)", nullptr, int(services.size())) + QStringLiteral(", ") +
                      tr("%n cookie(s)", nullptr, int(m_cookies.size())) + QStringLiteral("; ") +
                      tr("%n without consent (necessary or exempt)", nullptr, free) +
                      QLatin1Char('.')};
    if (!options.policyUrl.isEmpty() && !Site::isWebAddress(options.policyUrl))
        notes.append(tr("The privacy policy link must be an http:// or https:// address."));
    else if (options.policyUrl.isEmpty() && m_site.url.isEmpty())
        notes.append(tr("The site has no address: give the link to its published charter."));
    m_summary->setText(notes.join(QLatin1Char(' ')));
    m_text->setPlainText(QString::fromUtf8(Banner::write(m_cookies, m_site, options)));
}

void BannerDialog::copy() {
    QApplication::clipboard()->setText(text());
}

bool BannerDialog::save(const QString &path, QString *error) {
    return AtomicFile::write(path, text().toUtf8(), error);
}

void BannerDialog::chooseSave() {
    const Banner::Format format = Banner::Format(m_format->currentData().toInt());
    const QString suggested = format == Banner::Format::Tarteaucitron
                                  ? QStringLiteral("tarteaucitron-services.js")
                                  : Banner::formatKey(format) + QStringLiteral("-config.js");
    const QString path = Dialogs::saveFileName(this, tr("Save the banner configuration"), suggested,
                                               tr("JavaScript (*.js);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, &error))
        Dialogs::warn(this, tr("Save the banner configuration"), error);
}

bool BannerDialog::compareWith(const QString &path, QString *error) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Banner::ReadResult read = Banner::readFile(path);
    QApplication::restoreOverrideCursor();
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    m_differences = Banner::compare(read.records, m_cookies);
    m_differencesView->setRowCount(int(m_differences.size()));
    auto category = [](const std::optional<Category> &c) {
        return c ? Vocabulary::categoryLabel(*c) : QString();
    };
    for (int row = 0; row < m_differences.size(); ++row) {
        const Banner::Difference &d = m_differences.at(row);
        QString kind;
        switch (d.kind) {
        case Banner::Difference::Kind::MissingFromRegistry:
            kind = tr("Not in the registry");
            break;
        case Banner::Difference::Kind::MissingFromBanner:
            kind = tr("Not in the banner");
            break;
        case Banner::Difference::Kind::Category:
            kind = tr("Category");
            break;
        }
        const QString banner = d.kind == Banner::Difference::Kind::MissingFromBanner
                                   ? QString()
                                   : tr("%1 (%2)").arg(d.bannerService, category(d.bannerCategory));
        const QString registry =
            d.kind == Banner::Difference::Kind::MissingFromRegistry
                ? QString()
                : tr("%1 (%2)").arg(d.registryProvider, category(d.registryCategory));
        ResultTable::setRow(m_differencesView, row, {kind, d.name, banner, registry});
    }
    ResultTable::fitColumns(m_differencesView, 320);
    m_compareSummary->setText(
        m_differences.isEmpty()
            ? tr("%1 (%2) and the registry agree: %n cookie name(s).", nullptr,
                 int(read.records.size()))
                  .arg(QFileInfo(path).fileName(), Banner::formatLabel(*read.format))
            : tr("%1 (%2) and the registry differ: %n difference(s).", nullptr,
                 int(m_differences.size()))
                  .arg(QFileInfo(path).fileName(), Banner::formatLabel(*read.format)));
    m_tabs->setCurrentIndex(1);
    return true;
}

void BannerDialog::chooseCompare() {
    const QString path =
        Dialogs::openFileName(this, tr("Compare a banner configuration"),
                              tr("JavaScript or JSON (*.js *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!compareWith(path, &error))
        Dialogs::warn(this, tr("Compare a banner configuration"), error);
}
