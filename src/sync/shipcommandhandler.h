#pragma once

#include "domain/package.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class FulfillmentService;
struct ShipPlanRow;

/// Sends ship commands (one package each) through FulfillmentService's batch ship and reconciles
/// them by reading the package: a package no longer "processing" has shipped.
///
/// Payload: `{order_id, package_id, handover_method, tracking_number, shipping_provider_id,
/// provider_name}`.
class ShipCommandHandler final : public CommandHandler
{
public:
    explicit ShipCommandHandler(FulfillmentService &fulfillment);

    static QJsonObject payload(const ShipPlanRow &row, HandoverMethod handover);
    static ShipRequest requestOf(const OutboxCommand &command);

    QString groupKey(const OutboxCommand &) const override { return {}; }
    int batchLimit() const override;
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    FulfillmentService &m_fulfillment;
};

} // namespace ShopDesk
