#include "sandboxauthhost.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxtokens.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpUnauthorized = 401;
constexpr qint64 noAuthRecord = 36004005;
constexpr qint64 refreshTokenExpired = 36004001;

const QStringList grantedScopes{u"seller.authorization.info"_s, u"seller.product.basic"_s, u"seller.order.info"_s,
    u"seller.fulfillment.basic"_s, u"seller.return_refund.basic"_s, u"seller.affiliate_collaboration.read"_s,
    u"data.shop_analytics.public.read"_s};

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SandboxAuthHost::SandboxAuthHost(const SandboxCredentials &credentials, SandboxTokens &tokens,
    const SandboxClock &clock, const QList<SandboxShop> &shops, AuthHostOptions options, quint64 seed)
    : m_credentials(credentials)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_shops(shops)
    , m_options(std::move(options))
    , m_random(seed ^ 0xA0A0C0DEULL)
{ }

bool SandboxAuthHost::handles(const QString &path)
{
    return path.startsWith(u"/api/v2/token/") || path == u"/open/authorize" || path == u"/oauth/authorize";
}

SandboxResponse SandboxAuthHost::handle(const SandboxRequest &request)
{
    if (request.method == "GET" && request.path == u"/api/v2/token/get")
        return getToken(request);
    if (request.method == "GET" && request.path == u"/api/v2/token/refresh")
        return refreshToken(request);
    if (request.method == "GET" && (request.path == u"/open/authorize" || request.path == u"/oauth/authorize"))
        return authorizePage(request);
    return SandboxResponse::failure(404, 36009009, u"Invalid path."_s);
}

SandboxResponse SandboxAuthHost::authorizePage(const SandboxRequest &request)
{
    // The legacy link names the app by app_key, the current one by service_id.
    const bool knownApp = request.queryValue(u"app_key") == m_credentials.appKey || request.hasQuery(u"service_id");
    if (!knownApp)
        return SandboxResponse::html(httpBadRequest, u"<h1>Unknown app</h1><p>The link names no app.</p>"_s);

    QString code = u"ROW_"_s;
    for (int i = 0; i < 6; ++i)
        code += QString::number(m_random.next() % 0xFFFFFFFFULL, 36);
    m_authCodes.insert(code, m_clock.nowSecs() + authCodeLifetime);

    QUrl redirect(m_options.redirectUrl);
    QUrlQuery query;
    query.addQueryItem(u"code"_s, code);
    if (request.hasQuery(u"state"))
        query.addQueryItem(u"state"_s, request.queryValue(u"state"));
    redirect.setQuery(query);
    const QString target = redirect.toString(QUrl::FullyEncoded);
    const QString shopName = m_shops.isEmpty() ? QString() : m_shops.first().info.name;
    return SandboxResponse::html(200,
        u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Authorize ShopDesk</title></head><body>"
        "<h1>%1 authorized ShopDesk</h1><p>This is the ShopDesk sandbox. Copy this address into ShopDesk "
        "(it is valid for 30 minutes):</p><p><a id=\"redirect\" href=\"%2\">%2</a></p></body></html>"_s.arg(
            escapeHtml(shopName), escapeHtml(target)));
}

std::optional<SandboxResponse> SandboxAuthHost::checkApp(const SandboxRequest &request, QStringView grantType) const
{
    if (request.queryValue(u"app_key") != m_credentials.appKey
        || request.queryValue(u"app_secret").toUtf8() != m_credentials.appSecret)
        return SandboxResponse::failure(httpUnauthorized, 36009004, u"Invalid app_key or app_secret."_s);
    if (request.queryValue(u"grant_type") != grantType)
        return SandboxResponse::failure(httpBadRequest, 36009004, u"Invalid grant_type, expected %1."_s.arg(grantType));
    return std::nullopt;
}

SandboxResponse SandboxAuthHost::getToken(const SandboxRequest &request)
{
    if (auto failure = checkApp(request, u"authorized_code"))
        return *failure;
    const QString code = request.queryValue(u"auth_code");
    const qint64 expiry = m_authCodes.take(code); // single use, whatever happens next
    if (expiry == 0 || m_clock.nowSecs() >= expiry)
        return SandboxResponse::failure(httpBadRequest, noAuthRecord, u"can not find related auth record"_s);
    const qint64 now = m_clock.nowSecs();
    const SandboxTokens::Grant grant
        = m_tokens.issueGrant(m_random, now + m_options.accessTokenLifetime, now + m_options.refreshTokenLifetime);
    return SandboxResponse::success(
        grantData(grant.accessToken, grant.accessExpiresAt, grant.refreshToken, grant.refreshExpiresAt));
}

SandboxResponse SandboxAuthHost::refreshToken(const SandboxRequest &request)
{
    if (auto failure = checkApp(request, u"refresh_token"))
        return *failure;
    const QByteArray used = request.queryValue(u"refresh_token").toUtf8();
    const qint64 now = m_clock.nowSecs();
    switch (m_tokens.refreshState(used, now)) {
    case SandboxTokens::State::Unknown:
        return SandboxResponse::failure(httpBadRequest, noAuthRecord, u"can not find related auth record"_s);
    case SandboxTokens::State::Expired:
        return SandboxResponse::failure(httpBadRequest, refreshTokenExpired, u"rt has expired"_s);
    case SandboxTokens::State::Valid:
        break;
    }
    m_tokens.revokeRefreshToken(used);
    ++m_refreshCount;
    const SandboxTokens::Grant grant
        = m_tokens.issueGrant(m_random, now + m_options.accessTokenLifetime, now + m_options.refreshTokenLifetime);
    return SandboxResponse::success(
        grantData(grant.accessToken, grant.accessExpiresAt, grant.refreshToken, grant.refreshExpiresAt));
}

QJsonObject SandboxAuthHost::grantData(
    const QByteArray &access, qint64 accessExpiry, const QByteArray &refresh, qint64 refreshExpiry) const
{
    const SandboxShop *shop = m_shops.isEmpty() ? nullptr : &m_shops.first();
    return {
        {u"access_token"_s, QString::fromLatin1(access)},
        {u"access_token_expire_in"_s, accessExpiry},
        {u"refresh_token"_s, QString::fromLatin1(refresh)},
        {u"refresh_token_expire_in"_s, refreshExpiry},
        {u"open_id"_s, u"7010736057180325637"_s},
        {u"seller_name"_s, shop ? shop->info.name : QString()},
        {u"seller_base_region"_s, shop ? shop->info.region : QString()},
        {u"user_type"_s, 0},
        {u"granted_scopes"_s, QJsonArray::fromStringList(grantedScopes)},
    };
}

} // namespace ShopDesk
