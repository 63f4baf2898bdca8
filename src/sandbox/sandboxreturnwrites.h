#pragma once

#include <functional>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The seller's decisions on returns and cancellations (reference section 5.4): approve and reject,
/// and the seller's own cancel of an order, each with an `idempotency_key` (at most 255 characters). A request repeated
/// with a key already answered gets the first answer again and changes nothing; the key used on another route or object
/// is refused. Every decision that changes a request is one write in the sandbox statistics, so a test can prove that
/// nothing was decided twice.
class SandboxReturnWrites final
{
public:
    static constexpr qsizetype maxKeyLength = 255;

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse approveReturn(const SandboxCall &call);
    static SandboxResponse rejectReturn(const SandboxCall &call);
    static SandboxResponse approveCancellation(const SandboxCall &call);
    static SandboxResponse rejectCancellation(const SandboxCall &call);
    static SandboxResponse sellerCancel(const SandboxCall &call);
    /// Answers a decision once per idempotency key: `decide` runs for a new key (or none).
    static SandboxResponse once(const SandboxCall &call, const QString &route, const QString &objectId,
        const std::function<SandboxResponse()> &decide);
};

} // namespace ShopDesk
