#include "sandboxtokens.h"

#include "sandbox/seedrandom.h"

namespace ShopDesk {

void SandboxTokens::add(const QByteArray &token, qint64 expiresAt)
{
    m_expiry.insert(token, expiresAt);
}

QByteArray SandboxTokens::issue(SeedRandom &random, qint64 expiresAt)
{
    QByteArray raw;
    for (int i = 0; i < 24; ++i)
        raw += static_cast<char>(random.next() & 0xFF);
    const QByteArray token = "TTP_" + raw.toHex();
    add(token, expiresAt);
    return token;
}

SandboxTokens::State SandboxTokens::state(const QByteArray &token, qint64 now) const
{
    const auto it = m_expiry.constFind(token);
    if (it == m_expiry.cend())
        return State::Unknown;
    return now < it.value() ? State::Valid : State::Expired;
}

} // namespace ShopDesk
