#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/money.h"
#include "domain/productdetail.h"

namespace ShopDesk {

/// `save_mode` of a create: a draft waits in the shop, a listing goes to the platform's review.
enum class SaveMode { AsDraft, Listing };

QString saveModeToApi(SaveMode mode);
std::optional<SaveMode> saveModeFromApi(QStringView text);

/// One SKU of a product to create.
struct DraftSku
{
    QString sellerSku;
    Money price;
    QList<WarehouseStock> inventory;
    QList<SalesAttribute> salesAttributes;

    bool operator==(const DraftSku &other) const = default;
};

/// The body of `POST /product/202309/products` (and of a full edit): what the seller filled in,
/// with images already uploaded (their URIs).
struct ProductDraft
{
    QString title;
    QString description;
    QString categoryId;
    QString brandId;
    QStringList mainImageUris;
    QList<DraftSku> skus;
    QList<ProductAttribute> productAttributes;
    PackageWeight packageWeight;
    std::optional<PackageDimensions> packageDimensions;
    SaveMode saveMode = SaveMode::Listing;
    /// Reference section 5.1: the seller's own id, stored with the product and returned by the
    /// detail endpoint. ShopDesk sets it to the create command's client id, so that a create whose
    /// answer was lost can be found on the server instead of being sent twice.
    QString externalProductId;

    QStringList sellerSkus() const;
    bool operator==(const ProductDraft &other) const = default;
};

/// The answer to a create or full edit.
struct SavedProduct
{
    QString productId;
    /// SKU ids by seller SKU, in the order sent.
    QList<std::pair<QString, QString>> skuIds;
    QStringList warnings;

    bool operator==(const SavedProduct &other) const = default;
};

} // namespace ShopDesk
