#include "createproducthandler.h"

#include <QJsonArray>

#include "api/listingservice.h"
#include "domain/listingcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CreateProductHandler::CreateProductHandler(ListingService &listings)
    : m_listings(listings)
{ }

QJsonObject CreateProductHandler::payload(const ProductDraft &draft)
{
    return {{u"draft"_s, ListingCodec::encodeDraft(draft)}, {u"title"_s, draft.title},
        {u"save_mode"_s, saveModeToApi(draft.saveMode)},
        {u"seller_skus"_s, QJsonArray::fromStringList(draft.sellerSkus())}};
}

ProductDraft CreateProductHandler::draftOf(const OutboxCommand &command)
{
    // Written by payload() from a checked draft, so it reads back; a damaged one sends an empty
    // draft, which the server refuses and the seller sees as a failed command.
    Result<ProductDraft> draft = ListingCodec::decodeDraft(command.payload.value(u"draft").toObject());
    ProductDraft result = draft ? std::move(draft).value() : ProductDraft{};
    result.externalProductId = command.clientId;
    return result;
}

Reply<QList<CommandResult>> *CreateProductHandler::send(const QList<OutboxCommand> &commands)
{
    // groupKey() keeps every create in a request of its own.
    const OutboxCommand command = commands.first();
    auto *reply = new Reply<QList<CommandResult>>();
    chainReply(m_listings.create(draftOf(command)), reply,
        [command](const Reply<SavedProduct> &done) -> Result<QList<CommandResult>> {
            return QList<CommandResult>{{command.clientId, CommandResult::Outcome::Applied,
                done.value().warnings.join(u"; "_s), done.requestId(), done.value().productId}};
        });
    return reply;
}

Reply<QList<ReconcileResult>> *CreateProductHandler::reconcile(const QList<OutboxCommand> &commands)
{
    auto *reply = new Reply<QList<ReconcileResult>>();
    reconcileNext(reply, commands, {});
    return reply;
}

void CreateProductHandler::reconcileNext(
    Reply<QList<ReconcileResult>> *reply, QList<OutboxCommand> remaining, QList<ReconcileResult> results)
{
    if (remaining.isEmpty()) {
        reply->finishWithValue(results);
        return;
    }
    const OutboxCommand command = remaining.takeFirst();
    QStringList sellerSkus;
    for (const QJsonValue &sku : command.payload.value(u"seller_skus").toArray())
        sellerSkus.append(sku.toString());
    Reply<QString> *found
        = m_listings.findByExternalId(command.clientId, command.createdAt - clockSlackSeconds, sellerSkus);
    QObject::connect(found, &ApiReply::finished, reply, [this, reply, found, command, remaining, results]() mutable {
        if (found->hasError()) {
            reply->finishWithError(*found->error());
            return;
        }
        if (found->value().isEmpty())
            results.append({command.clientId, ReconcileResult::Verdict::NotApplied, {}, {}});
        else
            results.append({command.clientId, ReconcileResult::Verdict::Applied, {}, found->value()});
        reconcileNext(reply, remaining, results);
    });
}

QList<CommandChange> CreateProductHandler::changes(const OutboxCommand &command) const
{
    const bool draft = command.payload.value(u"save_mode").toString() == saveModeToApi(SaveMode::AsDraft);
    return {{u"listing"_s, QString(),
        (draft ? u"created as draft: %1"_s : u"created and listed: %1"_s)
            .arg(command.payload.value(u"title").toString())}};
}

} // namespace ShopDesk
