#pragma once

#include <QByteArray>
#include <QHash>

namespace ShopDesk {

class SeedRandom;

/// Access tokens the sandbox has issued, each with its expiry on the sandbox clock.
class SandboxTokens final
{
public:
    enum class State { Valid, Expired, Unknown };

    void add(const QByteArray &token, qint64 expiresAt);
    QByteArray issue(SeedRandom &random, qint64 expiresAt);
    State state(const QByteArray &token, qint64 now) const;
    void revoke(const QByteArray &token) { m_expiry.remove(token); }

private:
    QHash<QByteArray, qint64> m_expiry;
};

} // namespace ShopDesk
