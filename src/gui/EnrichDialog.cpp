#include "EnrichDialog.h"

#include "EnrichmentModel.h"
#include "KnowledgeBase.h"
#include "PublicSuffix.h"
#include "RegistryEditor.h"
#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EnrichDialog::EnrichDialog(RegistryEditor *editor, const KnowledgeBase &base, const Site &site,
                           QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_base(base)
    , m_siteId(site.id)
    , m_siteHost(PublicSuffix::siteHost(site.url, site.name))
    , m_model(new EnrichmentModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(tr("Complete from the cookie database: %1").arg(site.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What the Open Cookie Database knows of this site's cookies. Checked rows fill an "
           "empty field; a row that would replace a value you wrote is unchecked until you "
           "check it. Apply writes the checked rows at once; Undo takes them all back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view->setObjectName(QStringLiteral("proposalsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(EnrichmentModel::ProposedColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *all = buttons->addButton(tr("Check &all"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("checkAllButton"));
    auto *fills = buttons->addButton(tr("Only &empty fields"), QDialogButtonBox::ActionRole);
    fills->setObjectName(QStringLiteral("checkFillsButton"));
    m_apply = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(all, &QPushButton::clicked, this, [this] { m_model->checkAll(true); });
    connect(fills, &QPushButton::clicked, this, [this] { m_model->checkAll(false); });
    connect(m_apply, &QPushButton::clicked, this, &EnrichDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &EnrichmentModel::checkedChanged, this, &EnrichDialog::updateSummary);
    resize(1100, 640);
}

bool EnrichDialog::propose(QString *error) {
    QList<EnrichmentProposal> proposals;
    m_others = 0;
    const bool read = m_editor->store()->forEachCookie(
        m_siteId,
        [&](const Cookie &cookie) {
            bool other = false;
            proposals.append(Enrichment::propose(m_base, cookie, m_siteHost, &other));
            m_others += other ? 1 : 0;
            return true;
        },
        error);
    if (!read)
        return false;
    m_model->setProposals(proposals);
    m_view->resizeColumnsToContents();
    for (int column : {EnrichmentModel::NowColumn, EnrichmentModel::CookieColumn})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
    m_view->setColumnWidth(EnrichmentModel::RowColumn,
                           std::min(m_view->columnWidth(EnrichmentModel::RowColumn), 120));
    updateSummary();
    return true;
}

void EnrichDialog::updateSummary() {
    const QList<EnrichmentProposal> &all = m_model->proposals();
    if (all.isEmpty()) {
        m_summary->setText(tr("The cookie database adds nothing to this site's registry."));
    } else {
        int replaces = 0;
        QSet<qint64> cookies;
        for (const EnrichmentProposal &proposal : all) {
            replaces += proposal.overwrite ? 1 : 0;
            cookies.insert(proposal.cookieId);
        }
        m_summary->setText(
            tr("%n proposal(s) for %1 cookie(s): %2 fill an empty field, %3 would replace a "
               "value. %4 checked.",
               nullptr, int(all.size()))
                .arg(cookies.size())
                .arg(all.size() - replaces)
                .arg(replaces)
                .arg(m_model->checkedCount()));
    }
    if (m_others > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("%n cookie(s) share only their name with a cookie of the database "
                              "(another company's, set elsewhere) and are left alone.",
                              nullptr, m_others));
    m_apply->setEnabled(m_model->checkedCount() > 0 && !m_editor->store()->isReadOnly());
}

void EnrichDialog::apply() {
    QList<RegistryEditor::FieldEdit> edits;
    for (const EnrichmentProposal &proposal : m_model->checked())
        edits.append({proposal.cookieId, proposal.cookieVersion, proposal.cookieName,
                      proposal.field, proposal.before, proposal.after});
    if (m_editor->applyFields(edits, tr("Complete from the cookie database"))) {
        m_applied = int(edits.size());
        accept();
        return;
    }
    // Refused (someone else's edit meanwhile): propose again from what is stored now.
    QString error;
    propose(&error);
}
