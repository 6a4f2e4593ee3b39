#include "RegistryModel.h"

#include "CookieField.h"
#include "RegistryEditor.h"
#include "Store.h"
#include "TextFold.h"
#include "Validator.h"

#include <QApplication>
#include <QCollator>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <numeric>

RegistryModel::RegistryModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(m_store, &Store::cookieAdded, this, &RegistryModel::cookieWritten);
    connect(m_store, &Store::cookieChanged, this, &RegistryModel::cookieWritten);
    connect(m_store, &Store::cookieRemoved, this, &RegistryModel::cookieGone);
    connect(m_store, &Store::registryReset, this, [this](qint64 siteId) {
        if (siteId == m_site.id)
            reload();
    });
    connect(m_store, &Store::siteChanged, this, [this](qint64 siteId) {
        if (siteId == m_site.id)
            reload();
    });
    connect(m_store, &Store::externalChange, this, &RegistryModel::sync);
}

void RegistryModel::setSite(qint64 siteId) {
    QString error;
    m_site = m_store->site(siteId, &error).value_or(Site());
    if (!error.isEmpty()) {
        m_site.id = siteId; // not read is not gone: the rows come with the next read
        QTimer::singleShot(1000, this, [this, siteId] {
            if (m_site.id == siteId && m_site.name.isEmpty())
                setSite(siteId);
        });
        Q_EMIT readFailed(error);
    }
    reload();
}

void RegistryModel::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    m_texts.clear();
    for (Row &row : m_rows) {
        if (!row.gone)
            row.haystack = haystackOf(row.cookie, m_language);
    }
    indexTexts(0);
    refilter(false);
}

QByteArray RegistryModel::haystackOf(const Cookie &cookie, const QString &language) {
    const QString joined = cookie.provider + QLatin1Char('\n') + cookie.service +
                           QLatin1Char('\n') + cookie.name + QLatin1Char('\n') +
                           cookie.purpose(language) + QLatin1Char('\n') + cookie.domain;
    return foldCaseAndAccents(joined).toUtf8();
}

namespace {

int firstChunk = 2000;

// Registries repeat themselves: the same provider, service, domain, duration, author and import
// time on thousands of rows. Sharing one copy of each such text saves about a third of the
// table's memory at 100,000 cookies.
class Interner {
public:
    void share(Cookie &cookie) {
        for (QString *text : {&cookie.provider, &cookie.service, &cookie.location, &cookie.domain,
                              &cookie.duration, &cookie.privacyUrl, &cookie.createdAt,
                              &cookie.createdBy, &cookie.updatedAt, &cookie.updatedBy}) {
            const auto it = m_texts.constFind(*text);
            if (it != m_texts.constEnd())
                *text = *it;
            else
                m_texts.insert(*text);
        }
    }

private:
    QSet<QString> m_texts;
};

} // namespace

void RegistryModel::setFirstChunk(int rows) {
    firstChunk = std::max(1, rows);
}

RegistryModel::~RegistryModel() {
    stopLoading();
}

void RegistryModel::reload() {
    stopLoading();
    QList<Row> rows;
    qint64 lastId = 0;
    bool more = false;
    if (m_site.id > 0) {
        Interner interner;
        m_store->forEachCookie(
            m_site.id,
            [&](const Cookie &cookie) {
                if (rows.size() >= firstChunk) {
                    more = true;
                    return false;
                }
                rows.append({cookie, haystackOf(cookie, m_language)});
                interner.share(rows.last().cookie);
                lastId = cookie.id;
                return true;
            },
            nullptr);
    }
    m_rows = std::move(rows);
    m_goneCount = 0;
    m_texts.clear();
    indexTexts(0);
    rebuildIndex();
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_loading = more;
    applyOrder();
    refilter(false);
    if (more)
        startLoading(lastId);
    Q_EMIT contentChanged();
}

