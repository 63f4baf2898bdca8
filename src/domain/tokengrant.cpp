#include "tokengrant.h"

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

qint64 TokenGrantCodec::expiryFrom(qint64 expireIn, qint64 nowSecs)
{
    return expireIn > absoluteExpiryThreshold ? expireIn : nowSecs + expireIn;
}

Result<TokenGrant> TokenGrantCodec::decode(const QJsonObject &data, qint64 nowSecs)
{
    JsonReader reader(data, u"data"_s);
    TokenGrant grant;
    grant.accessToken = Secret(reader.string(u"access_token").toUtf8());
    grant.accessTokenExpiresAt = expiryFrom(reader.integer(u"access_token_expire_in"), nowSecs);
    grant.refreshToken = Secret(reader.string(u"refresh_token").toUtf8());
    grant.refreshTokenExpiresAt = expiryFrom(reader.integer(u"refresh_token_expire_in"), nowSecs);
    grant.openId = reader.optionalString(u"open_id");
    grant.sellerName = reader.optionalString(u"seller_name");
    grant.sellerBaseRegion = reader.optionalString(u"seller_base_region");
    grant.userType = static_cast<int>(reader.optionalInteger(u"user_type").value_or(0));
    grant.grantedScopes = reader.stringList(u"granted_scopes");
    if (!reader.failed() && grant.accessToken.isEmpty())
        reader.fail(u"access_token", u"is empty"_s);
    if (reader.failed())
        return reader.error();
    return grant;
}

} // namespace ShopDesk
