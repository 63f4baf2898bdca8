#include "shipcommandhandler.h"

#include <memory>

#include <QHash>

#include "api/fulfillmentservice.h"
#include "sync/shipplan.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShipCommandHandler::ShipCommandHandler(FulfillmentService &fulfillment)
    : m_fulfillment(fulfillment)
{ }

int ShipCommandHandler::batchLimit() const
{
    return int(FulfillmentService::shipBatchSize);
}

QJsonObject ShipCommandHandler::payload(const ShipPlanRow &row, HandoverMethod handover)
{
    return {{u"order_id"_s, row.orderId}, {u"package_id"_s, row.packageId},
        {u"handover_method"_s, handoverMethodToApi(handover)}, {u"tracking_number"_s, row.trackingNumber},
        {u"shipping_provider_id"_s, row.providerId}, {u"provider_name"_s, row.providerName}};
}

ShipRequest ShipCommandHandler::requestOf(const OutboxCommand &command)
{
    ShipRequest request;
    request.packageId = command.objectId;
    request.handoverMethod = handoverMethodFromApi(command.payload.value(u"handover_method").toString());
    if (request.handoverMethod == HandoverMethod::Unknown)
        request.handoverMethod = HandoverMethod::Pickup;
    request.trackingNumber = command.payload.value(u"tracking_number").toString();
    request.shippingProviderId = command.payload.value(u"shipping_provider_id").toString();
    return request;
}

Reply<QList<CommandResult>> *ShipCommandHandler::send(const QList<OutboxCommand> &commands)
{
    QList<ShipRequest> requests;
    QHash<QString, QString> clientOf;
    for (const OutboxCommand &command : commands) {
        requests.append(requestOf(command));
        clientOf.insert(command.objectId, command.clientId);
    }
    auto *reply = new Reply<QList<CommandResult>>();
    Reply<QList<PackageShipResult>> *sent = m_fulfillment.shipPackages(requests);
    chainReply(sent, reply, [clientOf](const Reply<QList<PackageShipResult>> &done) -> Result<QList<CommandResult>> {
        QList<CommandResult> results;
        for (const PackageShipResult &result : done.value()) {
            CommandResult outcome{
                clientOf.value(result.packageId), CommandResult::Outcome::Applied, {}, done.requestId()};
            if (result.error) {
                outcome.message = result.error->message;
                if (!result.error->requestId.isEmpty())
                    outcome.requestId = result.error->requestId;
            }
            switch (result.state) {
            case PackageShipResult::State::Shipped:
                break;
            case PackageShipResult::State::Refused:
                outcome.outcome
                    = result.error ? CommandResult::outcomeOf(*result.error) : CommandResult::Outcome::Rejected;
                // A refusal inside a batch answer is about this package: final, unless it was the
                // rate limit turning the whole batch away.
                if (outcome.outcome == CommandResult::Outcome::Unknown)
                    outcome.outcome = CommandResult::Outcome::Rejected;
                break;
            case PackageShipResult::State::Unconfirmed:
                outcome.outcome = CommandResult::Outcome::Unknown;
                break;
            }
            results.append(outcome);
        }
        return results;
    });
    return reply;
}

Reply<QList<ReconcileResult>> *ShipCommandHandler::reconcile(const QList<OutboxCommand> &commands)
{
    auto *reply = new Reply<QList<ReconcileResult>>();
    struct State
    {
        QList<ReconcileResult> results;
        qsizetype waiting = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->waiting = commands.size();
    for (const OutboxCommand &command : commands) {
        Reply<Package> *read = m_fulfillment.getPackage(command.objectId);
        QObject::connect(read, &ApiReply::finished, reply, [reply, read, command, state] {
            if (state->failed)
                return;
            if (read->hasError()) {
                state->failed = true;
                reply->finishWithError(*read->error());
                return;
            }
            const Package &package = read->value();
            ReconcileResult result{command.clientId, ReconcileResult::Verdict::NotApplied, {}};
            const QString tracking = command.payload.value(u"tracking_number").toString();
            if (package.status == PackageStatus::Cancelled) {
                result.verdict = ReconcileResult::Verdict::Unclear;
                result.message = u"The package was cancelled."_s;
            } else if (package.status != PackageStatus::Processing) {
                const bool ours = tracking.isEmpty() || package.trackingNumber == tracking;
                result.verdict = ours ? ReconcileResult::Verdict::Applied : ReconcileResult::Verdict::Unclear;
                if (!ours)
                    result.message
                        = u"The package shipped with another tracking number (%1)."_s.arg(package.trackingNumber);
            }
            state->results.append(result);
            if (--state->waiting == 0)
                reply->finishWithValue(state->results);
        });
    }
    if (commands.isEmpty())
        reply->finishWithValue({});
    return reply;
}

QList<CommandChange> ShipCommandHandler::changes(const OutboxCommand &command) const
{
    const QString tracking = command.payload.value(u"tracking_number").toString();
    const QString provider = command.payload.value(u"provider_name").toString();
    const QString after = tracking.isEmpty()
        ? u"shipped (%1)"_s.arg(command.payload.value(u"handover_method").toString())
        : u"shipped with %1 %2"_s.arg(provider, tracking).trimmed();
    return {{u"shipment"_s, u"awaiting shipment"_s, after}};
}

} // namespace ShopDesk
