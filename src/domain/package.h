#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace ShopDesk {

/// Package status of the 202309+ API (reference sections 5.3 and 7). Line items add TO_FULFILL,
/// which no package has.
enum class PackageStatus {
    Unknown,
    Processing,
    Fulfilling,
    Completed,
    Cancelled,
};

PackageStatus packageStatusFromApi(QStringView text);
QString packageStatusToApi(PackageStatus status);

/// How the parcel reaches the carrier: collected from the seller, or dropped off by the seller.
enum class HandoverMethod {
    Unknown,
    Pickup,
    DropOff,
};

HandoverMethod handoverMethodFromApi(QStringView text);
QString handoverMethodToApi(HandoverMethod method);

/// A carrier collection window, epoch seconds.
struct PickupSlot
{
    qint64 startTime = 0;
    qint64 endTime = 0;

    bool operator==(const PickupSlot &other) const = default;
};

/// One parcel of one or more orders. The search answer leaves out the handover and delivery option,
/// which only the detail answer carries.
struct Package
{
    QString id;
    QStringList orderIds;
    PackageStatus status = PackageStatus::Unknown;
    QString trackingNumber;
    QString shippingProviderId;
    QString shippingProviderName;
    /// TIKTOK or SELLER.
    QString shippingType;
    HandoverMethod handoverMethod = HandoverMethod::Unknown;
    std::optional<PickupSlot> pickupSlot;
    QString deliveryOptionId;
    QString deliveryOptionName;
    QStringList orderLineItemIds;
    qint64 createTime = 0;
    qint64 updateTime = 0;

    bool operator==(const Package &other) const = default;
};

/// What one package of a ship call asks for (reference section 5.3). Packages the seller ships
/// himself name the carrier and tracking number; TikTok-shipped ones leave both empty.
struct ShipRequest
{
    QString packageId;
    HandoverMethod handoverMethod = HandoverMethod::Pickup;
    std::optional<PickupSlot> pickupSlot;
    QString trackingNumber;
    QString shippingProviderId;

    bool isSelfShipment() const { return !trackingNumber.isEmpty() || !shippingProviderId.isEmpty(); }
    bool operator==(const ShipRequest &other) const = default;
};

} // namespace ShopDesk
