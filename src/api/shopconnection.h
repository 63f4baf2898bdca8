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
    /// Where tokens are exchanged and refreshed (reference section 1).
    QUrl authBaseUrl;
    QString appKey;
    Secret appSecret;
    Secret accessToken;
    /// Epoch seconds; 0 when unknown, in which case the token is refreshed only once it is refused.
    qint64 accessTokenExpiresAt = 0;
    Secret refreshToken;
    qint64 refreshTokenExpiresAt = 0;
    QString shopId;
    QString shopName;
    QString shopCipher;
    /// The shop's region code ("US", "GB"); analytics days are local to the shop's time zone.
    QString region;
    /// The built-in sandbox shop rather than a real one; the UI labels it "Demo shop".
    bool demo = false;

    /// What local data (cache, outbox, audit log) is filed under: the shop id, or the cipher when
    /// only the cipher is known (credentials given on the command line).
    QString localId() const { return shopId.isEmpty() ? shopCipher : shopId; }
};

} // namespace ShopDesk
