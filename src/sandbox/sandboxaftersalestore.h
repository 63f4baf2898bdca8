#pragma once

#include <QHash>
#include <QList>

#include "domain/cancellation.h"
#include "domain/order.h"
#include "domain/returnrequest.h"
#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// What the sandbox answered to a decision sent with an idempotency key, so that the same key
/// gets the same answer without the decision being taken again.
struct SandboxIdempotentAnswer
{
    /// The route template and the object the key was first used for.
    QString route;
    QString objectId;
    SandboxResponse response;
};

/// The returns and cancellations of one sandbox shop with an index by id, and the answers given to
/// idempotency keys. Like the packages it starts empty and is loaded from the shop's orders on first
/// use (see SandboxAftersales).
class SandboxAftersaleStore final
{
public:
    bool isLoaded() const { return m_loaded; }
    /// Takes the returns and cancellations of `orders`, which must be the shop's order list.
    void load(QList<ReturnRequest> returns, QList<Cancellation> cancellations, const QList<Order> &orders);

    const QList<ReturnRequest> &returns() const { return m_returns; }
    const QList<Cancellation> &cancellations() const { return m_cancellations; }
    ReturnRequest *findReturn(const QString &id);
    Cancellation *findCancellation(const QString &id);
    /// Adds a cancellation made through the API (the seller's own cancel).
    Cancellation &addCancellation(Cancellation cancellation);
    /// Row of the order in the shop's order list; -1 for an id the shop does not have.
    int orderRow(const QString &orderId) const { return m_orderRows.value(orderId, -1); }

    /// The answer a request with this key got before; null when the key is new.
    const SandboxIdempotentAnswer *answered(const QString &key) const;
    void remember(const QString &key, SandboxIdempotentAnswer answer);

private:
    QList<ReturnRequest> m_returns;
    QList<Cancellation> m_cancellations;
    QHash<QString, int> m_returnIndex;
    QHash<QString, int> m_cancellationIndex;
    QHash<QString, int> m_orderRows;
    QHash<QString, SandboxIdempotentAnswer> m_answers;
    bool m_loaded = false;
};

} // namespace ShopDesk
