#include "ReviewsDialog.h"

#include "CharterTextDocument.h"
#include "Dialogs.h"
#include "RegistryDiff.h"
#include "ReviewFlow.h"
#include "ReviewModel.h"
#include "ReviewStates.h"
#include "Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The note under the tables when unchanged cookies are left out.
CharterBlock hiddenNote(int hidden) {
    CharterBlock note;
    note.items.append(
        {{CharterInline::Kind::Emphasis,
          QCoreApplication::translate(
              "ReviewsDialog", "… and %n unchanged cookie(s) not shown here.", nullptr, hidden),
          {}}});
    return note;
}

} // namespace

ReviewsDialog::ReviewsDialog(Store *store, qint64 siteId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_siteId(siteId)
    , m_model(new ReviewModel(this))
    , m_states(new ReviewStates(store, this)) {
    setObjectName(QStringLiteral("reviewsDialog"));
    setWindowTitle(tr("Reviews"));
    resize(1200, 780);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setAccessibleName(tr("Reviews"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(6);

    auto *legend = new QLabel(
        tr("In the charter: <b>+</b> a cookie added (green), <b>\u2212</b> a cookie removed "
           "(struck through), <s>before</s> \u2192 after in a changed cell (yellow)."),
        this);
    legend->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reviewLanguage"));
    m_language->setAccessibleName(tr("Language of the charter"));
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(legend, 1);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setAccessibleName(tr("The charter as it will be published, with the changes"));
    m_preview->setOpenLinks(false);
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setReadOnly(true);
    m_changes->setAccessibleName(tr("What changed"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("&Charter"));
    m_tabs->addTab(m_changes, tr("C&hanges"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_changes)
            showChanges();
    });

    m_comments = new QTreeWidget(this);
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setAccessibleName(tr("Comments"));
    m_comments->setHeaderLabels({tr("Who"), tr("When"), tr("About"), tr("Comment")});
    m_comments->setRootIsDecorated(false);
    m_comments->setMaximumHeight(110);
    m_comments->setColumnWidth(0, 90);
    m_comments->setColumnWidth(1, 130);
    m_comments->setColumnWidth(2, 160);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("commentTarget"));
    m_target->setEditable(true);
    m_target->setAccessibleName(tr("What the comment is about"));
    m_target->setMinimumContentsLength(18);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setPlaceholderText(tr("Your comment (needed to request changes)"));
    m_comment->setAccessibleName(tr("Comment"));
    m_addComment = new QPushButton(tr("&Add comment"), this);
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_target);
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addComment);

    m_approve = new QPushButton(tr("A&pprove"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_requestChanges = new QPushButton(tr("&Request changes"), this);
    m_requestChanges->setObjectName(QStringLiteral("requestChangesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_requestChanges, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_status);
    rightLayout->addLayout(languageRow);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(new QLabel(tr("Comments:"), this));
    rightLayout->addWidget(m_comments);
    rightLayout->addLayout(commentRow);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_approve, &QPushButton::clicked, this, &ReviewsDialog::approve);
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewsDialog::requestChanges);
    connect(m_addComment, &QPushButton::clicked, this, &ReviewsDialog::addComment);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReviewsDialog::showSelected);

    // Any change to the registry may void a review; other people's reviews come in too.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ReviewsDialog::reload);
    const auto later = [this] {
        m_reloadTimer.start();
    };
    connect(m_store, &Store::reviewsChanged, this, later);
    connect(m_store, &Store::cookieAdded, this, later);
    connect(m_store, &Store::cookieChanged, this, later);
    connect(m_store, &Store::cookieRemoved, this, later);
    connect(m_store, &Store::registryReset, this, later);
    connect(m_store, &Store::siteChanged, this, later);
    connect(m_store, &Store::charterTextChanged, this, later);
    connect(m_store, &Store::ruleSwitchesChanged, this, later);
    connect(m_store, &Store::externalChange, this, later);
    connect(m_states, &ReviewStates::ready, this, later);

    reload();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_current = current.isValid() ? m_model->reviewAt(current.row()).id : 0;
                showSelected();
            });
    // The newest review waiting opens first, else the newest.
    qint64 first = 0;
    for (int row = m_model->rowCount() - 1; row >= 0 && first == 0; --row) {
        if (m_model->statusAt(row) == ReviewFlow::Status::Waiting)
            first = m_model->reviewAt(row).id;
    }
    if (first == 0 && m_model->rowCount() > 0)
        first = m_model->reviewAt(m_model->rowCount() - 1).id;
    selectReview(first);
    if (first == 0)
        showSelected();
}

