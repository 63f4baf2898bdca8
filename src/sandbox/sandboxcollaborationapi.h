#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// Open and target collaborations of the sandbox (reference section 5.5): create them with the
/// production's validation (commission 1.00–80.00 % in hundredths, at most 100 products and 50
/// creators, an end in the future, products and creators the shop knows) and search them with
/// paging. Each create attempt is recorded as a write of its product id (open) or its name (target,
/// when it has one).
class SandboxCollaborationApi final
{
public:
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse createOpen(const SandboxCall &call);
    static SandboxResponse searchOpen(const SandboxCall &call);
    static SandboxResponse createTarget(const SandboxCall &call);
    static SandboxResponse searchTarget(const SandboxCall &call);
};

} // namespace ShopDesk
