#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The reading routes of returns, refunds and cancellations (reference section 5.4): returns and
/// cancellations searches with their filters, sorting and page tokens, and the reasons a seller may
/// give to reject one. The decisions are in SandboxReturnWrites.
class SandboxReturnApi final
{
public:
    /// Reference section 5.4: returns pages hold [10, 50] (10 when not asked), cancellation pages
    /// [1, 50].
    static constexpr qint64 minReturnPage = 10;
    static constexpr qint64 minCancellationPage = 1;
    static constexpr qint64 maxPage = 50;
    static constexpr qint64 defaultPage = 10;

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse searchReturns(const SandboxCall &call);
    static SandboxResponse searchCancellations(const SandboxCall &call);
    static SandboxResponse rejectReasons(const SandboxCall &call);
};

} // namespace ShopDesk
