#include "ratelimiter.h"

namespace ShopDesk {

RateLimiter::RateLimiter(int queriesPerSecond)
    : m_qps(queriesPerSecond)
{
    m_timer.start();
}

void RateLimiter::setQueriesPerSecond(int queriesPerSecond)
{
    m_qps = queriesPerSecond;
    m_buckets.clear();
}

bool RateLimiter::allow(const QString &key)
{
    if (m_qps <= 0)
        return true;
    const qint64 now = m_timer.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, TokenBucket(m_qps, now));
    return it->tryTake(now);
}

} // namespace ShopDesk
