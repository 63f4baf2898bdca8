#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>

#include "core/clock.h"
#include "core/logging.h"
#include "sandbox/requestverifier.h"
#include "sandbox/sandboxauthorizationapi.h"
#include "sandbox/sandboxproductapi.h"
#include "sandbox/sandboxroutetable.h"
#include "sandbox/sandboxtokens.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
constexpr int httpMethodNotAllowed = 405;

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(clock)
    , m_credentials(SeedData::generateCredentials(options.seed))
    , m_shops(SeedData::generateShops({options.seed, options.productsPerShop, clock.nowSecs()}))
    , m_tokens(std::make_unique<SandboxTokens>())
    , m_routes(std::make_unique<SandboxRouteTable>())
    , m_verifier(std::make_unique<RequestVerifier>(m_credentials, *m_tokens, clock))
    , m_tokenSeed(options.seed)
{
    m_tokens->add(m_credentials.accessToken, clock.nowSecs() + options.accessTokenLifetime);
    SandboxAuthorizationApi(m_shops).addRoutes(*m_routes);
    SandboxProductApi().addRoutes(*m_routes);
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port != 0)
        qCInfo(lcSandbox).noquote() << "sandbox listening on" << baseUrl().toString();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QList<AuthorizedShop> SandboxServer::shops() const
{
    QList<AuthorizedShop> result;
    for (const SandboxShop &shop : m_shops)
        result.append(shop.info);
    return result;
}

ShopConnection SandboxServer::shopConnection(qsizetype shopIndex) const
{
    ShopConnection connection;
    connection.apiBaseUrl = baseUrl();
    connection.appKey = m_credentials.appKey;
    connection.appSecret = Secret(m_credentials.appSecret);
    connection.accessToken = Secret(m_credentials.accessToken);
    if (shopIndex >= 0 && shopIndex < m_shops.size()) {
        const AuthorizedShop &shop = m_shops.at(shopIndex).info;
        connection.shopId = shop.id;
        connection.shopName = shop.name;
        connection.shopCipher = shop.cipher;
    }
    return connection;
}

QByteArray SandboxServer::issueAccessToken(qint64 lifetime)
{
    SeedRandom random(m_tokenSeed++ * 7919);
    return m_tokens->issue(random, m_clock.nowSecs() + lifetime);
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject requests;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it)
        requests.insert(it.key(), it.value());
    return {{u"requests"_s, requests}};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest parsed = SandboxRequest::fromHttp(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder, parsed.path.startsWith(u"/sandbox/") ? admin(parsed) : dispatch(parsed));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder, SandboxResponse::failure(httpNotFound, 36009009, u"Invalid path."_s));
}

SandboxResponse SandboxServer::dispatch(const SandboxRequest &request)
{
    const SandboxRouteTable::Match match = m_routes->match(request.method, request.path);
    switch (match.outcome) {
    case SandboxRouteTable::Outcome::UnknownPath:
        return SandboxResponse::failure(httpNotFound, 36009009, u"Invalid path: %1."_s.arg(request.path));
    case SandboxRouteTable::Outcome::WrongMethod:
        return SandboxResponse::failure(httpMethodNotAllowed, 36009010, u"Invalid method."_s);
    case SandboxRouteTable::Outcome::UnsupportedVersion:
        return SandboxResponse::failure(
            httpNotFound, 36009014, u"The version name is invalid. Please check the API version."_s);
    case SandboxRouteTable::Outcome::Matched:
        break;
    }
    const SandboxRoute &route = *match.route;
    ++m_requestCounts[route.templatePath()];

    SandboxShop *shop = nullptr;
    if (auto failure = m_verifier->verify(request, route, m_shops, &shop))
        return *failure;

    QJsonObject body;
    if (request.method != "GET" && !request.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!document.isObject())
            return SandboxResponse::failure(
                httpBadRequest, 36009022, u"The request body must be a JSON object: %1."_s.arg(error.errorString()));
        body = document.object();
    }
    return route.handler(SandboxCall{request, shop, match.pathArgs, body});
}

SandboxResponse SandboxServer::admin(const SandboxRequest &request) const
{
    if (request.method == "GET" && request.path == u"/sandbox/stats")
        return SandboxResponse::success(stats());
    return SandboxResponse::failure(httpNotFound, 36009009, u"Unknown sandbox admin route."_s);
}

void SandboxServer::respond(QHttpServerResponder &responder, const SandboxResponse &response)
{
    const QJsonObject envelope{
        {u"code"_s, response.code},
        {u"message"_s, response.message},
        {u"request_id"_s, nextRequestId()},
        {u"data"_s, response.data},
    };
    responder.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact), "application/json",
        static_cast<QHttpServerResponder::StatusCode>(response.httpStatus));
}

QString SandboxServer::nextRequestId()
{
    // Production ids are a UTC timestamp followed by hex; keep that shape.
    return m_clock.now().toString(u"yyyyMMddHHmmss"_s)
        + QString::number(++m_requestSerial, 16).toUpper().rightJustified(18, u'0');
}

} // namespace ShopDesk
