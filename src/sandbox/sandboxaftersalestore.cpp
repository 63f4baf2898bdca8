#include "sandboxaftersalestore.h"

namespace ShopDesk {

void SandboxAftersaleStore::load(
    QList<ReturnRequest> returns, QList<Cancellation> cancellations, const QList<Order> &orders)
{
    m_returns = std::move(returns);
    m_cancellations = std::move(cancellations);
    m_returnIndex.clear();
    for (qsizetype i = 0; i < m_returns.size(); ++i)
        m_returnIndex.insert(m_returns.at(i).id, static_cast<int>(i));
    m_cancellationIndex.clear();
    for (qsizetype i = 0; i < m_cancellations.size(); ++i)
        m_cancellationIndex.insert(m_cancellations.at(i).id, static_cast<int>(i));
    m_orderRows.clear();
    m_orderRows.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        m_orderRows.insert(orders.at(i).id, static_cast<int>(i));
    m_answers.clear();
    m_loaded = true;
}

ReturnRequest *SandboxAftersaleStore::findReturn(const QString &id)
{
    const auto it = m_returnIndex.constFind(id);
    return it == m_returnIndex.constEnd() ? nullptr : &m_returns[*it];
}

Cancellation *SandboxAftersaleStore::findCancellation(const QString &id)
{
    const auto it = m_cancellationIndex.constFind(id);
    return it == m_cancellationIndex.constEnd() ? nullptr : &m_cancellations[*it];
}

Cancellation &SandboxAftersaleStore::addCancellation(Cancellation cancellation)
{
    m_cancellationIndex.insert(cancellation.id, static_cast<int>(m_cancellations.size()));
    m_cancellations.append(std::move(cancellation));
    return m_cancellations.last();
}

const SandboxIdempotentAnswer *SandboxAftersaleStore::answered(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    return it == m_answers.constEnd() ? nullptr : &*it;
}

void SandboxAftersaleStore::remember(const QString &key, SandboxIdempotentAnswer answer)
{
    m_answers.insert(key, std::move(answer));
}

} // namespace ShopDesk
