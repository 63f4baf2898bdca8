#pragma once

#include <QString>
#include <QUrl>

#include "core/secret.h"

namespace ShopDesk {

/// Everything one ApiClient needs to talk to one shop. Secrets stay Secret all the way to the
/// signer; the rest comes from ShopProfile.
struct ShopConnection
{
    QUrl apiBaseUrl;
    QString appKey;
    Secret appSecret;
    Secret accessToken;
    QString shopId;
    QString shopName;
    QString shopCipher;
    /// The built-in sandbox shop rather than a real one; the UI labels it "Demo shop".
    bool demo = false;
};

} // namespace ShopDesk
