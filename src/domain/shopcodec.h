#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/authorizedshop.h"

namespace ShopDesk {

/// The authorized-shops list (reference section 2.4), both ways.
class ShopCodec final
{
public:
    static Result<QList<AuthorizedShop>> decodeShops(const QJsonObject &data);
    static QJsonObject encodeShop(const AuthorizedShop &shop);
};

} // namespace ShopDesk
