#include "authservice.h"

#include "api/apiclient.h"
#include "domain/shopcodec.h"

namespace ShopDesk {

AuthService::AuthService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reply<QList<AuthorizedShop>> *AuthService::authorizedShops()
{
    auto *reply = new Reply<QList<AuthorizedShop>>(this);
    chainReply(m_client.send(ApiCall(EndpointId::AuthorizedShops)), reply,
        [](const Reply<QJsonObject> &call) { return ShopCodec::decodeShops(call.value()); });
    return reply;
}

} // namespace ShopDesk
