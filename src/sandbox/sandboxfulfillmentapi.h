#pragma once

#include <memory>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The package reading routes of the sandbox (reference section 5.3): search with filters, sorting
/// and page tokens, package detail, shipping documents and an order's tracking. The writes are in
/// SandboxShipmentWrites.
class SandboxFulfillmentApi final
{
public:
    /// Reference section 5.3: page_size [1-50].
    static constexpr qint64 maxPageSize = 50;

    SandboxFulfillmentApi();
    ~SandboxFulfillmentApi();

    /// The routes share the search cache with this object and keep it alive on their own.
    void addRoutes(SandboxRouteTable &table);

private:
    struct Cache;
    static SandboxResponse search(Cache &cache, const SandboxCall &call);
    static SandboxResponse getPackage(const SandboxCall &call);
    static SandboxResponse shippingDocuments(const SandboxCall &call);
    static SandboxResponse tracking(const SandboxCall &call);

    std::shared_ptr<Cache> m_cache;
};

} // namespace ShopDesk
