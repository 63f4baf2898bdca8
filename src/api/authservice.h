#pragma once

#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/authorizedshop.h"

namespace ShopDesk {

class ApiClient;

/// Authorization: which shops the seller granted this app (reference section 2.4).
class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)

public:
    explicit AuthService(ApiClient &client, QObject *parent = nullptr);

    Reply<QList<AuthorizedShop>> *authorizedShops();

private:
    ApiClient &m_client;
};

} // namespace ShopDesk
