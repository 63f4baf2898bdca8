#include "packageseed.h"

#include "sandbox/logisticstables.h"
#include "sandbox/seeddata.h"
#include "sandbox/shipmentstatemachine.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 millis = 1000;

/// Carrier scans of a package the seed shipped before the sandbox started, ending at the order's
/// last update. The seed kept no history, so the earlier scans are spread between payment and then.
QList<TrackingEvent> seededHistory(const Order &order, OrderStatus reached, const QString &carrier)
{
    const qint64 paid = order.paidTime;
    const qint64 last = order.updateTime;
    const qint64 span = qMax<qint64>(last - paid, 0);
    QList<std::pair<OrderStatus, qint64>> steps;
    switch (reached) {
    case OrderStatus::AwaitingCollection:
        steps = {{OrderStatus::AwaitingCollection, last}};
        break;
    case OrderStatus::InTransit:
        steps = {{OrderStatus::AwaitingCollection, paid + span / 3}, {OrderStatus::InTransit, last}};
        break;
    default: // delivered, and completed after the return window
        steps = {{OrderStatus::AwaitingCollection, paid + span / 8}, {OrderStatus::InTransit, paid + span / 4},
            {OrderStatus::Delivered,
                reached == OrderStatus::Delivered
                    ? last
                    : qMax(paid + span / 2, last - ShipmentStateMachine::completionDelay)}};
        break;
    }
    QList<TrackingEvent> events;
    for (const auto &[status, at] : steps)
        events.append({ShipmentStateMachine::trackingDescription(status, carrier), at * millis});
    return events;
}

} // namespace

QList<SandboxPackage> PackageSeed::derive(const SandboxShop &shop)
{
    const bool us = shop.info.region != u"GB";
    QList<SandboxPackage> packages;
    int unshipped = 0;
    for (qsizetype row = 0; row < shop.orders.size(); ++row) {
        const Order &order = shop.orders.at(row);
        const bool seller = order.shippingType == u"SELLER";
        const SandboxDeliveryOption &option = LogisticsTables::optionForOrder(us, seller, order.deliveryOptionName);
        for (const QString &id : order.packageIds) {
            SandboxPackage entry;
            entry.orderRow = static_cast<int>(row);
            Package &package = entry.package;
            package.id = id;
            package.orderIds = {order.id};
            package.shippingType = order.shippingType;
            package.deliveryOptionId = option.id.toString();
            package.deliveryOptionName = option.name.toString();
            package.createTime = order.paidTime;
            package.updateTime = order.paidTime;
            for (const LineItem &item : order.lineItems) {
                if (item.packageId != id)
                    continue;
                package.orderLineItemIds.append(item.id);
                package.status = packageStatusFromApi(item.packageStatus);
                package.trackingNumber = item.trackingNumber;
            }
            const bool shipped = package.status != PackageStatus::Processing;
            // TikTok books the carrier when the order is paid; sellers name theirs when they ship.
            if (shipped || !seller) {
                package.shippingProviderId = order.shippingProviderId;
                package.shippingProviderName = order.shippingProvider;
            }
            if (shipped) {
                package.updateTime = order.updateTime;
                package.handoverMethod = seller || row % 3 == 0 ? HandoverMethod::DropOff : HandoverMethod::Pickup;
                // A partially shipped order's shipped half has been collected (the seed shows it in transit).
                const OrderStatus reached
                    = order.status == OrderStatus::PartiallyShipping ? OrderStatus::InTransit : order.status;
                entry.tracking = seededHistory(order, reached, order.shippingProvider);
            } else {
                entry.frozen = unshipped >= firstFrozen && (unshipped - firstFrozen) % frozenEvery == 0;
                ++unshipped;
            }
            packages.append(std::move(entry));
        }
    }
    return packages;
}

} // namespace ShopDesk
