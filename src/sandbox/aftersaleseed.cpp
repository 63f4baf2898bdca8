#include "aftersaleseed.h"

#include <array>
#include <span>

#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

struct ReasonText
{
    QStringView name;
    QStringView text;
};

constexpr std::array returnReasons{
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_damaged", u"Damaged or defective item"},
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_wrong_item", u"Received the wrong item"},
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_not_as_described", u"Item not as described"},
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_size", u"Does not fit"},
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_missing_parts", u"Missing parts or accessories"},
    ReasonText{u"ecom_order_delivered_refund_and_return_reason_no_longer_needed", u"No longer needed"},
};

constexpr std::array buyerCancelReasons{
    ReasonText{u"ecom_order_to_ship_cancel_reason_changed_mind", u"Changed my mind"},
    ReasonText{u"ecom_order_to_ship_cancel_reason_better_price", u"Found a better price elsewhere"},
    ReasonText{u"ecom_order_to_ship_cancel_reason_wrong_address", u"Need to change the shipping address"},
};

constexpr std::array returnRejections{
    ReasonText{u"seller_reject_return_item_used", u"The item was used or damaged by the buyer"},
    ReasonText{u"seller_reject_return_outside_window", u"The request is outside the return window"},
    ReasonText{u"seller_reject_return_no_proof", u"The buyer gave no proof of the problem"},
};

constexpr ReasonText receivedPackageRejection{
    u"seller_reject_received_package_not_original", u"The returned item is not the one that was sold"};

constexpr std::array cancellationRejections{
    ReasonText{u"seller_reject_cancel_already_packed", u"The order has already been packed for shipping"},
    ReasonText{u"seller_reject_cancel_agreed_with_buyer", u"The buyer agreed to keep the order"},
    ReasonText{u"seller_reject_cancel_made_to_order", u"The item is made to order"},
};

quint64 hashOf(const QString &text)
{
    // FNV-1a: stable across runs, unlike qHash.
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : text)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return hash;
}

/// A 20-digit id like production's, drawn from the id of what it derives from; an order has at most
/// one return and one cancellation, so ids stay unique within the shop.
QString derivedId(QStringView prefix, const QString &sourceId)
{
    constexpr quint64 space = 10'000'000'000'000'000ULL;
    return prefix.toString() + QString::number(hashOf(sourceId) % space).rightJustified(16, u'0');
}

/// What the buyer paid for one line item: its sale price less its share of the platform discount.
Money paidFor(const Order &order, const LineItem &line)
{
    qint64 sales = 0;
    for (const LineItem &item : order.lineItems)
        sales += item.salePrice.minor;
    const qint64 paid = sales > 0 ? line.salePrice.minor * order.payment.subTotal.minor / sales : 0;
    return Money{paid, order.payment.currency};
}

QList<AftersaleLineItem> lineItemsOf(const Order &order, QStringView prefix, bool wholeOrder)
{
    QList<AftersaleLineItem> items;
    if (order.lineItems.isEmpty())
        return items;
    for (const LineItem &line : order.lineItems) {
        // A return covers the units of one SKU; a cancellation the whole order.
        if (!wholeOrder && line.skuId != order.lineItems.first().skuId)
            continue;
        items.append({derivedId(prefix, line.id), line.id, line.skuId, line.skuName, line.productName, line.sellerSku,
            paidFor(order, line)});
    }
    return items;
}

RefundAmount refundOf(const Order &order, const QList<AftersaleLineItem> &items, bool wholeOrder)
{
    const QString &currency = order.payment.currency;
    if (wholeOrder)
        return {order.payment.totalAmount, order.payment.subTotal, order.payment.shippingFee, order.payment.tax};
    qint64 subtotal = 0;
    for (const AftersaleLineItem &item : items)
        subtotal += item.refund.minor;
    // The tax goes back in proportion; shipping stays with the seller unless the whole order goes.
    const qint64 orderSubTotal = order.payment.subTotal.minor;
    const qint64 tax = orderSubTotal > 0 ? order.payment.tax.minor * subtotal / orderSubTotal : 0;
    return {Money{subtotal + tax, currency}, Money{subtotal, currency}, Money{0, currency}, Money{tax, currency}};
}

