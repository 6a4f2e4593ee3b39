#include "CookieDetails.h"

#include "Enrichment.h"
#include "KnowledgeBase.h"

#include "CookieDelegate.h"
#include "Dialogs.h"
#include "RegistryEditor.h"
#include "Store.h"
#include "Vocabulary.h"
#include "ui_CookieDetails.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

CookieDetails::CookieDetails(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CookieDetails>()) {
    m_ui->setupUi(this);
    m_ui->keptFrame->hide();
    m_ui->keptFrame->setStyleSheet(
        QStringLiteral("QFrame#keptFrame { background: #fff3e0; border: 1px solid #e65100; }"));
    m_ui->nameProblemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->nameEdit->setValidator(new CookieNameValidator(m_ui->nameEdit));

    m_knownBox = new QGroupBox(tr("In the cookie database"), m_ui->formWidget);
    m_knownBox->setObjectName(QStringLiteral("knowledgeBox"));
    auto *knownLayout = new QVBoxLayout(m_knownBox);
    m_knownLabel = new QLabel(m_knownBox);
    m_knownLabel->setObjectName(QStringLiteral("knowledgeLabel"));
    m_knownLabel->setWordWrap(true);
    m_knownLabel->setTextFormat(Qt::PlainText);
    knownLayout->addWidget(m_knownLabel);
    m_knownGrid = new QGridLayout;
    m_knownGrid->setColumnStretch(1, 1);
    knownLayout->addLayout(m_knownGrid);
    m_ui->formLayout->addRow(m_knownBox);
    m_knownBox->hide();

    m_ui->locationCombo->addItems({QStringLiteral("front office"), QStringLiteral("back office"),
                                   QStringLiteral("front et back office")});
    for (Category category : Vocabulary::allCategories())
        m_ui->categoryCombo->addItem(Vocabulary::categoryLabel(category),
                                     Vocabulary::categoryKey(category));
    for (Party party : {Party::First, Party::Third})
        m_ui->partyCombo->addItem(Vocabulary::partyLabel(party), Vocabulary::partyKey(party));
    for (StorageType type : Vocabulary::allStorageTypes())
        m_ui->typeCombo->addItem(Vocabulary::storageLabel(type), Vocabulary::storageKey(type));
    m_ui->consentCombo->addItem(tr("As its category says"), QString());
    m_ui->consentCombo->addItem(tr("Exempt from consent"), QStringLiteral("yes"));
    m_ui->consentCombo->addItem(tr("Needs consent"), QStringLiteral("no"));

    const QList<QPair<QLineEdit *, CookieField>> lines = {
        {m_ui->providerEdit, CookieField::Provider},
        {m_ui->serviceEdit, CookieField::Service},
        {m_ui->nameEdit, CookieField::Name},
        {m_ui->domainEdit, CookieField::Domain},
        {m_ui->durationEdit, CookieField::Duration},
        {m_ui->privacyUrlEdit, CookieField::PrivacyUrl},
        {m_ui->locationCombo->lineEdit(), CookieField::Location}};
    for (const auto &[edit, field] : lines) {
        const CookieField which = field;
        connect(edit, &QLineEdit::editingFinished, this, [this, which] { commit(which); });
        connect(edit, &QLineEdit::textEdited, this, &CookieDetails::updateHints);
        edit->installEventFilter(this);
    }
    connect(m_ui->locationCombo, &QComboBox::activated, this,
            [this] { commit(CookieField::Location); });
    const QList<QPair<QComboBox *, CookieField>> lists = {
        {m_ui->categoryCombo, CookieField::Category},
        {m_ui->partyCombo, CookieField::Party},
        {m_ui->typeCombo, CookieField::Type},
        {m_ui->consentCombo, CookieField::ConsentExempt}};
    for (const auto &[combo, field] : lists) {
        const CookieField which = field;
        connect(combo, &QComboBox::activated, this, [this, which] { commit(which); });
    }
    m_texts = {{m_ui->purposeFrEdit, CookieField::PurposeFr},
               {m_ui->purposeEnEdit, CookieField::PurposeEn},
               {m_ui->notesEdit, CookieField::Notes}};
    m_idle.setSingleShot(true);
    m_idle.setInterval(1200);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_typing)
            commit(m_texts.value(m_typing));
    });
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        QPlainTextEdit *edit = it.key();
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (m_filling)
                return;
            m_typing = edit;
            m_idle.start();
        });
    }
    connect(m_ui->saveAgainButton, &QPushButton::clicked, this, [this] {
        m_refused.clear(); // the user asks: try every field again
        commitAll();
    });
    m_ui->draftFrame->hide();
    m_ui->draftFrame->setStyleSheet(
        QStringLiteral("QFrame#draftFrame { background: #e3f2fd; border: 1px solid #1565c0; }"));
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        Cookie cookie;
        QString problem;
        if (draftCookie(&cookie, &problem))
            Q_EMIT draftSubmitted(cookie);
    });
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, [this] {
        endDraft(std::nullopt);
        Q_EMIT draftDiscarded();
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textChanged, this, &CookieDetails::updateDraft);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_draft && m_ui->createButton->isEnabled())
                m_ui->createButton->click();
        });
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &CookieDetails::updateDraft);
    showCookie(std::nullopt);
}

