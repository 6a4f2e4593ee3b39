#pragma once

#include "Cookie.h"
#include "CookieField.h"

#include <QHash>

#include <QTimer>
#include <QWidget>
#include <functional>

#include <memory>
#include <optional>

class KnowledgeBase;
class RegistryEditor;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace Ui {
class CookieDetails;
}

// Everything about one cookie, beside the table: each field is written to the store when the
// user leaves it (Enter, Tab, a click elsewhere) and, for the long texts, also after a pause in
// typing, so that nothing typed is lost and others see it soon. Writes of one field in one
// visit are one undo step. While a field holds unsaved text the pane does not take other
// people's changes into its copy, so saving it meets their change as a conflict instead of
// overwriting it.
class CookieDetails : public QWidget {
    Q_OBJECT
public:
    explicit CookieDetails(QWidget *parent = nullptr);
    ~CookieDetails() override;

    void setEditor(RegistryEditor *editor);
    void setReadOnly(bool readOnly, const QString &reason = QString());
    void setSiteLanguages(const QStringList &languages);
    // What the cookie database says of the cookie shown, with a Use button per field that
    // differs (null: no panel). `siteHost` decides the party.
    void setKnowledge(const KnowledgeBase *base, const QString &siteHost);
    // Names the other cookie of the site with this domain and name, if any (the store allows
    // one), so that the name field can say so while it is typed.
    using DuplicateFinder =
        std::function<QString(const QString &domain, const QString &name, qint64 exceptId)>;
    void setDuplicateFinder(DuplicateFinder finder) { m_duplicateOf = std::move(finder); }

    // Shows a cookie (nullopt: none). The same cookie again refreshes the fields not being
    // edited.
    void showCookie(const std::optional<Cookie> &cookie);
    qint64 cookieId() const { return m_cookie ? m_cookie->id : 0; }
    // The store now holds `cookie` (someone's write): take it unless a field has unsaved text.
    void cookieChanged(const Cookie &cookie);
    // After a refused write the store is read again, whatever the fields hold.
    void reloadFrom(const Cookie &cookie);
    // The store was busy: show the kept text of a field and offer to save it again.
    void keepEdit(qint64 cookieId, CookieField field, const QString &text,
                  const QString &why = QString());
    void focusField(CookieField field);
    // Writes every field whose text differs from the store (before switching cookie).
    void commitAll();
    bool hasUnsavedText() const;

    // A new cookie (added or duplicated) is a draft until the user adds it: nothing half-made
    // reaches the shared store. The fields are filled from `draft`.
    void startDraft(const Cookie &draft, CookieField focus);
    bool isDraft() const { return m_draft; }
    // The draft as typed; false with the reason when a field is not acceptable.
    bool draftCookie(Cookie *cookie, QString *problem) const;
    void endDraft(const std::optional<Cookie> &show);

Q_SIGNALS:
    void draftSubmitted(const Cookie &cookie);
    void draftDiscarded();

private:
    QWidget *editorOf(CookieField field) const;
    QString textOf(CookieField field) const;
    void setText(CookieField field, const QString &text);
    void fill(const QList<CookieField> &keep);
    QList<CookieField> unsavedFields() const; // fields whose text differs from m_cookie
    void take(const Cookie &cookie);          // from the store; unsaved text stays
    void commit(CookieField field);
    void updateHints();
    void updateTitle();
    void updateDraft();
    void updateKnowledge();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<Ui::CookieDetails> m_ui;
    RegistryEditor *m_editor = nullptr;
    std::optional<Cookie> m_cookie; // as last read from the store
    bool m_readOnly = false;
    bool m_draft = false;
    bool m_filling = false;
    int m_session = 0; // a new one each time a field takes the focus
    QHash<QPlainTextEdit *, CookieField> m_texts;
    QHash<CookieField, QString> m_refused; // text the store just refused, by field
    QTimer m_idle;                         // a pause in typing in a long text writes it
    QPlainTextEdit *m_typing = nullptr;
    QStringList m_languages{QStringLiteral("fr")};
    DuplicateFinder m_duplicateOf;
    const KnowledgeBase *m_base = nullptr;
    QString m_siteHost;
    QGroupBox *m_knownBox = nullptr;
    QLabel *m_knownLabel = nullptr;
    QGridLayout *m_knownGrid = nullptr;
    QString duplicateProblem() const;
};
