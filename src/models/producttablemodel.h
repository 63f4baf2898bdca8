#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/product.h"
#include "models/productfilter.h"

namespace ShopDesk {

/// The products of one shop, one row per product. DisplayRole is locale-formatted text,
/// SortRole the raw value (minor units, epoch seconds, counts) so that sorting is numeric.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTableModel)

public:
    enum Column : int {
        TitleColumn,
        SellerSkuColumn,
        PriceColumn,
        StockColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role : int {
        SortRole = Qt::UserRole,
        IdRole,
        /// ProductStatus as an int; delegates in ui/ turn it into a colour.
        StatusRole,
    };

    explicit ProductTableModel(QObject *parent = nullptr);

    /// Replaces every row (a full reload).
    void setProducts(QList<Product> products);
    const Product &productAt(int row) const { return m_products.at(row); }
    /// ProductFilter::searchTextOf() the product of the row, kept with it.
    const QString &searchTextAt(int row) const { return m_searchText.at(row); }
    /// Replaces the row of a product already shown (after a write the server confirmed).
    void updateProduct(const Product &product);
    /// Adds a product not shown yet (a new listing) at the end, or replaces it when it is shown.
    void upsertProduct(const Product &product);
    int rowOfProduct(const QString &id) const { return m_rowById.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ProductStatus status);

private:
    QVariant displayData(const Product &product, int column) const;
    QVariant sortData(const Product &product, int column) const;

    QList<Product> m_products;
    QList<QString> m_searchText;
    QHash<QString, int> m_rowById;
};

} // namespace ShopDesk