CookieDetails::~CookieDetails() = default;

void CookieDetails::setEditor(RegistryEditor *editor) {
    m_editor = editor;
}

void CookieDetails::setReadOnly(bool readOnly, const QString &reason) {
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setReadOnly(readOnly);
    for (QComboBox *combo : findChildren<QComboBox *>())
        combo->setEnabled(!readOnly);
    setToolTip(readOnly ? tr("Read-only: %1").arg(reason) : QString());
}

void CookieDetails::setSiteLanguages(const QStringList &languages) {
    m_languages = languages;
    updateHints();
}

QWidget *CookieDetails::editorOf(CookieField field) const {
    switch (field) {
    case CookieField::Provider:
        return m_ui->providerEdit;
    case CookieField::Service:
        return m_ui->serviceEdit;
    case CookieField::Location:
        return m_ui->locationCombo;
    case CookieField::Name:
        return m_ui->nameEdit;
    case CookieField::PurposeFr:
        return m_ui->purposeFrEdit;
    case CookieField::PurposeEn:
        return m_ui->purposeEnEdit;
    case CookieField::Category:
        return m_ui->categoryCombo;
    case CookieField::Party:
        return m_ui->partyCombo;
    case CookieField::Domain:
        return m_ui->domainEdit;
    case CookieField::Duration:
        return m_ui->durationEdit;
    case CookieField::Type:
        return m_ui->typeCombo;
    case CookieField::PrivacyUrl:
        return m_ui->privacyUrlEdit;
    case CookieField::ConsentExempt:
        return m_ui->consentCombo;
    case CookieField::Notes:
        break;
    }
    return m_ui->notesEdit;
}

QString CookieDetails::textOf(CookieField field) const {
    QWidget *editor = editorOf(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    auto *combo = qobject_cast<QComboBox *>(editor);
    return combo->isEditable() ? combo->currentText() : combo->currentData().toString();
}

void CookieDetails::setText(CookieField field, const QString &text) {
    QWidget *editor = editorOf(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != text)
            line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable())
            combo->setEditText(text);
        else
            combo->setCurrentIndex(combo->findData(text));
    }
}

bool CookieDetails::hasUnsavedText() const {
    return m_draft || !unsavedFields().isEmpty();
}

QList<CookieField> CookieDetails::unsavedFields() const {
    QList<CookieField> fields;
    if (!m_cookie)
        return fields;
    for (CookieField field : CookieFields::all()) {
        Cookie scratch = *m_cookie;
        if (!CookieFields::setValue(scratch, field, textOf(field), nullptr) ||
            CookieFields::value(scratch, field) != CookieFields::value(*m_cookie, field))
            fields.append(field);
    }
    return fields;
}

void CookieDetails::take(const Cookie &cookie) {
    const QList<CookieField> keep = unsavedFields();
    m_cookie = cookie;
    fill(keep);
}

