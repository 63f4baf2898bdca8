#pragma once

#include "domain/collaboration.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class AffiliateService;

/// Sends the creation of an open or a target collaboration, one per request, and reconciles a
/// lost answer from the shop's collaborations instead of creating again: an open collaboration of
/// the product at the commission asked for, started since the command was stored, or a target
/// collaboration of the same name started since then, is taken as this command's.
///
/// Payloads: open `{product_id, commission_rate, title}` (title: the product's), target
/// `{request: <the create body>, title}` (title: the collaboration's name). The note of an applied
/// target creation is the number of creator and product pairs the server left out as conflicts.
class CollaborationHandler final : public CommandHandler
{
public:
    /// Collaborations started this long before the command was stored still count, for clocks of
    /// client and server that disagree.
    static constexpr qint64 clockSlackSeconds = 86'400;

    CollaborationHandler(AffiliateService &affiliates, CommandKind kind);

    static QJsonObject openPayload(const QString &productId, CommissionRate commission, const QString &productTitle);
    static QJsonObject targetPayload(const TargetCollaboration &collaboration);

    QString groupKey(const OutboxCommand &command) const override { return command.clientId; }
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    Reply<QList<CommandResult>> *sendOpen(const OutboxCommand &command);
    Reply<QList<CommandResult>> *sendTarget(const OutboxCommand &command);
    static ReconcileResult verdictOpen(const OutboxCommand &command, const QList<OpenCollaboration> &found);
    static ReconcileResult verdictTarget(const OutboxCommand &command, const QList<TargetCollaboration> &found);

    AffiliateService &m_affiliates;
    const CommandKind m_kind;
};

} // namespace ShopDesk
