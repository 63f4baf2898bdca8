#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/money.h"

namespace ShopDesk {

/// Order status of the 202309+ API (reference section 7).
enum class OrderStatus {
    Unknown,
    Unpaid,
    OnHold,
    AwaitingShipment,
    PartiallyShipping,
    AwaitingCollection,
    InTransit,
    Delivered,
    Completed,
    Cancelled,
};

/// Also accepts the order-status webhook's spelling `CANCEL`.
OrderStatus orderStatusFromApi(QStringView text);
QString orderStatusToApi(OrderStatus status);

/// The order's money, all in `currency` (reference section 5.2): `subTotal` is the products after
/// discounts, `totalAmount` adds shipping and tax.
struct OrderPayment
{
    QString currency;
    Money subTotal;
    Money shippingFee;
    Money sellerDiscount;
    Money platformDiscount;
    Money tax;
    Money totalAmount;

    bool operator==(const OrderPayment &other) const = default;
};

/// The buyer's address as the API gives it: name and phone number are masked.
struct RecipientAddress
{
    QString name;
    QString phoneNumber;
    QString fullAddress;
    QString postalCode;
    QString regionCode;

    bool operator==(const RecipientAddress &other) const = default;
};

/// One unit of one SKU: the API has no quantity, a SKU bought twice is two line items.
struct LineItem
{
    QString id;
    QString skuId;
    QString productId;
    QString productName;
    QString skuName;
    QString sellerSku;
    Money originalPrice;
    Money salePrice;
    /// Never OnHold or PartiallyShipping (reference section 7).
    OrderStatus displayStatus = OrderStatus::Unknown;
    QString packageId;
    /// TO_FULFILL, PROCESSING, FULFILLING, COMPLETED or CANCELLED.
    QString packageStatus;
    QString trackingNumber;
    QString shippingProviderName;

    bool operator==(const LineItem &other) const = default;
};

struct Order
{
    QString id;
    OrderStatus status = OrderStatus::Unknown;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    /// 0 while unpaid.
    qint64 paidTime = 0;
    OrderPayment payment;
    /// Absent while the order is UNPAID or ON_HOLD.
    std::optional<RecipientAddress> recipientAddress;
    QList<LineItem> lineItems;
    QStringList packageIds;
    QString trackingNumber;
    QString shippingProvider;
    QString shippingProviderId;
    /// TIKTOK or SELLER.
    QString shippingType;
    QString fulfillmentType;
    QString deliveryOptionName;
    QString buyerMessage;
    QString userId;
    QString buyerEmail;
    bool isCod = false;
    bool isOnHoldOrder = false;
    bool isBuyerRequestCancel = false;
    QString cancelReason;
    QString cancellationInitiator;
    QString warehouseId;
    QString orderType;
    // Deadlines in epoch seconds, 0 when the API leaves them out.
    qint64 rtsSlaTime = 0;
    qint64 ttsSlaTime = 0;
    qint64 shippingDueTime = 0;
    qint64 collectionDueTime = 0;
    qint64 deliveryDueTime = 0;
    qint64 cancelOrderSlaTime = 0;

    /// Units of `skuId` in the order: the number of its line items.
    qsizetype quantityOf(QStringView skuId) const;
    /// Distinct SKU ids in first-seen order.
    QStringList skuIds() const;
    bool operator==(const Order &other) const = default;
};

} // namespace ShopDesk
