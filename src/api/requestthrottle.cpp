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

std::chrono::milliseconds RequestThrottle::reserve(const QString &key)
{
    if (m_qps <= 0)
        return std::chrono::milliseconds(0);
    const qint64 now = m_timer.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, TokenBucket(m_qps, now));
    const qint64 waitNs = it->reserve(now);
    return std::chrono::milliseconds((waitNs + 999'999) / 1'000'000);
}

} // namespace ShopDesk
