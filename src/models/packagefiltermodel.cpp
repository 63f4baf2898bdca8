#include "packagefiltermodel.h"

#include "models/packagetablemodel.h"

namespace ShopDesk {

PackageFilterModel::PackageFilterModel(PackageTableModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setSortRole(PackageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PackageFilterModel::setFilter(const PackageFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool PackageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_filter.matches(m_source.packageAt(sourceRow));
}

} // namespace ShopDesk
