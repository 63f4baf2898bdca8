#pragma once

#include <QtGlobal>

namespace ShopDesk {

/// A token bucket: `rate` tokens per second, holding at most one second's worth. The caller passes
/// the time (monotonic nanoseconds), so the sandbox's limit and the client's throttle share the same
/// arithmetic and tests can drive it.
class TokenBucket final
{
public:
    explicit TokenBucket(double rate = 0, qint64 nowNs = 0);

    /// Takes a token if one is there.
    bool tryTake(qint64 nowNs);
    /// Takes a token even if the bucket is empty, going into debt, and returns how many nanoseconds
    /// the caller must wait before using it; callers that queue this way are served in order.
    qint64 reserve(qint64 nowNs);
    /// Spends what the bucket holds, so that the next reservation waits for a fresh token: for
    /// when the other side says the quota is used up although this count had some left.
    void drain(qint64 nowNs);

private:
    void refill(qint64 nowNs);

    double m_rate;
    double m_tokens;
    qint64 m_lastNs;
};

} // namespace ShopDesk
