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
}

void OrderFilterModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool OrderFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_filter.matches(m_source.orderAt(sourceRow));
}

} // namespace ShopDesk
