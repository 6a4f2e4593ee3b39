#include "AuditDialog.h"

#include "AtomicFile.h"
#include "AuditReport.h"
#include "Dialogs.h"
#include "Enrichment.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "RegistryEditor.h"
#include "ResultTable.h"
#include "Store.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString viewName(Finding::Kind kind) {
    switch (kind) {
    case Finding::Kind::Undeclared:
        return QStringLiteral("undeclaredView");
    case Finding::Kind::NotSeen:
        return QStringLiteral("notSeenView");
    case Finding::Kind::Lifetime:
        return QStringLiteral("lifetimeView");
    case Finding::Kind::ExemptTooLong:
        return QStringLiteral("exemptView");
    case Finding::Kind::Party:
        break;
    }
    return QStringLiteral("partyView");
}

} // namespace

AuditDialog::AuditDialog(RegistryEditor *editor, const KnowledgeBase *base, const Site &site,
                         QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_base(base)
    , m_site(site)
    , m_siteHost(PublicSuffix::siteHost(site.url, site.name))
    , m_capturesLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("Audit against captures: %1").arg(site.name));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Compares what a browser really saw (HAR files, Firefox's "
                                "cookies.sqlite, Chromium's Cookies, a storageState) with the "
                                "registry. Add captures, or drop their files here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *captures = new QHBoxLayout;
    m_capturesLabel->setObjectName(QStringLiteral("capturesLabel"));
    m_capturesLabel->setText(tr("No capture yet."));
    m_capturesLabel->setWordWrap(true);
    captures->addWidget(m_capturesLabel, 1);
    auto *add = new QPushButton(tr("Add &captures…"), this);
    add->setObjectName(QStringLiteral("addCapturesButton"));
    captures->addWidget(add);
    layout->addLayout(captures);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    const QStringList observedColumns{tr("Cookie"), tr("Domain"), tr("Party"), tr("Lifetime seen"),
                                      tr("Pages")};
    m_views.insert(
        int(Finding::Kind::Undeclared),
        ResultTable::make(this, viewName(Finding::Kind::Undeclared),
                          observedColumns + QStringList{tr("The cookie database says")}));
    for (Finding::Kind kind :
         {Finding::Kind::Lifetime, Finding::Kind::ExemptTooLong, Finding::Kind::Party})
        m_views.insert(int(kind), ResultTable::make(this, viewName(kind),
                                                    observedColumns + QStringList{tr("Finding")}));
    m_views.insert(int(Finding::Kind::NotSeen),
                   ResultTable::make(this, viewName(Finding::Kind::NotSeen),
                                     {tr("Cookie"), tr("Domain"), tr("Finding")}));
    m_tabs->setObjectName(QStringLiteral("findingTabs"));
    for (Finding::Kind kind : Finding::allKinds())
        m_tabs->addTab(m_views.value(int(kind)), Finding::kindLabel(kind));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add to the registry"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addToRegistryButton"));
    m_add->setToolTip(tr("Adds the selected undeclared cookies, completed from the cookie "
                         "database; Undo takes them back"));
    m_useDuration =
        buttons->addButton(tr("&Use the observed duration"), QDialogButtonBox::ActionRole);
    m_useDuration->setObjectName(QStringLiteral("useObservedButton"));
    m_save = buttons->addButton(tr("&Save the report…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &AuditDialog::chooseCaptures);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addUndeclared(selectedRows(Finding::Kind::Undeclared)); });
    connect(m_useDuration, &QPushButton::clicked, this,
            [this] { useObservedDurations(selectedRows(Finding::Kind::Lifetime)); });
    connect(m_save, &QPushButton::clicked, this, &AuditDialog::chooseReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableWidget *view : std::as_const(m_views))
        connect(view, &QTableWidget::itemSelectionChanged, this, &AuditDialog::present);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AuditDialog::present);
    resize(1200, 640);
    present();
}

QTableWidget *AuditDialog::view(Finding::Kind kind) const {
    return m_views.value(int(kind));
}

