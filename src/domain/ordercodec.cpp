#include "ordercodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

OrderPayment readPayment(JsonReader &reader)
{
    OrderPayment payment;
    payment.currency = reader.string(u"currency");
    payment.subTotal = reader.optionalMoney(u"sub_total", payment.currency);
    payment.shippingFee = reader.optionalMoney(u"shipping_fee", payment.currency);
    payment.sellerDiscount = reader.optionalMoney(u"seller_discount", payment.currency);
    payment.platformDiscount = reader.optionalMoney(u"platform_discount", payment.currency);
    payment.tax = reader.optionalMoney(u"tax", payment.currency);
    payment.totalAmount = reader.money(u"total_amount", payment.currency);
    return payment;
}

RecipientAddress readAddress(JsonReader &reader)
{
    RecipientAddress address;
    address.name = reader.optionalString(u"name");
    address.phoneNumber = reader.optionalString(u"phone_number");
    address.fullAddress = reader.optionalString(u"full_address");
    address.postalCode = reader.optionalString(u"postal_code");
    address.regionCode = reader.optionalString(u"region_code");
    return address;
}

LineItem readLineItem(JsonReader &reader, const QString &orderCurrency)
{
    LineItem item;
    item.id = reader.id(u"id");
    item.skuId = reader.id(u"sku_id");
    item.productId = reader.id(u"product_id");
    item.productName = reader.optionalString(u"product_name");
    item.skuName = reader.optionalString(u"sku_name");
    item.sellerSku = reader.optionalString(u"seller_sku");
    const QString currency = reader.optionalString(u"currency");
    const QString itemCurrency = currency.isEmpty() ? orderCurrency : currency;
    item.originalPrice = reader.optionalMoney(u"original_price", itemCurrency);
    item.salePrice = reader.money(u"sale_price", itemCurrency);
    item.displayStatus = orderStatusFromApi(reader.optionalString(u"display_status"));
    item.packageId = reader.optionalString(u"package_id");
    item.packageStatus = reader.optionalString(u"package_status");
    item.trackingNumber = reader.optionalString(u"tracking_number");
    item.shippingProviderName = reader.optionalString(u"shipping_provider_name");
    return item;
}

void readDetails(JsonReader &reader, Order &order)
{
    order.trackingNumber = reader.optionalString(u"tracking_number");
    order.shippingProvider = reader.optionalString(u"shipping_provider");
    order.shippingProviderId = reader.optionalString(u"shipping_provider_id");
    order.shippingType = reader.optionalString(u"shipping_type");
    order.fulfillmentType = reader.optionalString(u"fulfillment_type");
    order.deliveryOptionName = reader.optionalString(u"delivery_option_name");
    order.buyerMessage = reader.optionalString(u"buyer_message");
    order.userId = reader.optionalString(u"user_id");
    order.buyerEmail = reader.optionalString(u"buyer_email");
    order.isCod = reader.boolean(u"is_cod", false);
    order.isOnHoldOrder = reader.boolean(u"is_on_hold_order", false);
    order.isBuyerRequestCancel = reader.boolean(u"is_buyer_request_cancel", false);
    order.cancelReason = reader.optionalString(u"cancel_reason");
    order.cancellationInitiator = reader.optionalString(u"cancellation_initiator");
    order.warehouseId = reader.optionalString(u"warehouse_id");
    order.orderType = reader.optionalString(u"order_type");
    order.rtsSlaTime = reader.optionalInteger(u"rts_sla_time").value_or(0);
    order.ttsSlaTime = reader.optionalInteger(u"tts_sla_time").value_or(0);
    order.shippingDueTime = reader.optionalInteger(u"shipping_due_time").value_or(0);
    order.collectionDueTime = reader.optionalInteger(u"collection_due_time").value_or(0);
    order.deliveryDueTime = reader.optionalInteger(u"delivery_due_time").value_or(0);
    order.cancelOrderSlaTime = reader.optionalInteger(u"cancel_order_sla_time").value_or(0);
}

Result<QList<Order>> readOrders(JsonReader &reader)
{
    QList<Order> orders;
    const QJsonArray list = reader.optionalArray(u"orders");
    orders.reserve(list.size());
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader order = reader.element(u"orders", list, i);
        orders.append(OrderCodec::decodeOrder(order));
    }
    if (reader.failed())
        return reader.error();
    return orders;
}

QJsonObject encodePayment(const OrderPayment &payment)
{
    return QJsonObject{
        {u"currency"_s, payment.currency},
        {u"sub_total"_s, payment.subTotal.toDecimal()},
        {u"shipping_fee"_s, payment.shippingFee.toDecimal()},
        {u"seller_discount"_s, payment.sellerDiscount.toDecimal()},
        {u"platform_discount"_s, payment.platformDiscount.toDecimal()},
        {u"tax"_s, payment.tax.toDecimal()},
        {u"total_amount"_s, payment.totalAmount.toDecimal()},
    };
}

QJsonObject encodeAddress(const RecipientAddress &address)
{
    return QJsonObject{
        {u"name"_s, address.name},
        {u"phone_number"_s, address.phoneNumber},
        {u"full_address"_s, address.fullAddress},
        {u"postal_code"_s, address.postalCode},
        {u"region_code"_s, address.regionCode},
    };
}

