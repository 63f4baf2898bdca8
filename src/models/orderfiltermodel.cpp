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
    invalidateRowsFilter();
}

bool OrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid()
        && m_filter.matches(
            m_source.orderAt(sourceRow), m_terms, m_source.searchTextAt(sourceRow), m_source.attention());
}

} // namespace ShopDesk
