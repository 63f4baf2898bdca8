#include "sandboxshipping.h"

#include <algorithm>

#include <QJsonArray>

#include "sandbox/logisticstables.h"
#include "sandbox/packageseed.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 millis = 1000;
constexpr qsizetype shortestTrackingNumber = 6;
constexpr qsizetype longestTrackingNumber = 40;

bool isUs(const SandboxShop &shop)
{
    return shop.info.region != u"GB";
}

bool validTrackingNumber(const QString &number)
{
    if (number.size() < shortestTrackingNumber || number.size() > longestTrackingNumber)
        return false;
    return std::all_of(number.cbegin(), number.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-';
    });
}

/// Reference section 8.4: ORDER_STATUS_CHANGE, type 1.
void orderStatusChanged(SandboxShop &shop, const Order &order)
{
    shop.pendingEvents.append({1,
        QJsonObject{{u"order_id"_s, order.id}, {u"order_status"_s, orderStatusToApi(order.status)},
            {u"is_on_hold_order"_s, order.isOnHoldOrder}, {u"update_time"_s, order.updateTime}}});
}

/// Reference section 8.4: PACKAGE_UPDATE, type 4, for packages the seller split or combined.
void packagesChanged(
    SandboxShop &shop, QStringView change, const QStringList &packageIds, const QString &orderId, qint64 now)
{
    QJsonArray list;
    for (const QString &id : packageIds)
        list.append(QJsonObject{{u"package_id"_s, id}, {u"order_id_list"_s, QJsonArray{orderId}}});
    shop.pendingEvents.append({4,
        QJsonObject{{u"sc_type"_s, change.toString()}, {u"role_type"_s, u"ROLE_SELLER"_s}, {u"package_list"_s, list},
            {u"update_time"_s, now}}});
}

ShipmentStateMachine::ShipCandidate candidateOf(const Order &order, const SandboxPackage *entry)
{
    // An order without packages (unpaid, on hold, cancelled) is judged on its own status.
    return {order.status, entry ? entry->package.status : PackageStatus::Processing, entry && entry->frozen,
        order.fulfillmentType == u"FULFILLMENT_BY_TIKTOK"};
}

} // namespace

SandboxPackageStore &SandboxShipping::store(SandboxShop &shop)
{
    if (!shop.packages.isLoaded())
        shop.packages.load(PackageSeed::derive(shop), shop.orders);
    return shop.packages;
}

std::optional<ShipRefusal> SandboxShipping::checkCarrier(
    const SandboxShop &shop, const Package &package, const QString &providerId, const QString &trackingNumber)
{
    const SandboxDeliveryOption *option = LogisticsTables::deliveryOption(isUs(shop), package.deliveryOptionId);
    const bool offered = option
        && std::find(option->providerIds.begin(), option->providerIds.end(), QStringView(providerId))
            != option->providerIds.end();
    if (!offered || !validTrackingNumber(trackingNumber))
        return ShipRefusal{
            invalidCarrier, u"Invalid tracking number or provider ID. Please double check and try again."_s};
    return std::nullopt;
}

std::optional<ShipRefusal> SandboxShipping::ship(SandboxShop &shop, const ShipRequest &request, qint64 now)
{
    SandboxPackage *entry = store(shop).find(request.packageId);
    if (!entry)
        return ShipRefusal{packageNotFound, u"The package does not belong to the current shop."_s};
    const Order &order = shop.orders.at(entry->orderRow);
    if (auto refusal = ShipmentStateMachine::checkShip(candidateOf(order, entry)))
        return refusal;
    ShipRequest effective = request;
    if (request.isSelfShipment()) {
        if (auto refusal = checkCarrier(shop, entry->package, request.shippingProviderId, request.trackingNumber))
            return refusal;
    } else if (order.shippingType == u"SELLER") {
        return ShipRefusal{invalidCarrier,
            u"Seller-shipped packages need self_shipment with a tracking number and a shipping provider id."_s};
    } else {
        // TikTok shipping: the carrier booked at payment issues the tracking number.
        effective.shippingProviderId = entry->package.shippingProviderId;
        effective.trackingNumber = LogisticsTables::trackingNumber(effective.shippingProviderId, entry->package.id);
    }
    shipPackage(shop, *entry, effective, now);
    return std::nullopt;
}

