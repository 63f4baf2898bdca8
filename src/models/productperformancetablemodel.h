#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/performance.h"

namespace ShopDesk {

/// The best-selling products of a range, one row each. The product column shows the title when
/// the catalogue knows it, else the id. DisplayRole is locale-formatted text, SortRole the raw value
/// (minor units, counts, basis points).
class ProductPerformanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPerformanceTableModel)

public:
    enum Column : int { ProductColumn, GmvColumn, OrdersColumn, UnitsColumn, ClickThroughColumn, ColumnCount };
    enum Role : int {
        SortRole = Qt::UserRole,
        IdRole,
    };

    explicit ProductPerformanceTableModel(QObject *parent = nullptr);

    void setProducts(QList<ProductPerformance> products);
    /// Product id → title; rows whose title changes are updated in place.
    void setTitles(const QHash<QString, QString> &titles);
    const ProductPerformance &productAt(int row) const { return m_products.at(row); }
    QString titleOf(const QString &productId) const { return m_titles.value(productId, productId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ProductPerformance &product, int column) const;
    QVariant sortData(const ProductPerformance &product, int column) const;

    QList<ProductPerformance> m_products;
    QHash<QString, QString> m_titles;
};

} // namespace ShopDesk
