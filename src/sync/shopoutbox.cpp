#include "shopoutbox.h"

#include <QUuid>

#include "api/shopsession.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/productwritehandler.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShopOutbox::ShopOutbox(ShopSession &session, CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_outbox(std::make_unique<Outbox>(cache))
    , m_auditLog(std::make_unique<AuditLog>(cache))
    , m_processor(new OutboxProcessor(*m_outbox, m_auditLog.get(), clock, session.connection().shopId, this))
{
    for (CommandKind kind : {CommandKind::SetStock, CommandKind::SetPrice})
        m_processor->setHandler(kind, std::make_unique<ProductWriteHandler>(session.products(), kind));
    m_processor->start();
}

ShopOutbox::~ShopOutbox() = default;

Result<QString> ShopOutbox::submitEdits(const QList<PlannedEdit> &edits)
{
    QList<const PlannedEdit *> valid;
    for (const PlannedEdit &edit : edits) {
        if (edit.isValid())
            valid.append(&edit);
    }
    const QString batchId = valid.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    QList<OutboxCommand> commands;
    for (const PlannedEdit *edit : std::as_const(valid))
        commands.append(m_processor->newCommand(edit->kind, edit->skuId, ProductEditPlanner::payload(*edit), batchId));
    if (auto error = m_processor->submit(commands))
        return *error;
    return batchId;
}

} // namespace ShopDesk
