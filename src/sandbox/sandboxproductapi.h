#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The product routes of the sandbox (reference section 5.1).
class SandboxProductApi final
{
public:
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse search(const SandboxCall &call);
    static SandboxResponse get(const SandboxCall &call);
};

} // namespace ShopDesk
