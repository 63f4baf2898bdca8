#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The shipping write routes of the sandbox (reference section 5.3): ship one package, ship a
/// batch, and mark a seller-shipped order's package as shipped. A batch reports each refused package
/// inside an envelope with code 0, as production does. Each package that ships is recorded as one
/// write in the sandbox statistics, so a test can prove that nothing shipped twice.
class SandboxShipmentWrites final
{
public:
    /// Production documents no batch limit (reference section 5.3); the sandbox takes this many,
    /// the size ShopDesk sends.
    static constexpr qsizetype maxBatchSize = 50;

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse shipPackage(const SandboxCall &call);
    static SandboxResponse shipPackages(const SandboxCall &call);
    static SandboxResponse markShipped(const SandboxCall &call);
};

} // namespace ShopDesk
