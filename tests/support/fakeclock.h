#pragma once

#include <atomic>

#include "core/clock.h"

namespace ShopDesk {

/// A clock that tests set and advance by hand. Safe to read from the sandbox thread.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startSecs = 1'764'000'000);

    QDateTime now() const override;
    void advance(qint64 seconds) { m_msecs += seconds * 1000; }
    void set(qint64 secs) { m_msecs = secs * 1000; }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace ShopDesk
