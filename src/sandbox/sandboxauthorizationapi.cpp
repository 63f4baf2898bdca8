#include "sandboxauthorizationapi.h"

#include <QJsonArray>

#include "domain/shopcodec.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

SandboxAuthorizationApi::SandboxAuthorizationApi(const QList<SandboxShop> &shops)
    : m_shops(shops)
{ }

void SandboxAuthorizationApi::addRoutes(SandboxRouteTable &table)
{
    // The routes outlive this object: they capture the server's shop list, never `this`.
    table.add({"GET", u"authorization"_s, u"shops"_s, {u"202309"_s}, false,
        [&shops = m_shops](const SandboxCall &) { return listShops(shops); }});
}

SandboxResponse SandboxAuthorizationApi::listShops(const QList<SandboxShop> &shops)
{
    QJsonArray list;
    for (const SandboxShop &shop : shops)
        list.append(ShopCodec::encodeShop(shop.info));
    return SandboxResponse::success({{u"shops"_s, list}});
}

} // namespace ShopDesk
