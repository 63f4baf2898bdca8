#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

class CacheDatabase;

/// The durable queue of writes (DESIGN.md, "Writes are Outbox commands"). A command is stored
/// before anything is sent and its state is written before each step, so that after a crash the
/// cache tells which writes never left, which may have reached the server, and which are done.
class Outbox final
{
public:
    explicit Outbox(CacheDatabase &cache);

    /// Stores new commands in one transaction: all of them or, on error, none.
    std::optional<Error> enqueue(const QList<OutboxCommand> &commands);
    /// Writes back state, attempts, last error, request id, update time and object id (a create learns
    /// its object's id from the server), in one transaction.
    std::optional<Error> update(const QList<OutboxCommand> &commands);

    /// A shop's commands in the given states (all states when empty), oldest first.
    Result<QList<OutboxCommand>> load(const QString &shopId, const QList<OutboxState> &states = {}) const;
    Result<QList<OutboxCommand>> batch(const QString &batchId) const;
    Result<std::optional<OutboxCommand>> find(const QString &clientId) const;

    /// A new client id: random, so that ids from several processes and restarts never meet.
    static QString newClientId();

private:
    Result<QList<OutboxCommand>> select(const QString &where, const QVariantList &values) const;

    CacheDatabase &m_cache;
};

} // namespace ShopDesk
