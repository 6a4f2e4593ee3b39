#include "RegistryEditor.h"

#include "Dialogs.h"
#include "Store.h"

#include <QTimer>
#include <QWidget>

#include <utility>

namespace {

enum CommandId { FieldEditId = 1 };

// What the editor's steps share: the first redo() does nothing (the change was written when the
// step was made), and a step that could not read the store is kept as it was: the undo stack
// goes back to where it stood and the user is told to try again.
class EditorCommand : public QUndoCommand {
public:
    EditorCommand(RegistryEditor *editor, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor) {}

protected:
    bool takeSkip() { return std::exchange(m_skip, false); }
    // A write refused for a reason that passes (the store locked past the timeout, an I/O
    // error) keeps the step too; a conflict or a missing row drops it.
    bool keepIfTransient(const WriteResult &result) {
        if (result.status != WriteResult::Status::Busy &&
            result.status != WriteResult::Status::Failed)
            return false;
        keepAfterReadFailure(result.message);
        return true;
    }
    void keepAfterReadFailure(const QString &error) {
        m_editor->report(WriteResult::failure(WriteResult::Status::Failed,
                                              RegistryEditor::tr("%1\n\nNothing was changed and "
                                                                 "the step is kept: try again in "
                                                                 "a moment.")
                                                  .arg(error)),
                         RegistryEditor::tr("Undo and redo"));
        QUndoStack *stack = m_editor->undoStack();
        const int index = stack->index(); // still the index before this undo or redo
        m_skip = true;                    // going back calls us once more: do nothing then
        QTimer::singleShot(0, stack, [stack, index] { stack->setIndex(index); });
    }

    RegistryEditor *m_editor;

private:
    bool m_skip = true;
};

QString cookieTitle(const Cookie &cookie) {
    return cookie.name.isEmpty() ? QStringLiteral("#%1").arg(cookie.id) : cookie.name;
}

// One field of one cookie, from one value to another. Consecutive writes of the same field in
// one typing session merge into one step.
class FieldCommand : public EditorCommand {
public:
    FieldCommand(RegistryEditor *editor, RegistryEditor::CookieRef ref, CookieField field,
                 QString before, QString after, int session, const QString &text)
        : EditorCommand(editor, text)
        , m_ref(std::move(ref))
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_session(session) {}

    int id() const override { return FieldEditId; }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = static_cast<const FieldCommand *>(other);
        if (m_session == 0 || next->m_session != m_session || *next->m_ref != *m_ref ||
            next->m_field != m_field)
            return false;
        m_after = next->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

    void redo() override {
        if (!takeSkip()) // the first time: RegistryEditor::setField has written it already
            apply(m_before, m_after);
    }
    void undo() override {
        if (!takeSkip())
            apply(m_after, m_before);
    }

private:
    void apply(const QString &from, const QString &to) {
        Store *store = m_editor->store();
        const QString title = RegistryEditor::tr("Undo and redo");
        QString error;
        const std::optional<Cookie> current = store->cookie(*m_ref, &error);
        if (!error.isEmpty()) {
            keepAfterReadFailure(error);
            return;
        }
        if (!current) {
            m_editor->report(WriteResult::failure(WriteResult::Status::NotFound,
                                                  RegistryEditor::tr("The cookie no longer exists "
                                                                     "(someone deleted it).")),
                             title);
            setObsolete(true);
            return;
        }
        if (CookieFields::value(*current, m_field) != from) {
            WriteResult conflict = WriteResult::failure(
                WriteResult::Status::Conflict,
                RegistryEditor::tr("%1 of cookie %2 was changed by %3 at %4: it now reads "
                                   "\"%5\". Their value is kept and this step is dropped.")
                    .arg(CookieFields::label(m_field), cookieTitle(*current), current->updatedBy,
                         Dialogs::localTime(current->updatedAt),
                         CookieFields::value(*current, m_field)));
            m_editor->report(conflict, title);
            setObsolete(true);
            return;
        }
        Cookie changed = *current;
        CookieFields::setValue(changed, m_field, to, nullptr);
        const WriteResult result = store->updateCookie(changed);
        if (!result.ok()) {
            if (keepIfTransient(result))
                return;
            m_editor->report(result, title);
            setObsolete(true);
        }
    }