void RegistryModel::startLoading(qint64 afterId) {
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelLoad = cancel;
    const int generation = ++m_generation;
    const QString path = m_store->path();
    const qint64 siteId = m_site.id;
    const QString language = m_language;
    m_loader = QThread::create([this, cancel, generation, path, siteId, language, afterId] {
        QList<Row> rows;
        {
            Store reader;
            if (!reader.openReader(path, nullptr))
                return;
            Interner interner;
            reader.forEachCookie(
                siteId,
                [&](const Cookie &cookie) {
                    if (*cancel)
                        return false;
                    rows.append({cookie, haystackOf(cookie, language)});
                    interner.share(rows.last().cookie);
                    return true;
                },
                nullptr, afterId);
        }
        if (*cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, language, rows = std::move(rows)]() mutable {
                mergeLoaded(generation, std::move(rows), language);
            },
            Qt::QueuedConnection);
    });
    m_loader->start();
}

void RegistryModel::stopLoading() {
    if (m_cancelLoad)
        *m_cancelLoad = true;
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
    }
    ++m_generation; // a result already posted is dropped
    m_loading = false;
    m_goneWhileLoading.clear();
}

void RegistryModel::mergeLoaded(int generation, QList<Row> rows, const QString &language) {
    if (generation != m_generation || !m_loading)
        return;
    m_loading = false;
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
    }
    const int first = int(m_rows.size());
    m_rows.reserve(m_rows.size() + rows.size());
    m_indexOfId.reserve(m_rows.size() + rows.size());
    for (Row &row : rows) {
        const qint64 id = row.cookie.id;
        // Written meanwhile (we hold the newer copy) or deleted meanwhile.
        if (m_indexOfId.contains(id) || m_goneWhileLoading.contains(id))
            continue;
        if (language != m_language)
            row.haystack = haystackOf(row.cookie, m_language);
        m_indexOfId.insert(id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    m_goneWhileLoading.clear();
    indexTexts(first);
    const int added = int(m_rows.size()) - first;
    const bool plain = m_sortColumn < 0 && m_search.isEmpty() && !m_category && !m_party && !m_type;
    if (plain) {
        // The usual case: the rows arrive below the ones shown; the view keeps its place.
        if (added > 0) {
            beginInsertRows(QModelIndex(), int(m_visible.size()),
                            int(m_visible.size()) + added - 1);
            for (int i = first; i < m_rows.size(); ++i) {
                m_order.append(i);
                m_visible.append(i);
            }
            endInsertRows();
        }
        Q_EMIT countsChanged(visibleCount(), totalCount());
    } else {
        for (int i = first; i < m_rows.size(); ++i)
            m_order.append(i);
        applyOrder();
        refilter(false);
    }
    Q_EMIT contentChanged();
    Q_EMIT loadingFinished();
    if (m_syncAfterLoad) {
        m_syncAfterLoad = false;
        sync();
    }
}

void RegistryModel::indexTexts(int from) {
    qsizetype bytes = 0;
    for (qsizetype i = from; i < m_rows.size(); ++i)
        bytes += m_rows.at(i).haystack.size() + 1;
    m_texts.reserve(m_rows.size(), m_texts.bytes() + bytes);
    for (qsizetype i = from; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!row.gone)
            m_texts.set(int(i), row.haystack);
        row.haystack = QByteArray();
    }
}

void RegistryModel::rebuildIndex() {
    m_indexOfId.clear();
    m_indexOfId.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_indexOfId.insert(m_rows.at(i).cookie.id, int(i));
}

int RegistryModel::rowOfCookie(qint64 id) const {
    const int index = m_indexOfId.value(id, -1);
    return index < 0 ? -1 : int(m_visible.indexOf(index));
}

