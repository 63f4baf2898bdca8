#pragma once

#include <QList>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// The authorization routes of the sandbox (reference section 2.4).
class SandboxAuthorizationApi final
{
public:
    explicit SandboxAuthorizationApi(const QList<SandboxShop> &shops);

    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse listShops(const QList<SandboxShop> &shops);

    const QList<SandboxShop> &m_shops;
};

} // namespace ShopDesk