    RegistryEditor::CookieRef m_ref;
    CookieField m_field;
    QString m_before;
    QString m_after;
    int m_session;
};

// A set of cookies that appears (added, duplicated) or disappears (deleted). The inverse adds
// or removes the same rows; re-added rows get new ids, which every step follows through refs.
class CookieSetCommand : public EditorCommand {
public:
    CookieSetCommand(RegistryEditor *editor, QList<Cookie> cookies,
                     QList<RegistryEditor::CookieRef> refs, bool adding, const QString &text)
        : EditorCommand(editor, text)
        , m_cookies(std::move(cookies))
        , m_refs(std::move(refs))
        , m_adding(adding) {}

    void redo() override {
        if (!takeSkip())
            m_adding ? add() : remove();
    }
    void undo() override {
        if (!takeSkip())
            m_adding ? remove() : add();
    }

private:
    void add() {
        QList<Cookie> cookies = m_cookies;
        for (Cookie &cookie : cookies)
            cookie.id = 0;
        const WriteResult result = m_editor->store()->addCookies(cookies);
        if (!result.ok()) {
            if (keepIfTransient(result))
                return;
            m_editor->report(result, RegistryEditor::tr("Undo and redo"));
            setObsolete(true);
            return;
        }
        for (qsizetype i = 0; i < cookies.size(); ++i)
            m_editor->rebind(m_refs.at(i), cookies.at(i).id);
        m_cookies = cookies;
    }

    void remove() {
        Store *store = m_editor->store();
        QList<Cookie> current;
        for (qsizetype i = 0; i < m_cookies.size(); ++i) {
            QString error;
            const std::optional<Cookie> stored = store->cookie(*m_refs.at(i), &error);
            if (!error.isEmpty()) {
                keepAfterReadFailure(error);
                return;
            }
            if (!stored) {
                m_editor->report(
                    WriteResult::failure(WriteResult::Status::NotFound,
                                         RegistryEditor::tr("Cookie %1 no longer exists (someone "
                                                            "deleted it); nothing was removed.")
                                             .arg(m_cookies.at(i).name)),
                    RegistryEditor::tr("Undo and redo"));
                setObsolete(true);
                return;
            }
            if (!stored->sameContent(m_cookies.at(i))) {
                m_editor->report(
                    WriteResult::failure(
                        WriteResult::Status::Conflict,
                        RegistryEditor::tr("Cookie %1 was changed by %2 at %3 since; nothing was "
                                           "removed and this step is dropped.")
                            .arg(stored->name, stored->updatedBy,
                                 Dialogs::localTime(stored->updatedAt))),
                    RegistryEditor::tr("Undo and redo"));
                setObsolete(true);
                return;
            }
            current.append(*stored);
        }
        const WriteResult result = store->removeCookies(current);
        if (!result.ok()) {
            if (keepIfTransient(result))
                return;
            m_editor->report(result, RegistryEditor::tr("Undo and redo"));
            setObsolete(true);
        }
    }

    QList<Cookie> m_cookies;
    QList<RegistryEditor::CookieRef> m_refs;
    bool m_adding;
};

// Fields of several cookies, written together (completing from the cookie database): undone
// and redone in one transaction, each field checked to still hold what this step left there.
class FieldSetCommand : public EditorCommand {
public:
    struct Item {
        RegistryEditor::CookieRef ref;
        RegistryEditor::FieldEdit edit;
    };
    FieldSetCommand(RegistryEditor *editor, QList<Item> items, const QString &text)
        : EditorCommand(editor, text)
        , m_items(std::move(items)) {}

