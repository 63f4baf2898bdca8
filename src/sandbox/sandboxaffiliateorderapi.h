#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// `POST /affiliate_seller/202410/orders/search` (reference section 5.5): the shop's affiliate
/// orders, newest first, in a creation-time window, optionally of one program (an open or target
/// collaboration id), paged with tokens.
class SandboxAffiliateOrderApi final
{
public:
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse search(const SandboxCall &call);
};

} // namespace ShopDesk
