#pragma once

#include "Cookie.h"
#include "CookieField.h"
#include "Site.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

class RegistryEditor;
class Store;

// The cookies of one site, as the registry table shows them, filtered and sorted in the model
// itself: with 100,000 cookies a keystroke in the search box must refilter within one frame, so
// each cookie keeps a folded UTF-8 copy of its searchable text, a refinement of the previous
// search only rescans the rows still shown, both cores share a full scan, and the view gets one
// reset instead of row-by-row removals. The model follows the store (its own writes through the
// Store's signals, other people's through StoreWatcher, row by row); edits in the table go
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
    enum Role { CookieIdRole = Qt::UserRole + 1, ProblemCountRole };

    explicit RegistryModel(Store *store, QObject *parent = nullptr);

    void setSite(qint64 siteId);
    qint64 siteId() const { return m_site.id; }
    void setLanguage(const QString &language); // which purpose the table shows
    void reload();
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
    int visibleCount() const { return int(m_visible.size()); }
    int totalCount() const { return int(m_rows.size()) - m_goneCount; }
    const Cookie &cookieAt(int row) const { return m_rows.at(m_visible.at(row)).cookie; }
    int rowOfCookie(qint64 id) const;
    // Every cookie of the site, shown or filtered out, in store order.
    template <typename Visit> void forEachCookie(Visit visit) const {
        for (const Row &row : m_rows) {
            if (!row.gone)
                visit(row.cookie);
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

Q_SIGNALS:
    void countsChanged(int visible, int total);

private:
    struct Row {
        Cookie cookie;
        QByteArray haystack; // folded, UTF-8
        bool gone = false;   // deleted since the last reload
    };
    QByteArray haystackOf(const Cookie &cookie) const;
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
    int m_goneCount = 0;
    Site m_site;
    QString m_language = QStringLiteral("fr");
    QList<Row> m_rows;
    QList<int> m_order;   // indices of m_rows in sort order
    QList<int> m_visible; // the part of m_order that passes the filters
    QByteArray m_search;  // folded
    std::optional<::Category> m_category;
    std::optional<::Party> m_party;
    std::optional<StorageType> m_type;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