qint64 RegistryModel::findCookie(const QString &domain, const QString &name,
                                 qint64 exceptId) const {
    for (const Row &row : m_rows) {
        if (!row.gone && row.cookie.id != exceptId && row.cookie.name == name &&
            row.cookie.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return row.cookie.id;
    }
    return 0;
}

void RegistryModel::sync() {
    if (m_site.id <= 0)
        return;
    if (m_loading) { // after the rows being read arrive
        m_syncAfterLoad = true;
        return;
    }
    QString error;
    const std::optional<Site> site = m_store->site(m_site.id, &error);
    QHash<qint64, qint64> versions;
    if (error.isEmpty() && site)
        versions = m_store->cookieVersions(m_site.id, &error);
    if (!error.isEmpty()) { // not read is not deleted: keep every row, try again
        retryLater(error);
        return;
    }
    if (!site) { // the site is gone
        setSite(0);
        return;
    }
    const bool siteChanged = site->version != m_site.version;
    m_site = *site;
    QList<qint64> gone;
    QList<qint64> changed;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.gone)
            continue;
        const auto it = versions.constFind(row.cookie.id);
        if (it == versions.constEnd()) {
            gone.append(row.cookie.id);
        } else {
            if (it.value() != row.cookie.version)
                changed.append(row.cookie.id);
            versions.erase(it);
        }
    }
    QList<qint64> added = versions.keys();
    std::sort(added.begin(), added.end());
    // Many changes at once (an import by someone else): one reset is cheaper than row updates.
    if (gone.size() + changed.size() + added.size() > 200) {
        reload();
        return;
    }
    for (qint64 id : std::as_const(gone))
        cookieGone(m_site.id, id);
    for (qint64 id : std::as_const(changed))
        cookieWritten(m_site.id, id);
    for (qint64 id : std::as_const(added))
        cookieWritten(m_site.id, id);
    if (siteChanged && !m_visible.isEmpty()) // the site's languages decide some problems
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RegistryModel::refreshCookie(qint64 cookieId) {
    QString error;
    const bool present = m_store->cookie(cookieId, &error).has_value();
    if (!error.isEmpty())
        retryLater(error);
    else if (present)
        cookieWritten(m_site.id, cookieId);
    else
        cookieGone(m_site.id, cookieId);
}

void RegistryModel::retryLater(const QString &error) {
    Q_EMIT readFailed(error);
    QTimer::singleShot(1000, this, &RegistryModel::sync);
}

std::optional<CookieField> RegistryModel::fieldOf(int column, const QString &language) {
    switch (column) {
    case Provider:
        return CookieField::Provider;
    case Service:
        return CookieField::Service;
    case Location:
        return CookieField::Location;
    case Name:
        return CookieField::Name;
    case Purpose:
        return language == QLatin1String("en") ? CookieField::PurposeEn : CookieField::PurposeFr;
    case Category:
        return CookieField::Category;
    case Party:
        return CookieField::Party;
    case Domain:
        return CookieField::Domain;
    case Duration:
        return CookieField::Duration;
    case Type:
        return CookieField::Type;
    default:
        break;
    }
    return std::nullopt;
}

Qt::ItemFlags RegistryModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor && !m_store->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RegistryModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_visible.size() ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::optional<CookieField> field = fieldOf(index.column(), m_language);
    if (!field)
        return false;
    QString text = value.toString();
    switch (index.column()) { // the list editors give the vocabulary's value
    case Category:
        text = Vocabulary::categoryKey(::Category(value.toInt()));
        break;
    case Party:
        text = Vocabulary::partyKey(::Party(value.toInt()));
        break;
    case Type:
        text = Vocabulary::storageKey(StorageType(value.toInt()));
        break;
    default:
        break;
    }
    // A copy: the write's signal replaces the row while the editor is still busy with it.
    const Cookie seen = cookieAt(index.row());
    return m_editor->setField(seen, *field, text);
}

