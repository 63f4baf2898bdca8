#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <memory>

#include "api/shopconnection.h"
#include "sandbox/seeddata.h"

class QHttpServerResponder;

namespace ShopDesk {

class Clock;
class RequestVerifier;
class SandboxRouteTable;
class SandboxTokens;
struct SandboxResponse;
struct SandboxRequest;

struct SandboxOptions
{
    quint64 seed = 1;
    int productsPerShop = 250;
    /// Lifetime of issued access tokens on the sandbox clock; production's default is 7 days.
    qint64 accessTokenLifetime = 7 * 86400;
};

/// The TikTok Shop protocol on loopback: ShopDesk's built-in demo shop and the server every
/// integration test talks to over real HTTP. It checks signatures, timestamps, tokens and shop
/// ciphers with the production error codes and pages with opaque tokens over deterministic data.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    SandboxServer(const SandboxOptions &options, const Clock &clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    QUrl baseUrl() const;

    const SandboxCredentials &credentials() const { return m_credentials; }
    QList<AuthorizedShop> shops() const;
    /// What a client needs to reach shop `shopIndex` with the demo credentials.
    ShopConnection shopConnection(qsizetype shopIndex) const;
    /// Issues another valid access token that expires `lifetime` seconds from the sandbox's now.
    QByteArray issueAccessToken(qint64 lifetime);
    /// Requests per route template ("GET /authorization/{version}/shops"), as `/sandbox/stats` gives.
    QJsonObject stats() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse dispatch(const SandboxRequest &request);
    SandboxResponse admin(const SandboxRequest &request) const;
    void respond(QHttpServerResponder &responder, const SandboxResponse &response);
    QString nextRequestId();

    const Clock &m_clock;
    SandboxCredentials m_credentials;
    QList<SandboxShop> m_shops;
    std::unique_ptr<SandboxTokens> m_tokens;
    std::unique_ptr<SandboxRouteTable> m_routes;
    std::unique_ptr<RequestVerifier> m_verifier;
    QMap<QString, qint64> m_requestCounts;
    qint64 m_requestSerial = 0;
    quint64 m_tokenSeed;
    quint16 m_port = 0;
};

} // namespace ShopDesk
