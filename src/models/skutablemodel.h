#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "domain/product.h"
#include "store/outboxcommand.h"
#include "sync/productedits.h"

namespace ShopDesk {

/// The SKUs of one product, with price and per-warehouse stock editable in place. An edit is not
/// applied here: it is checked and handed out as a PlannedEdit, and the row shows how the change
/// is doing (pending, sent, saved, failed) until the product itself is updated.
class SkuTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkuTableModel)

public:
    enum Column : int { SellerSkuColumn, PriceColumn, FirstWarehouseColumn };
    enum Role : int { SortRole = Qt::UserRole, SkuIdRole };

    explicit SkuTableModel(QObject *parent = nullptr);

    void setProduct(const Product &product);
    const Product &product() const { return m_product; }
    /// The warehouses shown as stock columns, in order.
    const QStringList &warehouses() const { return m_warehouses; }
    int totalStockColumn() const { return FirstWarehouseColumn + int(m_warehouses.size()); }
    int changeColumn() const { return totalStockColumn() + 1; }

    /// Shows the state of the latest change of a SKU of this product.
    void setChangeState(const QString &skuId, OutboxState state, const QString &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString changeText(OutboxState state, const QString &error);

signals:
    /// A checked edit the seller typed, to be sent.
    void editRequested(const ShopDesk::PlannedEdit &edit);
    /// What the seller typed cannot be sent, and why.
    void editRejected(const QString &reason);

private:
    struct ChangeState
    {
        OutboxState state;
        QString error;
    };

    int warehouseIndex(int column) const;

    Product m_product;
    QStringList m_warehouses;
    QHash<QString, ChangeState> m_changes;
};

} // namespace ShopDesk
