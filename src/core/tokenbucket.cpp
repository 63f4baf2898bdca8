#include "tokenbucket.h"

#include <cmath>

namespace ShopDesk {

TokenBucket::TokenBucket(double rate, qint64 nowNs)
    : m_rate(rate)
    , m_tokens(rate)
    , m_lastNs(nowNs)
{ }

void TokenBucket::refill(qint64 nowNs)
{
    // A bucket in debt refills from below zero, so reservations stay in order.
    if (nowNs > m_lastNs) {
        m_tokens = qMin(m_rate, m_tokens + double(nowNs - m_lastNs) * m_rate / 1e9);
        m_lastNs = nowNs;
    }
}

bool TokenBucket::tryTake(qint64 nowNs)
{
    refill(nowNs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::reserve(qint64 nowNs)
{
    if (m_rate <= 0)
        return 0;
    refill(nowNs);
    m_tokens -= 1.0;
    return m_tokens >= 0 ? 0 : static_cast<qint64>(std::ceil(-m_tokens * 1e9 / m_rate));
}

void TokenBucket::drain(qint64 nowNs)
{
    refill(nowNs);
    m_tokens = qMin(m_tokens, 0.0);
}

} // namespace ShopDesk
