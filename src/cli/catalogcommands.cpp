#include "catalogcommands.h"

#include <QRegularExpression>

#include "api/productservice.h"
#include "api/shopsession.h"
#include "sync/productedits.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QString warehouseList(const Sku &sku)
{
    QStringList parts;
    for (const WarehouseStock &stock : sku.inventory)
        parts.append(stock.warehouseId + u':' + QString::number(stock.quantity));
    return parts.join(u' ');
}

} // namespace

QList<CliCommand> CatalogCommands::commands(CliContext *context)
{
    return {
        {u"products"_s, u"products"_s, {}, 0, 0, [context](const CliArguments &) { list(*context); }},
        {u"products list"_s, u"products list"_s, {}, 0, 0, [context](const CliArguments &) { list(*context); }},
        {u"products get"_s, u"products get <product>"_s, {}, 1, 1,
            [context](const CliArguments &arguments) { get(*context, arguments.at(0)); }},
        {u"stock set"_s, u"stock set <product> <sku> <quantity> [--warehouse W]"_s, {u"warehouse"_s}, 3, 3,
            [context](const CliArguments &arguments) { setStock(*context, arguments); }},
        {u"price set"_s, u"price set <product> <sku> <amount>"_s, {}, 3, 3,
            [context](const CliArguments &arguments) { setPrice(*context, arguments); }},
    };
}

void CatalogCommands::list(CliContext &context)
{
    auto *reply = context.session().products().searchAll();
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"product_id"_s, u"status"_s, u"stock"_s, u"title"_s}, {}};
        for (const Product &product : reply->value())
            table.addRow({product.id, productStatusToApi(product.status), product.totalStock(), product.title});
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void CatalogCommands::get(CliContext &context, const QString &productId)
{
    auto *reply = context.session().products().get(productId);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        const Product &product = reply->value();
        // One line per SKU, the product's own fields repeated, so that every format stays flat.
        CliTable table{{u"product_id"_s, u"title"_s, u"status"_s, u"sku_id"_s, u"seller_sku"_s, u"price"_s,
                           u"currency"_s, u"stock"_s, u"warehouses"_s},
            {}};
        for (const Sku &sku : product.skus) {
            table.addRow({product.id, product.title, productStatusToApi(product.status), sku.id, sku.sellerSku,
                sku.price.toDecimal(), sku.price.currency, sku.totalStock(), warehouseList(sku)});
        }
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void CatalogCommands::setStock(CliContext &context, const CliArguments &arguments)
{
    bool number = false;
    const qint64 quantity = arguments.at(2).toLongLong(&number);
    if (!number || quantity < ProductEditRules::minimumStock || quantity > ProductEditRules::maximumStock)
        return context.usage(u"quantity must be a whole number from %1 to %2, not \"%3\""_s.arg(
            QString::number(ProductEditRules::minimumStock), QString::number(ProductEditRules::maximumStock),
            arguments.at(2)));
    const QString warehouse = arguments.value(u"warehouse"_s);
    edit(context, arguments.at(0), arguments.at(1),
        [&context, quantity, warehouse](const Product &product, qsizetype at) {
            const Sku &sku = product.skus.at(at);
            QString target = warehouse;
            if (target.isEmpty() && sku.inventory.size() == 1)
                target = sku.inventory.first().warehouseId;
            if (target.isEmpty()) {
                PlannedEdit refused;
                refused.problem = u"the SKU is stocked in several warehouses; name one with --warehouse"_s;
                return refused;
            }
            return ProductEditPlanner::stock(product, sku, target, quantity);
        });
}

void CatalogCommands::setPrice(CliContext &context, const CliArguments &arguments)
{
    // The currency is the SKU's, known once the product is read; the amount's shape is checked now.
    static const QRegularExpression decimal(u"^\\d+(\\.\\d+)?$"_s);
    const QString amount = arguments.at(2);
    if (!decimal.match(amount).hasMatch())
        return context.usage(u"amount must be a decimal number such as 12.50, not \"%1\""_s.arg(amount));
    edit(context, arguments.at(0), arguments.at(1), [amount](const Product &product, qsizetype at) {
        const Sku &sku = product.skus.at(at);
        const Result<Money> price = Money::fromDecimal(amount, sku.price.currency);
        if (!price) {
            PlannedEdit refused;
            refused.problem = price.error().toString();
            return refused;
        }
        return ProductEditPlanner::price(product, sku, price.value());
    });
}

void CatalogCommands::edit(CliContext &context, const QString &productId, const QString &skuId,
    const std::function<PlannedEdit(const Product &, qsizetype)> &plan)
{
    if (!context.hasCache())
        return context.usage(u"changes need the local cache (--cache), whose outbox keeps them safe"_s);
    auto *reply = context.session().products().get(productId);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply, skuId, plan] {
        if (reply->hasError())
            return context.fail(*reply->error());
        const Product &product = reply->value();
        const auto sku = std::find_if(product.skus.cbegin(), product.skus.cend(),
            [&skuId](const Sku &candidate) { return candidate.id == skuId; });
        if (sku == product.skus.cend())
            return context.usage(u"product %1 has no SKU %2"_s.arg(product.id, skuId));
        const PlannedEdit edit = plan(product, sku - product.skus.cbegin());
        if (!edit.isValid())
            return context.usage(edit.problem);
        const QString batchId = ShopOutbox::newBatchId();
        context.followBatch(batchId);
        if (const Result<QString> submitted = context.outbox().submitEdits({edit}, batchId); !submitted) {
            context.err() << "error: " << submitted.error().toString() << Qt::endl;
            return context.finish(CliExit::ApiFailure);
        }
        context.err() << edit.sellerSku << ": " << edit.beforeText() << " -> " << edit.afterText() << Qt::endl;
    });
}

} // namespace ShopDesk
