#include "collaborationhandler.h"

#include <QTimer>

#include "api/affiliateservice.h"
#include "domain/collaborationcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Collects one verdict per command from a list that one search returned.
template <typename Item, typename Verdict>
Reply<QList<ReconcileResult>> *reconcileFrom(
    Reply<QList<Item>> *search, const QList<OutboxCommand> &commands, Verdict verdict)
{
    auto *reply = new Reply<QList<ReconcileResult>>();
    chainReply(search, reply, [commands, verdict](const Reply<QList<Item>> &found) -> Result<QList<ReconcileResult>> {
        QList<ReconcileResult> results;
        for (const OutboxCommand &command : commands)
            results.append(verdict(command, found.value()));
        return results;
    });
    return reply;
}

} // namespace

CollaborationHandler::CollaborationHandler(AffiliateService &affiliates, CommandKind kind)
    : m_affiliates(affiliates)
    , m_kind(kind)
{ }

QJsonObject CollaborationHandler::openPayload(
    const QString &productId, CommissionRate commission, const QString &productTitle)
{
    return {{u"product_id"_s, productId}, {u"commission_rate"_s, commission}, {u"title"_s, productTitle}};
}

QJsonObject CollaborationHandler::targetPayload(const TargetCollaboration &collaboration)
{
    return {{u"request"_s, CollaborationCodec::encodeTargetRequest(collaboration)}, {u"title"_s, collaboration.name}};
}

Reply<QList<CommandResult>> *CollaborationHandler::send(const QList<OutboxCommand> &commands)
{
    // groupKey() keeps every creation in a request of its own.
    const OutboxCommand &command = commands.first();
    return m_kind == CommandKind::CreateOpenCollaboration ? sendOpen(command) : sendTarget(command);
}

Reply<QList<CommandResult>> *CollaborationHandler::sendOpen(const OutboxCommand &command)
{
    auto *reply = new Reply<QList<CommandResult>>();
    chainReply(m_affiliates.createOpenCollaboration(command.payload.value(u"product_id").toString(),
                   command.payload.value(u"commission_rate").toInteger()),
        reply, [command](const Reply<OpenCollaboration> &done) -> Result<QList<CommandResult>> {
            return QList<CommandResult>{
                {command.clientId, CommandResult::Outcome::Applied, {}, done.requestId(), done.value().id}};
        });
    return reply;
}

Reply<QList<CommandResult>> *CollaborationHandler::sendTarget(const OutboxCommand &command)
{
    auto *reply = new Reply<QList<CommandResult>>();
    // Written by targetPayload() from a checked collaboration, so it reads back; a damaged one is
    // refused here rather than sent half-empty.
    Result<TargetCollaboration> collaboration
        = CollaborationCodec::decodeTargetRequest(command.payload.value(u"request").toObject());
    if (!collaboration) {
        const QList<CommandResult> refused{{command.clientId, CommandResult::Outcome::Rejected,
            u"The stored collaboration could not be read: %1"_s.arg(collaboration.error().message), {}}};
        // After send() returns, when the processor listens.
        QTimer::singleShot(0, reply, [reply, refused] { reply->finishWithValue(refused); });
        return reply;
    }
    chainReply(m_affiliates.createTargetCollaboration(collaboration.value()), reply,
        [command](const Reply<CreatedTargetCollaboration> &done) -> Result<QList<CommandResult>> {
            const qsizetype conflicts = done.value().conflicts.size();
            return QList<CommandResult>{{command.clientId, CommandResult::Outcome::Applied,
                conflicts > 0 ? QString::number(conflicts) : QString(), done.requestId(), done.value().id}};
        });
    return reply;
}

Reply<QList<ReconcileResult>> *CollaborationHandler::reconcile(const QList<OutboxCommand> &commands)
{
    if (m_kind == CommandKind::CreateOpenCollaboration)
        return reconcileFrom(m_affiliates.searchOpenCollaborations(), commands, &CollaborationHandler::verdictOpen);
    return reconcileFrom(m_affiliates.searchTargetCollaborations(), commands, &CollaborationHandler::verdictTarget);
}

ReconcileResult CollaborationHandler::verdictOpen(const OutboxCommand &command, const QList<OpenCollaboration> &found)
{
    const QString productId = command.payload.value(u"product_id").toString();
    const CommissionRate commission = command.payload.value(u"commission_rate").toInteger();
    for (const OpenCollaboration &open : found) {
        if (open.productId == productId && open.commissionRate == commission
            && open.startTime >= command.createdAt - clockSlackSeconds)
            return {command.clientId, ReconcileResult::Verdict::Applied, {}, open.id};
    }
    return {command.clientId, ReconcileResult::Verdict::NotApplied, {}, {}};
}

ReconcileResult CollaborationHandler::verdictTarget(
    const OutboxCommand &command, const QList<TargetCollaboration> &found)
{
    const QString name = command.payload.value(u"title").toString();
    for (const TargetCollaboration &target : found) {
        if (target.name == name && target.startTime >= command.createdAt - clockSlackSeconds)
            return {command.clientId, ReconcileResult::Verdict::Applied, {}, target.id};
    }
    return {command.clientId, ReconcileResult::Verdict::NotApplied, {}, {}};
}

QList<CommandChange> CollaborationHandler::changes(const OutboxCommand &command) const
{
    const QString title = command.payload.value(u"title").toString();
    if (m_kind == CommandKind::CreateOpenCollaboration) {
        return {{u"open_collaboration"_s, QString(),
            u"%1 at %2 (hundredths of a percent)"_s.arg(title).arg(
                command.payload.value(u"commission_rate").toInteger())}};
    }
    return {{u"target_collaboration"_s, QString(), u"created: %1"_s.arg(title)}};
}

} // namespace ShopDesk
