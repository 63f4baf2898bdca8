#include "aftersalefiltermodel.h"

#include "models/aftersaletablemodel.h"

namespace ShopDesk {

AftersaleFilterModel::AftersaleFilterModel(AftersaleTableModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setSortRole(AftersaleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AftersaleFilterModel::setFilter(const AftersaleFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool AftersaleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_filter.matches(m_source.caseAt(sourceRow), m_source.hasChange(sourceRow));
}

} // namespace ShopDesk