ReturnStatus deliveredStatus(ReturnType type, quint64 roll)
{
    const bool parcel = type != ReturnType::Refund;
    switch (roll % 10) {
    case 5:
        return parcel ? ReturnStatus::AwaitingBuyerShip : ReturnStatus::RequestPending;
    case 6:
        return parcel ? ReturnStatus::BuyerShippedItem : ReturnStatus::RequestSuccess;
    case 7:
        return ReturnStatus::RequestCancelled;
    case 8:
        return ReturnStatus::RequestRejected;
    case 9:
        return ReturnStatus::RequestSuccess;
    default:
        return ReturnStatus::RequestPending;
    }
}

ReturnRequest makeReturn(const Order &order, quint64 hash, bool first, qint64 latest)
{
    ReturnRequest request;
    request.id = derivedId(u"4035", order.id);
    request.orderId = order.id;
    request.role = u"BUYER"_s;
    const quint64 typeRoll = (hash / 100) % 10;
    request.type = first ? ReturnType::ReturnAndRefund
        : typeRoll < 4   ? ReturnType::Refund
        : typeRoll < 9   ? ReturnType::ReturnAndRefund
                         : ReturnType::Replacement;
    const bool delivered = order.status == OrderStatus::Delivered;
    const quint64 statusRoll = (hash / 1000) % 10;
    if (first)
        request.status = delivered ? ReturnStatus::RequestPending : ReturnStatus::RequestComplete;
    else if (delivered)
        request.status = deliveredStatus(request.type, statusRoll);
    else
        request.status = statusRoll < 6 ? ReturnStatus::RequestComplete
            : statusRoll < 8            ? ReturnStatus::RequestRejected
                                        : ReturnStatus::RequestCancelled;
    const ReasonText &reason = returnReasons.at((hash / 10000) % returnReasons.size());
    request.reason = reason.name.toString();
    request.reasonText = reason.text.toString();
    request.lineItems = lineItemsOf(order, u"4037", false);
    request.refund = refundOf(order, request.lineItems, false);
    if (request.type == ReturnType::Replacement)
        request.refund = {};

    // Delivered orders' requests came after delivery; completed orders' within their return window.
    const qint64 span = qMax<qint64>(order.updateTime - order.paidTime, 0);
    request.createTime
        = delivered ? qMin(latest, order.updateTime + qint64(hash % (36 * hour))) : order.paidTime + span / 2;
    const bool open = request.status == ReturnStatus::RequestPending;
    request.updateTime = open ? request.createTime
        : delivered           ? qMin(latest, request.createTime + qint64((hash / 7) % day))
                              : order.paidTime + span * 3 / 4;
    if (request.status == ReturnStatus::BuyerShippedItem || request.status == ReturnStatus::RequestComplete) {
        if (request.type != ReturnType::Refund)
            request.trackingNumber = u"RT"_s + QString::number(hash % 10'000'000'000ULL).rightJustified(10, u'0');
    }
    if (open)
        request.nextActions = {{u"RESPOND_RETURN_REQUEST"_s, request.createTime + AftersaleSeed::responseWindow}};
    else if (request.status == ReturnStatus::BuyerShippedItem)
        request.nextActions = {{u"CONFIRM_RECEIVED_PACKAGE"_s, request.updateTime + AftersaleSeed::responseWindow}};
    return request;
}

QString reasonName(const QString &text)
{
    QString name = u"order_cancel_reason_"_s;
    for (QChar c : text.toLower())
        name += c.isLetterOrNumber() ? c : u'_';
    return name;
}

Cancellation makeCancellation(const Order &order, quint64 hash)
{
    Cancellation cancellation;
    cancellation.id = derivedId(u"4036", order.id);
    cancellation.orderId = order.id;
    cancellation.lineItems = lineItemsOf(order, u"4038", true);
    cancellation.refund = refundOf(order, cancellation.lineItems, true);
    if (order.isBuyerRequestCancel) {
        const ReasonText &reason = buyerCancelReasons.at(hash % buyerCancelReasons.size());
        cancellation.type = CancelType::BuyerCancel;
        cancellation.status = CancelStatus::RequestPending;
        cancellation.role = u"BUYER"_s;
        cancellation.reason = reason.name.toString();
        cancellation.reasonText = reason.text.toString();
        cancellation.createTime = cancellation.updateTime = order.updateTime;
        const qint64 deadline = order.cancelOrderSlaTime > 0 ? order.cancelOrderSlaTime
                                                             : order.updateTime + AftersaleSeed::responseWindow;
        cancellation.nextActions = {{u"RESPOND_CANCELLATION_REQUEST"_s, deadline}};
        return cancellation;
    }
    cancellation.role = order.cancellationInitiator;
    cancellation.type = order.cancellationInitiator == u"BUYER" ? CancelType::BuyerCancel : CancelType::Cancel;
    cancellation.status = CancelStatus::RequestComplete;
    cancellation.reason = reasonName(order.cancelReason);
    cancellation.reasonText = order.cancelReason;
    cancellation.createTime = qMax(order.paidTime, order.updateTime - qint64(hash % hour));
    cancellation.updateTime = order.updateTime;
    return cancellation;
}

QList<RejectReason> reasonList(std::span<const ReasonText> table)
{
    QList<RejectReason> reasons;
    for (const ReasonText &reason : table)
        reasons.append({reason.name.toString(), reason.text.toString()});
    return reasons;
}

} // namespace

