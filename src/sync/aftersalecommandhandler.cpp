#include "aftersalecommandhandler.h"

#include <memory>

#include <QHash>
#include <QTimer>

#include "api/returnservice.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QJsonObject basePayload(const QString &orderId, const QString &before, const QString &after)
{
    return {{u"order_id"_s, orderId}, {u"status_before"_s, before}, {u"status_after"_s, after}};
}

void addRejection(QJsonObject &payload, const RejectReason &reason, const QString &comment)
{
    payload.insert(u"reject_reason"_s, reason.name);
    payload.insert(u"reject_reason_text"_s, reason.text);
    payload.insert(u"comment"_s, comment);
}

Rejection rejectionOf(const OutboxCommand &command)
{
    return {command.payload.value(u"reject_reason").toString(), command.payload.value(u"comment").toString()};
}

/// The status (API spelling) of each request found, by id.
template <typename T, typename StatusName>
QHash<QString, QString> statusesById(const QList<T> &items, StatusName statusName)
{
    QHash<QString, QString> statuses;
    for (const T &item : items)
        statuses.insert(item.id, statusName(item.status));
    return statuses;
}

} // namespace

AftersaleCommandHandler::AftersaleCommandHandler(ReturnService &returns, CommandKind kind)
    : m_returns(returns)
    , m_kind(kind)
{ }

bool AftersaleCommandHandler::isAftersaleKind(CommandKind kind)
{
    return kind == CommandKind::ApproveReturn || kind == CommandKind::RejectReturn
        || kind == CommandKind::ApproveCancellation || kind == CommandKind::RejectCancellation;
}

bool AftersaleCommandHandler::isReturnKind() const
{
    return m_kind == CommandKind::ApproveReturn || m_kind == CommandKind::RejectReturn;
}

std::optional<AftersaleDecision> AftersaleCommandHandler::approve(const ReturnRequest &request)
{
    const std::optional<ReturnDecision> decision = request.approveDecision();
    if (!decision)
        return std::nullopt;
    QJsonObject payload = basePayload(
        request.orderId, returnStatusToApi(request.status), returnStatusToApi(returnStatusAfter(*decision)));
    payload.insert(u"decision"_s, returnDecisionToApi(*decision));
    return AftersaleDecision{CommandKind::ApproveReturn, request.id, payload};
}

std::optional<AftersaleDecision> AftersaleCommandHandler::reject(
    const ReturnRequest &request, const RejectReason &reason, const QString &comment)
{
    const std::optional<ReturnRejectDecision> decision = request.rejectDecision();
    if (!decision || reason.name.isEmpty())
        return std::nullopt;
    QJsonObject payload = basePayload(
        request.orderId, returnStatusToApi(request.status), returnStatusToApi(returnStatusAfter(*decision)));
    payload.insert(u"decision"_s, returnRejectDecisionToApi(*decision));
    addRejection(payload, reason, comment);
    return AftersaleDecision{CommandKind::RejectReturn, request.id, payload};
}

std::optional<AftersaleDecision> AftersaleCommandHandler::approve(const Cancellation &cancellation)
{
    if (!cancellation.awaitsSeller())
        return std::nullopt;
    return AftersaleDecision{CommandKind::ApproveCancellation, cancellation.id,
        basePayload(cancellation.orderId, cancelStatusToApi(cancellation.status),
            cancelStatusToApi(cancelStatusAfterApproval))};
}

std::optional<AftersaleDecision> AftersaleCommandHandler::reject(
    const Cancellation &cancellation, const RejectReason &reason, const QString &comment)
{
    if (!cancellation.awaitsSeller() || reason.name.isEmpty())
        return std::nullopt;
    QJsonObject payload = basePayload(
        cancellation.orderId, cancelStatusToApi(cancellation.status), cancelStatusToApi(cancelStatusAfterRejection));
    addRejection(payload, reason, comment);
    return AftersaleDecision{CommandKind::RejectCancellation, cancellation.id, payload};
}