std::variant<ShippedPackage, ShipRefusal> SandboxShipping::markShipped(
    SandboxShop &shop, const QString &orderId, const MarkShippedRequest &request, qint64 now)
{
    SandboxPackageStore &packages = store(shop);
    const int row = packages.orderRow(orderId);
    if (row < 0)
        return ShipRefusal{orderNotFound, u"The order does not belong to the current shop."_s};
    const Order &order = shop.orders.at(row);
    const auto found = packageToMark(shop, order, request.lineItemIds);
    if (const ShipRefusal *refusal = std::get_if<ShipRefusal>(&found))
        return *refusal;
    SandboxPackage *target = std::get<SandboxPackage *>(found);
    if (auto refusal = ShipmentStateMachine::checkShip(candidateOf(order, target)))
        return *refusal;
    if (!target)
        return ShipRefusal{invalidParameter, u"The order has no package to ship."_s};
    if (order.shippingType != u"SELLER")
        return ShipRefusal{notSellerShipping,
            u"This API cannot be used to update package shipping information for packages that are not shipped by sellers."_s};
    if (auto refusal = checkCarrier(shop, target->package, request.shippingProviderId, request.trackingNumber))
        return *refusal;

    QStringList items = request.lineItemIds.isEmpty() ? target->package.orderLineItemIds : request.lineItemIds;
    items.removeDuplicates();
    if (items.size() < target->package.orderLineItemIds.size())
        target = &splitOff(shop, *target, items, now);
    const ShipRequest ship{
        target->package.id, HandoverMethod::DropOff, std::nullopt, request.trackingNumber, request.shippingProviderId};
    shipPackage(shop, *target, ship, now);
    return ShippedPackage{orderId, target->package.id, target->package.orderLineItemIds, {}};
}

std::variant<SandboxPackage *, ShipRefusal> SandboxShipping::packageToMark(
    SandboxShop &shop, const Order &order, const QStringList &lineItemIds)
{
    SandboxPackageStore &packages = shop.packages;
    QList<SandboxPackage *> unshipped;
    for (const QString &id : order.packageIds) {
        if (SandboxPackage *entry = packages.find(id); entry && entry->package.status == PackageStatus::Processing)
            unshipped.append(entry);
    }
    if (lineItemIds.isEmpty()) {
        if (unshipped.size() > 1)
            return ShipRefusal{packageAmbiguous,
                u"There are multiple packages that can be shipped, please specify the order line that needs to be shipped."_s};
        // With nothing left to ship, the first package tells why.
        if (unshipped.isEmpty())
            return order.packageIds.isEmpty() ? nullptr : packages.find(order.packageIds.first());
        return unshipped.first();
    }
    SandboxPackage *listed = nullptr;
    for (const QString &itemId : lineItemIds) {
        const auto item = std::find_if(order.lineItems.cbegin(), order.lineItems.cend(),
            [&itemId](const LineItem &line) { return line.id == itemId; });
        if (item == order.lineItems.cend())
            return ShipRefusal{lineItemNotInOrder, u"Line item %1 does not belong to this order."_s.arg(itemId)};
        SandboxPackage *holder = packages.find(item->packageId);
        if (itemId != lineItemIds.first() && holder != listed)
            return ShipRefusal{invalidParameter, u"The line items belong to different packages."_s};
        listed = holder;
    }
    return listed;
}

SandboxPackage &SandboxShipping::splitOff(
    SandboxShop &shop, SandboxPackage &source, const QStringList &lineItemIds, qint64 now)
{
    SandboxPackage split = source;
    split.package.id = shop.packages.nextSplitId();
    split.package.orderLineItemIds = lineItemIds;
    split.package.createTime = now;
    split.tracking.clear();
    for (const QString &itemId : lineItemIds)
        source.package.orderLineItemIds.removeAll(itemId);
    Order &order = shop.orders[source.orderRow];
    order.packageIds.append(split.package.id);
    for (LineItem &line : order.lineItems) {
        if (lineItemIds.contains(line.id))
            line.packageId = split.package.id;
    }
    packagesChanged(shop, u"SPLIT", {source.package.id, split.package.id}, order.id, now);
    return shop.packages.add(std::move(split));
}

