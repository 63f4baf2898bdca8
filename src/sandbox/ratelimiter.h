#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include "core/tokenbucket.h"

namespace ShopDesk {

/// The sandbox's per-(app, shop, endpoint) quota (reference section 6.2: 50 QPS per API by
/// default). Time is real (monotonic), since a rate is about how fast requests really arrive,
/// whatever the simulated date.
class RateLimiter final
{
public:
    explicit RateLimiter(int queriesPerSecond);

    /// 0 turns the limit off.
    void setQueriesPerSecond(int queriesPerSecond);
    int queriesPerSecond() const { return m_qps; }
    /// Takes one request's token from the bucket of `key`; false when it is empty.
    bool allow(const QString &key);

private:
    int m_qps;
    QElapsedTimer m_timer;
    QHash<QString, TokenBucket> m_buckets;
};

} // namespace ShopDesk