void RegistryModel::setSearchText(const QString &text) {
    const QByteArray folded = foldCaseAndAccents(text.trimmed()).toUtf8();
    if (folded == m_search)
        return;
    const bool narrowing = !m_search.isEmpty() && folded.contains(m_search);
    m_search = folded;
    refilter(narrowing);
}

void RegistryModel::setCategoryFilter(std::optional<::Category> category) {
    m_category = category;
    refilter(false);
}

void RegistryModel::setPartyFilter(std::optional<::Party> party) {
    m_party = party;
    refilter(false);
}

void RegistryModel::setTypeFilter(std::optional<StorageType> type) {
    m_type = type;
    refilter(false);
}

void RegistryModel::setCookieFilter(std::function<bool(const Cookie &)> accepts) {
    m_accepts = std::move(accepts);
    refilter(false);
}

bool RegistryModel::passesChoices(const Cookie &cookie) const {
    return (!m_category || cookie.category == *m_category) &&
           (!m_party || cookie.party == *m_party) && (!m_type || cookie.storage == *m_type) &&
           (!m_accepts || m_accepts(cookie));
}

void RegistryModel::refilter(bool narrowing) {
    const QByteArrayView needle(m_search);
    const bool choices = m_category || m_party || m_type || m_accepts;
    QList<int> visible;
    if (narrowing) {
        // A longer search can only hide rows: look at the ones shown, not at all of them.
        visible.reserve(m_visible.size());
        for (int index : std::as_const(m_visible)) {
            if (m_texts.contains(index, needle) &&
                (!choices || passesChoices(m_rows.at(index).cookie)))
                visible.append(index);
        }
    } else if (needle.isEmpty()) {
        visible.reserve(m_order.size());
        for (int index : std::as_const(m_order)) {
            if (!choices || passesChoices(m_rows.at(index).cookie))
                visible.append(index);
        }
    } else {
        // One pass over every row's text at once, then the rows in table order.
        std::vector<char> hits;
        m_texts.findAll(needle, hits);
        for (int index : std::as_const(m_order)) {
            if (size_t(index) < hits.size() && hits[size_t(index)] &&
                (!choices || passesChoices(m_rows.at(index).cookie)))
                visible.append(index);
        }
    }
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    Q_EMIT countsChanged(visibleCount(), totalCount());
}

void RegistryModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    refilter(false);
}

void RegistryModel::applyOrder() {
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    // Compare folded keys computed once, not collated strings at each comparison.
    QList<QString> keys(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        keys[i] = foldCaseAndAccents(text(m_rows.at(i).cookie, m_sortColumn));
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int compared = keys.at(a).compare(keys.at(b));
        return ascending ? compared < 0 : compared > 0;
    });
}

QString RegistryModel::text(const Cookie &cookie, int column) const {
    switch (column) {
    case Provider:
        return cookie.provider;
    case Service:
        return cookie.service;
    case Location:
        return cookie.location;
    case Name:
        return cookie.name;
    case Purpose:
        return cookie.purpose(m_language);
    case Category:
        return Vocabulary::categoryLabel(cookie.category);
    case Party:
        return Vocabulary::partyLabel(cookie.party);
    case Domain:
        return cookie.domain;
    case Duration:
        return cookie.duration;
    case Type:
        return Vocabulary::storageLabel(cookie.storage);
    default:
        break;
    }
    return QString();
}

void RegistryModel::cookieWritten(qint64 siteId, qint64 cookieId) {
    if (siteId != m_site.id)
        return;
    QString error;
    const std::optional<Cookie> cookie = m_store->cookie(cookieId, &error);
    if (!error.isEmpty()) {
        retryLater(error);
        return;
    }
    if (!cookie)
        return;
    if (const int i = m_indexOfId.value(cookieId, -1); i >= 0) {
        m_rows[i].cookie = *cookie;
        m_texts.set(i, haystackOf(*cookie, m_language));
        const int row = int(m_visible.indexOf(i));
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT contentChanged();
        return;
    }
    // A new cookie: last in the table until the next sort, shown if it passes the filters.
    m_rows.append({*cookie, QByteArray()});
    const int index = int(m_rows.size() - 1);
    m_texts.set(index, haystackOf(*cookie, m_language));
    m_indexOfId.insert(cookieId, index);
    m_order.append(index);
    if (passesChoices(*cookie) && m_texts.contains(index, m_search)) {
        beginInsertRows(QModelIndex(), int(m_visible.size()), int(m_visible.size()));
        m_visible.append(index);
        endInsertRows();
    }
    Q_EMIT countsChanged(visibleCount(), totalCount());
    Q_EMIT contentChanged();
}

