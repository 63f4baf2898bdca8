#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace ShopDesk {

class SeedRandom;

/// The tokens the sandbox has issued, with expiry on the sandbox clock. Refresh tokens rotate: a
/// refresh revokes the one it used (reference section 2.3).
class SandboxTokens final
{
public:
    enum class State { Valid, Expired, Unknown };

    struct Grant
    {
        QByteArray accessToken;
        qint64 accessExpiresAt = 0;
        QByteArray refreshToken;
        qint64 refreshExpiresAt = 0;
    };

    void addAccessToken(const QByteArray &token, qint64 expiresAt) { m_access.insert(token, expiresAt); }
    void addRefreshToken(const QByteArray &token, qint64 expiresAt) { m_refresh.insert(token, expiresAt); }
    QByteArray issueAccessToken(SeedRandom &random, qint64 expiresAt);
    Grant issueGrant(SeedRandom &random, qint64 accessExpiresAt, qint64 refreshExpiresAt);

    State accessState(const QByteArray &token, qint64 now) const;
    /// Unknown: never issued. Expired: past its expiry, or already used for a refresh.
    State refreshState(const QByteArray &token, qint64 now) const;
    void revokeRefreshToken(const QByteArray &token);

private:
    static QByteArray newToken(SeedRandom &random);

    QHash<QByteArray, qint64> m_access;
    QHash<QByteArray, qint64> m_refresh;
    QSet<QByteArray> m_revokedRefresh;
};

} // namespace ShopDesk