ApiReply *AftersaleCommandHandler::sendOne(const OutboxCommand &command)
{
    // The client id is the idempotency key: a resend after a lost answer cannot decide twice.
    const QString &key = command.clientId;
    const QString decision = command.payload.value(u"decision").toString();
    switch (m_kind) {
    case CommandKind::ApproveReturn:
        return m_returns.approveReturn(
            command.objectId, returnDecisionFromApi(decision).value_or(ReturnDecision::ApproveRefund), key);
    case CommandKind::RejectReturn:
        return m_returns.rejectReturn(command.objectId,
            returnRejectDecisionFromApi(decision).value_or(ReturnRejectDecision::RejectRefund), rejectionOf(command),
            key);
    case CommandKind::ApproveCancellation:
        return m_returns.approveCancellation(command.objectId, key);
    default:
        return m_returns.rejectCancellation(command.objectId, rejectionOf(command), key);
    }
}

Reply<QList<CommandResult>> *AftersaleCommandHandler::send(const QList<OutboxCommand> &commands)
{
    auto *reply = new Reply<QList<CommandResult>>();
    auto results = std::make_shared<QList<CommandResult>>();
    auto waiting = std::make_shared<qsizetype>(commands.size());
    for (const OutboxCommand &command : commands) {
        ApiReply *sent = sendOne(command);
        QObject::connect(
            sent, &ApiReply::finished, reply, [reply, sent, results, waiting, clientId = command.clientId] {
                CommandResult result{clientId, CommandResult::Outcome::Applied, {}, sent->requestId()};
                if (sent->hasError()) {
                    result.outcome = CommandResult::outcomeOf(*sent->error());
                    result.message = sent->error()->message;
                }
                results->append(result);
                if (--*waiting == 0)
                    reply->finishWithValue(*results);
            });
    }
    if (commands.isEmpty()) // from the event loop, so that the caller has connected first
        QTimer::singleShot(0, reply, [reply] { reply->finishWithValue({}); });
    return reply;
}

Reply<QList<ReconcileResult>> *AftersaleCommandHandler::reconcile(const QList<OutboxCommand> &commands)
{
    auto *reply = new Reply<QList<ReconcileResult>>();
    if (commands.isEmpty()) {
        // A search without ids would read every request: answer for nothing from the event loop.
        QTimer::singleShot(0, reply, [reply] { reply->finishWithValue({}); });
        return reply;
    }
    AftersaleQuery query;
    for (const OutboxCommand &command : commands)
        query.ids.append(command.objectId);
    const auto judge = [reply, commands](const QHash<QString, QString> &statuses) {
        QList<ReconcileResult> results;
        for (const OutboxCommand &command : commands) {
            ReconcileResult result{command.clientId, ReconcileResult::Verdict::Unclear, {}};
            const QString now = statuses.value(command.objectId);
            if (now.isEmpty()) {
                result.message = u"The request is no longer found on the server."_s;
            } else if (now == command.payload.value(u"status_after").toString()) {
                result.verdict = ReconcileResult::Verdict::Applied;
            } else if (now == command.payload.value(u"status_before").toString()) {
                result.verdict = ReconcileResult::Verdict::NotApplied;
            } else {
                result.message = u"The request changed on the server meanwhile; it is now %1."_s.arg(now);
            }
            results.append(result);
        }
        reply->finishWithValue(results);
    };
    const auto fail = [reply](const ApiReply &read) { reply->finishWithError(*read.error()); };
    if (isReturnKind()) {
        Reply<QList<ReturnRequest>> *read = m_returns.searchReturns(query);
        QObject::connect(read, &ApiReply::finished, reply, [read, judge, fail] {
            if (read->hasError())
                fail(*read);
            else
                judge(statusesById(read->value(), &returnStatusToApi));
        });
    } else {
        Reply<QList<Cancellation>> *read = m_returns.searchCancellations(query);
        QObject::connect(read, &ApiReply::finished, reply, [read, judge, fail] {
            if (read->hasError())
                fail(*read);
            else
                judge(statusesById(read->value(), &cancelStatusToApi));
        });
    }
    return reply;
}

QList<CommandChange> AftersaleCommandHandler::changes(const OutboxCommand &command) const
{
    const QJsonObject &payload = command.payload;
    QString after = payload.value(u"status_after").toString();
    const QString reason = payload.value(u"reject_reason_text").toString();
    if (!reason.isEmpty())
        after += u" (%1)"_s.arg(reason);
    return {{isReturnKind() ? u"return"_s : u"cancellation"_s, payload.value(u"status_before").toString(), after}};
}

} // namespace ShopDesk
