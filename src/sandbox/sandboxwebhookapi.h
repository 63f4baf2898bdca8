#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The webhook subscription routes of the sandbox (reference section 5.7): list, set and remove
/// a shop's address per event type. Production wants an https domain without a port (section 8.1);
/// the sandbox can only reach loopback, so it takes plain http addresses on 127.0.0.1 or localhost,
/// and refuses the rest.
class SandboxWebhookApi final
{
public:
    static constexpr qsizetype maxAddressLength = 255;

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse list(const SandboxCall &call);
    static SandboxResponse update(const SandboxCall &call);
    static SandboxResponse remove(const SandboxCall &call);
};

} // namespace ShopDesk
