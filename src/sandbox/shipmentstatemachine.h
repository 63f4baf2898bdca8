#pragma once

#include <array>
#include <optional>

#include <QString>

#include "domain/order.h"
#include "domain/package.h"

namespace ShopDesk {

/// Why a package may not ship, with the production code and message (reference section 5.3).
struct ShipRefusal
{
    qint64 code = 0;
    QString message;

    bool operator==(const ShipRefusal &other) const = default;
};

/// The sandbox's shipment rules in one place: which packages may ship, what an order becomes once
/// some or all of its packages shipped, and how a fully shipped order moves on with the sandbox clock
/// (AWAITING_COLLECTION → IN_TRANSIT → DELIVERED → COMPLETED, reference section 7).
class ShipmentStateMachine final
{
public:
    // The carrier collects the day after the seller ships.
    static constexpr qint64 collectionDelay = 24 * 3600;
    // Door to door once collected.
    static constexpr qint64 transitDelay = 3 * 24 * 3600;
    // The buyer's return window after delivery; then the order completes.
    static constexpr qint64 completionDelay = 7 * 24 * 3600;

    static constexpr qint64 packageFrozen = 10007014;
    static constexpr qint64 alreadyShipped = 21011040;
    static constexpr qint64 orderCancelled = 21011041;
    static constexpr qint64 notAwaitingShipment = 21042057;
    static constexpr qint64 fulfilledByPlatform = 21008025;

    struct ShipCandidate
    {
        OrderStatus order = OrderStatus::Unknown;
        PackageStatus package = PackageStatus::Unknown;
        bool frozen = false;
        /// FULFILLMENT_BY_TIKTOK: TikTok's warehouse ships, the seller cannot.
        bool fulfilledByPlatform = false;
    };
    /// Whether the package may ship. Orders that await shipment ship; so does the rest of a
    /// partially shipped order.
    static std::optional<ShipRefusal> checkShip(const ShipCandidate &candidate);
    /// The order's status once `shipped` of its `total` packages have shipped.
    static OrderStatus statusAfterShipping(qsizetype shipped, qsizetype total);

    struct Step
    {
        OrderStatus status;
        qint64 at;
    };
    /// The steps of an order whose last package shipped at `shippedAt`, earliest first.
    static std::array<Step, 3> timeline(qint64 shippedAt);
    /// Where that order stands at `now`.
    static OrderStatus statusAt(qint64 shippedAt, qint64 now);
    /// The status of a shipped order's packages (and the `package_status` of its line items).
    static PackageStatus packageStatusFor(OrderStatus order);
    /// The carrier scan that goes with reaching `status`; empty when none does.
    static QString trackingDescription(OrderStatus status, const QString &carrier);
};

} // namespace ShopDesk
