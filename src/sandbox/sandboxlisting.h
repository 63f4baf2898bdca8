#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/productdetail.h"

namespace ShopDesk {

/// What the sandbox knows of a product beyond its search fields: the listing's description,
/// category, brand, pictures, attributes, package, review state and the seller's external id.
/// Seeded products have none stored: theirs is made up from the seed when asked (ListingSeed).
struct SandboxListing
{
    QString description;
    QString categoryId;
    QString brandId;
    QStringList imageUris;
    /// Per SKU id.
    QHash<QString, QList<SalesAttribute>> salesAttributes;
    QList<ProductAttribute> productAttributes;
    std::optional<PackageWeight> packageWeight;
    std::optional<PackageDimensions> packageDimensions;
    QList<AuditFailure> auditFailures;
    QString externalProductId;
    /// Sandbox time at which the review of a pending product is decided; 0 when none is under way.
    qint64 auditDueAt = 0;
    /// Whether the product passed a review (or was live) before: a first pass is told to webhook
    /// subscribers as PRODUCT_FIRST_PASS_REVIEW, later ones as PRODUCT_STATUS_CHANGED.
    bool approvedBefore = false;
    /// The status a deleted product had, which recovering gives back.
    ProductStatus statusBeforeDelete = ProductStatus::Unknown;
};

} // namespace ShopDesk
