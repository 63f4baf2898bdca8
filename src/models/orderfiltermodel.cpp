#include "orderfiltermodel.h"

#include <algorithm>
#include <numeric>

#include <QtConcurrent/QtConcurrentMap>

#include "models/ordertablemodel.h"

namespace ShopDesk {

namespace {

/// Rows matched per task: big enough that starting a task costs little beside it, small enough
/// that the cores share the work evenly.
constexpr qsizetype rowsPerChunk = 32 * 1024;
/// A source change of more rows than this is forwarded as one range over every proxy row.
constexpr int scatteredChangeLimit = 64;

/// A SortRole value of a text column as QSortFilterProxyModel compares it: no value sorts after
/// every value.
struct TextKey
{
    bool valid = false;
    QString text;
};

bool textLess(const TextKey &left, const TextKey &right)
{
    if (!left.valid)
        return false;
    if (!right.valid)
        return true;
    return QString::compare(left.text, right.text, Qt::CaseInsensitive) < 0;
}

} // namespace

OrderFilterModel::OrderFilterModel(OrderTableModel &source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(&source);
    connect(&source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(&source, &QAbstractItemModel::modelReset, this, [this] {
        rebuildAfterSourceReset();
        endResetModel();
    });
    // OrderTableModel only resets; any other change of its rows is taken as a reset all the same.
    const auto aboutToChange = [this] { beginResetModel(); };
    const auto changed = [this] {
        rebuildAfterSourceReset();
        endResetModel();
    };
    connect(&source, &QAbstractItemModel::rowsAboutToBeInserted, this, aboutToChange);
    connect(&source, &QAbstractItemModel::rowsInserted, this, changed);
    connect(&source, &QAbstractItemModel::rowsAboutToBeRemoved, this, aboutToChange);
    connect(&source, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(&source, &QAbstractItemModel::rowsAboutToBeMoved, this, aboutToChange);
    connect(&source, &QAbstractItemModel::rowsMoved, this, changed);
    connect(&source, &QAbstractItemModel::layoutAboutToBeChanged, this, aboutToChange);
    connect(&source, &QAbstractItemModel::layoutChanged, this, changed);
    connect(&source, &QAbstractItemModel::dataChanged, this, &OrderFilterModel::forwardDataChanged);
    connect(&source, &OrderTableModel::attentionChanged, this, [this] {
        if (m_filter.needsAction)
            refilter();
    });
    rebuildAfterSourceReset();
}

void OrderFilterModel::setFilter(const OrderFilter &filter)
{
    OrderFilterTerms terms(filter.text);
    const bool narrowing = narrows(filter, terms);
    m_filter = filter;
    m_terms = std::move(terms);
    showRows(matchingRows(narrowing ? m_rows : m_sorted));
}

void OrderFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < 0 || column >= OrderTableModel::ColumnCount ? -1 : column;
    m_sortOrder = order;
    sortAllRows();
    showRows(shownRowsInSortOrder());
}

QModelIndex OrderFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex OrderFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex OrderFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int OrderFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source.columnCount();
}

bool OrderFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex OrderFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_source.index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex OrderFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != &m_source || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void OrderFilterModel::sortAllRows()
{
    const int count = m_source.rowCount();
    m_sorted.resize(size_t(count));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || count == 0)
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_source.numericSortKey(0, m_sortColumn)) {
        // Keys next to their rows: the comparisons read one array instead of a million orders.
        std::vector<std::pair<qint64, int>> keyed(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            keyed[size_t(row)] = {*m_source.numericSortKey(row, m_sortColumn), row};
        // Ties fall back on the source row, which makes the unstable sort a stable one.
        if (ascending)
            std::sort(keyed.begin(), keyed.end());
        else
            std::sort(keyed.begin(), keyed.end(), [](const auto &left, const auto &right) {
                return left.first != right.first ? left.first > right.first : left.second < right.second;
            });
        for (size_t i = 0; i < keyed.size(); ++i)
            m_sorted[i] = keyed[i].second;
        return;
    }
    std::vector<TextKey> keys(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        const QVariant value = m_source.index(row, m_sortColumn).data(OrderTableModel::SortRole);
        keys[size_t(row)] = {value.isValid(), value.toString()};
    }
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [&keys, ascending](int left, int right) {
        return ascending ? textLess(keys[size_t(left)], keys[size_t(right)])
                         : textLess(keys[size_t(right)], keys[size_t(left)]);
    });
}

