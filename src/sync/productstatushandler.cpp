#include "productstatushandler.h"

#include <memory>

#include "api/listingservice.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpNotFound = 404;

} // namespace

ProductStatusHandler::ProductStatusHandler(ListingService &listings, CommandKind kind)
    : m_listings(listings)
    , m_kind(kind)
{ }

QJsonObject ProductStatusHandler::payload(const Product &product)
{
    return {{u"product_id"_s, product.id}, {u"title"_s, product.title},
        {u"status_before"_s, productStatusToApi(product.status)}};
}

ProductStatus ProductStatusHandler::targetStatus(CommandKind kind)
{
    switch (kind) {
    case CommandKind::ActivateProducts:
        return ProductStatus::Activate;
    case CommandKind::DeactivateProducts:
        return ProductStatus::SellerDeactivated;
    case CommandKind::DeleteProducts:
        return ProductStatus::Deleted;
    default:
        return ProductStatus::Unknown;
    }
}

int ProductStatusHandler::batchLimit() const
{
    return int(ListingService::statusBatchSize);
}

Reply<QList<CommandResult>> *ProductStatusHandler::send(const QList<OutboxCommand> &commands)
{
    QStringList ids;
    for (const OutboxCommand &command : commands)
        ids.append(command.objectId);
    Reply<BatchOutcome> *sent = m_kind == CommandKind::ActivateProducts ? m_listings.activate(ids)
        : m_kind == CommandKind::DeactivateProducts                     ? m_listings.deactivate(ids)
                                                                        : m_listings.remove(ids);
    auto *reply = new Reply<QList<CommandResult>>();
    chainReply(sent, reply, [commands](const Reply<BatchOutcome> &done) -> Result<QList<CommandResult>> {
        QList<CommandResult> results;
        for (const OutboxCommand &command : commands) {
            QStringList messages;
            for (const ItemFailure &failure : done.value().failures) {
                if (failure.itemId == command.objectId)
                    messages.append(failure.message);
            }
            results.append({command.clientId,
                messages.isEmpty() ? CommandResult::Outcome::Applied : CommandResult::Outcome::Rejected,
                messages.join(u"; "_s), done.requestId(), {}});
        }
        return results;
    });
    return reply;
}

Reply<QList<ReconcileResult>> *ProductStatusHandler::reconcile(const QList<OutboxCommand> &commands)
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
        Reply<ProductDetail> *read = m_listings.detail(command.objectId);
        QObject::connect(read, &ApiReply::finished, reply, [this, reply, read, command, state] {
            if (state->failed)
                return;
            if (read->hasError()
                && !(m_kind == CommandKind::DeleteProducts && read->error()->httpStatus == httpNotFound)) {
                state->failed = true;
                reply->finishWithError(*read->error());
                return;
            }
            // A product that is gone after a delete was deleted.
            state->results.append(read->hasError()
                    ? ReconcileResult{command.clientId, ReconcileResult::Verdict::Applied, {}, {}}
                    : verdict(command, read->value().product.status));
            if (--state->waiting == 0)
                reply->finishWithValue(state->results);
        });
    }
    if (commands.isEmpty())
        reply->finishWithValue({});
    return reply;
}

ReconcileResult ProductStatusHandler::verdict(const OutboxCommand &command, ProductStatus now) const
{
    const ProductStatus before = productStatusFromApi(command.payload.value(u"status_before").toString());
    // Activating a draft sends it to review first.
    const bool reached
        = now == targetStatus(m_kind) || (m_kind == CommandKind::ActivateProducts && now == ProductStatus::Pending);
    if (reached)
        return {command.clientId, ReconcileResult::Verdict::Applied, {}, {}};
    if (now == before)
        return {command.clientId, ReconcileResult::Verdict::NotApplied, {}, {}};
    return {command.clientId, ReconcileResult::Verdict::Unclear,
        u"The product is now %1 on the server; check it before retrying."_s.arg(productStatusToApi(now)), {}};
}

QList<CommandChange> ProductStatusHandler::changes(const OutboxCommand &command) const
{
    return {
        {u"status"_s, command.payload.value(u"status_before").toString(), productStatusToApi(targetStatus(m_kind))}};
}

} // namespace ShopDesk
