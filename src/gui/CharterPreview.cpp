#include "CharterPreview.h"

#include "CharterTextDocument.h"
#include "Settings.h"
#include "Store.h"
#include "StoreCharter.h"
#include "ui_CharterPreview.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

CharterPreview::CharterPreview(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CharterPreview>())
    , m_store(store) {
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CharterPreview::refresh);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &CharterPreview::refresh);
    connect(m_ui->printButton, &QPushButton::clicked, this, &CharterPreview::print);

    connect(m_store, &Store::cookieAdded, this,
            [this](qint64 site, qint64) { scheduleRefresh(site); });
    connect(m_store, &Store::cookieChanged, this,
            [this](qint64 site, qint64) { scheduleRefresh(site); });
    connect(m_store, &Store::cookieRemoved, this,
            [this](qint64 site, qint64) { scheduleRefresh(site); });
    connect(m_store, &Store::registryReset, this, &CharterPreview::scheduleRefresh);
    connect(m_store, &Store::siteChanged, this, &CharterPreview::scheduleRefresh);
    connect(m_store, &Store::charterTextChanged, this,
            [this](qint64 site, const QString &) { scheduleRefresh(site); });
    connect(m_store, &Store::externalChange, this, [this] { scheduleRefresh(m_siteId); });
}

CharterPreview::~CharterPreview() = default;

void CharterPreview::setSite(qint64 siteId) {
    m_siteId = siteId;
    if (const std::optional<Site> site = m_store->site(siteId)) {
        // The preferred charter language when the site has it, else its first one.
        const QString preferred = Settings::charterLanguage();
        const QString first = site->languages.contains(preferred)
                                  ? preferred
                                  : site->languages.value(0, QStringLiteral("fr"));
        const int index = m_ui->languageCombo->findData(first);
        if (index >= 0 && index != m_ui->languageCombo->currentIndex()) {
            m_ui->languageCombo->setCurrentIndex(index); // refreshes
            return;
        }
    }
    refresh();
}

void CharterPreview::setLanguage(const QString &language) {
    const int index = m_ui->languageCombo->findData(language);
    if (index >= 0)
        m_ui->languageCombo->setCurrentIndex(index);
}

QString CharterPreview::language() const {
    return m_ui->languageCombo->currentData().toString();
}

QString CharterPreview::plainText() const {
    return m_ui->previewBrowser->toPlainText();
}

void CharterPreview::scheduleRefresh(qint64 siteId) {
    if (siteId == m_siteId || siteId == 0)
        m_refreshTimer.start();
}

namespace {

// Tables are laid out as a whole on every change: cut them in chunks so an edit stays cheap.
constexpr int chunkRows = 40;

} // namespace

void CharterPreview::limitRows(CharterDocument &document) {
    // A screen cannot show 100,000 rows usefully, and laying them out would take minutes: the
    // preview shows the first rows of each table and says how many more the files will hold.
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        CharterBlock &table = document.blocks[i];
        if (table.kind != CharterBlock::Kind::CookieTable || table.rows.size() <= previewRowLimit)
            continue;
        const qsizetype hidden = table.rows.size() - previewRowLimit;
        table.rows.resize(previewRowLimit);
        CharterBlock note;
        note.items.append({{CharterInline::Kind::Emphasis,
                            tr("… and %n more cookie(s) in this table: the exported and published "
                               "files list them all.",
                               nullptr, int(hidden)),
                            {}}});
        document.blocks.insert(i + 1, note);
        ++i;
    }
}

void CharterPreview::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CharterPreview::refresh() {
    m_refreshTimer.stop();
    if (m_deferred && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    QString error;
    const std::optional<Site> site = m_store->site(m_siteId, &error);
    CharterDocument fresh;
    if (!error.isEmpty() ||
        (site && !StoreCharter::build(*m_store, *site, language(), &fresh, &error))) {
        // Not read is not deleted: what was shown stays, and the preview tries again.
        m_ui->warningsLabel->setText(
            tr("The store could not be read (%1); the preview shows what was read before and "
               "tries again.")
                .arg(error));
        QTimer::singleShot(1000, this, [this] { scheduleRefresh(m_siteId); });
        return;
    }
    if (!site) {
        m_document = CharterDocument();
        m_shownSite = 0;
        m_ui->previewBrowser->setPlainText(tr("Choose a site to see its charter."));
        m_ui->warningsLabel->clear();
        Q_EMIT refreshed();
        return;
    }
    limitRows(fresh);
    // Keep the reader where they were: an edit should not jump the page back to the top.
    QScrollBar *scroll = m_ui->previewBrowser->verticalScrollBar();
    const int position = scroll->value();
    const bool sameSite = m_shownSite == m_siteId;
    if (sameSite)
        CharterTextDocument::update(m_ui->previewBrowser->document(), m_document, fresh, chunkRows);
    else
        CharterTextDocument::build(m_ui->previewBrowser->document(), fresh, chunkRows);
    m_shownSite = m_siteId;
    m_document = std::move(fresh);
    // The browser's own cursor follows the inserted text to the end; put it back at the top so
    // that the view does not follow it.
    QTextCursor top(m_ui->previewBrowser->document());
    m_ui->previewBrowser->setTextCursor(top);
    scroll->setValue(sameSite ? position : 0); // another site starts at the top
    m_ui->warningsLabel->setText(m_document.warnings.isEmpty()
                                     ? QString()
                                     : tr("%n purpose(s) shown in the other language", nullptr,
                                          int(m_document.warnings.size())));
    m_ui->warningsLabel->setToolTip(m_document.warnings.join(QLatin1Char('\n')));
    Q_EMIT refreshed();
}

void CharterPreview::printTo(QPagedPaintDevice *device) const {
    m_ui->previewBrowser->document()->print(device);
}

void CharterPreview::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.title + QStringLiteral(" — ") + m_document.siteName);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the charter"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}
