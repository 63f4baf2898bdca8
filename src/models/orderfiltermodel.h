#pragma once

#include <QSortFilterProxyModel>

#include "models/orderfilter.h"

namespace ShopDesk {

class OrderTableModel;

/// Adapts an OrderFilter to a view; the predicate itself lives in OrderFilter.
class OrderFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterModel)

public:
    explicit OrderFilterModel(OrderTableModel &source, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OrderTableModel &m_source;
    OrderFilter m_filter;
};

} // namespace ShopDesk
