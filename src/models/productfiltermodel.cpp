#include "productfiltermodel.h"

#include "models/producttablemodel.h"

namespace ShopDesk {

ProductFilterModel::ProductFilterModel(ProductTableModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setSortRole(ProductTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProductFilterModel::setFilter(const ProductFilter &filter)
{
    m_filter = filter;
    m_terms = ProductFilterTerms(filter.text);
    invalidateRowsFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid()
        && m_filter.matches(m_source.productAt(sourceRow), m_terms, m_source.searchTextAt(sourceRow));
}

} // namespace ShopDesk