bool AuditDialog::addCaptures(const QStringList &paths, QString *error) {
    QStringList problems;
    for (const QString &path : paths) {
        if (m_captures.contains(path))
            continue;
        // Each capture is read once; a capture that fails adds nothing of what it held.
        Capture capture;
        Observations withIt = m_observations;
        if (!capture.read(path, {m_siteHost, {}},
                          [&withIt](const Sighting &s) { withIt.add(s); })) {
            problems.append(capture.error());
            continue;
        }
        m_observations = std::move(withIt);
        m_captures.append(path);
    }
    rerun();
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1Char('\n'));
        if (error)
            *error = message;
        else
            Dialogs::warn(this, tr("Audit against captures"), message);
        return false;
    }
    return true;
}

void AuditDialog::rerun() {
    QString error;
    const QList<Cookie> declared = m_editor->store()->auditCookies(m_site.id, &error);
    if (!error.isEmpty())
        Dialogs::warn(this, tr("Audit against captures"), error);
    m_result = audit(declared, m_observations.cookies(m_siteHost), m_base);
    QStringList names;
    for (const QString &path : std::as_const(m_captures))
        names.append(QFileInfo(path).fileName());
    m_capturesLabel->setText(names.isEmpty()
                                 ? tr("No capture yet.")
                                 : tr("Captures: %1").arg(names.join(QStringLiteral(", "))));
    for (Finding::Kind kind : Finding::allKinds()) {
        QTableWidget *table = view(kind);
        const QList<const Finding *> list = findings(kind);
        // The rows are other cookies now: nothing stays selected by position.
        table->clearSelection();
        table->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const Finding &f = *list.at(row);
            QStringList cells{f.name, f.domain};
            if (kind != Finding::Kind::NotSeen) {
                const ObservedCookie &o = m_result.observed.at(f.observed);
                cells << (o.party ? Vocabulary::partyLabel(*o.party) : QString())
                      << o.lifetimeText() << QString::number(o.pages);
            }
            if (kind == Finding::Kind::Undeclared)
                cells << (!f.known
                              ? tr("(unknown)")
                              : tr("%1, %2, %3")
                                    .arg(f.known->provider,
                                         f.known->category.isEmpty()
                                             ? tr("no category")
                                             : Vocabulary::categoryLabel(
                                                   *Vocabulary::parseCategory(f.known->category)),
                                         f.known->duration.isEmpty() ? tr("no duration")
                                                                     : f.known->duration));
            else
                cells << f.text();
            ResultTable::setRow(table, row, cells);
            // The last cell's tooltip is the whole finding (the undeclared list shows what the
            // database says there).
            table->item(row, int(cells.size()) - 1)->setToolTip(f.text());
        }
        ResultTable::fitColumns(table, 280);
        m_tabs->setTabText(
            m_tabs->indexOf(table),
            QStringLiteral("%1 (%2)").arg(Finding::kindLabel(kind)).arg(list.size()));
    }
    present();
}

void AuditDialog::present() {
    if (m_captures.isEmpty()) {
        m_summary->setText(
            tr("Add one or more captures to audit the registry of %1.").arg(m_site.name));
    } else {
        m_summary->setText(
            tr("%1 declared, %2 observed, %3 declared cookies seen. %4 Select rows to act on "
               "them.")
                .arg(m_result.declared)
                .arg(m_result.observed.size())
                .arg(m_result.matched)
                .arg(m_result.failing()
                         ? tr("The registry and the site disagree: see the lists below.")
                         : tr("The registry declares what the captures saw.")));
    }
    const bool writable = !m_editor->store()->isReadOnly();
    m_add->setVisible(m_tabs->currentWidget() == view(Finding::Kind::Undeclared));
    m_add->setEnabled(writable && !selectedRows(Finding::Kind::Undeclared).isEmpty());
    m_useDuration->setVisible(m_tabs->currentWidget() == view(Finding::Kind::Lifetime));
    m_useDuration->setEnabled(writable && !selectedRows(Finding::Kind::Lifetime).isEmpty());
    m_save->setEnabled(!m_captures.isEmpty());
}

