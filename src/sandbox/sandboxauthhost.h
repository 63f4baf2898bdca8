#pragma once

#include <QHash>
#include <QList>

#include "sandbox/sandboxroutetable.h"
#include "sandbox/seedrandom.h"

namespace ShopDesk {

class SandboxClock;
class SandboxTokens;
struct SandboxCredentials;
struct SandboxShop;

struct AuthHostOptions
{
    qint64 accessTokenLifetime = 7 * 86400;
    qint64 refreshTokenLifetime = 365 * 86400;
    /// Where the authorization page sends the seller; ShopDesk reads the code from this address.
    QString redirectUrl = QStringLiteral("https://shopdesk.invalid/oauth/callback");
};

/// The auth host of the sandbox (reference section 2): the seller authorization page and the
/// unsigned token exchange and refresh on `/api/v2/token/…`. Auth codes are single-use and live 30
/// minutes; refresh tokens rotate.
class SandboxAuthHost final
{
public:
    SandboxAuthHost(const SandboxCredentials &credentials, SandboxTokens &tokens, const SandboxClock &clock,
        const QList<SandboxShop> &shops, AuthHostOptions options, quint64 seed);

    static bool handles(const QString &path);
    SandboxResponse handle(const SandboxRequest &request);
    qint64 refreshCount() const { return m_refreshCount; }

    static constexpr qint64 authCodeLifetime = 30 * 60;

private:
    SandboxResponse authorizePage(const SandboxRequest &request);
    SandboxResponse getToken(const SandboxRequest &request);
    SandboxResponse refreshToken(const SandboxRequest &request);
    std::optional<SandboxResponse> checkApp(const SandboxRequest &request, QStringView grantType) const;
    QJsonObject grantData(
        const QByteArray &access, qint64 accessExpiry, const QByteArray &refresh, qint64 refreshExpiry) const;

    const SandboxCredentials &m_credentials;
    SandboxTokens &m_tokens;
    const SandboxClock &m_clock;
    const QList<SandboxShop> &m_shops;
    AuthHostOptions m_options;
    SeedRandom m_random;
    QHash<QString, qint64> m_authCodes; // code -> expiry
    qint64 m_refreshCount = 0;
};

} // namespace ShopDesk
