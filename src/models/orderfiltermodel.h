#pragma once

#include <QSortFilterProxyModel>

#include "models/orderfilter.h"

namespace ShopDesk {

class OrderTableModel;

/// Adapts an OrderFilter to a view; the predicate itself lives in OrderFilter. The "needs action"
/// view follows the source model's OrderAttention as time passes and requests come and go.
class OrderFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterModel)

public:
    explicit OrderFilterModel(OrderTableModel &source, QObject *parent = nullptr);

    /// Splits the filter's text into terms here, once, rather than for every row, and filters and
    /// sorts the rows again in one pass.
    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Numeric columns compare their keys directly: no QVariant per comparison.
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    OrderTableModel &m_source;
    OrderFilter m_filter;
    OrderFilterTerms m_terms;
};

} // namespace ShopDesk
