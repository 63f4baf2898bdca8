#include "affiliateordercodec.h"

#include <QJsonArray>

#include "domain/affiliatejson.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Commission figures absent from an order count as zero in the order's price currency.
Money readCommissionMoney(JsonReader &reader, const QJsonObject &raw, QStringView key, const QString &currency)
{
    return AffiliateJson::readOptionalMoney(reader, raw, key).value_or(Money{0, currency});
}

AffiliateOrderSku readSku(JsonReader &reader, const QJsonObject &raw)
{
    AffiliateOrderSku sku;
    sku.productId = reader.id(u"product_id");
    sku.creatorUsername = reader.string(u"creator_username");
    sku.contentType = contentTypeFromApi(reader.optionalString(u"content_type"));
    sku.contentId = reader.optionalString(u"content_id");
    sku.price = AffiliateJson::readMoney(reader, u"price");
    sku.quantity = reader.integer(u"quantity");
    if (sku.quantity < 1 && !reader.failed())
        reader.fail(u"quantity", u"expected a quantity of at least 1, found %1"_s.arg(sku.quantity));
    sku.commissionRate = AffiliateJson::readRate(reader, raw, u"commission_rate");
    const QString currency = sku.price.currency;
    sku.estimatedCommissionBase = readCommissionMoney(reader, raw, u"estimated_commission_base", currency);
    sku.estimatedCommission = readCommissionMoney(reader, raw, u"estimated_paid_commission", currency);
    sku.actualCommissionBase = readCommissionMoney(reader, raw, u"actual_commission_base", currency);
    sku.actualCommission = readCommissionMoney(reader, raw, u"actual_paid_commission", currency);
    sku.openCollaborationId = reader.optionalString(u"open_collaboration_id");
    sku.targetCollaborationId = reader.optionalString(u"target_collaboration_id");
    sku.campaignId = reader.optionalString(u"campaign_id");
    sku.refundedQuantity = reader.optionalInteger(u"refunded_quantity").value_or(0);
    sku.returnedQuantity = reader.optionalInteger(u"returned_quantity").value_or(0);
    return sku;
}

AffiliateOrder readOrder(JsonReader &reader, const QJsonObject &raw)
{
    AffiliateOrder order;
    order.id = reader.id(u"id");
    const QString status = reader.string(u"status");
    order.status = affiliateOrderStatusFromApi(status);
    if (order.status == AffiliateOrderStatus::Unknown && !reader.failed())
        reader.fail(u"status", u"unknown affiliate order status \"%1\""_s.arg(status));
    order.createTime = AffiliateJson::readTime(reader, raw, u"create_time", true);
    order.deliveryTime = AffiliateJson::readTime(reader, raw, u"delivery_time", false);
    const QJsonArray skus = reader.array(u"skus");
    for (qsizetype i = 0; i < skus.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"skus", skus, i);
        order.skus.append(readSku(item, skus.at(i).toObject()));
    }
    return order;
}

QJsonObject skuJson(const AffiliateOrderSku &sku)
{
    QJsonObject object{
        {u"product_id"_s, sku.productId},
        {u"creator_username"_s, sku.creatorUsername},
        {u"content_type"_s, contentTypeToApi(sku.contentType)},
        {u"content_id"_s, sku.contentId},
        {u"price"_s, AffiliateJson::moneyJson(sku.price)},
        {u"quantity"_s, sku.quantity},
        {u"commission_rate"_s, QString::number(sku.commissionRate)},
        {u"estimated_commission_base"_s, AffiliateJson::moneyJson(sku.estimatedCommissionBase)},
        {u"estimated_paid_commission"_s, AffiliateJson::moneyJson(sku.estimatedCommission)},
        {u"actual_commission_base"_s, AffiliateJson::moneyJson(sku.actualCommissionBase)},
        {u"actual_paid_commission"_s, AffiliateJson::moneyJson(sku.actualCommission)},
        {u"refunded_quantity"_s, sku.refundedQuantity},
        {u"returned_quantity"_s, sku.returnedQuantity},
    };
    if (!sku.openCollaborationId.isEmpty())
        object.insert(u"open_collaboration_id"_s, sku.openCollaborationId);
    if (!sku.targetCollaborationId.isEmpty())
        object.insert(u"target_collaboration_id"_s, sku.targetCollaborationId);
    if (!sku.campaignId.isEmpty())
        object.insert(u"campaign_id"_s, sku.campaignId);
    return object;
}

} // namespace

Result<AffiliateOrderPage> AffiliateOrderCodec::decodeSearchPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    AffiliateOrderPage page;
    const QJsonArray orders = reader.optionalArray(u"orders");
    for (qsizetype i = 0; i < orders.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"orders", orders, i);
        page.orders.append(readOrder(item, orders.at(i).toObject()));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.orders.size());
    if (reader.failed())
        return reader.error();
    return page;
}

Result<AffiliateOrder> AffiliateOrderCodec::decodeOrder(const QJsonObject &object, const QString &path)
{
    return decodeWhole(object, path, readOrder);
}

QJsonObject AffiliateOrderCodec::encodeOrder(const AffiliateOrder &order)
{
    QJsonArray skus;
    for (const AffiliateOrderSku &sku : order.skus)
        skus.append(skuJson(sku));
    QJsonObject object{
        {u"id"_s, order.id},
        {u"status"_s, affiliateOrderStatusToApi(order.status)},
        {u"create_time"_s, order.createTime},
        {u"skus"_s, skus},
    };
    if (order.deliveryTime != 0)
        object.insert(u"delivery_time"_s, order.deliveryTime);
    return object;
}

} // namespace ShopDesk
