#pragma once

#include "core/money.h"
#include "domain/product.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class ProductService;

/// Sends stock and price commands (one SKU each) through ProductService, several SKUs of one
/// product per request, and reconciles them by reading the product back.
///
/// Payloads: stock `{product_id, sku_id, inventory: [{warehouse_id, quantity}], before: [...]}`,
/// price `{product_id, sku_id, price: {amount, currency}, before: {amount, currency}}`.
class ProductWriteHandler final : public CommandHandler
{
public:
    /// SKUs sent in one inventory or price update.
    static constexpr int skusPerRequest = 50;

    ProductWriteHandler(ProductService &products, CommandKind kind);

    static QJsonObject stockPayload(const QString &productId, const QString &skuId, const QList<WarehouseStock> &after,
        const QList<WarehouseStock> &before);
    static QJsonObject pricePayload(
        const QString &productId, const QString &skuId, const Money &after, const Money &before);

    QString groupKey(const OutboxCommand &command) const override;
    int batchLimit() const override { return skusPerRequest; }
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    ReconcileResult verdict(const OutboxCommand &command, const Product &product) const;

    ProductService &m_products;
    const CommandKind m_kind;
};

} // namespace ShopDesk
