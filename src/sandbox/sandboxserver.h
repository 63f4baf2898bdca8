#pragma once

#include <memory>

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include "api/shopconnection.h"
#include "sandbox/seeddata.h"

class QHttpServerResponder;

namespace ShopDesk {

class Clock;
class FaultPlan;
class RateLimiter;
class RequestVerifier;
class SandboxAuthHost;
class SandboxClock;
class SandboxImageStore;
class SandboxRouteTable;
class SandboxTokens;
struct SandboxRequest;
struct SandboxResponse;
struct SandboxRoute;
struct SandboxStats;
class SandboxWebhookSender;
enum class FaultKind;

struct SandboxOptions
{
    quint64 seed = 1;
    int productsPerShop = 250;
    /// Lifetime of issued access tokens on the sandbox clock; production's default is 7 days.
    qint64 accessTokenLifetime = 7 * 86400;
    qint64 refreshTokenLifetime = 365 * 86400;
    /// Requests per second per (app, shop, endpoint); 0 turns the limit off.
    int queriesPerSecond = 50;
    QString redirectUrl = QStringLiteral("https://shopdesk.invalid/oauth/callback");
    /// Orders generated per shop; last so that existing positional initializers keep their meaning.
    int ordersPerShop = 200;
};

/// The TikTok Shop protocol on loopback: ShopDesk's built-in demo shop and the server every
/// integration test talks to over real HTTP. It checks signatures, timestamps, tokens and shop
/// ciphers with the production error codes, limits the request rate, pages with opaque tokens over
/// deterministic data, serves the auth host, and injects the faults a FaultPlan asks for.
/// `/sandbox/…` admin routes (unsigned) expose stats, faults, the clock and a reset.
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
    /// The figures `GET /sandbox/stats` returns.
    QJsonObject stats() const;
    void setFaultPlan(const FaultPlan &plan);
    void advanceClock(qint64 seconds);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void resetState();
    void handleBusinessRequest(const SandboxRequest &request, QHttpServerResponder &&responder);
    SandboxResponse dispatch(
        const SandboxRequest &request, const SandboxRoute &route, const QHash<QString, QString> &pathArgs);
    SandboxResponse admin(const SandboxRequest &request);
    QByteArray encode(const SandboxResponse &response);
    static void respond(QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &body);
    QString nextRequestId();

    const SandboxOptions m_options;
    std::unique_ptr<SandboxClock> m_clock;
    SandboxCredentials m_credentials;
    QList<SandboxShop> m_shops;
    std::unique_ptr<SandboxTokens> m_tokens;
    std::unique_ptr<SandboxRouteTable> m_routes;
    std::unique_ptr<RequestVerifier> m_verifier;
    std::unique_ptr<SandboxAuthHost> m_authHost;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<SandboxStats> m_stats;
    std::unique_ptr<SandboxWebhookSender> m_webhooks;
    std::unique_ptr<SandboxImageStore> m_images;
    qint64 m_requestSerial = 0;
    quint64 m_tokenSeed;
    quint16 m_port = 0;
};

} // namespace ShopDesk
