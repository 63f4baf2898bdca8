#include "productedits.h"

#include <QJsonArray>
#include <QLocale>

#include "sync/productwritehandler.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

qint64 total(const QList<WarehouseStock> &stock)
{
    qint64 sum = 0;
    for (const WarehouseStock &entry : stock)
        sum += entry.quantity;
    return sum;
}

PlannedEdit base(const Product &product, const Sku &sku, CommandKind kind)
{
    PlannedEdit edit;
    edit.kind = kind;
    edit.productId = product.id;
    edit.productTitle = product.title;
    edit.skuId = sku.id;
    edit.sellerSku = sku.sellerSku;
    edit.priceBefore = edit.priceAfter = sku.price;
    edit.stockBefore = edit.stockAfter = sku.inventory;
    return edit;
}

/// `minor * basisPoints / 10000`, rounded half away from zero, without floating point.
qint64 percentOf(qint64 minor, qint64 basisPoints)
{
    const qint64 scaled = minor * basisPoints;
    const qint64 quotient = scaled / 10'000;
    const qint64 remainder = scaled % 10'000;
    if (remainder * 2 >= 10'000)
        return quotient + 1;
    if (remainder * 2 <= -10'000)
        return quotient - 1;
    return quotient;
}

QList<WarehouseStock> stockFromJson(const QJsonArray &list)
{
    QList<WarehouseStock> stock;
    for (const QJsonValue &value : list)
        stock.append({value[u"warehouse_id"].toString(), value[u"quantity"].toInteger()});
    return stock;
}

Money moneyFromJson(const QJsonValue &value)
{
    auto money = Money::fromDecimal(value[u"amount"].toString(), value[u"currency"].toString());
    return money ? money.value() : Money{};
}

} // namespace

QString PlannedEdit::beforeText() const
{
    return kind == CommandKind::SetPrice ? priceBefore.format(QLocale()) : QLocale().toString(total(stockBefore));
}

QString PlannedEdit::afterText() const
{
    return kind == CommandKind::SetPrice ? priceAfter.format(QLocale()) : QLocale().toString(total(stockAfter));
}

void ProductEditPlanner::check(PlannedEdit &edit)
{
    if (edit.kind == CommandKind::SetPrice) {
        if (edit.priceAfter.minor <= 0)
            edit.problem = tr("The price must be more than zero.");
        return;
    }
    for (const WarehouseStock &stock : std::as_const(edit.stockAfter)) {
        if (stock.quantity < ProductEditRules::minimumStock || stock.quantity > ProductEditRules::maximumStock) {
            edit.problem = tr("Stock must be a whole number from %1 to %2.")
                               .arg(QLocale().toString(ProductEditRules::minimumStock),
                                   QLocale().toString(ProductEditRules::maximumStock));
            return;
        }
    }
}

PlannedEdit ProductEditPlanner::price(const Product &product, const Sku &sku, const Money &price)
{
    PlannedEdit edit = base(product, sku, CommandKind::SetPrice);
    edit.priceAfter = Money{price.minor, sku.price.currency};
    check(edit);
    return edit;
}

PlannedEdit ProductEditPlanner::stock(
    const Product &product, const Sku &sku, const QString &warehouseId, qint64 quantity)
{
    PlannedEdit edit = base(product, sku, CommandKind::SetStock);
    bool found = false;
    for (WarehouseStock &entry : edit.stockAfter) {
        if (entry.warehouseId == warehouseId) {
            entry.quantity = quantity;
            found = true;
        }
    }
    if (!found)
        edit.problem = tr("This SKU is not stocked in that warehouse.");
    else
        check(edit);
    return edit;
}

PlannedEdit ProductEditPlanner::stock(const Product &product, const Sku &sku, const QList<WarehouseStock> &quantities)
{
    PlannedEdit edit = base(product, sku, CommandKind::SetStock);
    for (const WarehouseStock &wanted : quantities) {
        const auto entry = std::find_if(edit.stockAfter.begin(), edit.stockAfter.end(),
            [&wanted](const WarehouseStock &stock) { return stock.warehouseId == wanted.warehouseId; });
        if (entry == edit.stockAfter.end()) {
            edit.problem = tr("This SKU is not stocked in that warehouse.");
            return edit;
        }
        entry->quantity = wanted.quantity;
    }
    check(edit);
    return edit;
}

QList<PlannedEdit> ProductEditPlanner::bulk(const QList<Product> &products, const BulkEditSpec &spec)
{
    using Operation = BulkEditSpec::Operation;
    const bool isPrice = spec.operation == Operation::SetPrice || spec.operation == Operation::ChangePriceByAmount
        || spec.operation == Operation::ChangePriceByPercent;
    QList<PlannedEdit> edits;
    for (const Product &product : products) {
        for (const Sku &sku : product.skus) {
            PlannedEdit edit = base(product, sku, isPrice ? CommandKind::SetPrice : CommandKind::SetStock);
            switch (spec.operation) {
            case Operation::SetPrice:
                edit.priceAfter.minor = spec.amount;
                break;
            case Operation::ChangePriceByAmount:
                edit.priceAfter.minor += spec.amount;
                break;
            case Operation::ChangePriceByPercent:
                edit.priceAfter.minor += percentOf(sku.price.minor, spec.basisPoints);
                break;
            case Operation::SetStock:
                for (WarehouseStock &stock : edit.stockAfter)
                    stock.quantity = spec.quantity;
                break;
            case Operation::AdjustStock:
                for (WarehouseStock &stock : edit.stockAfter)
                    stock.quantity += spec.quantity;
                break;
            }
            // A change to the same value would be a request that does nothing.
            if (edit.priceAfter == edit.priceBefore && edit.stockAfter == edit.stockBefore)
                continue;
            check(edit);
            edits.append(edit);
        }
    }
    return edits;
}

QList<PlannedEdit> ProductEditPlanner::undo(const QList<OutboxCommand> &batch)
{
    QList<PlannedEdit> edits;
    for (const OutboxCommand &command : batch) {
        if (command.state != OutboxState::Done)
            continue;
        PlannedEdit edit;
        edit.kind = command.kind;
        edit.productId = command.payload.value(u"product_id").toString();
        edit.skuId = command.objectId;
        edit.productTitle = command.payload.value(u"product_title").toString();
        edit.sellerSku = command.payload.value(u"seller_sku").toString();
        if (command.kind == CommandKind::SetPrice) {
            edit.priceBefore = moneyFromJson(command.payload.value(u"price"));
            edit.priceAfter = moneyFromJson(command.payload.value(u"before"));
        } else if (command.kind == CommandKind::SetStock) {
            edit.stockBefore = stockFromJson(command.payload.value(u"inventory").toArray());
            edit.stockAfter = stockFromJson(command.payload.value(u"before").toArray());
        } else {
            continue;
        }
        check(edit);
        edits.append(edit);
    }
    return edits;
}

QJsonObject ProductEditPlanner::payload(const PlannedEdit &edit)
{
    QJsonObject payload = edit.kind == CommandKind::SetPrice
        ? ProductWriteHandler::pricePayload(edit.productId, edit.skuId, edit.priceAfter, edit.priceBefore)
        : ProductWriteHandler::stockPayload(edit.productId, edit.skuId, edit.stockAfter, edit.stockBefore);
    // Names for the seller's lists of pending and failed changes, which have no product at hand.
    payload.insert(u"product_title"_s, edit.productTitle);
    payload.insert(u"seller_sku"_s, edit.sellerSku);
    return payload;
}

} // namespace ShopDesk
