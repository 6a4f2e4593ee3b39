#pragma once

#include "Cookie.h"
#include "CookieField.h"
#include "Site.h"
#include "WriteResult.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

class Store;
class QWidget;

// Every change the window makes to the registry goes through here: each one is written to the
// store at once, in its own short transaction that names the version the user saw, and becomes
// a step on the undo stack. Undoing or redoing writes again and first checks that the field (or
// the cookie) still holds what this step wrote; if someone else changed it meanwhile, nothing is
// overwritten and the user is told. A refused write is never dropped silently: a conflict shows
// what the other person changed and lets the user reload or keep their own value; a store locked
// past the busy timeout keeps the edit in the editor (editKept) and says so.
class RegistryEditor : public QObject {
    Q_OBJECT
public:
    // A cookie's identity across undo/redo: undoing a deletion adds the row again under a new
    // id, and every step that names the cookie follows it there.
    using CookieRef = std::shared_ptr<qint64>;

    RegistryEditor(Store *store, QWidget *window);

    QUndoStack *undoStack() { return &m_undo; }
    Store *store() const { return m_store; }

    // One field of a cookie as the user saw it (its version). `session` > 0 merges consecutive
    // writes of the same field into one undo step (typing in the detail pane); 0 never merges.
    // True when the value is saved (or was already there).
    bool setField(const Cookie &seen, CookieField field, const QString &text, int session = 0);
    // Several fields of several cookies as the user saw them (each cookie's version), written
    // in one transaction and undone as one step; all or nothing. True when written.
    struct FieldEdit {
        qint64 cookieId = 0;
        qint64 version = 0;
        QString cookieName;
        CookieField field = CookieField::Provider;
        QString before;
        QString after;
    };
    bool applyFields(const QList<FieldEdit> &edits, const QString &what);
    // Adds cookies (new, duplicated); their ids are set on success. `what` names the step.
    bool addCookies(QList<Cookie> &cookies, const QString &what);
    bool removeCookies(const QList<Cookie> &seen);
    bool addSite(Site &site);
    bool updateSite(const Site &seen, Site &changed);

    CookieRef refFor(qint64 cookieId);
    void rebind(const CookieRef &ref, qint64 newId);
    // Shows a refused write (used by the steps when undo/redo cannot be done).
    void report(const WriteResult &result, const QString &title);

Q_SIGNALS:
    // The store was busy: the value was not saved and the editor should keep showing it.
    // `why` is empty for a store locked by another user, else what went wrong (a server).
    void editKept(qint64 cookieId, CookieField field, const QString &text, const QString &why);
    // The user chose to reload a cookie after a conflict (or it is gone): show what is stored.
    void cookieStale(qint64 cookieId);

private:
    enum class Choice { Reload, KeepMine };
    Choice askAboutConflict(const Cookie &seen, const Cookie &theirs, CookieField field,
                            const QString &mine);

    Store *m_store;
    QWidget *m_window;
    QUndoStack m_undo;
    QHash<qint64, std::weak_ptr<qint64>> m_refs;
};
