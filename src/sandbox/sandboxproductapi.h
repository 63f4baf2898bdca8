#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

class SandboxImageStore;

/// The product routes of the sandbox (reference section 5.1): the search, with its status, time
/// and seller SKU filters, and the detail of one product with its listing.
class SandboxProductApi final
{
public:
    explicit SandboxProductApi(const SandboxImageStore &images);
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse search(const SandboxCall &call);
    static SandboxResponse get(const SandboxImageStore &images, const SandboxCall &call);

    const SandboxImageStore &m_images;
};

} // namespace ShopDesk