ReviewsDialog::~ReviewsDialog() = default;

QTextDocument *ReviewsDialog::previewDocument() const {
    return m_preview->document();
}

QString ReviewsDialog::statusText() const {
    return m_status->text();
}

QString ReviewsDialog::changesText() {
    showChanges();
    return m_changes->toPlainText();
}

void ReviewsDialog::selectReview(qint64 reviewId) {
    const int row = m_model->rowOf(reviewId);
    if (row < 0)
        return;
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, 0));
    if (m_current != reviewId) {
        m_current = reviewId;
        showSelected();
    }
}

void ReviewsDialog::reload() {
    QString error;
    const QList<Review> reviews = m_store->reviews(m_siteId, false, &error);
    QHash<qint64, QString> hashes;
    // Each site's state now: computed here the first time (the dialog opens on it), then on a
    // worker thread after each change, the list showing the last one meanwhile.
    for (const Review &review : reviews) {
        if (hashes.contains(review.siteId))
            continue;
        QString hash;
        const bool first = !m_lastHashes.contains(review.siteId);
        if (m_states->hash(review.siteId, &hash, first))
            m_lastHashes.insert(review.siteId, hash);
        hashes.insert(review.siteId, m_lastHashes.value(review.siteId));
    }
    m_changesFor = 0; // a review may have become void
    const qint64 keep = m_current;
    m_model->setReviews(reviews, hashes);
    m_current = 0;
    if (keep != 0)
        selectReview(keep);
    if (m_current == 0)
        showSelected();
}