QJsonObject encodeLineItem(const LineItem &item)
{
    QJsonObject object{
        {u"id"_s, item.id},
        {u"sku_id"_s, item.skuId},
        {u"product_id"_s, item.productId},
        {u"product_name"_s, item.productName},
        {u"sku_name"_s, item.skuName},
        {u"seller_sku"_s, item.sellerSku},
        {u"currency"_s, item.salePrice.currency},
        {u"original_price"_s, item.originalPrice.toDecimal()},
        {u"sale_price"_s, item.salePrice.toDecimal()},
        {u"display_status"_s, orderStatusToApi(item.displayStatus)},
        {u"package_status"_s, item.packageStatus},
    };
    // Like production, fields that do not apply yet are left out rather than sent empty.
    if (!item.packageId.isEmpty())
        object.insert(u"package_id"_s, item.packageId);
    if (!item.trackingNumber.isEmpty())
        object.insert(u"tracking_number"_s, item.trackingNumber);
    if (!item.shippingProviderName.isEmpty())
        object.insert(u"shipping_provider_name"_s, item.shippingProviderName);
    return object;
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, const QString &key, qint64 value)
{
    if (value != 0)
        object.insert(key, value);
}

void encodeDetails(const Order &order, QJsonObject &object)
{
    insertIfSet(object, u"paid_time"_s, order.paidTime);
    insertIfSet(object, u"tracking_number"_s, order.trackingNumber);
    insertIfSet(object, u"shipping_provider"_s, order.shippingProvider);
    insertIfSet(object, u"shipping_provider_id"_s, order.shippingProviderId);
    insertIfSet(object, u"delivery_option_name"_s, order.deliveryOptionName);
    insertIfSet(object, u"buyer_message"_s, order.buyerMessage);
    insertIfSet(object, u"cancel_reason"_s, order.cancelReason);
    insertIfSet(object, u"cancellation_initiator"_s, order.cancellationInitiator);
    insertIfSet(object, u"warehouse_id"_s, order.warehouseId);
    insertIfSet(object, u"rts_sla_time"_s, order.rtsSlaTime);
    insertIfSet(object, u"tts_sla_time"_s, order.ttsSlaTime);
    insertIfSet(object, u"shipping_due_time"_s, order.shippingDueTime);
    insertIfSet(object, u"collection_due_time"_s, order.collectionDueTime);
    insertIfSet(object, u"delivery_due_time"_s, order.deliveryDueTime);
    insertIfSet(object, u"cancel_order_sla_time"_s, order.cancelOrderSlaTime);
}

} // namespace

Order OrderCodec::decodeOrder(JsonReader &reader)
{
    Order order;
    order.id = reader.id(u"id");
    order.status = orderStatusFromApi(reader.string(u"status"));
    order.createTime = reader.integer(u"create_time");
    order.updateTime = reader.optionalInteger(u"update_time").value_or(order.createTime);
    order.paidTime = reader.optionalInteger(u"paid_time").value_or(0);
    JsonReader payment = reader.object(u"payment");
    order.payment = readPayment(payment);
    // Absent while UNPAID or ON_HOLD; a null or empty object means the same.
    JsonReader address = reader.optionalObject(u"recipient_address");
    if (RecipientAddress read = readAddress(address); read != RecipientAddress{})
        order.recipientAddress = std::move(read);
    const QJsonArray items = reader.array(u"line_items");
    order.lineItems.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"line_items", items, i);
        order.lineItems.append(readLineItem(item, order.payment.currency));
    }
    const QJsonArray packages = reader.optionalArray(u"packages");
    for (qsizetype i = 0; i < packages.size() && !reader.failed(); ++i)
        order.packageIds.append(reader.element(u"packages", packages, i).id(u"id"));
    readDetails(reader, order);
    return order;
}

Result<OrderPage> OrderCodec::decodeSearchPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    Result<QList<Order>> orders = readOrders(reader);
    if (!orders)
        return orders.error();
    OrderPage page;
    page.orders = std::move(orders).value();
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.orders.size());
    if (reader.failed())
        return reader.error();
    return page;
}

Result<QList<Order>> OrderCodec::decodeOrders(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    return readOrders(reader);
}

QJsonObject OrderCodec::encodeOrder(const Order &order)
{
    QJsonArray items;
    for (const LineItem &item : order.lineItems)
        items.append(encodeLineItem(item));
    QJsonArray packages;
    for (const QString &id : order.packageIds)
        packages.append(QJsonObject{{u"id"_s, id}});
    QJsonObject object{
        {u"id"_s, order.id},
        {u"status"_s, orderStatusToApi(order.status)},
        {u"create_time"_s, order.createTime},
        {u"update_time"_s, order.updateTime},
        {u"payment"_s, encodePayment(order.payment)},
        {u"line_items"_s, items},
        {u"packages"_s, packages},
        {u"shipping_type"_s, order.shippingType},
        {u"fulfillment_type"_s, order.fulfillmentType},
        {u"user_id"_s, order.userId},
        {u"buyer_email"_s, order.buyerEmail},
        {u"is_cod"_s, order.isCod},
        {u"is_on_hold_order"_s, order.isOnHoldOrder},
        {u"is_buyer_request_cancel"_s, order.isBuyerRequestCancel},
        {u"order_type"_s, order.orderType},
    };
    if (order.recipientAddress)
        object.insert(u"recipient_address"_s, encodeAddress(*order.recipientAddress));
    encodeDetails(order, object);
    return object;
}

} // namespace ShopDesk
