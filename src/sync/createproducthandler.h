#pragma once

#include "domain/productdraft.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class ListingService;

/// Sends create-product commands, one product per request, and reconciles them without ever
/// creating a product twice: every create carries the command's client id as its
/// `external_product_id`, so after a lost answer the server is searched for that id (reference
/// section 5.1) and the product found there is taken as this command's, instead of sending again.
///
/// Payload: `{draft: <the create body>, title, save_mode, seller_skus: [...]}`.
class CreateProductHandler final : public CommandHandler
{
public:
    /// Products created this long before the command was stored still count as candidates, for
    /// clocks of client and server that disagree.
    static constexpr qint64 clockSlackSeconds = 86'400;

    explicit CreateProductHandler(ListingService &listings);

    /// The payload of a create; the draft must already carry the command's client id.
    static QJsonObject payload(const ProductDraft &draft);
    static ProductDraft draftOf(const OutboxCommand &command);

    QString groupKey(const OutboxCommand &command) const override { return command.clientId; }
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    void reconcileNext(
        Reply<QList<ReconcileResult>> *reply, QList<OutboxCommand> remaining, QList<ReconcileResult> results);

    ListingService &m_listings;
};

} // namespace ShopDesk
