#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The logistics routes of the sandbox (reference section 5.3): a warehouse's delivery options and
/// the carriers of each, from LogisticsTables.
class SandboxLogisticsApi final
{
public:
    static constexpr qint64 warehouseNotFound = 11005004;

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse deliveryOptions(const SandboxCall &call);
    static SandboxResponse shippingProviders(const SandboxCall &call);
};

} // namespace ShopDesk