void ReviewsDialog::showSelected() {
    m_comments->clear();
    m_preview->clear();
    m_changes->clear();
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No review yet. An editor submits a site with Charter > "
                                   "Submit for review…")
                              : tr("Choose a review."));
        m_shown.reset();
        updateButtons();
        return;
    }
    // Read once, with its snapshots, for everything the dialog shows and writes of it.
    QString error;
    m_shown = m_store->review(m_current, &error);
    const std::optional<Review> &review = m_shown;
    if (!review) {
        m_status->setText(error.isEmpty() ? tr("Review %1 is gone.").arg(m_current) : error);
        updateButtons();
        return;
    }
    const ReviewFlow::Status status = m_model->statusAt(row);
    QString text = ReviewFlow::summary(*review, status);
    if (!review->note.isEmpty())
        text += QLatin1Char('\n') + tr("Note from %1: %2").arg(review->submittedBy, review->note);
    if (!review->decisionComment.isEmpty() && status != ReviewFlow::Status::ChangesRequested)
        text +=
            QLatin1Char('\n') + tr("%1 wrote: %2").arg(review->decidedBy, review->decisionComment);
    if (review->baseSeq > 0)
        text += QLatin1Char('\n') + tr("Compared with publication %1.").arg(review->baseSeq);
    else
        text += QLatin1Char('\n') +
                tr("The site has not been published yet: there is nothing to compare with.");
    m_status->setText(text);

    // The languages of the submitted state.
    const QString chosen = m_language->currentData().toString();
    const std::optional<Site> site = m_store->site(review->siteId);
    const QStringList languages = site ? site->languages : QStringList{QStringLiteral("fr")};
    {
        const QSignalBlocker block(m_language);
        m_language->clear();
        for (const QString &language : languages)
            m_language->addItem(language == QLatin1String("fr") ? tr("French") : tr("English"),
                                language);
        const int index = m_language->findData(chosen);
        m_language->setCurrentIndex(index >= 0 ? index : 0);
    }
    // Every changed cookie, and unchanged ones up to a limit: a reviewer reads the changes.
    int hidden = 0;
    CharterDocument document = ReviewFlow::markedCharter(
        review->snapshot, review->baseSnapshot, m_language->currentData().toString(),
        QDate::currentDate(), unchangedRowLimit, &hidden);
    if (hidden > 0)
        document.blocks.append(hiddenNote(hidden));
    CharterTextDocument::build(m_preview->document(), document);
    // Open on the cookie tables, where the changes are marked, once the text is laid out.
    int tables = -1;
    for (QTextFrame *frame : m_preview->document()->rootFrame()->childFrames()) {
        if (qobject_cast<QTextTable *>(frame)) {
            tables = frame->firstPosition();
            break;
        }
    }
    m_preview->moveCursor(QTextCursor::Start);
    QTimer::singleShot(0, m_preview, [this, tables] {
        if (tables < 0 || tables > m_preview->document()->characterCount())
            return;
        QTextCursor at(m_preview->document());
        at.setPosition(tables);
        // Show the heading above the table too.
        at.movePosition(QTextCursor::PreviousBlock, QTextCursor::MoveAnchor, 2);
        const QRect where = m_preview->cursorRect(at);
        m_preview->verticalScrollBar()->setValue(m_preview->verticalScrollBar()->value() +
                                                 where.top());
    });

    // The list of changes is made when its tab is first shown: it compares every cookie.
    m_changesFor = 0;
    if (m_tabs->currentWidget() == m_changes)
        showChanges();

    QList<std::pair<QString, QString>> targets; // label, "domain\nname"
    for (const CharterBlock &block : std::as_const(document.blocks)) {
        for (const CharterRow &entry : block.rows) {
            if (entry.mark == CharterRow::Mark::None)
                continue;
            const qsizetype cut = entry.key.indexOf(QLatin1Char('\n'));
            const QString domain = entry.key.left(cut);
            const QString label =
                domain.isEmpty() ? entry.name : QStringLiteral("%1 (%2)").arg(entry.name, domain);
            if (std::none_of(targets.begin(), targets.end(),
                             [&label](const auto &target) { return target.first == label; }))
                targets.append({label, entry.key});
        }
    }
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItem(tr("The whole review"));
        for (const auto &[label, key] : std::as_const(targets))
            m_target->addItem(label, key);
    }
    showComments(*review);

    // Who may decide: not the submitter, nor anyone who changed the registry since.
    m_canDecide = status == ReviewFlow::Status::Waiting;
    m_notAllowed.clear();
    const QStringList excluded = ReviewFlow::excludedApprovers(
        *m_store, review->siteId, review->baseAt, review->submittedBy, &error);
    if (excluded.contains(m_store->userName()))
        m_notAllowed = tr("You (%1) submitted or changed this registry since the last "
                          "publication: someone else must review it.")
                           .arg(m_store->userName());
    updateButtons();
}

