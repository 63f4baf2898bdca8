#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The product write routes of the sandbox (reference section 5.1): stock and prices. Stock updates
/// must list every warehouse of a SKU and report each refused SKU inside an envelope with code 0,
/// as production does.
class SandboxProductWrites final
{
public:
    void addRoutes(SandboxRouteTable &table);

    /// Reference section 11.5: the documented range starts at 1, but sellers set 0 to sell out;
    /// whether production accepts 0 is unconfirmed, so the sandbox's lower bound is this one value.
    static constexpr qint64 minimumStock = 0;
    static constexpr qint64 maximumStock = 99'999;

private:
    static SandboxResponse updateInventory(const SandboxCall &call);
    static SandboxResponse updatePrices(const SandboxCall &call);
};

} // namespace ShopDesk