std::vector<int> OrderFilterModel::matchingRows(const std::vector<int> &candidates) const
{
    const bool keepsAll = m_terms.isEmpty() && !m_filter.status && m_filter.created.isOpen() && !m_filter.needsAction;
    if (keepsAll)
        return candidates;
    const OrderAttention &attention = m_source.attention();
    const auto matches = [this, &attention](int row) {
        return m_filter.matches(m_source.rowAt(row), m_terms, m_source.searchTextAt(row), attention);
    };
    const auto inChunks = [](size_t count, const auto &work) {
        const size_t chunkCount = (count + rowsPerChunk - 1) / rowsPerChunk;
        std::vector<size_t> chunks(chunkCount);
        std::iota(chunks.begin(), chunks.end(), size_t(0));
        QtConcurrent::blockingMap(chunks, [&work, count](size_t chunk) {
            const size_t from = chunk * rowsPerChunk;
            work(chunk, from, std::min<size_t>(count, from + rowsPerChunk));
        });
        return chunkCount;
    };
    std::vector<int> kept;
    if (candidates.size() == m_sorted.size()) {
        // Every row: matched in the source's order, reading the orders and their search texts
        // front to back rather than in the sort's scattered order, then picked in the sort order.
        std::vector<char> keep(candidates.size());
        inChunks(keep.size(), [&keep, &matches](size_t, size_t from, size_t to) {
            for (size_t row = from; row < to; ++row)
                keep[row] = matches(int(row));
        });
        kept.reserve(size_t(std::count(keep.cbegin(), keep.cend(), char(1))));
        for (const int row : candidates) {
            if (keep[size_t(row)])
                kept.push_back(row);
        }
        return kept;
    }
    // Some rows, in the sort order: each chunk keeps its rows apart, and the chunks are joined in
    // order, so the sort order holds.
    std::vector<std::vector<int>> parts((candidates.size() + rowsPerChunk - 1) / rowsPerChunk);
    inChunks(candidates.size(), [&parts, &candidates, &matches](size_t chunk, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            if (matches(candidates[i]))
                parts[chunk].push_back(candidates[i]);
        }
    });
    size_t total = 0;
    for (const std::vector<int> &part : parts)
        total += part.size();
    kept.reserve(total);
    for (const std::vector<int> &part : parts)
        kept.insert(kept.end(), part.cbegin(), part.cend());
    return kept;
}

std::vector<int> OrderFilterModel::shownRowsInSortOrder() const
{
    if (m_rows.size() == m_sorted.size())
        return m_sorted;
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (const int row : m_sorted) {
        if (m_proxyRowOf[size_t(row)] >= 0)
            rows.push_back(row);
    }
    return rows;
}

bool OrderFilterModel::narrows(const OrderFilter &next, const OrderFilterTerms &nextTerms) const
{
    if (m_filter.status && next.status != m_filter.status)
        return false;
    if (!m_filter.created.isOpen() && next.created != m_filter.created)
        return false;
    // The rows shown follow the attention (refilter()), so they are a fair start for a new one.
    if (m_filter.needsAction && !next.needsAction)
        return false;
    return nextTerms.narrows(m_terms);
}

void OrderFilterModel::refilter()
{
    showRows(matchingRows(m_sorted));
}

void OrderFilterModel::showRows(std::vector<int> rows)
{
    emit layoutAboutToBeChanged();
    // Persistent indexes (the view's selection and current row) stay on their orders, or go when
    // their order is filtered out.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(size_t(index.row()) < m_rows.size() ? m_rows[size_t(index.row())] : -1);
    for (const int row : m_rows)
        m_proxyRowOf[size_t(row)] = -1;
    m_rows = std::move(rows);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_proxyRowOf[size_t(m_rows[row])] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int row = source < 0 ? -1 : m_proxyRowOf[size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void OrderFilterModel::rebuildAfterSourceReset()
{
    sortAllRows();
    m_proxyRowOf.assign(m_sorted.size(), -1);
    m_rows = matchingRows(m_sorted);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_proxyRowOf[size_t(m_rows[row])] = int(row);
}

void OrderFilterModel::forwardDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // A change of the sort key moves rows; a change of what is only shown (a countdown) does not.
    const bool sortKeyChanged = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()
        && (roles.isEmpty() || roles.contains(OrderTableModel::SortRole));
    if (sortKeyChanged) {
        sortAllRows();
        showRows(shownRowsInSortOrder());
    }
    if (m_rows.empty())
        return;
    if (bottomRight.row() - topLeft.row() >= scatteredChangeLimit) {
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
        return;
    }
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        const int row = m_proxyRowOf[size_t(source)];
        if (row >= 0)
            emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

} // namespace ShopDesk
