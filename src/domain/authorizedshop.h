#pragma once

#include <QString>

namespace ShopDesk {

/// A shop the seller authorized this app for (`GET /authorization/202309/shops`).
struct AuthorizedShop
{
    QString id;
    QString name;
    QString region;
    QString sellerType;
    /// Passed as query `shop_cipher` on every shop-scoped call.
    QString cipher;
    QString code;

    bool operator==(const AuthorizedShop &other) const = default;
};

} // namespace ShopDesk
