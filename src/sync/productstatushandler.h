#pragma once

#include "domain/product.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class ListingService;

/// Sends activate, deactivate and delete commands (one product each) in batches of up to 20, and
/// reconciles them by reading each product's status back: the status the command asked for means
/// it happened, the status from before means it did not, anything else needs a look.
///
/// Payload: `{product_id, title, status_before}`.
class ProductStatusHandler final : public CommandHandler
{
public:
    ProductStatusHandler(ListingService &listings, CommandKind kind);

    static QJsonObject payload(const Product &product);
    /// The status a product has once the command took effect.
    static ProductStatus targetStatus(CommandKind kind);

    QString groupKey(const OutboxCommand &) const override { return {}; }
    int batchLimit() const override;
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    ReconcileResult verdict(const OutboxCommand &command, ProductStatus now) const;

    ListingService &m_listings;
    const CommandKind m_kind;
};

} // namespace ShopDesk
