#pragma once

#include <vector>

#include <QAbstractProxyModel>

#include "models/orderfilter.h"

namespace ShopDesk {

class OrderTableModel;

/// Adapts an OrderFilter to a view, sorted by one column; the predicate itself lives in
/// OrderFilter. The "needs action" view follows the source model's OrderAttention as time passes
/// and requests come and go.
///
/// Built for a million orders filtered at every keystroke: the rows are sorted once (when the sort
/// column or the orders change) into a permutation, and a filter walks that permutation keeping the
/// rows that match, in parallel chunks, so that a keystroke never sorts. A filter that can only
/// show fewer rows than the one before (typing on at the end of a term) looks only at the rows
/// shown. Every change of the rows shown is one layout change with the persistent indexes moved.
class OrderFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterModel)

public:
    explicit OrderFilterModel(OrderTableModel &source, QObject *parent = nullptr);

    /// Splits the filter's text into terms here, once, rather than for every row.
    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }
    /// -1 while the rows keep the source's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Numeric columns compare their keys directly, text columns their SortRole text ignoring
    /// case; equal keys keep the source's order either way, as QSortFilterProxyModel does.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    /// Fills m_sorted with every source row in the order of the sort column.
    void sortAllRows();
    /// Of `candidates` (source rows, in the order to show them), those the filter keeps.
    std::vector<int> matchingRows(const std::vector<int> &candidates) const;
    /// Of m_sorted, the rows shown now: the same rows in a new order.
    std::vector<int> shownRowsInSortOrder() const;
    /// Whether `next` can only keep rows that the current filter keeps.
    bool narrows(const OrderFilter &next, const OrderFilterTerms &nextTerms) const;
    /// Shows `rows` (source rows in proxy order) as one layout change.
    void showRows(std::vector<int> rows);
    void refilter();
    void rebuildAfterSourceReset();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    OrderTableModel &m_source;
    OrderFilter m_filter;
    OrderFilterTerms m_terms;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// Every source row, sorted.
    std::vector<int> m_sorted;
    /// The source row of each proxy row.
    std::vector<int> m_rows;
    /// The proxy row of each source row, -1 for the rows filtered out.
    std::vector<int> m_proxyRowOf;
};

} // namespace ShopDesk
