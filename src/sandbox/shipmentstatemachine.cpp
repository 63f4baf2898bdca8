#include "shipmentstatemachine.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

std::optional<ShipRefusal> ShipmentStateMachine::checkShip(const ShipCandidate &candidate)
{
    const OrderStatus order = candidate.order;
    const PackageStatus package = candidate.package;
    if (candidate.fulfilledByPlatform)
        return ShipRefusal{fulfilledByPlatform, u"Seller cannot operate orders which are fulfilled by platform"_s};
    if (order == OrderStatus::Cancelled || package == PackageStatus::Cancelled)
        return ShipRefusal{orderCancelled, u"Cannot complete the operation when order is cancelled."_s};
    if (package == PackageStatus::Fulfilling || package == PackageStatus::Completed)
        return ShipRefusal{alreadyShipped, u"Package has already been shipped."_s};
    if (order != OrderStatus::AwaitingShipment && order != OrderStatus::PartiallyShipping)
        return ShipRefusal{notAwaitingShipment,
            u"These orders are not in the Awaiting shipment status. Couldn't create labels for them."_s};
    if (candidate.frozen)
        return ShipRefusal{packageFrozen, u"package in freeze status"_s};
    return std::nullopt;
}

OrderStatus ShipmentStateMachine::statusAfterShipping(qsizetype shipped, qsizetype total)
{
    if (shipped <= 0)
        return OrderStatus::AwaitingShipment;
    return shipped < total ? OrderStatus::PartiallyShipping : OrderStatus::AwaitingCollection;
}

std::array<ShipmentStateMachine::Step, 3> ShipmentStateMachine::timeline(qint64 shippedAt)
{
    const qint64 collected = shippedAt + collectionDelay;
    const qint64 delivered = collected + transitDelay;
    return {{
        {OrderStatus::InTransit, collected},
        {OrderStatus::Delivered, delivered},
        {OrderStatus::Completed, delivered + completionDelay},
    }};
}

OrderStatus ShipmentStateMachine::statusAt(qint64 shippedAt, qint64 now)
{
    OrderStatus status = OrderStatus::AwaitingCollection;
    for (const Step &step : timeline(shippedAt)) {
        if (now >= step.at)
            status = step.status;
    }
    return status;
}

PackageStatus ShipmentStateMachine::packageStatusFor(OrderStatus order)
{
    switch (order) {
    case OrderStatus::AwaitingCollection:
    case OrderStatus::InTransit:
        return PackageStatus::Fulfilling;
    case OrderStatus::Delivered:
    case OrderStatus::Completed:
        return PackageStatus::Completed;
    case OrderStatus::Cancelled:
        return PackageStatus::Cancelled;
    default:
        return PackageStatus::Processing;
    }
}

QString ShipmentStateMachine::trackingDescription(OrderStatus status, const QString &carrier)
{
    switch (status) {
    case OrderStatus::AwaitingCollection:
        return u"Shipping label created; %1 is waiting for the parcel"_s.arg(carrier);
    case OrderStatus::InTransit:
        return u"Parcel collected by %1 and on its way"_s.arg(carrier);
    case OrderStatus::Delivered:
        return u"Delivered to the recipient"_s;
    default:
        return {};
    }
}

} // namespace ShopDesk
