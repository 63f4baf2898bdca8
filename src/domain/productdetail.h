#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/listingcatalog.h"
#include "domain/product.h"

namespace ShopDesk {

/// An image of a listing as the detail endpoint returns it: `uri` names it in writes, `urls` fetch it.
struct ProductImage
{
    QString uri;
    QStringList urls;
    QStringList thumbUrls;
    qint64 width = 0;
    qint64 height = 0;

    bool operator==(const ProductImage &other) const = default;
};

/// One variation value of a SKU ("Color: Navy"). Writes may name the attribute and the value by id
/// or, for the seller's own, by name only.
struct SalesAttribute
{
    QString id;
    QString name;
    QString valueId;
    QString valueName;
    /// The image of this value; empty when it has none.
    QString skuImageUri;

    bool operator==(const SalesAttribute &other) const = default;
};

/// A product attribute with its chosen values ("Material: Cotton").
struct ProductAttribute
{
    QString id;
    QString name;
    QList<AttributeValue> values;

    bool operator==(const ProductAttribute &other) const = default;
};

/// `package_weight`: a decimal string with its unit, KILOGRAM or POUND.
struct PackageWeight
{
    QString value;
    QString unit;

    bool operator==(const PackageWeight &other) const = default;
};

/// `package_dimensions`: whole numbers as strings with their unit, CENTIMETER or INCH.
struct PackageDimensions
{
    QString length;
    QString width;
    QString height;
    QString unit;

    bool operator==(const PackageDimensions &other) const = default;
};

/// Why the platform's review refused a listing, and what to change (`audit_failed_reasons[]`).
struct AuditFailure
{
    /// Where the problem is, as the server names it ("title", "main_images", …).
    QString position;
    QStringList reasons;
    QStringList suggestions;

    bool operator==(const AuditFailure &other) const = default;
};

/// Everything `GET /product/202309/products/{product_id}` tells about a product: the fields the
/// table shows and those of the detail panel.
struct ProductDetail
{
    Product product;
    /// HTML, as the seller wrote it (reference section 5.1).
    QString description;
    /// From the top-level category down to the product's leaf.
    QList<Category> categoryChain;
    QString brandId;
    QString brandName;
    QList<ProductImage> mainImages;
    /// Per SKU id.
    QHash<QString, QList<SalesAttribute>> salesAttributes;
    QList<ProductAttribute> productAttributes;
    std::optional<PackageWeight> packageWeight;
    std::optional<PackageDimensions> packageDimensions;
    QList<AuditFailure> auditFailures;
    /// The seller's own id for the product; ShopDesk puts the create command's client id here.
    QString externalProductId;

    QList<SalesAttribute> salesAttributesOf(const QString &skuId) const { return salesAttributes.value(skuId); }
    bool operator==(const ProductDetail &other) const = default;
};

} // namespace ShopDesk
