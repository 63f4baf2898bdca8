#pragma once

#include <optional>

#include "domain/performance.h"

namespace ShopDesk {

/// How a seeded LIVE session looks at a moment of the sandbox clock. Before its planned end it is
/// on air: the answer has no `end_time` (LiveSession::endTime 0) and the figures that add up over a
/// stream (GMV, orders, viewers, …) are the share of the planned totals reached so far. Once the
/// clock passes the planned end, the session is complete with every figure. Advancing the clock
/// with `POST /sandbox/clock` therefore ends a session, as a poller would see it.
class SandboxLiveView final
{
public:
    /// Nothing for a session that has not started by `now`.
    static std::optional<LiveSession> at(const LiveSession &planned, qint64 now);
};

} // namespace ShopDesk