    void redo() override {
        if (!takeSkip())
            apply(true);
    }
    void undo() override {
        if (!takeSkip())
            apply(false);
    }

private:
    void apply(bool forward) {
        QHash<qint64, QList<RegistryEditor::FieldEdit>> byCookie;
        QList<qint64> order;
        for (const Item &item : std::as_const(m_items)) {
            if (!byCookie.contains(*item.ref))
                order.append(*item.ref);
            byCookie[*item.ref].append(item.edit);
        }
        QList<Store::CookieChange> changes;
        for (qint64 id : std::as_const(order)) {
            Store::CookieChange change;
            change.id = id;
            change.change = [edits = byCookie.value(id), forward](Cookie &cookie, QString *why) {
                for (const RegistryEditor::FieldEdit &edit : edits) {
                    const QString from = forward ? edit.before : edit.after;
                    const QString to = forward ? edit.after : edit.before;
                    if (CookieFields::value(cookie, edit.field) != from) {
                        *why = RegistryEditor::tr("%1 of cookie %2 was changed by %3 at %4: it now "
                                                  "reads \"%5\". Nothing was changed and this "
                                                  "step is dropped.")
                                   .arg(CookieFields::label(edit.field), cookie.name,
                                        cookie.updatedBy, Dialogs::localTime(cookie.updatedAt),
                                        CookieFields::value(cookie, edit.field));
                        return false;
                    }
                    CookieFields::setValue(cookie, edit.field, to, nullptr);
                }
                return true;
            };
            changes.append(change);
        }
        const WriteResult result = m_editor->store()->changeCookies(changes);
        if (result.ok())
            return;
        if (keepIfTransient(result))
            return;
        m_editor->report(result, RegistryEditor::tr("Undo and redo"));
        setObsolete(true);
    }

    QList<Item> m_items;
};

bool sameSite(const Site &a, const Site &b) {
    return a.name == b.name && a.url == b.url && a.languages == b.languages &&
           a.contact == b.contact;
}

// A site's name, address, languages or contact, from one state to another.
class SiteCommand : public EditorCommand {
public:
    SiteCommand(RegistryEditor *editor, Site before, Site after, const QString &text)
        : EditorCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override {
        if (!takeSkip())
            apply(m_before, m_after);
    }
    void undo() override {
        if (!takeSkip())
            apply(m_after, m_before);
    }

private:
    void apply(const Site &from, Site to) {
        Store *store = m_editor->store();
        QString error;
        const std::optional<Site> current = store->site(from.id, &error);
        if (!error.isEmpty()) {
            keepAfterReadFailure(error);
            return;
        }
        if (!current || !sameSite(*current, from)) {
            m_editor->report(
                WriteResult::failure(WriteResult::Status::Conflict,
                                     RegistryEditor::tr("Site %1 was changed by someone else "
                                                        "since; their version is kept and this "
                                                        "step is dropped.")
                                         .arg(from.name)),
                RegistryEditor::tr("Undo and redo"));
            setObsolete(true);
            return;
        }
        to.version = current->version;
        const WriteResult result = store->updateSite(to);
        if (!result.ok()) {
            if (keepIfTransient(result))
                return;
            m_editor->report(result, RegistryEditor::tr("Undo and redo"));
            setObsolete(true);
        }
    }

    Site m_before;
    Site m_after;
};

} // namespace

RegistryEditor::RegistryEditor(Store *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window) {}

RegistryEditor::CookieRef RegistryEditor::refFor(qint64 cookieId) {
    if (const auto it = m_refs.constFind(cookieId); it != m_refs.constEnd()) {
        if (CookieRef ref = it->lock())
            return ref;
    }
    CookieRef ref = std::make_shared<qint64>(cookieId);
    m_refs.insert(cookieId, ref);
    return ref;
}

void RegistryEditor::rebind(const CookieRef &ref, qint64 newId) {
    m_refs.remove(*ref);
    *ref = newId;
    m_refs.insert(newId, ref);
}

void RegistryEditor::report(const WriteResult &result, const QString &title) {
    QString message = result.message;
    if (result.status == WriteResult::Status::Busy)
        message = tr("The store is locked by another user and stayed locked past the busy "
                     "timeout; nothing was changed. Try again in a moment.\n\n%1")
                      .arg(result.message);
    Dialogs::warn(m_window, title, message);
}

