#pragma once

#include <optional>

#include <QList>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

class SandboxClock;
class SandboxTokens;
struct SandboxCredentials;

/// The gate every sandbox business request passes, in the production order of concerns: app key,
/// sign and timestamp (reference section 3), access token (105001/105002), then the shop scope
/// (106013 when the cipher is missing, 36009004 where it is forbidden).
class RequestVerifier final
{
public:
    /// Timestamps are checked against the clock's base (real time), token expiry against the
    /// simulated time.
    RequestVerifier(const SandboxCredentials &credentials, const SandboxTokens &tokens, const SandboxClock &clock);

    /// A failure to answer with, or nothing when the request may proceed; `shop` is set for
    /// shop-scoped routes.
    std::optional<SandboxResponse> verify(
        const SandboxRequest &request, const SandboxRoute &route, QList<SandboxShop> &shops, SandboxShop **shop) const;

    /// Oldest and newest acceptable `timestamp` relative to the sandbox clock, in seconds.
    static constexpr qint64 maxClockBehind = 300;
    static constexpr qint64 maxClockAhead = 30;

private:
    std::optional<SandboxResponse> verifySignature(const SandboxRequest &request) const;
    std::optional<SandboxResponse> verifyShop(
        const SandboxRequest &request, const SandboxRoute &route, QList<SandboxShop> &shops, SandboxShop **shop) const;

    const SandboxCredentials &m_credentials;
    const SandboxTokens &m_tokens;
    const SandboxClock &m_clock;
};

} // namespace ShopDesk
