#include "sandboxtokens.h"

#include "sandbox/seedrandom.h"

namespace ShopDesk {

QByteArray SandboxTokens::newToken(SeedRandom &random)
{
    QByteArray raw;
    for (int i = 0; i < 24; ++i)
        raw += static_cast<char>(random.next() & 0xFF);
    return "TTP_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SandboxTokens::issueAccessToken(SeedRandom &random, qint64 expiresAt)
{
    const QByteArray token = newToken(random);
    addAccessToken(token, expiresAt);
    return token;
}

SandboxTokens::Grant SandboxTokens::issueGrant(SeedRandom &random, qint64 accessExpiresAt, qint64 refreshExpiresAt)
{
    Grant grant{issueAccessToken(random, accessExpiresAt), accessExpiresAt, newToken(random), refreshExpiresAt};
    addRefreshToken(grant.refreshToken, refreshExpiresAt);
    return grant;
}

SandboxTokens::State SandboxTokens::accessState(const QByteArray &token, qint64 now) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.cend())
        return State::Unknown;
    return now < it.value() ? State::Valid : State::Expired;
}

SandboxTokens::State SandboxTokens::refreshState(const QByteArray &token, qint64 now) const
{
    if (m_revokedRefresh.contains(token))
        return State::Expired;
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.cend())
        return State::Unknown;
    return now < it.value() ? State::Valid : State::Expired;
}

void SandboxTokens::revokeRefreshToken(const QByteArray &token)
{
    m_refresh.remove(token);
    m_revokedRefresh.insert(token);
}

} // namespace ShopDesk