RegistryEditor::Choice RegistryEditor::askAboutConflict(const Cookie &seen, const Cookie &theirs,
                                                        CookieField field, const QString &mine) {
    QStringList changes;
    for (CookieField each : CookieFields::all()) {
        const QString before = CookieFields::value(seen, each);
        const QString after = CookieFields::value(theirs, each);
        if (before != after)
            changes.append(tr("%1: \"%2\" → \"%3\"").arg(CookieFields::label(each), before, after));
    }
    const QString text =
        tr("Cookie %1 was changed by %2 at %3 while you were editing it.")
            .arg(cookieTitle(theirs), theirs.updatedBy.isEmpty() ? tr("someone") : theirs.updatedBy,
                 Dialogs::localTime(theirs.updatedAt));
    const QString details =
        tr("What they changed:\n%1\n\nYour change: %2 = \"%3\".\n\nReload shows their version "
           "and drops your change; Keep mine writes your %2 over theirs (their other changes "
           "stay).")
            .arg(changes.isEmpty() ? tr("(nothing you can see)") : changes.join(QLatin1Char('\n')),
                 CookieFields::label(field), mine);
    const QString answer =
        Dialogs::choose(m_window, tr("Someone else changed this cookie"), text, details,
                        {{QStringLiteral("reload"), tr("&Reload theirs")},
                         {QStringLiteral("keep"), tr("&Keep mine")}});
    return answer == QLatin1String("keep") ? Choice::KeepMine : Choice::Reload;
}

bool RegistryEditor::applyFields(const QList<FieldEdit> &edits, const QString &what) {
    if (edits.isEmpty())
        return true;
    QHash<qint64, QList<FieldEdit>> byCookie;
    QList<qint64> order;
    for (const FieldEdit &edit : edits) {
        if (!byCookie.contains(edit.cookieId))
            order.append(edit.cookieId);
        byCookie[edit.cookieId].append(edit);
    }
    QList<Store::CookieChange> changes;
    for (qint64 id : std::as_const(order)) {
        const QList<FieldEdit> mine = byCookie.value(id);
        Store::CookieChange change;
        change.id = id;
        change.expectedVersion = mine.constFirst().version;
        change.change = [mine](Cookie &cookie, QString *why) {
            for (const FieldEdit &edit : mine) {
                if (!CookieFields::setValue(cookie, edit.field, edit.after, why))
                    return false;
            }
            return true;
        };
        changes.append(change);
    }
    const WriteResult result = m_store->changeCookies(changes);
    if (!result.ok()) {
        switch (result.status) {
        case WriteResult::Status::Conflict:
            Dialogs::warn(m_window, what,
                          tr("%1\n\nNothing was changed: someone else edited the registry "
                             "meanwhile. Look at the proposals again.")
                              .arg(result.message));
            if (result.current)
                Q_EMIT cookieStale(result.current->id);
            break;
        case WriteResult::Status::Busy:
            Dialogs::warn(m_window, what,
                          m_store->isServer()
                              ? tr("Nothing was changed: %1").arg(result.message)
                              : tr("The store is locked by another user past the busy timeout; "
                                   "nothing was changed. Try again in a moment."));
            break;
        default:
            Dialogs::warn(m_window, what, tr("Nothing was changed: %1").arg(result.message));
            break;
        }
        return false;
    }
    QList<FieldSetCommand::Item> items;
    for (const FieldEdit &edit : edits)
        items.append({refFor(edit.cookieId), edit});
    m_undo.push(new FieldSetCommand(this, items, what));
    return true;
}

