#pragma once

#include <QList>
#include <QString>

#include "core/money.h"

namespace ShopDesk {

/// What a return or cancellation gives back, all in one currency (reference section 5.4,
/// `refund_amount{currency, refund_total, refund_subtotal, refund_shipping_fee, refund_tax}`).
struct RefundAmount
{
    Money total;
    Money subtotal;
    Money shippingFee;
    Money tax;

    bool operator==(const RefundAmount &other) const = default;
};

/// One order line item that a return or cancellation covers.
struct AftersaleLineItem
{
    QString id;
    QString orderLineItemId;
    QString skuId;
    QString skuName;
    QString productName;
    QString sellerSku;
    Money refund;

    bool operator==(const AftersaleLineItem &other) const = default;
};

/// What the seller is asked to do next and by when (`seller_next_action_response`).
struct SellerAction
{
    QString action;
    /// Epoch seconds; 0 when the server sets none.
    qint64 deadline = 0;

    bool operator==(const SellerAction &other) const = default;
};

/// A reason the seller may give when rejecting a return or a cancellation (`GET reject_reasons`):
/// `name` is what the reject call sends, `text` what the seller reads.
struct RejectReason
{
    QString name;
    QString text;

    bool operator==(const RejectReason &other) const = default;
};

/// The earliest deadline among `actions`, 0 when none has one.
qint64 earliestDeadline(const QList<SellerAction> &actions);

} // namespace ShopDesk
