#pragma once

#include <QJsonObject>
#include <QStringList>

#include "core/result.h"
#include "core/secret.h"

namespace ShopDesk {

/// What the auth host hands out for an authorization code or a refresh (reference section 2.2).
struct TokenGrant
{
    Secret accessToken;
    qint64 accessTokenExpiresAt = 0; ///< epoch seconds
    Secret refreshToken;
    qint64 refreshTokenExpiresAt = 0; ///< epoch seconds
    QString openId;
    QString sellerName;
    QString sellerBaseRegion;
    int userType = 0;
    QStringList grantedScopes;
};

class TokenGrantCodec final
{
public:
    /// Reference section 11.2: `*_expire_in` is documented as an absolute epoch, but one source
    /// shows a duration. Values above this are read as epochs, smaller ones as seconds from now.
    static constexpr qint64 absoluteExpiryThreshold = 1'000'000'000;

    static Result<TokenGrant> decode(const QJsonObject &data, qint64 nowSecs);
    static qint64 expiryFrom(qint64 expireIn, qint64 nowSecs);
};

} // namespace ShopDesk
