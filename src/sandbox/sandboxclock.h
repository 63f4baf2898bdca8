#pragma once

#include <atomic>

#include "core/clock.h"

namespace ShopDesk {

/// The sandbox's notion of "now": a base clock plus an offset that `POST /sandbox/clock` advances,
/// so tests can let days pass for tokens and shipments. Request timestamps are still checked
/// against the base clock, as a client's clock cannot follow the simulation.
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(const Clock &base)
        : m_base(base)
    { }

    QDateTime now() const override { return m_base.now().addSecs(m_offset.load()); }
    const Clock &base() const { return m_base; }
    void advance(qint64 seconds) { m_offset += seconds; }
    void reset() { m_offset = 0; }

private:
    const Clock &m_base;
    std::atomic<qint64> m_offset = 0;
};

} // namespace ShopDesk
