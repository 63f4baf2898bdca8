#include "productwritehandler.h"

#include <memory>

#include <QHash>
#include <QJsonArray>

#include "api/productservice.h"
#include "domain/product.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QJsonArray stockJson(const QList<WarehouseStock> &stock)
{
    QJsonArray list;
    for (const WarehouseStock &entry : stock)
        list.append(QJsonObject{{u"warehouse_id"_s, entry.warehouseId}, {u"quantity"_s, entry.quantity}});
    return list;
}

QList<WarehouseStock> stockFrom(const QJsonArray &list)
{
    QList<WarehouseStock> stock;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        stock.append({entry.value(u"warehouse_id").toString(), entry.value(u"quantity").toInteger()});
    }
    return stock;
}

QJsonObject moneyJson(const Money &money)
{
    return {{u"amount"_s, money.toDecimal()}, {u"currency"_s, money.currency}};
}

Money moneyFrom(const QJsonObject &json)
{
    auto money = Money::fromDecimal(json.value(u"amount").toString(), json.value(u"currency").toString());
    return money ? money.value() : Money{};
}

QString productIdOf(const OutboxCommand &command)
{
    return command.payload.value(u"product_id").toString();
}

const Sku *findSku(const Product &product, const QString &skuId)
{
    for (const Sku &sku : product.skus) {
        if (sku.id == skuId)
            return &sku;
    }
    return nullptr;
}

} // namespace

ProductWriteHandler::ProductWriteHandler(ProductService &products, CommandKind kind)
    : m_products(products)
    , m_kind(kind)
{ }

QJsonObject ProductWriteHandler::stockPayload(const QString &productId, const QString &skuId,
    const QList<WarehouseStock> &after, const QList<WarehouseStock> &before)
{
    return {{u"product_id"_s, productId}, {u"sku_id"_s, skuId}, {u"inventory"_s, stockJson(after)},
        {u"before"_s, stockJson(before)}};
}

QJsonObject ProductWriteHandler::pricePayload(
    const QString &productId, const QString &skuId, const Money &after, const Money &before)
{
    return {{u"product_id"_s, productId}, {u"sku_id"_s, skuId}, {u"price"_s, moneyJson(after)},
        {u"before"_s, moneyJson(before)}};
}

QString ProductWriteHandler::groupKey(const OutboxCommand &command) const
{
    return productIdOf(command);
}

Reply<QList<CommandResult>> *ProductWriteHandler::send(const QList<OutboxCommand> &commands)
{
    // The processor groups by product, so every command here names the same one.
    const QString productId = productIdOf(commands.first());
    Reply<BatchOutcome> *sent = nullptr;
    if (m_kind == CommandKind::SetStock) {
        QList<ProductService::SkuStock> skus;
        for (const OutboxCommand &command : commands)
            skus.append({command.objectId, stockFrom(command.payload.value(u"inventory").toArray())});
        sent = m_products.updateInventory(productId, skus);
    } else {
        QList<ProductService::SkuPrice> skus;
        for (const OutboxCommand &command : commands)
            skus.append({command.objectId, moneyFrom(command.payload.value(u"price").toObject())});
        sent = m_products.updatePrices(productId, skus);
    }
    auto *reply = new Reply<QList<CommandResult>>();
    chainReply(sent, reply, [commands](const Reply<BatchOutcome> &done) -> Result<QList<CommandResult>> {
        QList<CommandResult> results;
        for (const OutboxCommand &command : commands) {
            QStringList messages;
            for (const ItemFailure &failure : done.value().failures) {
                if (failure.itemId == command.objectId)
                    messages.append(
                        failure.subItemId.isEmpty() ? failure.message : failure.subItemId + u": "_s + failure.message);
            }
            results.append({command.clientId,
                messages.isEmpty() ? CommandResult::Outcome::Applied : CommandResult::Outcome::Rejected,
                messages.join(u"; "_s), done.requestId()});
        }
        return results;
    });
    return reply;
}