void RegistryModel::cookieGone(qint64 siteId, qint64 cookieId) {
    if (siteId != m_site.id)
        return;
    // The row stays in m_rows as a tombstone until the next reload, so that no index moves.
    const int i = m_indexOfId.value(cookieId, -1);
    if (i < 0) {
        if (m_loading) // maybe among the rows being read
            m_goneWhileLoading.insert(cookieId);
        return;
    }
    m_indexOfId.remove(cookieId);
    const int row = int(m_visible.indexOf(i));
    if (row >= 0)
        beginRemoveRows(QModelIndex(), row, row);
    m_rows[i] = Row();
    m_rows[i].gone = true;
    m_texts.remove(i);
    ++m_goneCount;
    m_order.removeOne(i);
    if (row >= 0) {
        m_visible.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT countsChanged(visibleCount(), totalCount());
    Q_EMIT contentChanged();
}

int RegistryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size() || index.column() >= ColumnCount)
        return QVariant();
    const Cookie &cookie = cookieAt(index.row());
    switch (role) {
    case Qt::EditRole:
        switch (index.column()) {
        case Category:
            return int(cookie.category);
        case Party:
            return int(cookie.party);
        case Type:
            return int(cookie.storage);
        default:
            return text(cookie, index.column());
        }
    case Qt::DisplayRole: {
        QString value = text(cookie, index.column());
        if (index.column() == Purpose)
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return value;
    }
    case CookieIdRole:
        return cookie.id;
    case ReviewCommentRole:
        return m_reviewComments.value(cookie.id);
    case Qt::DecorationRole:
    case Qt::ToolTipRole:
    case ProblemCountRole: {
        if (index.column() == Provider && role != ProblemCountRole) {
            const auto comment = m_reviewComments.constFind(cookie.id);
            if (comment == m_reviewComments.constEnd())
                return QVariant();
            if (role == Qt::DecorationRole)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            return *comment;
        }
        if (index.column() != Name && role != ProblemCountRole)
            return QVariant();
        // Checked for the rows on screen only, when they are painted.
        const QList<Problem> problems = Validator::checkCookie(cookie, m_site.languages);
        if (role == ProblemCountRole)
            return int(problems.size());
        if (problems.isEmpty())
            return QVariant();
        const bool error = std::any_of(problems.begin(), problems.end(),
                                       [](const Problem &p) { return p.isError(); });
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
        QStringList lines;
        for (const Problem &problem : problems)
            lines.append(QStringLiteral("• ") + problem.message);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return QVariant();
}

void RegistryModel::setReviewComments(const QHash<qint64, QString> &comments) {
    if (comments == m_reviewComments)
        return;
    m_reviewComments = comments;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, Provider), index(int(m_visible.size()) - 1, Provider),
                           {Qt::DecorationRole, Qt::ToolTipRole, ReviewCommentRole});
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Service:
        return tr("Service");
    case Location:
        return tr("Location");
    case Name:
        return tr("Name");
    case Purpose:
        return tr("Purpose");
    case Category:
        return tr("Category");
    case Party:
        return tr("Party");
    case Domain:
        return tr("Domain");
    case Duration:
        return tr("Duration");
    case Type:
        return tr("Type");
    default:
        break;
    }
    return QVariant();
}
