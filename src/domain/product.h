#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>

#include "core/money.h"

namespace ShopDesk {

/// Product listing status (reference section 7).
enum class ProductStatus {
    Unknown,
    Draft,
    Pending,
    Failed,
    Activate,
    SellerDeactivated,
    PlatformDeactivated,
    Freeze,
    Deleted,
};

ProductStatus productStatusFromApi(QStringView text);
QString productStatusToApi(ProductStatus status);

struct WarehouseStock
{
    QString warehouseId;
    qint64 quantity = 0;

    bool operator==(const WarehouseStock &other) const = default;
};

struct Sku
{
    QString id;
    QString sellerSku;
    Money price;
    QList<WarehouseStock> inventory;

    qint64 totalStock() const;
    bool operator==(const Sku &other) const = default;
};

struct Product
{
    QString id;
    QString title;
    ProductStatus status = ProductStatus::Unknown;
    QString auditStatus;
    QList<Sku> skus;
    qint64 createTime = 0;
    qint64 updateTime = 0;

    qint64 totalStock() const;
    /// Lowest and highest SKU price; empty when the product has no SKU.
    std::optional<std::pair<Money, Money>> priceRange() const;
    QStringList sellerSkus() const;
    bool operator==(const Product &other) const = default;
};

} // namespace ShopDesk