Reply<QList<ReconcileResult>> *ProductWriteHandler::reconcile(const QList<OutboxCommand> &commands)
{
    auto *reply = new Reply<QList<ReconcileResult>>();
    QStringList productIds;
    for (const OutboxCommand &command : commands) {
        if (!productIds.contains(productIdOf(command)))
            productIds.append(productIdOf(command));
    }
    // Read every product concerned; the verdicts come when the last one is in.
    struct State
    {
        QHash<QString, Product> products;
        QStringList missing;
        qsizetype waiting = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->waiting = productIds.size();
    for (const QString &productId : std::as_const(productIds)) {
        Reply<Product> *read = m_products.get(productId);
        QObject::connect(read, &ApiReply::finished, reply, [this, reply, read, productId, state, commands] {
            if (state->failed)
                return;
            if (read->hasError()) {
                if (read->error()->httpStatus != 404) {
                    state->failed = true;
                    reply->finishWithError(*read->error());
                    return;
                }
                state->missing.append(productId);
            } else {
                state->products.insert(productId, read->value());
            }
            if (--state->waiting > 0)
                return;
            QList<ReconcileResult> results;
            for (const OutboxCommand &command : commands) {
                const auto found = state->products.constFind(productIdOf(command));
                results.append(found == state->products.cend() ? ReconcileResult{command.clientId,
                                   ReconcileResult::Verdict::Unclear, u"The product no longer exists on the server."_s}
                                                               : verdict(command, *found));
            }
            reply->finishWithValue(results);
        });
    }
    if (productIds.isEmpty())
        reply->finishWithValue({});
    return reply;
}

ReconcileResult ProductWriteHandler::verdict(const OutboxCommand &command, const Product &product) const
{
    const Sku *sku = findSku(product, command.objectId);
    if (!sku)
        return {command.clientId, ReconcileResult::Verdict::Unclear, u"The SKU no longer exists on the server."_s};
    bool matches = true;
    if (m_kind == CommandKind::SetStock) {
        for (const WarehouseStock &target : stockFrom(command.payload.value(u"inventory").toArray())) {
            const auto current = std::find_if(sku->inventory.cbegin(), sku->inventory.cend(),
                [&target](const WarehouseStock &stock) { return stock.warehouseId == target.warehouseId; });
            matches = matches && current != sku->inventory.cend() && current->quantity == target.quantity;
        }
    } else {
        matches = sku->price == moneyFrom(command.payload.value(u"price").toObject());
    }
    if (matches)
        return {command.clientId, ReconcileResult::Verdict::Applied, {}};
    // Stock also moves with sales: a product changed after the send may hold our write and more.
    if (product.updateTime > command.updatedAt)
        return {command.clientId, ReconcileResult::Verdict::Unclear,
            u"The product changed on the server after this change was sent; check it before retrying."_s};
    return {command.clientId, ReconcileResult::Verdict::NotApplied, {}};
}

QList<CommandChange> ProductWriteHandler::changes(const OutboxCommand &command) const
{
    QList<CommandChange> changes;
    if (m_kind == CommandKind::SetStock) {
        const QList<WarehouseStock> before = stockFrom(command.payload.value(u"before").toArray());
        for (const WarehouseStock &after : stockFrom(command.payload.value(u"inventory").toArray())) {
            const auto old = std::find_if(before.cbegin(), before.cend(),
                [&after](const WarehouseStock &stock) { return stock.warehouseId == after.warehouseId; });
            changes.append({u"stock@"_s + after.warehouseId,
                old == before.cend() ? QString() : QString::number(old->quantity), QString::number(after.quantity)});
        }
    } else {
        const auto text = [](const Money &money) -> QString { return money.toDecimal() + u' ' + money.currency; };
        changes.append({u"price"_s, text(moneyFrom(command.payload.value(u"before").toObject())),
            text(moneyFrom(command.payload.value(u"price").toObject()))});
    }
    return changes;
}

} // namespace ShopDesk
