#pragma once

#include <memory>

#include <QObject>

#include "core/result.h"
#include "domain/collaboration.h"
#include "domain/productdraft.h"
#include "sync/productedits.h"

namespace ShopDesk {

class AuditLog;
class CacheDatabase;
class Clock;
class Outbox;
class OutboxProcessor;
class ShipPlan;
class ShopSession;
struct AftersaleDecision;

/// The outbox of one connected shop, wired to that shop's services: the store, the audit log and
/// the processor with a handler for every kind of write. Creating it resumes what an earlier run
/// left unsent or unconfirmed.
class ShopOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopOutbox)

public:
    ShopOutbox(ShopSession &session, CacheDatabase &cache, const Clock &clock, QObject *parent = nullptr);
    ~ShopOutbox() override;

    Outbox &outbox() { return *m_outbox; }
    AuditLog &auditLog() { return *m_auditLog; }
    OutboxProcessor &processor() { return *m_processor; }
    const QString &shopId() const { return m_shopId; }
    const Clock &clock() const { return m_clock; }

    /// Stores the valid edits as commands — one batch when there are several — and starts sending.
    /// Returns the batch id (empty for a single edit).
    Result<QString> submitEdits(const QList<PlannedEdit> &edits, QString batchId = {});
    /// A batch id to pass to a submit call, for callers that follow a batch from its very first
    /// state change (submitting emits them before it returns).
    static QString newBatchId();
    /// Stores a ship command per valid row of the plan, as one batch, and starts sending.
    /// Returns the batch id.
    Result<QString> submitShipments(const ShipPlan &plan, QString batchId = {});
    /// Stores a create-product command for the draft (its external id becomes the command's client
    /// id) and starts sending. Returns the client id.
    Result<QString> submitCreateProduct(ProductDraft draft);
    /// Stores an activate, deactivate or delete command per product, as one batch, and starts
    /// sending. Returns the batch id.
    Result<QString> submitStatusChange(CommandKind kind, const QList<Product> &products);
    /// Stores the seller's decisions on returns and cancellations as commands — one batch when
    /// there are several — and starts sending. Returns the batch id (empty for a single one).
    Result<QString> submitAftersaleDecisions(const QList<AftersaleDecision> &decisions);
    /// Stores the creation of an open collaboration (the product at a public commission) and
    /// starts sending. Returns the client id.
    Result<QString> submitOpenCollaboration(
        const QString &productId, CommissionRate commission, const QString &productTitle, QString batchId = {});
    /// Stores the creation of a target collaboration and starts sending. Returns the client id.
    Result<QString> submitTargetCollaboration(const TargetCollaboration &collaboration);

private:
    const QString m_shopId;
    const Clock &m_clock;
    const std::unique_ptr<Outbox> m_outbox;
    const std::unique_ptr<AuditLog> m_auditLog;
    OutboxProcessor *const m_processor;
};

} // namespace ShopDesk
