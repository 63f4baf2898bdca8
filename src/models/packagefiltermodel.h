#pragma once

#include <QSortFilterProxyModel>

#include "models/packagefilter.h"

namespace ShopDesk {

class PackageTableModel;

/// Adapts a PackageFilter to a view; the predicate itself lives in PackageFilter.
class PackageFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageFilterModel)

public:
    explicit PackageFilterModel(PackageTableModel &source, QObject *parent = nullptr);

    void setFilter(const PackageFilter &filter);
    const PackageFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PackageTableModel &m_source;
    PackageFilter m_filter;
};

} // namespace ShopDesk
