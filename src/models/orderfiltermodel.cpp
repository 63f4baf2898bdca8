#include "orderfiltermodel.h"

#include "models/ordertablemodel.h"

namespace ShopDesk {

OrderFilterModel::OrderFilterModel(OrderTableModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setSortRole(OrderTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(&source, &OrderTableModel::attentionChanged, this, [this] {
        if (m_filter.needsAction)
            invalidateRowsFilter();
    });
}

void OrderFilterModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    m_terms = OrderFilterTerms(filter.text);
    // Not invalidateRowsFilter(): it removes and inserts the rows that change one run at a time,
    // rebuilding the whole mapping for each run, which takes seconds when a keystroke changes
    // hundreds of thousands of scattered rows. Filtering and sorting afresh stays O(n log n).
    invalidate();
}

bool OrderFilterModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (sourceLeft.column() == sourceRight.column()) {
        const std::optional<qint64> left = m_source.numericSortKey(sourceLeft.row(), sourceLeft.column());
        const std::optional<qint64> right = m_source.numericSortKey(sourceRight.row(), sourceRight.column());
        if (left && right)
            return *left < *right;
    }
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}

bool OrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid()
        && m_filter.matches(
            m_source.orderAt(sourceRow), m_terms, m_source.searchTextAt(sourceRow), m_source.attention());
}

} // namespace ShopDesk
