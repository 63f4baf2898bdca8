#include "orderjsonwriter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>

#include "domain/compactjsonwriter.h"

namespace ShopDesk {

namespace {

/// Money::toDecimal's spelling without the temporary strings.
void writeMoney(CompactJsonWriter &json, const Money &money)
{
    const int digits = Money::minorDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = money.minor < 0 ? -money.minor : money.minor;
    char text[48];
    char *cursor = text;
    *cursor++ = '"';
    if (money.minor < 0)
        *cursor++ = '-';
    cursor = std::to_chars(cursor, std::end(text), magnitude / scale).ptr;
    if (digits > 0) {
        *cursor++ = '.';
        char fraction[24];
        const char *fractionEnd = std::to_chars(std::begin(fraction), std::end(fraction), magnitude % scale).ptr;
        for (qsizetype zeros = digits - (fractionEnd - fraction); zeros > 0; --zeros)
            *cursor++ = '0';
        cursor = std::copy(static_cast<const char *>(fraction), fractionEnd, cursor);
    }
    *cursor++ = '"';
    json.raw(QByteArrayView(text, cursor - text));
}

/// The status spellings, made once rather than a string for every order and line item; room for
/// statuses added later, which orderStatusToApi spells.
const QString &statusName(OrderStatus status)
{
    constexpr int room = 32;
    static const std::array<QString, room> names = [] {
        std::array<QString, room> spelled;
        for (int value = 0; value < room; ++value)
            spelled[value] = orderStatusToApi(OrderStatus(value));
        return spelled;
    }();
    const int index = int(status);
    return names[index >= 0 && index < room ? index : int(OrderStatus::Unknown)];
}

template <std::size_t Size>
void writeIfSet(CompactJsonWriter &json, const char (&key)[Size], const QString &value)
{
    if (!value.isEmpty())
        json.field(key, value);
}

template <std::size_t Size>
void writeIfSet(CompactJsonWriter &json, const char (&key)[Size], qint64 value)
{
    if (value == 0)
        return;
    json.key(key);
    json.integer(value);
}

// Keys in each object below are in QJsonObject's (sorted) order.

void writePayment(CompactJsonWriter &json, const OrderPayment &payment)
{
    json.beginObject();
    json.field("currency", payment.currency);
    json.key("platform_discount");
    writeMoney(json, payment.platformDiscount);
    json.key("seller_discount");
    writeMoney(json, payment.sellerDiscount);
    json.key("shipping_fee");
    writeMoney(json, payment.shippingFee);
    json.key("sub_total");
    writeMoney(json, payment.subTotal);
    json.key("tax");
    writeMoney(json, payment.tax);
    json.key("total_amount");
    writeMoney(json, payment.totalAmount);
    json.endObject();
}

void writeAddress(CompactJsonWriter &json, const RecipientAddress &address)
{
    json.beginObject();
    json.field("full_address", address.fullAddress);
    json.field("name", address.name);
    json.field("phone_number", address.phoneNumber);
    json.field("postal_code", address.postalCode);
    json.field("region_code", address.regionCode);
    json.endObject();
}

void writeLineItem(CompactJsonWriter &json, const LineItem &item)
{
    json.beginObject();
    json.field("currency", item.salePrice.currency);
    json.field("display_status", statusName(item.displayStatus));
    json.field("id", item.id);
    json.key("original_price");
    writeMoney(json, item.originalPrice);
    writeIfSet(json, "package_id", item.packageId);
    json.field("package_status", item.packageStatus);
    json.field("product_id", item.productId);
    json.field("product_name", item.productName);
    json.key("sale_price");
    writeMoney(json, item.salePrice);
    json.field("seller_sku", item.sellerSku);
    writeIfSet(json, "shipping_provider_name", item.shippingProviderName);
    json.field("sku_id", item.skuId);
    json.field("sku_name", item.skuName);
    writeIfSet(json, "tracking_number", item.trackingNumber);
    json.endObject();
}

} // namespace

QByteArray OrderJsonWriter::write(const Order &order)
{
    CompactJsonWriter json(1536);
    write(json, order);
    return json.take();
}

void OrderJsonWriter::write(CompactJsonWriter &json, const Order &order)
{
    json.beginObject();
    json.field("buyer_email", order.buyerEmail);
    writeIfSet(json, "buyer_message", order.buyerMessage);
    writeIfSet(json, "cancel_order_sla_time", order.cancelOrderSlaTime);
    writeIfSet(json, "cancel_reason", order.cancelReason);
    writeIfSet(json, "cancellation_initiator", order.cancellationInitiator);
    writeIfSet(json, "collection_due_time", order.collectionDueTime);
    json.key("create_time");
    json.integer(order.createTime);
    writeIfSet(json, "delivery_due_time", order.deliveryDueTime);
    writeIfSet(json, "delivery_option_name", order.deliveryOptionName);
    json.field("fulfillment_type", order.fulfillmentType);
    json.field("id", order.id);
    json.key("is_buyer_request_cancel");
    json.boolean(order.isBuyerRequestCancel);
    json.key("is_cod");
    json.boolean(order.isCod);
    json.key("is_on_hold_order");
    json.boolean(order.isOnHoldOrder);
    json.key("line_items");
    json.beginArray();
    for (const LineItem &item : order.lineItems)
        writeLineItem(json, item);
    json.endArray();
    json.field("order_type", order.orderType);
    json.key("packages");
    json.beginArray();
    for (const QString &id : order.packageIds) {
        json.beginObject();
        json.field("id", id);
        json.endObject();
    }
    json.endArray();
    writeIfSet(json, "paid_time", order.paidTime);
    json.key("payment");
    writePayment(json, order.payment);
    if (order.recipientAddress) {
        json.key("recipient_address");
        writeAddress(json, *order.recipientAddress);
    }
    writeIfSet(json, "rts_sla_time", order.rtsSlaTime);
    writeIfSet(json, "shipping_due_time", order.shippingDueTime);
    writeIfSet(json, "shipping_provider", order.shippingProvider);
    writeIfSet(json, "shipping_provider_id", order.shippingProviderId);
    json.field("shipping_type", order.shippingType);
    json.field("status", statusName(order.status));
    writeIfSet(json, "tracking_number", order.trackingNumber);
    writeIfSet(json, "tts_sla_time", order.ttsSlaTime);
    json.key("update_time");
    json.integer(order.updateTime);
    json.field("user_id", order.userId);
    writeIfSet(json, "warehouse_id", order.warehouseId);
    json.endObject();
}

} // namespace ShopDesk