QList<const Finding *> AuditDialog::findings(Finding::Kind kind) const {
    QList<const Finding *> list;
    for (const Finding &f : m_result.findings) {
        if (f.kind == kind)
            list.append(&f);
    }
    return list;
}

QList<int> AuditDialog::selectedRows(Finding::Kind kind) const {
    QList<int> rows;
    QTableWidget *table = view(kind);
    if (!table || !table->selectionModel())
        return rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool AuditDialog::addUndeclared(const QList<int> &rows) {
    const QList<const Finding *> list = findings(Finding::Kind::Undeclared);
    const QString &siteHost = m_siteHost;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QList<Cookie> cookies;
    for (int row : rows) {
        if (row < 0 || row >= list.size())
            continue;
        const Finding &f = *list.at(row);
        const ObservedCookie &o = m_result.observed.at(f.observed);
        Cookie cookie;
        cookie.siteId = m_site.id;
        cookie.name = o.name;
        cookie.domain = o.domain;
        cookie.storage = o.type;
        cookie.party = o.party.value_or(Party::First);
        cookie.duration = o.registryDuration();
        cookie.notes =
            tr("Added from the audit of %1 on %2; seen on %3.")
                .arg(m_capturesLabel->text(), today, o.somePages.join(QStringLiteral(", ")));
        // Completed from the cookie database where it knows the cookie.
        if (m_base) {
            for (const EnrichmentProposal &p : Enrichment::propose(*m_base, cookie, siteHost)) {
                if (!p.overwrite)
                    Enrichment::apply(cookie, p);
            }
        }
        // What the store needs and no one could say: who sets it, and what for.
        if (cookie.provider.isEmpty())
            cookie.provider = PublicSuffix::registrableDomain(o.domain).isEmpty()
                                  ? o.domain
                                  : PublicSuffix::registrableDomain(o.domain);
        if (cookie.purposeFr.isEmpty() && cookie.purposeEn.isEmpty())
            cookie.purposeFr = tr("To be written: observed by the audit, its purpose is not known "
                                  "yet.");
        cookies.append(cookie);
    }
    if (cookies.isEmpty())
        return false;
    const bool added = m_editor->addCookies(
        cookies, tr("Add %n cookie(s) from the audit", nullptr, int(cookies.size())));
    rerun();
    return added;
}

bool AuditDialog::useObservedDurations(const QList<int> &rows) {
    const QList<const Finding *> list = findings(Finding::Kind::Lifetime);
    QList<RegistryEditor::FieldEdit> edits;
    for (int row : rows) {
        if (row < 0 || row >= list.size())
            continue;
        const Finding &f = *list.at(row);
        const std::optional<Cookie> stored = m_editor->store()->cookie(f.cookieId);
        if (!stored)
            continue;
        const QString observed = m_result.observed.at(f.observed).registryDuration();
        if (observed.isEmpty() || observed == stored->duration)
            continue;
        edits.append({stored->id, stored->version, stored->name, CookieField::Duration,
                      stored->duration, observed});
    }
    if (edits.isEmpty())
        return false;
    const bool done = m_editor->applyFields(edits, tr("Use the observed duration"));
    rerun();
    return done;
}

bool AuditDialog::saveReport(const QString &path, QString *error) {
    QStringList names;
    for (const QString &capture : std::as_const(m_captures))
        names.append(QFileInfo(capture).fileName());
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                 ? AuditReport::json(m_result, m_site.name, names)
                                 : AuditReport::html(m_result, m_site.name, names);
    return AtomicFile::write(path, bytes, error);
}

void AuditDialog::chooseCaptures() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add captures"), QString(),
        tr("Captures (*.har *.json *.sqlite Cookies);;All files (*)"));
    if (!paths.isEmpty())
        addCaptures(paths);
}

void AuditDialog::chooseReport() {
    const QString path = Dialogs::saveFileName(this, tr("Save the audit report"),
                                               QStringLiteral("audit-%1.html").arg(m_site.name),
                                               tr("HTML page (*.html);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        Dialogs::warn(this, tr("Save the audit report"), error);
}

void AuditDialog::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AuditDialog::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addCaptures(paths);
    }
}
