#pragma once

#include "Cookie.h"
#include "CookieField.h"
#include "SearchBuffer.h"
#include "Site.h"

#include <QAbstractTableModel>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class RegistryEditor;
class Store;

// The cookies of one site, as the registry table shows them, filtered and sorted in the model
// itself: with 100,000 cookies a keystroke in the search box must refilter within one frame, so
// each cookie keeps a folded UTF-8 copy of its searchable text, a refinement of the previous
// search only rescans the rows still shown, both cores share a full scan, and the view gets one
// reset instead of row-by-row removals. The model follows the store (its own writes through the
// Store's signals, other people's through Store::externalChange, row by row); edits in the table go
// through a RegistryEditor, which writes them to the store as undoable steps.
class RegistryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Provider,
        Service,
        Location,
        Name,
        Purpose,
        Category,
        Party,
        Domain,
        Duration,
        Type,
        ColumnCount
    };
    enum Role { CookieIdRole = Qt::UserRole + 1, ProblemCountRole, ReviewCommentRole };

    explicit RegistryModel(Store *store, QObject *parent = nullptr);
    ~RegistryModel() override;

    void setSite(qint64 siteId);
    qint64 siteId() const { return m_site.id; }
    void setLanguage(const QString &language); // which purpose the table shows
    // Reads the site's cookies again: the first rows at once, the rest on a worker thread with
    // its own connection, so that a large registry shows its first screen without waiting.
    void reload();
    bool isLoading() const { return m_loading; }
    static void setFirstChunk(int rows); // rows read before the table is shown (tests)
    // Brings the rows up to date with the store after someone else's change: only the rows
    // whose version moved are read again, so an edit in progress elsewhere stays open.
    void sync();
    void refreshCookie(qint64 cookieId); // read one cookie again (after a conflict)
    // Edits in place go through the editor; without one (or on a read-only store) the table
    // is read-only.
    void setEditor(RegistryEditor *editor) { m_editor = editor; }
    static std::optional<CookieField> fieldOf(int column, const QString &language);
    const Site &site() const { return m_site; }
    QString language() const { return m_language; }

    // Filters: search text (provider, service, name, purpose, domain), and exact choices.
    void setSearchText(const QString &text);
    void setCategoryFilter(std::optional<::Category> category);
    void setPartyFilter(std::optional<::Party> party);
    void setTypeFilter(std::optional<StorageType> type);
    // Only the cookies this says yes to (a bar clicked in the overview); null: all of them.
    void setCookieFilter(std::function<bool(const Cookie &)> accepts);
    // A review's comments, shown beside the cookies they are about (an icon and the text in the
    // provider column's tooltip); cookie id -> the comments as lines.
    void setReviewComments(const QHash<qint64, QString> &comments);
    bool hasCookieFilter() const { return bool(m_accepts); }
    int visibleCount() const { return int(m_visible.size()); }
    int totalCount() const { return int(m_rows.size()) - m_goneCount; }
    const Cookie &cookieAt(int row) const { return m_rows.at(m_visible.at(row)).cookie; }
    int rowOfCookie(qint64 id) const;
    // The cookie of the site with this domain (lower case) and name, other than exceptId; 0 if
    // none. A scan: about a millisecond at 100,000 cookies.
    qint64 findCookie(const QString &domain, const QString &name, qint64 exceptId) const;
    // The cookies held at indices [from, to) of storedRows(), shown or not (work in slices).
    int storedRows() const { return int(m_rows.size()); }
    template <typename Visit> void forEachCookieIn(int from, int to, Visit visit) const {
        for (int i = std::max(0, from); i < std::min(to, storedRows()); ++i) {
            if (!m_rows.at(i).gone)
                visit(m_rows.at(i).cookie);
        }
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One cookie as the table holds it (public only so that Qt may move rows as bytes).
    struct Row {
        Cookie cookie;
        QByteArray haystack; // folded, UTF-8; only on the way in, then kept in m_texts
        bool gone = false;   // deleted since the last reload
    };

Q_SIGNALS:
    void countsChanged(int visible, int total);
    void contentChanged(); // cookies changed (not the filters or the order)
    void loadingFinished();
    // The store could not be read (locked past the timeout, an I/O error): the rows shown stay
    // as they were and the model tries again a moment later.
    void readFailed(const QString &message);

private:
    void retryLater(const QString &error);
    static QByteArray haystackOf(const Cookie &cookie, const QString &language);
    void startLoading(qint64 afterId);
    void stopLoading();
    void mergeLoaded(int generation, QList<Row> rows, const QString &language);
    QString text(const Cookie &cookie, int column) const;
    bool passesChoices(const Cookie &cookie) const;
    void refilter(bool narrowing);
    void applyOrder();
    void cookieWritten(qint64 siteId, qint64 cookieId);
    void cookieGone(qint64 siteId, qint64 cookieId);
    void rebuildIndex();

    Store *m_store;
    RegistryEditor *m_editor = nullptr;
    QHash<qint64, int> m_indexOfId; // cookie id -> index in m_rows
    SearchBuffer m_texts;           // the searchable text of each row, by index in m_rows
    void indexTexts(int from);      // moves the haystacks of m_rows[from...] into m_texts
    int m_goneCount = 0;
    // Background loading.
    int m_generation = 0;
    bool m_loading = false;
    bool m_syncAfterLoad = false;
    QSet<qint64> m_goneWhileLoading;
    std::shared_ptr<std::atomic_bool> m_cancelLoad;
    QThread *m_loader = nullptr;
    Site m_site;
    QHash<qint64, QString> m_reviewComments;
    QString m_language = QStringLiteral("fr");
    QList<Row> m_rows;
    QList<int> m_order;   // indices of m_rows in sort order
    QList<int> m_visible; // the part of m_order that passes the filters
    QByteArray m_search;  // folded
    std::optional<::Category> m_category;
    std::optional<::Party> m_party;
    std::optional<StorageType> m_type;
    std::function<bool(const Cookie &)> m_accepts;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

Q_DECLARE_TYPEINFO(RegistryModel::Row, Q_RELOCATABLE_TYPE);
