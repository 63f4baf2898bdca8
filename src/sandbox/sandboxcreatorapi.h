#pragma once

#include <memory>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// `POST /affiliate_seller/202508/marketplace_creators/search` (reference section 5.5): page sizes
/// of 12 or 20 only; keyword, follower-count, GMV and units-sold filters; and the `search_key` a
/// first page hands out, which the next pages must send back. The key names a stored result list,
/// so paging stays stable the way production's cached searches do; an unknown key or one sent with
/// other filters is refused.
class SandboxCreatorApi final
{
public:
    SandboxCreatorApi();
    ~SandboxCreatorApi();

    /// The route shares the stored searches with this object and keeps them alive on its own.
    void addRoutes(SandboxRouteTable &table);

private:
    struct Searches;
    static SandboxResponse search(Searches &searches, const SandboxCall &call);

    std::shared_ptr<Searches> m_searches;
};

} // namespace ShopDesk
