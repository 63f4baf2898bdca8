#pragma once

#include <memory>
#include <utility>

#include <QJsonObject>

#include "api/shopconnection.h"
#include "fakeclock.h"
#include "sandbox/sandboxserver.h"

namespace ShopDesk {

/// A SandboxServer on 127.0.0.1 with a free port and a frozen clock shared with the client side,
/// as every integration test uses it. Faults come from the sandbox, never from a fake network.
class SandboxFixture final
{
public:
    explicit SandboxFixture(const SandboxOptions &options = {});

    bool isListening() const { return m_port != 0; }
    SandboxServer &server() { return *m_server; }
    FakeClock &clock() { return m_clock; }
    /// A connection to shop `shopIndex` with the sandbox's demo credentials.
    ShopConnection connection(qsizetype shopIndex = 0) const { return m_server->shopConnection(shopIndex); }
    /// Calls an unsigned `/sandbox/…` admin route or an auth host route over real HTTP and returns
    /// the HTTP status and body (empty status 0 when no answer came).
    std::pair<int, QByteArray> httpCall(
        const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});
    /// The JSON object of an admin route's answer.
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /// Follows an authorization link on the sandbox's consent page and returns what the seller
    /// copies from it: the redirect address with code and state (empty when the page refused).
    QString consent(const QUrl &link);

private:
    FakeClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    quint16 m_port = 0;
};

} // namespace ShopDesk
