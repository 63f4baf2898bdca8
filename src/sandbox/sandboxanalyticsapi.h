#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The analytics routes of the sandbox: shop, product and LIVE performance (reference section 5.6),
/// answered from the shop's generated ShopAnalytics.
class SandboxAnalyticsApi final
{
public:
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse shopPerformance(const SandboxCall &call);
    static SandboxResponse productList(const SandboxCall &call);
    static SandboxResponse productPerformance(const SandboxCall &call);
    static SandboxResponse liveList(const SandboxCall &call);
    static SandboxResponse liveOverview(const SandboxCall &call);
};

} // namespace ShopDesk
