#include "sandboxaftersales.h"

#include "sandbox/aftersaleseed.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
// Reference section 8.4.
constexpr int orderStatusChange = 1;
constexpr int cancellationStatusChange = 11;
constexpr int returnStatusChange = 12;

SandboxResponse missing(QStringView what)
{
    return SandboxResponse::failure(
        httpNotFound, SandboxAftersales::notFound, u"The %1 does not belong to the current shop."_s.arg(what));
}

SandboxResponse refused(qint64 code, const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, code, message);
}

bool offered(const QList<RejectReason> &reasons, const QString &name)
{
    return std::any_of(
        reasons.cbegin(), reasons.cend(), [&name](const RejectReason &reason) { return reason.name == name; });
}

} // namespace

SandboxAftersaleStore &SandboxAftersales::store(SandboxShop &shop)
{
    if (!shop.aftersales.isLoaded()) {
        AftersaleSeed::Seeded seeded = AftersaleSeed::derive(shop);
        shop.aftersales.load(std::move(seeded.returns), std::move(seeded.cancellations), shop.orders);
    }
    return shop.aftersales;
}

std::optional<SandboxResponse> SandboxAftersales::approveReturn(
    SandboxShop &shop, const QString &id, ReturnDecision decision, qint64 now)
{
    ReturnRequest *request = store(shop).findReturn(id);
    if (!request)
        return missing(u"return");
    if (request->approveDecision() != decision)
        return refused(notAllowed,
            u"The return is %1; %2 is not allowed now."_s.arg(
                returnStatusToApi(request->status), returnDecisionToApi(decision)));
    request->status = returnStatusAfter(decision);
    request->updateTime = now;
    request->nextActions.clear();
    returnChanged(shop, *request);
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxAftersales::rejectReturn(
    SandboxShop &shop, const QString &id, ReturnRejectDecision decision, const Rejection &rejection, qint64 now)
{
    ReturnRequest *request = store(shop).findReturn(id);
    if (!request)
        return missing(u"return");
    if (request->rejectDecision() != decision)
        return refused(notAllowed,
            u"The return is %1; %2 is not allowed now."_s.arg(
                returnStatusToApi(request->status), returnRejectDecisionToApi(decision)));
    if (!offered(AftersaleSeed::returnRejectReasons(request->status), rejection.reason))
        return refused(invalidReason, u"Invalid reject_reason: %1."_s.arg(rejection.reason));
    request->status = returnStatusAfter(decision);
    request->updateTime = now;
    request->nextActions.clear();
    returnChanged(shop, *request);
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxAftersales::approveCancellation(SandboxShop &shop, const QString &id, qint64 now)
{
    SandboxAftersaleStore &aftersales = store(shop);
    Cancellation *cancellation = aftersales.findCancellation(id);
    if (!cancellation)
        return missing(u"cancellation");
    if (!cancellation->awaitsSeller())
        return refused(notAllowed,
            u"The cancellation is %1 and cannot be approved."_s.arg(cancelStatusToApi(cancellation->status)));
    const int row = aftersales.orderRow(cancellation->orderId);
    if (row < 0)
        return missing(u"order");
    const OrderStatus status = shop.orders.at(row).status;
    if (status != OrderStatus::AwaitingShipment && status != OrderStatus::OnHold && status != OrderStatus::Unpaid)
        return refused(orderAlreadyShipped, u"The order has already shipped; its cancellation cannot be approved."_s);
    cancellation->status = cancelStatusAfterApproval;
    cancellation->updateTime = now;
    cancellation->nextActions.clear();
    cancelOrder(shop, row, *cancellation, now);
    cancellationChanged(shop, *cancellation);
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxAftersales::rejectCancellation(
    SandboxShop &shop, const QString &id, const Rejection &rejection, qint64 now)
{
    SandboxAftersaleStore &aftersales = store(shop);
    Cancellation *cancellation = aftersales.findCancellation(id);
    if (!cancellation)
        return missing(u"cancellation");
    if (!cancellation->awaitsSeller())
        return refused(notAllowed,
            u"The cancellation is %1 and cannot be rejected."_s.arg(cancelStatusToApi(cancellation->status)));
    if (!offered(AftersaleSeed::cancellationRejectReasons(), rejection.reason))
        return refused(invalidReason, u"Invalid reject_reason: %1."_s.arg(rejection.reason));
    cancellation->status = cancelStatusAfterRejection;
    cancellation->updateTime = now;
    cancellation->nextActions.clear();
    if (const int row = aftersales.orderRow(cancellation->orderId); row >= 0) {
        // The buyer's request is closed: the order is to be shipped as bought.
        Order &order = shop.orders[row];
        order.isBuyerRequestCancel = false;
        order.cancelOrderSlaTime = 0;
        order.updateTime = now;
        ++shop.ordersRevision;
    }
    cancellationChanged(shop, *cancellation);
    return std::nullopt;
}

std::variant<Cancellation, SandboxResponse> SandboxAftersales::sellerCancel(
    SandboxShop &shop, const QString &orderId, const QString &reason, const QStringList &lineItemIds, qint64 now)
{
    SandboxAftersaleStore &aftersales = store(shop);
    const int row = aftersales.orderRow(orderId);
    if (row < 0)
        return missing(u"order");
    const Order &order = shop.orders.at(row);
    if (order.status == OrderStatus::Cancelled)
        return refused(notAllowed, u"The order is already cancelled."_s);
    if (order.status != OrderStatus::AwaitingShipment && order.status != OrderStatus::OnHold
        && order.status != OrderStatus::Unpaid)
        return refused(orderAlreadyShipped, u"The order has already shipped and cannot be cancelled."_s);
    if (!lineItemIds.isEmpty()) {
        QStringList all;
        for (const LineItem &line : order.lineItems)
            all.append(line.id);
        QStringList asked = lineItemIds;
        asked.removeDuplicates();
        asked.sort();
        all.sort();
        if (asked != all)
            return refused(notAllowed, u"The sandbox cancels whole orders: list every line item or none."_s);
    }
    Cancellation &cancellation = aftersales.addCancellation(AftersaleSeed::sellerCancellation(order, reason, now));
    cancelOrder(shop, row, cancellation, now);
    cancellationChanged(shop, cancellation);
    return cancellation;
}

void SandboxAftersales::cancelOrder(SandboxShop &shop, int orderRow, const Cancellation &cancellation, qint64 now)
{
    Order &order = shop.orders[orderRow];
    order.status = OrderStatus::Cancelled;
    order.isBuyerRequestCancel = false;
    order.cancelReason = cancellation.reasonText;
    order.cancellationInitiator = cancellation.role;
    order.updateTime = now;
    // A cancelled order has no deadlines left (the seed leaves them out too).
    order.rtsSlaTime = order.ttsSlaTime = order.shippingDueTime = order.collectionDueTime = order.deliveryDueTime
        = order.cancelOrderSlaTime = 0;
    const QString cancelled = packageStatusToApi(PackageStatus::Cancelled);
    for (LineItem &item : order.lineItems) {
        item.displayStatus = OrderStatus::Cancelled;
        item.packageStatus = cancelled;
    }
    // Packages follow their order; unloaded ones are derived from the line items above later.
    if (shop.packages.isLoaded()) {
        for (const QString &packageId : order.packageIds) {
            if (SandboxPackage *entry = shop.packages.find(packageId)) {
                entry->package.status = PackageStatus::Cancelled;
                entry->package.updateTime = now;
            }
        }
        shop.packages.touch();
    }
    ++shop.ordersRevision;
    shop.pendingEvents.append({orderStatusChange,
        QJsonObject{{u"order_id"_s, order.id}, {u"order_status"_s, orderStatusToApi(order.status)},
            {u"is_on_hold_order"_s, order.isOnHoldOrder}, {u"update_time"_s, order.updateTime}}});
}

void SandboxAftersales::returnChanged(SandboxShop &shop, const ReturnRequest &request)
{
    shop.pendingEvents.append({returnStatusChange,
        QJsonObject{{u"order_id"_s, request.orderId}, {u"return_role"_s, u"SELLER"_s},
            {u"return_type"_s, returnTypeToApi(request.type)}, {u"return_status"_s, returnStatusToApi(request.status)},
            {u"return_id"_s, request.id}, {u"create_time"_s, request.createTime},
            {u"update_time"_s, request.updateTime}}});
}

void SandboxAftersales::cancellationChanged(SandboxShop &shop, const Cancellation &cancellation)
{
    shop.pendingEvents.append({cancellationStatusChange,
        QJsonObject{{u"order_id"_s, cancellation.orderId}, {u"cancellations_role"_s, u"SELLER"_s},
            {u"cancel_status"_s, cancelStatusToApi(cancellation.status)}, {u"cancel_id"_s, cancellation.id},
            {u"create_time"_s, cancellation.createTime}}});
}

} // namespace ShopDesk
