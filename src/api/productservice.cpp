#include "productservice.h"

#include <memory>

#include <QJsonArray>

#include "api/apiclient.h"
#include "api/productsearch.h"
#include "domain/productcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductService::ProductService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reply<QList<Product>> *ProductService::searchAll()
{
    return searchPages({});
}

Reply<QList<Product>> *ProductService::searchChangedSince(qint64 from)
{
    auto *reply = new Reply<QList<Product>>(this);
    Reply<QList<Product>> *changed = searchPages({{u"update_time_ge"_s, from}});
    reply->setCancelHandler([changed] { changed->cancel(); });
    connect(changed, &ApiReply::finished, reply, [this, reply, changed, from] {
        if (changed->hasError()) {
            reply->finishWithError(*changed->error());
            return;
        }
        Reply<QList<Product>> *deleted
            = searchPages({{u"update_time_ge"_s, from}, {u"status"_s, productStatusToApi(ProductStatus::Deleted)}});
        reply->setCancelHandler([deleted] { deleted->cancel(); });
        chainReply(deleted, reply, [found = changed->value()](const Reply<QList<Product>> &done) {
            return Result<QList<Product>>(found + done.value());
        });
    });
    return reply;
}

Reply<QList<Product>> *ProductService::searchPages(const QJsonObject &body)
{
    return ProductSearch::start(m_client, body, this);
}

Reply<Product> *ProductService::get(const QString &productId)
{
    auto *reply = new Reply<Product>(this);
    chainReply(m_client.send(ApiCall(EndpointId::ProductGet).pathArg(u"product_id", productId)), reply,
        [](const Reply<QJsonObject> &sent) { return ProductCodec::decodeDetail(sent.value()); });
    return reply;
}

Reply<BatchOutcome> *ProductService::updateInventory(const QString &productId, const QList<SkuStock> &skus)
{
    QJsonArray list;
    for (const SkuStock &sku : skus) {
        QJsonArray inventory;
        for (const WarehouseStock &stock : sku.inventory)
            inventory.append(QJsonObject{{u"warehouse_id"_s, stock.warehouseId}, {u"quantity"_s, stock.quantity}});
        list.append(QJsonObject{{u"id"_s, sku.skuId}, {u"inventory"_s, inventory}});
    }
    return sendBatch(
        ApiCall(EndpointId::ProductInventoryUpdate).pathArg(u"product_id", productId), list, u"warehouse_id"_s);
}

Reply<BatchOutcome> *ProductService::updatePrices(const QString &productId, const QList<SkuPrice> &skus)
{
    QJsonArray list;
    for (const SkuPrice &sku : skus) {
        list.append(QJsonObject{{u"id"_s, sku.skuId},
            {u"price"_s, QJsonObject{{u"amount"_s, sku.price.toDecimal()}, {u"currency"_s, sku.price.currency}}}});
    }
    return sendBatch(ApiCall(EndpointId::ProductPricesUpdate).pathArg(u"product_id", productId), list, {});
}

Reply<BatchOutcome> *ProductService::sendBatch(ApiCall call, const QJsonArray &skus, const QString &subIdField)
{
    auto *reply = new Reply<BatchOutcome>(this);
    call.jsonBody(QJsonObject{{u"skus"_s, skus}});
    chainReply(m_client.send(call), reply, [subIdField](const Reply<QJsonObject> &sent) {
        return BatchOutcomeCodec::decode(sent.value(), u"sku_id", subIdField);
    });
    return reply;
}

} // namespace ShopDesk
