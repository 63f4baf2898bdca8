#pragma once

#include <memory>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The order routes of the sandbox (reference section 5.2): search with filters, sorting and page
/// tokens, and get by ids. Each search's filtered and sorted row list is kept for a few queries, so
/// that the pages after the first cost only their own orders even in a shop of a million.
class SandboxOrderApi final
{
public:
    SandboxOrderApi();
    ~SandboxOrderApi();

    /// The routes share the cache with this object and keep it alive on their own, so the object
    /// may be a temporary.
    void addRoutes(SandboxRouteTable &table);

private:
    struct Cache;
    static SandboxResponse search(Cache &cache, const SandboxCall &call);
    static SandboxResponse getOrders(Cache &cache, const SandboxCall &call);

    std::shared_ptr<Cache> m_cache;
};

} // namespace ShopDesk