void ReviewsDialog::showComments(const Review &review) {
    m_comments->clear();
    for (const ReviewComment &entry : review.comments) {
        auto *item = new QTreeWidgetItem(m_comments);
        item->setText(0, entry.writtenBy);
        item->setText(1, entry.writtenAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        item->setText(2, entry.cookieName.isEmpty() ? tr("the whole review")
                         : entry.cookieDomain.isEmpty()
                             ? entry.cookieName
                             : QStringLiteral("%1 (%2)").arg(entry.cookieName, entry.cookieDomain));
        item->setText(3, entry.body);
        item->setToolTip(3, entry.body);
    }
}

void ReviewsDialog::showChanges() {
    if (m_changesFor == m_current)
        return;
    m_changesFor = m_current;
    m_changes->clear();
    const std::optional<Review> &review = m_shown;
    if (!review || review->id != m_current)
        return;
    QString error;
    const int row = m_model->rowOf(m_current);
    const ReviewFlow::Status status =
        row >= 0 ? m_model->statusAt(row) : ReviewFlow::Status::Waiting;
    // The changes as a list, and for a void review what changed since.
    QString changes;
    QList<RegistryDiff::Change> list;
    if (status == ReviewFlow::Status::Void) {
        ReviewFlow::State now;
        if (ReviewFlow::currentState(*m_store, review->siteId, &now, &error) &&
            RegistryDiff::compare(review->snapshot, now.snapshot, &list, &error))
            changes += (review->decision == Review::Decision::Approved
                            ? tr("Changed since the approval (which is void):")
                            : tr("Changed since the review was submitted (it is void):")) +
                       QLatin1Char('\n') + RegistryDiff::describe(list) + QLatin1Char('\n');
    }
    if (review->baseSeq > 0 &&
        RegistryDiff::compare(review->baseSnapshot, review->snapshot, &list, &error))
        changes += tr("Changes since publication %1:").arg(review->baseSeq) + QLatin1Char('\n') +
                   RegistryDiff::describe(list);
    m_changes->setPlainText(changes);
}

void ReviewsDialog::updateButtons() {
    const bool selected = m_model->rowOf(m_current) >= 0;
    const bool writable = m_store->canReview();
    const QString readOnly = tr("The store is read-only: nothing can be written.");
    m_addComment->setEnabled(selected && writable);
    m_addComment->setToolTip(writable ? QString() : readOnly);
    m_requestChanges->setEnabled(selected && writable && m_canDecide && m_notAllowed.isEmpty());
    m_approve->setEnabled(selected && writable && m_canDecide && m_notAllowed.isEmpty());
    QString why;
    if (!writable)
        why = readOnly;
    else if (selected && !m_canDecide)
        why = tr("This review is already decided or void; only a review waiting for a reviewer "
                 "can be decided.");
    else
        why = m_notAllowed;
    m_approve->setToolTip(why);
    m_requestChanges->setToolTip(why);
}

bool ReviewsDialog::write(const QString &title, const std::function<WriteResult()> &write) {
    const WriteResult result = write();
    if (result.ok()) {
        m_comment->clear();
        reload();
        return true;
    }
    Dialogs::warn(this, title, result.message);
    reload();
    return false;
}

bool ReviewsDialog::approve() {
    const std::optional<Review> &review = m_shown;
    if (!review)
        return false;
    return write(tr("Approve"), [&] {
        ReviewFlow::State state;
        QString error;
        if (!ReviewFlow::currentState(*m_store, review->siteId, &state, &error))
            return WriteResult::failure(WriteResult::Status::Failed, error);
        return m_store->decideReview(review->id, Review::Decision::Approved, m_comment->text(),
                                     state.hash);
    });
}

bool ReviewsDialog::requestChanges() {
    if (m_comment->text().trimmed().isEmpty()) {
        Dialogs::warn(this, tr("Request changes"),
                      tr("Say which changes in the comment field first."));
        m_comment->setFocus();
        return false;
    }
    const std::optional<Review> &review = m_shown;
    if (!review)
        return false;
    return write(tr("Request changes"), [&] {
        ReviewFlow::State state;
        QString error;
        if (!ReviewFlow::currentState(*m_store, review->siteId, &state, &error))
            return WriteResult::failure(WriteResult::Status::Failed, error);
        return m_store->decideReview(review->id, Review::Decision::ChangesRequested,
                                     m_comment->text(), state.hash);
    });
}

bool ReviewsDialog::addComment() {
    const std::optional<Review> &review = m_shown;
    if (!review)
        return false;
    ReviewComment entry;
    entry.reviewId = review->id;
    entry.body = m_comment->text();
    // A cookie chosen in the list (a changed one, removed ones too), or a name typed.
    const QString about = m_target->currentText().trimmed();
    if (!about.isEmpty() && about != m_target->itemText(0)) {
        const int chosen = m_target->findText(about);
        const QString key = chosen > 0 ? m_target->itemData(chosen).toString() : QString();
        const qsizetype cut = key.indexOf(QLatin1Char('\n'));
        QString why;
        const std::optional<Cookie> target =
            cut >= 0 ? ReviewFlow::commentTarget(*m_store, *review, key.mid(cut + 1), key.left(cut),
                                                 &why)
                     : ReviewFlow::commentTarget(*m_store, *review, about, QString(), &why);
        if (!target) {
            Dialogs::warn(this, tr("Add comment"), why);
            return false;
        }
        entry.cookieId = target->id;
        entry.cookieName = target->name;
        entry.cookieDomain = target->domain;
    }
    return write(tr("Add comment"), [&] { return m_store->addReviewComment(entry); });
}
