#include "shopoutbox.h"

#include <QUuid>

#include "api/shopsession.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "sync/aftersalecommandhandler.h"
#include "sync/collaborationhandler.h"
#include "sync/createproducthandler.h"
#include "sync/outboxprocessor.h"
#include "sync/productstatushandler.h"
#include "sync/productwritehandler.h"
#include "sync/shipcommandhandler.h"
#include "sync/shipplan.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShopOutbox::ShopOutbox(ShopSession &session, CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_shopId(session.connection().localId())
    , m_clock(clock)
    , m_outbox(std::make_unique<Outbox>(cache))
    , m_auditLog(std::make_unique<AuditLog>(cache))
    , m_processor(new OutboxProcessor(*m_outbox, m_auditLog.get(), clock, m_shopId, this))
{
    for (CommandKind kind : {CommandKind::SetStock, CommandKind::SetPrice})
        m_processor->setHandler(kind, std::make_unique<ProductWriteHandler>(session.products(), kind));
    m_processor->setHandler(CommandKind::ShipPackage, std::make_unique<ShipCommandHandler>(session.fulfillment()));
    m_processor->setHandler(CommandKind::CreateProduct, std::make_unique<CreateProductHandler>(session.listings()));
    for (CommandKind kind : {CommandKind::CreateOpenCollaboration, CommandKind::CreateTargetCollaboration})
        m_processor->setHandler(kind, std::make_unique<CollaborationHandler>(session.affiliates(), kind));
    for (CommandKind kind :
        {CommandKind::ActivateProducts, CommandKind::DeactivateProducts, CommandKind::DeleteProducts})
        m_processor->setHandler(kind, std::make_unique<ProductStatusHandler>(session.listings(), kind));
    for (CommandKind kind : {CommandKind::ApproveReturn, CommandKind::RejectReturn, CommandKind::ApproveCancellation,
             CommandKind::RejectCancellation})
        m_processor->setHandler(kind, std::make_unique<AftersaleCommandHandler>(session.returns(), kind));
    m_processor->start();
}

ShopOutbox::~ShopOutbox() = default;

QString ShopOutbox::newBatchId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QString> ShopOutbox::submitEdits(const QList<PlannedEdit> &edits, QString batchId)
{
    QList<const PlannedEdit *> valid;
    for (const PlannedEdit &edit : edits) {
        if (edit.isValid())
            valid.append(&edit);
    }
    if (batchId.isEmpty() && valid.size() > 1)
        batchId = newBatchId();
    QList<OutboxCommand> commands;
    for (const PlannedEdit *edit : std::as_const(valid))
        commands.append(m_processor->newCommand(edit->kind, edit->skuId, ProductEditPlanner::payload(*edit), batchId));
    if (auto error = m_processor->submit(commands))
        return *error;
    return batchId;
}

Result<QString> ShopOutbox::submitShipments(const ShipPlan &plan, QString batchId)
{
    if (batchId.isEmpty())
        batchId = newBatchId();
    QList<OutboxCommand> commands;
    for (const ShipPlanRow &row : plan.rows()) {
        if (row.isValid() && !row.packageId.isEmpty())
            commands.append(m_processor->newCommand(CommandKind::ShipPackage, row.packageId,
                ShipCommandHandler::payload(row, plan.handoverMethod()), batchId));
    }
    if (auto error = m_processor->submit(commands))
        return *error;
    return batchId;
}

Result<QString> ShopOutbox::submitCreateProduct(ProductDraft draft)
{
    OutboxCommand command = m_processor->newCommand(CommandKind::CreateProduct, {}, {});
    // Until the server gives the product an id, the command names it by the id it will carry.
    command.objectId = command.clientId;
    draft.externalProductId = command.clientId;
    command.payload = CreateProductHandler::payload(draft);
    if (auto error = m_processor->submit({command}))
        return *error;
    return command.clientId;
}

Result<QString> ShopOutbox::submitStatusChange(CommandKind kind, const QList<Product> &products)
{
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<OutboxCommand> commands;
    for (const Product &product : products)
        commands.append(m_processor->newCommand(kind, product.id, ProductStatusHandler::payload(product), batchId));
    if (auto error = m_processor->submit(commands))
        return *error;
    return batchId;
}

Result<QString> ShopOutbox::submitAftersaleDecisions(const QList<AftersaleDecision> &decisions)
{
    const QString batchId = decisions.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    QList<OutboxCommand> commands;
    for (const AftersaleDecision &decision : decisions)
        commands.append(m_processor->newCommand(decision.kind, decision.objectId, decision.payload, batchId));
    if (auto error = m_processor->submit(commands))
        return *error;
    return batchId;
}

Result<QString> ShopOutbox::submitOpenCollaboration(
    const QString &productId, CommissionRate commission, const QString &productTitle, QString batchId)
{
    const OutboxCommand command = m_processor->newCommand(CommandKind::CreateOpenCollaboration, productId,
        CollaborationHandler::openPayload(productId, commission, productTitle), batchId);
    if (auto error = m_processor->submit({command}))
        return *error;
    return command.clientId;
}

Result<QString> ShopOutbox::submitTargetCollaboration(const TargetCollaboration &collaboration)
{
    OutboxCommand command = m_processor->newCommand(
        CommandKind::CreateTargetCollaboration, {}, CollaborationHandler::targetPayload(collaboration));
    // Until the server gives the collaboration an id, the command names it by its own.
    command.objectId = command.clientId;
    if (auto error = m_processor->submit({command}))
        return *error;
    return command.clientId;
}

} // namespace ShopDesk