void CookieDetails::fill(const QList<CookieField> &keep) {
    m_filling = true;
    m_ui->formWidget->setEnabled(m_cookie.has_value());
    for (CookieField field : CookieFields::all()) {
        if (!keep.contains(field)) // unsaved text stays
            setText(field, m_cookie ? CookieFields::value(*m_cookie, field) : QString());
    }
    m_filling = false;
    updateHints();
    updateTitle();
    updateDraft();
    updateKnowledge();
}

void CookieDetails::setKnowledge(const KnowledgeBase *base, const QString &siteHost) {
    m_base = base;
    m_siteHost = siteHost;
    updateKnowledge();
}

void CookieDetails::updateKnowledge() {
    while (QLayoutItem *item = m_knownGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_base || !m_cookie || m_draft) {
        m_knownBox->hide();
        return;
    }
    m_knownBox->show();
    const std::optional<KnowledgeBase::Match> match =
        m_base->best(m_cookie->name, m_cookie->domain);
    if (!match) {
        m_knownLabel->setText(tr("The cookie database does not know %1.").arg(m_cookie->name));
        return;
    }
    const KnownCookie &known = *match->cookie;
    const QString as = known.wildcard ? known.name + QLatin1Char('*') : known.name;
    if (!Enrichment::sameCookie(known, *m_cookie, m_siteHost)) {
        m_knownLabel->setText(tr("The cookie database knows a %1 of %2 (%3), set on %4: another "
                                 "company's cookie of the same name, so nothing is proposed.")
                                  .arg(as, known.controller, known.platform, known.domain));
        return;
    }
    const QString who = known.platform == known.controller || known.controller.isEmpty()
                            ? known.platform
                            : tr("%1, %2").arg(known.platform, known.controller);
    QString text = tr("Known as %1: %2 (database row %3).").arg(as, who, known.id);
    const QList<EnrichmentProposal> proposals = Enrichment::propose(*m_base, *m_cookie, m_siteHost);
    if (proposals.isEmpty())
        text += QLatin1Char(' ') + tr("It agrees with every field.");
    m_knownLabel->setText(text);
    int row = 0;
    for (const EnrichmentProposal &proposal : proposals) {
        auto *label = new QLabel(CookieFields::label(proposal.field), m_knownBox);
        auto *value = new QLabel(m_knownBox);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setText(
            proposal.field == CookieField::Category
                ? Vocabulary::categoryLabel(
                      Vocabulary::parseCategory(proposal.after).value_or(Category::Unclassified))
            : proposal.field == CookieField::Party
                ? Vocabulary::partyLabel(
                      Vocabulary::parseParty(proposal.after).value_or(Party::First))
                : proposal.after);
        value->setToolTip(proposal.overwrite ? tr("Would replace: %1").arg(proposal.before)
                                             : tr("The field is empty"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *use = new QPushButton(tr("Use"), m_knownBox);
        use->setObjectName(QStringLiteral("use_") + CookieFields::key(proposal.field));
        use->setEnabled(!m_readOnly);
        use->setToolTip(proposal.overwrite
                            ? tr("Replace \"%1\" with this value").arg(proposal.before)
                            : tr("Fill the empty field with this value"));
        const CookieField field = proposal.field;
        const QString after = proposal.after;
        connect(use, &QPushButton::clicked, this, [this, field, after] {
            setText(field, after);
            commit(field);
        });
        m_knownGrid->addWidget(label, row, 0, Qt::AlignTop);
        m_knownGrid->addWidget(value, row, 1);
        m_knownGrid->addWidget(use, row, 2, Qt::AlignTop);
        ++row;
    }
}

void CookieDetails::startDraft(const Cookie &draft, CookieField focus) {
    if (!m_draft)
        commitAll(); // what was typed for the cookie shown is saved first
    m_idle.stop();
    m_typing = nullptr;
    m_draft = true;
    m_cookie = draft;
    m_cookie->id = 0;
    m_ui->keptFrame->hide();
    m_ui->draftFrame->show();
    fill({});
    focusField(focus);
    if (auto *line = qobject_cast<QLineEdit *>(editorOf(focus)))
        line->selectAll();
}

bool CookieDetails::draftCookie(Cookie *cookie, QString *problem) const {
    if (!m_cookie)
        return false;
    Cookie draft = *m_cookie;
    for (CookieField field : CookieFields::all()) {
        QString error;
        if (!CookieFields::setValue(draft, field, textOf(field), &error)) {
            *problem = tr("%1: %2").arg(CookieFields::label(field), error);
            return false;
        }
    }
    if (draft.provider.isEmpty()) {
        *problem = tr("Fill in the provider.");
        return false;
    }
    if (const QString name = CookieNameValidator::problem(draft.name); !name.isEmpty()) {
        *problem = tr("Name: %1").arg(name);
        return false;
    }
    if (const QString duplicate = duplicateProblem(); !duplicate.isEmpty()) {
        *problem = tr("Name: %1").arg(duplicate);
        return false;
    }
    if (draft.purposeFr.isEmpty() && draft.purposeEn.isEmpty()) {
        *problem = tr("Write its purpose in at least one language.");
        return false;
    }
    *cookie = draft;
    return true;
}

void CookieDetails::endDraft(const std::optional<Cookie> &show) {
    m_draft = false;
    m_ui->draftFrame->hide();
    m_cookie.reset();
    showCookie(show);
}

void CookieDetails::updateDraft() {
    if (!m_draft || m_filling)
        return;
    Cookie cookie;
    QString problem;
    const bool ready = draftCookie(&cookie, &problem);
    m_ui->createButton->setEnabled(ready && !m_readOnly);
    m_ui->draftLabel->setText(ready ? tr("New cookie: not in the registry until you add it.")
                                    : tr("New cookie, not in the registry yet. %1").arg(problem));
}

void CookieDetails::showCookie(const std::optional<Cookie> &cookie) {
    if (m_draft) // a draft stays until it is added or discarded
        return;
    if (cookie && m_cookie && cookie->id == m_cookie->id) {
        cookieChanged(*cookie);
        return;
    }
    commitAll(); // what was typed for the cookie shown is saved before another is shown
    m_refused.clear();
    m_idle.stop();
    m_typing = nullptr;
    m_cookie = cookie;
    m_ui->keptFrame->hide();
    fill({});
}

void CookieDetails::cookieChanged(const Cookie &cookie) {
    if (m_draft || !m_cookie || cookie.id != m_cookie->id)
        return;
    // A field with unsaved text whose stored value someone else changed: keep the version we
    // saw, so that saving it meets their change as a conflict.
    for (CookieField field : unsavedFields()) {
        if (CookieFields::value(cookie, field) != CookieFields::value(*m_cookie, field))
            return;
    }
    take(cookie);
}

void CookieDetails::reloadFrom(const Cookie &cookie) {
    if (!m_cookie || cookie.id != m_cookie->id)
        return;
    m_cookie = cookie;
    m_ui->keptFrame->hide();
    fill({});
}

void CookieDetails::keepEdit(qint64 cookieId, CookieField field, const QString &text,
                             const QString &why) {
    if (!m_cookie || m_cookie->id != cookieId)
        return;
    m_filling = true;
    setText(field, text);
    m_filling = false;
    m_ui->keptLabel->setText(
        why.isEmpty() ? tr("Not saved yet: the store is locked by another user. Your text is kept "
                           "here; save it again when the store is free.")
                      : tr("Not saved yet: %1. Your text is kept here; save it again.").arg(why));
    m_ui->keptFrame->show();
    updateHints();
}

void CookieDetails::focusField(CookieField field) {
    QWidget *editor = editorOf(field);
    m_ui->formScroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
}

void CookieDetails::commitAll() {
    m_idle.stop();
    for (CookieField field : CookieFields::all())
        commit(field);
}

void CookieDetails::commit(CookieField field) {
    if (!m_cookie || m_readOnly || !m_editor || m_filling || m_draft)
        return;
    if (m_typing && m_texts.value(m_typing) == field)
        m_idle.stop();
    const QString text = textOf(field);
    Cookie scratch = *m_cookie;
    if (CookieFields::setValue(scratch, field, text, nullptr) &&
        CookieFields::value(scratch, field) == CookieFields::value(*m_cookie, field))
        return; // nothing new
    if (field == CookieField::Name && !CookieNameValidator::problem(text).isEmpty())
        return; // the hint under the field says why; the text stays
    if (m_refused.contains(field) && m_refused.value(field) == text)
        return; // refused a moment ago and told why: not again for the same text
    const Cookie seen = *m_cookie;
    const bool saved = m_editor->setField(seen, field, text, m_session);
    if (!m_cookie || m_cookie->id != seen.id)
        return;
    if (saved)
        m_refused.remove(field);
    else if (textOf(field) == text) // still unsaved (not reloaded after a conflict)
        m_refused.insert(field, text);
    if (saved) {
        if (const std::optional<Cookie> fresh = m_editor->store()->cookie(seen.id)) {
            // The saved field matches the store now; other fields may hold unsaved text.
            CookieFields::setValue(*m_cookie, field, text, nullptr);
            take(*fresh);
        }
        if (!hasUnsavedText())
            m_ui->keptFrame->hide();
    }
    updateHints();
}

QString CookieDetails::duplicateProblem() const {
    if (!m_cookie || !m_duplicateOf)
        return QString();
    const QString domain = m_ui->domainEdit->text().trimmed().toLower();
    const QString name = m_ui->nameEdit->text().trimmed();
    // A stored pair that is not being changed is the problems panel's business: no scan of the
    // registry while the user moves from cookie to cookie or types in another field.
    if (!m_draft && domain == m_cookie->domain && name == m_cookie->name)
        return QString();
    const QString other = m_duplicateOf(domain, name, m_cookie->id);
    return other.isEmpty() ? QString()
                           : tr("cookie %1 of this site already has this domain and name; "
                                "change one of them")
                                 .arg(other);
}

void CookieDetails::updateHints() {
    const QString name = m_ui->nameEdit->text();
    QString problem = m_cookie ? CookieNameValidator::problem(name) : QString();
    if (problem.isEmpty())
        problem = duplicateProblem();
    m_ui->nameProblemLabel->setText(problem.isEmpty() ? QString()
                                                      : tr("Not saved: %1").arg(problem));
    m_ui->nameProblemLabel->setVisible(!problem.isEmpty());

    Cookie scratch;
    scratch.duration = m_ui->durationEdit->text().trimmed();
    QString hint;
    if (m_cookie && !scratch.duration.isEmpty()) {
        const std::optional<double> days = scratch.durationDays();
        if (!days)
            hint = tr("Cannot be read: write e.g. \"13 mois\", \"2 years\" or \"session\".");
        else if (*days <= 0)
            hint = tr("Deleted when the browser closes.");
        else
            hint = tr("About %n day(s).", nullptr, int(std::lround(*days)));
    }
    m_ui->durationHintLabel->setText(hint);
    m_ui->durationHintLabel->setVisible(!hint.isEmpty());
}

void CookieDetails::updateTitle() {
    if (m_draft) {
        m_ui->titleLabel->setText(tr("New cookie"));
        m_ui->stampLabel->clear();
        return;
    }
    if (!m_cookie) {
        m_ui->titleLabel->setText(tr("No cookie selected. Choose one in the table, or add one "
                                     "with Edit > Add cookie."));
        m_ui->stampLabel->clear();
        return;
    }
    m_ui->titleLabel->setText(
        m_cookie->service.isEmpty()
            ? tr("%1 (%2)").arg(m_cookie->name, m_cookie->provider)
            : tr("%1 (%2, %3)").arg(m_cookie->name, m_cookie->provider, m_cookie->service));
    QFont font = m_ui->titleLabel->font();
    font.setBold(true);
    m_ui->titleLabel->setFont(font);
    m_ui->stampLabel->setText(tr("Added by %1 on %2; last changed by %3 on %4 (version %5).")
                                  .arg(m_cookie->createdBy, Dialogs::localTime(m_cookie->createdAt),
                                       m_cookie->updatedBy, Dialogs::localTime(m_cookie->updatedAt))
                                  .arg(m_cookie->version));
}

bool CookieDetails::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn) {
        ++m_session; // a new visit to a field: its writes are a new undo step
    } else if (event->type() == QEvent::FocusOut) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched))
            commit(m_texts.value(edit));
    }
    return QWidget::eventFilter(watched, event);
}
