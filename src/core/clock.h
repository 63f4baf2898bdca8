#pragma once

#include <QDateTime>

namespace ShopDesk {

/// The source of "now" for everything that cares about time (signing timestamps, token expiry, SLA
/// countdowns), so that tests can freeze or advance it. Always UTC.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace ShopDesk
