#include "sandboxproductwrites.h"

#include <QJsonArray>
#include <QSet>

#include "domain/batchoutcome.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
constexpr qint64 invalidParameter = 12052910;
// Sandbox codes for per-item failures; production's own are not published per case.
constexpr qint64 productNotFound = 12052004;
constexpr qint64 skuNotFound = 12052700;
constexpr qint64 warehouseMissing = 12052701;
constexpr qint64 unknownWarehouse = 12052702;
constexpr qint64 quantityOutOfRange = 12052703;
constexpr qint64 invalidPrice = 12052704;

/// The product a write addresses and its `skus` list, or the answer that refuses the write. Every
/// attempt counts as a write of the product, refused or not.
struct WriteTarget
{
    Product *product = nullptr;
    QJsonArray skus;
    std::optional<SandboxResponse> refusal;
};

Product *findProduct(const SandboxCall &call);

WriteTarget writeTarget(const SandboxCall &call)
{
    call.stats->recordWrite(call.pathArgs.value(u"product_id"_s));
    WriteTarget target{findProduct(call), call.body.value(u"skus"_s).toArray(), std::nullopt};
    if (!target.product)
        target.refusal = SandboxResponse::failure(httpNotFound, productNotFound, u"Product not found."_s);
    else if (target.skus.isEmpty())
        target.refusal
            = SandboxResponse::failure(httpBadRequest, invalidParameter, u"skus must be a non-empty array."_s);
    return target;
}

Product *findProduct(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"product_id"_s);
    for (Product &product : call.shop->products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

Sku *findSku(Product &product, const QString &id)
{
    for (Sku &sku : product.skus) {
        if (sku.id == id)
            return &sku;
    }
    return nullptr;
}

/// Checks one SKU's requested stock; on success fills `stock` with the new per-warehouse values.
std::optional<ItemFailure> checkStock(const Sku &sku, const QJsonArray &inventory, QList<WarehouseStock> &stock)
{
    QSet<QString> listed;
    for (const QJsonValue &value : inventory) {
        const QJsonObject entry = value.toObject();
        const QString warehouse = entry.value(u"warehouse_id"_s).toString();
        const QJsonValue quantity = entry.value(u"quantity"_s);
        const auto known = std::find_if(sku.inventory.cbegin(), sku.inventory.cend(),
            [&warehouse](const WarehouseStock &s) { return s.warehouseId == warehouse; });
        if (known == sku.inventory.cend())
            return ItemFailure{sku.id, warehouse, unknownWarehouse, u"Unknown warehouse for this SKU."_s};
        const double number = quantity.toDouble(-1);
        if (!quantity.isDouble() || number != std::floor(number) || number < SandboxProductWrites::minimumStock
            || number > SandboxProductWrites::maximumStock)
            return ItemFailure{sku.id, warehouse, quantityOutOfRange,
                u"quantity must be a whole number from %1 to %2."_s.arg(SandboxProductWrites::minimumStock)
                    .arg(SandboxProductWrites::maximumStock)};
        listed.insert(warehouse);
        stock.append({warehouse, static_cast<qint64>(number)});
    }
    if (listed.size() != sku.inventory.size())
        return ItemFailure{sku.id, {}, warehouseMissing, u"Every warehouse of the SKU must be listed."_s};
    return std::nullopt;
}

} // namespace

void SandboxProductWrites::addRoutes(SandboxRouteTable &table)
{
    table.add(
        {"POST", u"product"_s, u"products/{product_id}/inventory/update"_s, {u"202309"_s}, true, &updateInventory});
    table.add({"POST", u"product"_s, u"products/{product_id}/prices/update"_s, {u"202309"_s}, true, &updatePrices});
}

SandboxResponse SandboxProductWrites::updateInventory(const SandboxCall &call)
{
    const WriteTarget target = writeTarget(call);
    if (target.refusal)
        return *target.refusal;
    Product *product = target.product;
    const QJsonArray &skus = target.skus;

    BatchOutcome outcome;
    for (const QJsonValue &value : skus) {
        const QJsonObject entry = value.toObject();
        const QString skuId = entry.value(u"id"_s).toString();
        Sku *sku = findSku(*product, skuId);
        if (!sku) {
            outcome.failures.append({skuId, {}, skuNotFound, u"SKU not found in this product."_s});
            continue;
        }
        QList<WarehouseStock> stock;
        if (auto failure = checkStock(*sku, entry.value(u"inventory"_s).toArray(), stock)) {
            outcome.failures.append(*failure);
            continue;
        }
        sku->inventory = stock;
        product->updateTime = call.now;
    }
    return SandboxResponse::success(BatchOutcomeCodec::encode(outcome, u"sku_id", u"warehouse_id"));
}

SandboxResponse SandboxProductWrites::updatePrices(const SandboxCall &call)
{
    const WriteTarget target = writeTarget(call);
    if (target.refusal)
        return *target.refusal;
    Product *product = target.product;
    const QJsonArray &skus = target.skus;

    BatchOutcome outcome;
    for (const QJsonValue &value : skus) {
        const QJsonObject entry = value.toObject();
        const QString skuId = entry.value(u"id"_s).toString();
        Sku *sku = findSku(*product, skuId);
        const QJsonObject price = entry.value(u"price"_s).toObject();
        const Result<Money> money
            = Money::fromDecimal(price.value(u"amount"_s).toString(), price.value(u"currency"_s).toString());
        if (!sku) {
            outcome.failures.append({skuId, {}, skuNotFound, u"SKU not found in this product."_s});
        } else if (!money || money.value().minor <= 0 || money.value().currency != call.shop->currency) {
            outcome.failures.append(
                {skuId, {}, invalidPrice, u"price must be a positive amount in %1."_s.arg(call.shop->currency)});
        } else {
            sku->price = money.value();
            product->updateTime = call.now;
        }
    }
    return SandboxResponse::success(BatchOutcomeCodec::encode(outcome, u"sku_id"));
}

} // namespace ShopDesk