AftersaleSeed::Seeded AftersaleSeed::derive(const SandboxShop &shop)
{
    qint64 latest = 0;
    for (const Order &order : shop.orders)
        latest = qMax(latest, order.updateTime);
    Seeded seeded;
    bool firstDelivered = true;
    bool firstCompleted = true;
    for (const Order &order : shop.orders) {
        const quint64 hash = hashOf(order.id);
        if (order.status == OrderStatus::Delivered && (firstDelivered || int(hash % 100) < deliveredReturnPercent)) {
            seeded.returns.append(makeReturn(order, hash, firstDelivered, latest));
            firstDelivered = false;
        } else if (order.status == OrderStatus::Completed
            && (firstCompleted || int(hash % 100) < completedReturnPercent)) {
            seeded.returns.append(makeReturn(order, hash, firstCompleted, latest));
            firstCompleted = false;
        } else if (order.isBuyerRequestCancel || (order.status == OrderStatus::Cancelled && order.paidTime != 0)) {
            seeded.cancellations.append(makeCancellation(order, hash));
        }
    }
    return seeded;
}

QList<RejectReason> AftersaleSeed::returnRejectReasons(ReturnStatus status)
{
    if (status == ReturnStatus::BuyerShippedItem)
        return {{receivedPackageRejection.name.toString(), receivedPackageRejection.text.toString()}};
    return reasonList(returnRejections);
}

QList<RejectReason> AftersaleSeed::cancellationRejectReasons()
{
    return reasonList(cancellationRejections);
}

Cancellation AftersaleSeed::sellerCancellation(const Order &order, const QString &reason, qint64 now)
{
    Cancellation cancellation;
    // An order is cancelled once, so its id makes the cancellation's.
    cancellation.id = derivedId(u"4039", order.id);
    cancellation.orderId = order.id;
    cancellation.type = CancelType::Cancel;
    cancellation.status = CancelStatus::RequestComplete;
    cancellation.role = u"SELLER"_s;
    cancellation.reason = reason;
    cancellation.reasonText = reason;
    cancellation.lineItems = lineItemsOf(order, u"4038", true);
    cancellation.refund = refundOf(order, cancellation.lineItems, true);
    cancellation.createTime = cancellation.updateTime = now;
    return cancellation;
}

} // namespace ShopDesk