void SandboxShipping::shipPackage(SandboxShop &shop, SandboxPackage &entry, const ShipRequest &request, qint64 now)
{
    SandboxPackageStore &packages = shop.packages;
    Package &package = entry.package;
    package.status = PackageStatus::Fulfilling;
    package.trackingNumber = request.trackingNumber;
    package.shippingProviderId = request.shippingProviderId;
    package.shippingProviderName = LogisticsTables::providerName(request.shippingProviderId).toString();
    package.handoverMethod
        = request.handoverMethod == HandoverMethod::Unknown ? HandoverMethod::Pickup : request.handoverMethod;
    package.pickupSlot = request.pickupSlot;
    package.updateTime = now;
    entry.tracking.append(
        {ShipmentStateMachine::trackingDescription(OrderStatus::AwaitingCollection, package.shippingProviderName),
            now * millis});

    Order &order = shop.orders[entry.orderRow];
    const QString packageStatus = packageStatusToApi(PackageStatus::Fulfilling);
    for (LineItem &item : order.lineItems) {
        if (!package.orderLineItemIds.contains(item.id))
            continue;
        item.packageStatus = packageStatus;
        item.trackingNumber = package.trackingNumber;
        item.shippingProviderName = package.shippingProviderName;
        item.displayStatus = OrderStatus::AwaitingCollection;
    }
    const qsizetype shipped = std::count_if(order.packageIds.cbegin(), order.packageIds.cend(), [&](const QString &id) {
        const SandboxPackage *other = packages.find(id);
        return other && other->package.status != PackageStatus::Processing;
    });
    const OrderStatus before = order.status;
    order.status = ShipmentStateMachine::statusAfterShipping(shipped, order.packageIds.size());
    if (order.trackingNumber.isEmpty())
        order.trackingNumber = package.trackingNumber;
    order.shippingProviderId = package.shippingProviderId;
    order.shippingProvider = package.shippingProviderName;
    order.updateTime = now;
    if (order.status == OrderStatus::AwaitingCollection)
        packages.inFlight().insert(entry.orderRow, now);
    if (order.status != before)
        orderStatusChanged(shop, order);
    packages.touch();
    ++shop.ordersRevision;
}

void SandboxShipping::advance(SandboxShop &shop, qint64 now)
{
    if (!shop.packages.isLoaded() || shop.packages.inFlight().isEmpty())
        return;
    QHash<int, qint64> &inFlight = shop.packages.inFlight();
    for (auto it = inFlight.begin(); it != inFlight.end();) {
        for (const ShipmentStateMachine::Step &step : ShipmentStateMachine::timeline(it.value())) {
            if (step.at <= now && shop.orders.at(it.key()).status < step.status)
                moveOn(shop, it.key(), step);
        }
        if (shop.orders.at(it.key()).status == OrderStatus::Completed)
            it = inFlight.erase(it);
        else
            ++it;
    }
}

void SandboxShipping::moveOn(SandboxShop &shop, int orderRow, const ShipmentStateMachine::Step &step)
{
    Order &order = shop.orders[orderRow];
    order.status = step.status;
    order.updateTime = step.at;
    const PackageStatus packageStatus = ShipmentStateMachine::packageStatusFor(step.status);
    for (LineItem &item : order.lineItems) {
        item.displayStatus = step.status;
        item.packageStatus = packageStatusToApi(packageStatus);
    }
    for (const QString &id : order.packageIds) {
        SandboxPackage *entry = shop.packages.find(id);
        if (!entry)
            continue;
        entry->package.status = packageStatus;
        entry->package.updateTime = step.at;
        const QString scan
            = ShipmentStateMachine::trackingDescription(step.status, entry->package.shippingProviderName);
        if (!scan.isEmpty())
            entry->tracking.append({scan, step.at * millis});
    }
    orderStatusChanged(shop, order);
    shop.packages.touch();
    ++shop.ordersRevision;
}

std::optional<QList<TrackingEvent>> SandboxShipping::tracking(SandboxShop &shop, const QString &orderId)
{
    SandboxPackageStore &packages = store(shop);
    const int row = packages.orderRow(orderId);
    if (row < 0)
        return std::nullopt;
    QList<TrackingEvent> events;
    for (const QString &id : shop.orders.at(row).packageIds) {
        if (const SandboxPackage *entry = packages.find(id))
            events += entry->tracking;
    }
    std::stable_sort(events.begin(), events.end(),
        [](const TrackingEvent &a, const TrackingEvent &b) { return a.timeMs < b.timeMs; });
    return events;
}

} // namespace ShopDesk
