#pragma once

#include <optional>

#include "domain/aftersale.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class ReturnService;

/// What the seller decided about one return or cancellation, ready to be stored as a command.
struct AftersaleDecision
{
    CommandKind kind = CommandKind::ApproveReturn;
    /// The return or cancellation id.
    QString objectId;
    QJsonObject payload;
};

/// Sends the seller's decisions on returns and cancellations (one kind per handler) and reconciles
/// them by reading the request's status: the status the decision leads to means it was taken, the
/// status it was taken from means it was not. Each command's client id travels as the
/// `idempotency_key`, so a decision sent again after a lost answer is answered, never taken twice.
///
/// Payload: `{order_id, status_before, status_after}`, plus `decision` for returns and
/// `reject_reason`, `reject_reason_text`, `comment` for rejections.
class AftersaleCommandHandler final : public CommandHandler
{
public:
    AftersaleCommandHandler(ReturnService &returns, CommandKind kind);

    /// Nullopt when the request does not wait for the seller.
    static std::optional<AftersaleDecision> approve(const ReturnRequest &request);
    static std::optional<AftersaleDecision> reject(
        const ReturnRequest &request, const RejectReason &reason, const QString &comment);
    static std::optional<AftersaleDecision> approve(const Cancellation &cancellation);
    static std::optional<AftersaleDecision> reject(
        const Cancellation &cancellation, const RejectReason &reason, const QString &comment);
    static bool isAftersaleKind(CommandKind kind);

    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override;
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override;
    QList<CommandChange> changes(const OutboxCommand &command) const override;

private:
    ApiReply *sendOne(const OutboxCommand &command);
    bool isReturnKind() const;

    ReturnService &m_returns;
    const CommandKind m_kind;
};

} // namespace ShopDesk
