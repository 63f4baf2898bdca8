#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ShopDesk {

/// One carrier scan of an order's parcels; the API gives times in milliseconds (reference section 4).
struct TrackingEvent
{
    QString description;
    qint64 timeMs = 0;

    bool operator==(const TrackingEvent &other) const = default;
};

/// A carrier sellers can ship with; offered per delivery option, not globally (reference section 5.3).
struct ShippingProvider
{
    QString id;
    QString name;

    bool operator==(const ShippingProvider &other) const = default;
};

/// A shipping service of a warehouse. `type` is STANDARD, EXPRESS, ECONOMY or SEND_BY_SELLER.
struct DeliveryOption
{
    QString id;
    QString name;
    QString type;

    bool operator==(const DeliveryOption &other) const = default;
};

enum class ShippingDocumentType { ShippingLabel, PackingSlip };

std::optional<ShippingDocumentType> shippingDocumentTypeFromApi(QStringView text);
QString shippingDocumentTypeToApi(ShippingDocumentType type);

/// Where a package's label or packing slip can be downloaded; production links last 24 hours.
struct ShippingDocument
{
    QUrl url;
    QString trackingNumber;

    bool operator==(const ShippingDocument &other) const = default;
};

/// What "mark package as shipped" asks for: the seller's own carrier and tracking number, for the
/// listed line items (all unshipped ones of the order when empty).
struct MarkShippedRequest
{
    QString trackingNumber;
    QString shippingProviderId;
    QStringList lineItemIds;

    bool operator==(const MarkShippedRequest &other) const = default;
};

/// The answer to "mark package as shipped": the package that now holds the line items.
struct ShippedPackage
{
    QString orderId;
    QString packageId;
    QStringList lineItemIds;
    /// Set when the server accepted the call but has a doubt, such as a tracking number that fits
    /// more than one carrier.
    QString warning;

    bool operator==(const ShippedPackage &other) const = default;
};

} // namespace ShopDesk