bool RegistryEditor::setField(const Cookie &seen, CookieField field, const QString &text,
                              int session) {
    Cookie changed = seen;
    QString error;
    if (!CookieFields::setValue(changed, field, text, &error)) {
        Dialogs::warn(m_window, tr("Edit"),
                      tr("%1 was not changed: %2").arg(CookieFields::label(field), error));
        return false;
    }
    Cookie base = seen;
    QString before = CookieFields::value(seen, field);
    const QString after = CookieFields::value(changed, field);
    if (before == after)
        return true;
    for (;;) {
        const WriteResult result = m_store->updateCookie(changed);
        if (result.ok()) {
            m_undo.push(new FieldCommand(
                this, refFor(seen.id), field, before, after, session,
                tr("Edit %1 of %2").arg(CookieFields::label(field), cookieTitle(changed))));
            return true;
        }
        switch (result.status) {
        case WriteResult::Status::Conflict: {
            const Cookie theirs = result.current.value_or(base);
            if (CookieFields::value(theirs, field) == after) {
                Q_EMIT cookieStale(seen.id); // they wrote the same value: nothing to do
                return true;
            }
            if (askAboutConflict(base, theirs, field, after) == Choice::Reload) {
                Q_EMIT cookieStale(seen.id);
                return false;
            }
            base = theirs;
            before = CookieFields::value(theirs, field);
            changed = theirs;
            CookieFields::setValue(changed, field, text, nullptr);
            continue;
        }
        case WriteResult::Status::NotFound:
            Dialogs::warn(m_window, tr("Edit"),
                          tr("Cookie %1 no longer exists: someone deleted it. Your change was not "
                             "saved.")
                              .arg(cookieTitle(seen)));
            Q_EMIT cookieStale(seen.id);
            return false;
        case WriteResult::Status::Busy:
            // On a server, busy is also a lost connection or a timeout: its message says which.
            Q_EMIT editKept(seen.id, field, text, m_store->isServer() ? result.message : QString());
            Dialogs::warn(m_window, tr("Edit"),
                          m_store->isServer()
                              ? tr("%1 was not saved yet: %2. Your text is kept in the editor: "
                                   "save it again in a moment.")
                                    .arg(CookieFields::label(field), result.message)
                              : tr("The store is locked by another user past the busy timeout, so "
                                   "%1 was not saved yet. Your text is kept in the editor: save it "
                                   "again in a moment.")
                                    .arg(CookieFields::label(field)));
            return false;
        default:
            Dialogs::warn(
                m_window, tr("Edit"),
                tr("%1 was not changed: %2").arg(CookieFields::label(field), result.message));
            return false;
        }
    }
}

bool RegistryEditor::addCookies(QList<Cookie> &cookies, const QString &what) {
    const WriteResult result = m_store->addCookies(cookies);
    if (!result.ok()) {
        report(result, what);
        return false;
    }
    QList<CookieRef> refs;
    for (const Cookie &cookie : std::as_const(cookies))
        refs.append(refFor(cookie.id));
    m_undo.push(new CookieSetCommand(this, cookies, refs, true, what));
    return true;
}

bool RegistryEditor::removeCookies(const QList<Cookie> &seen) {
    if (seen.isEmpty())
        return true;
    const WriteResult result = m_store->removeCookies(seen);
    if (!result.ok()) {
        report(result, tr("Delete"));
        for (const Cookie &cookie : seen)
            Q_EMIT cookieStale(cookie.id);
        return false;
    }
    QList<CookieRef> refs;
    for (const Cookie &cookie : seen)
        refs.append(refFor(cookie.id));
    const QString text = seen.size() == 1
                             ? tr("Delete cookie %1").arg(cookieTitle(seen.constFirst()))
                             : tr("Delete %n cookie(s)", nullptr, int(seen.size()));
    m_undo.push(new CookieSetCommand(this, seen, refs, false, text));
    return true;
}

bool RegistryEditor::addSite(Site &site) {
    const WriteResult result = m_store->addSite(site);
    if (!result.ok()) {
        report(result, tr("New site"));
        return false;
    }
    return true;
}

bool RegistryEditor::updateSite(const Site &seen, Site &changed) {
    if (sameSite(seen, changed))
        return true;
    changed.id = seen.id;
    changed.version = seen.version;
    const WriteResult result = m_store->updateSite(changed);
    if (!result.ok()) {
        report(result, tr("Edit site"));
        return false;
    }
    Site before = seen;
    m_undo.push(new SiteCommand(this, before, changed, tr("Edit site %1").arg(changed.name)));
    return true;
}
