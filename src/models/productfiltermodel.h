#pragma once

#include <QSortFilterProxyModel>

#include "models/productfilter.h"

namespace ShopDesk {

class ProductTableModel;

/// Adapts a ProductFilter to a view; the predicate itself lives in ProductFilter.
class ProductFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFilterModel)

public:
    explicit ProductFilterModel(ProductTableModel &source, QObject *parent = nullptr);

    void setFilter(const ProductFilter &filter);
    const ProductFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ProductTableModel &m_source;
    ProductFilter m_filter;
    ProductFilterTerms m_terms;
};

} // namespace ShopDesk
