#include "productcodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

Money readPrice(JsonReader &price)
{
    const QString currency = price.string(u"currency");
    const QString amount = price.string(u"sale_price");
    if (price.failed())
        return {};
    Result<Money> money = Money::fromDecimal(amount, currency);
    if (!money) {
        price.fail(u"sale_price", money.error().message);
        return {};
    }
    return std::move(money).value();
}

Sku readSku(JsonReader &reader)
{
    Sku sku;
    sku.id = reader.id(u"id");
    sku.sellerSku = reader.optionalString(u"seller_sku");
    JsonReader price = reader.object(u"price");
    sku.price = readPrice(price);
    const QJsonArray inventory = reader.optionalArray(u"inventory");
    for (qsizetype i = 0; i < inventory.size() && !reader.failed(); ++i) {
        JsonReader stock = reader.element(u"inventory", inventory, i);
        WarehouseStock entry;
        entry.warehouseId = stock.id(u"warehouse_id");
        entry.quantity = stock.integer(u"quantity");
        sku.inventory.append(entry);
    }
    return sku;
}

} // namespace

Product ProductCodec::decodeSearchProduct(JsonReader &reader)
{
    Product product;
    product.id = reader.id(u"id");
    product.title = reader.string(u"title");
    product.status = productStatusFromApi(reader.string(u"status"));
    product.auditStatus = reader.optionalObject(u"audit").optionalString(u"status");
    product.createTime = reader.optionalInteger(u"create_time").value_or(0);
    product.updateTime = reader.optionalInteger(u"update_time").value_or(0);
    const QJsonArray skus = reader.array(u"skus");
    for (qsizetype i = 0; i < skus.size() && !reader.failed(); ++i) {
        JsonReader sku = reader.element(u"skus", skus, i);
        product.skus.append(readSku(sku));
    }
    return product;
}

Result<ProductPage> ProductCodec::decodeSearchPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ProductPage page;
    const QJsonArray products = reader.optionalArray(u"products");
    page.products.reserve(products.size());
    for (qsizetype i = 0; i < products.size() && !reader.failed(); ++i) {
        JsonReader product = reader.element(u"products", products, i);
        page.products.append(decodeSearchProduct(product));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.products.size());
    if (reader.failed())
        return reader.error();
    return page;
}

QJsonObject ProductCodec::encodeSearchProduct(const Product &product)
{
    QJsonArray skus;
    for (const Sku &sku : product.skus) {
        QJsonArray inventory;
        for (const WarehouseStock &stock : sku.inventory)
            inventory.append(QJsonObject{{u"warehouse_id"_s, stock.warehouseId}, {u"quantity"_s, stock.quantity}});
        const QString price = sku.price.toDecimal();
        skus.append(QJsonObject{
            {u"id"_s, sku.id},
            {u"seller_sku"_s, sku.sellerSku},
            {u"price"_s,
                QJsonObject{
                    {u"currency"_s, sku.price.currency}, {u"sale_price"_s, price}, {u"tax_exclusive_price"_s, price}}},
            {u"inventory"_s, inventory},
        });
    }
    return QJsonObject{
        {u"id"_s, product.id},
        {u"title"_s, product.title},
        {u"status"_s, productStatusToApi(product.status)},
        {u"audit"_s, QJsonObject{{u"status"_s, product.auditStatus}}},
        {u"skus"_s, skus},
        {u"create_time"_s, product.createTime},
        {u"update_time"_s, product.updateTime},
        {u"sales_regions"_s, QJsonArray()},
        {u"has_draft"_s, false},
    };
}

Result<Product> ProductCodec::decodeDetail(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    Product product = decodeSearchProduct(reader);
    if (reader.failed())
        return reader.error();
    return product;
}

QJsonObject ProductCodec::encodeDetail(const Product &product)
{
    QJsonObject detail = encodeSearchProduct(product);
    QJsonArray skus = detail.value(u"skus").toArray();
    for (qsizetype i = 0; i < skus.size(); ++i) {
        QJsonObject sku = skus.at(i).toObject();
        QJsonObject price = sku.value(u"price").toObject();
        price.insert(u"amount"_s, product.skus.at(i).price.toDecimal());
        sku.insert(u"price"_s, price);
        skus.replace(i, sku);
    }
    detail.insert(u"skus"_s, skus);
    detail.insert(u"product_status"_s, productStatusToApi(product.status));
    return detail;
}

} // namespace ShopDesk
