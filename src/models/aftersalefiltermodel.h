#pragma once

#include <QSortFilterProxyModel>

#include "models/aftersalefilter.h"

namespace ShopDesk {

class AftersaleTableModel;

/// Adapts an AftersaleFilter to a view; the predicate itself lives in AftersaleFilter.
class AftersaleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersaleFilterModel)

public:
    explicit AftersaleFilterModel(AftersaleTableModel &source, QObject *parent = nullptr);

    void setFilter(const AftersaleFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AftersaleTableModel &m_source;
    AftersaleFilter m_filter;
};

} // namespace ShopDesk
