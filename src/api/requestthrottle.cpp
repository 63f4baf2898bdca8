#include "requestthrottle.h"

namespace ShopDesk {

RequestThrottle::RequestThrottle(int queriesPerSecond)
    : m_qps(queriesPerSecond)
{
    m_timer.start();
}

void RequestThrottle::setQueriesPerSecond(int queriesPerSecond)
{
    m_qps = queriesPerSecond;
    m_buckets.clear();
}

TokenBucket &RequestThrottle::bucket(const QString &key, qint64 nowNs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, TokenBucket(m_qps, nowNs));
    return *it;
}

std::chrono::milliseconds RequestThrottle::reserve(const QString &key)
{
    if (m_qps <= 0)
        return std::chrono::milliseconds(0);
    const qint64 now = m_timer.nsecsElapsed();
    const qint64 waitNs = bucket(key, now).reserve(now);
    return std::chrono::milliseconds((waitNs + 999'999) / 1'000'000);
}

void RequestThrottle::rateLimited(const QString &key)
{
    if (m_qps <= 0)
        return;
    const qint64 now = m_timer.nsecsElapsed();
    bucket(key, now).drain(now);
}

std::chrono::milliseconds RequestThrottle::slot() const
{
    return std::chrono::milliseconds(m_qps > 0 ? (1000 + m_qps - 1) / m_qps : 0);
}

} // namespace ShopDesk
