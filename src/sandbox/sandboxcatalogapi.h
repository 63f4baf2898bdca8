#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// What a seller needs to fill in a listing (reference section 5.1): the category tree (searchable,
/// with leaf flags), each leaf's attributes (required product attributes marked), brands (paged)
/// and the shop's warehouses.
class SandboxCatalogApi final
{
public:
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse categories(const SandboxCall &call);
    static SandboxResponse attributes(const SandboxCall &call);
    static SandboxResponse brands(const SandboxCall &call);
    static SandboxResponse warehouses(const SandboxCall &call);
};

} // namespace ShopDesk
