#pragma once

#include <chrono>

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include "core/tokenbucket.h"

namespace ShopDesk {

/// The client side of the rate limit (reference section 6.2: 50 QPS per API and shop): each
/// request reserves a slot in its endpoint's bucket and waits its turn, so a batch of hundreds of
/// calls is spread out instead of provoking a storm of 429s.
class RequestThrottle final
{
public:
    explicit RequestThrottle(int queriesPerSecond);

    /// 0 turns the throttle off.
    void setQueriesPerSecond(int queriesPerSecond);
    int queriesPerSecond() const { return m_qps; }
    /// Reserves a slot for `key` and returns how long to wait before sending.
    std::chrono::milliseconds reserve(const QString &key);
    /// The server refused a request to `key` for the rate limit: the bucket is emptied, so that
    /// the retry and every request after it wait for a fresh slot instead of going out in a burst.
    void rateLimited(const QString &key);
    /// Time between two requests to one endpoint at the configured rate; 0 when off.
    std::chrono::milliseconds slot() const;

private:
    TokenBucket &bucket(const QString &key, qint64 nowNs);

    int m_qps;
    QElapsedTimer m_timer;
    QHash<QString, TokenBucket> m_buckets;
};

} // namespace ShopDesk
