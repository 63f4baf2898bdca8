#include "sandboxserver.h"

#include <mutex>

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "core/logging.h"
#include "domain/compactjsonwriter.h"
#include "sandbox/avatarimage.h"
#include "sandbox/faultplan.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestverifier.h"
#include "sandbox/sandboxaffiliateorderapi.h"
#include "sandbox/sandboxanalyticsapi.h"
#include "sandbox/sandboxauthhost.h"
#include "sandbox/sandboxauthorizationapi.h"
#include "sandbox/sandboxbodycheck.h"
#include "sandbox/sandboxcatalogapi.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcollaborationapi.h"
#include "sandbox/sandboxcreatorapi.h"
#include "sandbox/sandboxdocuments.h"
#include "sandbox/sandboxfulfillmentapi.h"
#include "sandbox/sandboximageapi.h"
#include "sandbox/sandboximagestore.h"
#include "sandbox/sandboxlistingaudit.h"
#include "sandbox/sandboxlistingwrites.h"
#include "sandbox/sandboxlogisticsapi.h"
#include "sandbox/sandboxorderapi.h"
#include "sandbox/sandboxproductapi.h"
#include "sandbox/sandboxproductwrites.h"
#include "sandbox/sandboxreturnapi.h"
#include "sandbox/sandboxreturnwrites.h"
#include "sandbox/sandboxroutetable.h"
#include "sandbox/sandboxshipmentwrites.h"
#include "sandbox/sandboxshipping.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/sandboxtokens.h"
#include "sandbox/sandboxwebhookapi.h"
#include "sandbox/sandboxwebhooksender.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
constexpr int httpMethodNotAllowed = 405;
constexpr int httpTooManyRequests = 429;

SandboxResponse rawJson(int httpStatus, const QJsonObject &object)
{
    SandboxResponse response;
    response.httpStatus = httpStatus;
    response.rawBody = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.contentType = "application/json";
    return response;
}

/// Lets shipped orders and listings under review of every shop catch up with the clock at once,
/// not only at their next call.
void moveShipmentsOn(QList<SandboxShop> &shops, qint64 now)
{
    for (SandboxShop &shop : shops) {
        SandboxShipping::advance(shop, now);
        SandboxListingAudit::advance(shop, now);
    }
}

QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

/// Qt HttpServer logs every request's URL at debug level, and the auth routes carry `app_secret`
/// and `auth_code` in theirs: its debug and info output stays off, whatever the logging rules say.
void keepHttpServerQuiet(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

SandboxResponse tooManyRequests()
{
    SandboxResponse response = SandboxResponse::failure(httpTooManyRequests, 36009002, u"Too many requests."_s);
    response.retryAfter = 1;
    return response;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_clock(std::make_unique<SandboxClock>(clock))
    , m_credentials(SeedData::generateCredentials(options.seed))
    , m_tokens(std::make_unique<SandboxTokens>())
    , m_routes(std::make_unique<SandboxRouteTable>())
    , m_verifier(std::make_unique<RequestVerifier>(m_credentials, *m_tokens, *m_clock))
    , m_rateLimiter(std::make_unique<RateLimiter>(options.queriesPerSecond))
    , m_faults(std::make_unique<FaultPlan>())
    , m_stats(std::make_unique<SandboxStats>())
    , m_webhooks(std::make_unique<SandboxWebhookSender>(m_credentials, *m_stats))
    , m_images(std::make_unique<SandboxImageStore>())
    , m_tokenSeed(options.seed)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { previousLogFilter = QLoggingCategory::installFilter(keepHttpServerQuiet); });
    resetState();
    SandboxAuthorizationApi(m_shops).addRoutes(*m_routes);
    SandboxProductApi(*m_images).addRoutes(*m_routes);
    SandboxAnalyticsApi().addRoutes(*m_routes);
    SandboxProductWrites().addRoutes(*m_routes);
    SandboxOrderApi().addRoutes(*m_routes);
    SandboxFulfillmentApi().addRoutes(*m_routes);
    SandboxShipmentWrites().addRoutes(*m_routes);
    SandboxLogisticsApi().addRoutes(*m_routes);
    SandboxWebhookApi().addRoutes(*m_routes);
    SandboxCreatorApi().addRoutes(*m_routes);
    SandboxCollaborationApi().addRoutes(*m_routes);
    SandboxAffiliateOrderApi().addRoutes(*m_routes);
    SandboxCatalogApi().addRoutes(*m_routes);
    SandboxImageApi(*m_images).addRoutes(*m_routes);
    SandboxListingWrites(*m_images).addRoutes(*m_routes);
    SandboxReturnApi().addRoutes(*m_routes);
    SandboxReturnWrites().addRoutes(*m_routes);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::resetState()
{
    m_clock->reset();
    m_shops = SeedData::generateShops(
        {m_options.seed, m_options.productsPerShop, m_clock->nowSecs(), m_options.ordersPerShop});
    *m_tokens = SandboxTokens();
    m_tokens->addAccessToken(m_credentials.accessToken, m_clock->nowSecs() + m_options.accessTokenLifetime);
    m_tokens->addRefreshToken(m_credentials.refreshToken, m_clock->nowSecs() + m_options.refreshTokenLifetime);
    *m_faults = FaultPlan();
    *m_stats = SandboxStats();
    m_webhooks->clear();
    m_images->clear();
    m_authHost = std::make_unique<SandboxAuthHost>(m_credentials, *m_tokens, *m_clock, m_shops,
        AuthHostOptions{m_options.accessTokenLifetime, m_options.refreshTokenLifetime, m_options.redirectUrl},
        m_options.seed);
    m_rateLimiter->setQueriesPerSecond(m_options.queriesPerSecond);
}

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
    connection.authBaseUrl = baseUrl(); // the sandbox serves both hosts
    connection.appKey = m_credentials.appKey;
    connection.appSecret = Secret(m_credentials.appSecret);
    connection.accessToken = Secret(m_credentials.accessToken);
    connection.refreshToken = Secret(m_credentials.refreshToken);
    if (shopIndex >= 0 && shopIndex < m_shops.size()) {
        const AuthorizedShop &shop = m_shops.at(shopIndex).info;
        connection.shopId = shop.id;
        connection.shopName = shop.name;
        connection.shopCipher = shop.cipher;
        connection.region = shop.region;
    }
    return connection;
}

QByteArray SandboxServer::issueAccessToken(qint64 lifetime)
{
    SeedRandom random(m_tokenSeed++ * 7919);
    return m_tokens->issueAccessToken(random, m_clock->nowSecs() + lifetime);
}

QJsonObject SandboxServer::stats() const
{
    SandboxStats stats = *m_stats;
    stats.tokenRefreshes = m_authHost->refreshCount();
    return stats.toJson();
}

void SandboxServer::setFaultPlan(const FaultPlan &plan)
{
    *m_faults = plan;
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_clock->advance(seconds);
    moveShipmentsOn(m_shops, m_clock->nowSecs());
    for (SandboxShop &shop : m_shops)
        m_webhooks->deliver(shop, m_clock->nowSecs());
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest parsed = SandboxRequest::fromHttp(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    // The gateway refuses an oversized body before any route reads it.
    if (const auto tooLarge = SandboxBodyCheck::checkSize(parsed)) {
        respond(responder, *tooLarge, encode(*tooLarge));
    } else if (parsed.path.startsWith(u"/sandbox/")) {
        const SandboxResponse response = admin(parsed);
        respond(responder, response, encode(response));
    } else if (SandboxAuthHost::handles(parsed.path)) {
        const SandboxResponse response = m_authHost->handle(parsed);
        respond(responder, response, encode(response));
    } else {
        handleBusinessRequest(parsed, std::move(responder));
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const SandboxResponse response = SandboxResponse::failure(httpNotFound, 36009009, u"Invalid path."_s);
    respond(responder, response, encode(response));
}

void SandboxServer::handleBusinessRequest(const SandboxRequest &request, QHttpServerResponder &&responder)
{
    const SandboxRouteTable::Match match = m_routes->match(request.method, request.path);
    SandboxResponse response;
    Fault fault;
    if (match.outcome == SandboxRouteTable::Outcome::UnknownPath) {
        response = SandboxResponse::failure(httpNotFound, 36009009, u"Invalid path: %1."_s.arg(request.path));
    } else if (match.outcome == SandboxRouteTable::Outcome::WrongMethod) {
        response = SandboxResponse::failure(httpMethodNotAllowed, 36009010, u"Invalid method."_s);
    } else if (match.outcome == SandboxRouteTable::Outcome::UnsupportedVersion) {
        response = SandboxResponse::failure(
            httpNotFound, 36009014, u"The version name is invalid. Please check the API version."_s);
    } else {
        const QString route = match.route->templatePath();
        ++m_stats->requests[route];
        fault = m_faults->next(route);
        if (fault.kind != FaultKind::None)
            ++m_stats->faultsInjected;
        const QString bucket
            = request.queryValue(u"app_key") + u'|' + request.queryValue(u"shop_cipher") + u'|' + route;
        if (fault.kind == FaultKind::RateLimit || !m_rateLimiter->allow(bucket)) {
            ++m_stats->rateLimited;
            response = tooManyRequests();
        } else if (fault.kind == FaultKind::ServiceUnavailable) {
            response = SandboxResponse::failure(503, 36009003, u"Service is temporarily unavailable."_s);
            response.retryAfter = 1;
        } else if (fault.kind == FaultKind::InternalError) {
            response = SandboxResponse::failure(500, 36009003, u"Internal error, please retry later."_s);
        } else if (fault.kind == FaultKind::DropConnection) {
            responder.socket()->abort();
            return;
        } else {
            response = dispatch(request, *match.route, match.pathArgs);
        }
    }

    QByteArray body = encode(response);
    if (fault.kind == FaultKind::Truncate)
        body.truncate(body.size() / 2);
    else if (fault.kind == FaultKind::Malformed)
        body = "<html><body><h1>502 Bad Gateway</h1></body></html>" + body.left(16);
    if (fault.kind != FaultKind::Latency) {
        respond(responder, response, body);
        return;
    }
    // A slow answer: the request already took effect; the reply arrives late, if the client still waits.
    auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = delayed->socket();
    QTimer::singleShot(fault.latencyMs, this, [delayed, socket, response, body] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            respond(*delayed, response, body);
    });
}

SandboxResponse SandboxServer::dispatch(
    const SandboxRequest &request, const SandboxRoute &route, const QHash<QString, QString> &pathArgs)
{
    if (auto refusal = SandboxBodyCheck::checkContentType(request))
        return *refusal;
    SandboxShop *shop = nullptr;
    if (auto failure = m_verifier->verify(request, route, m_shops, &shop))
        return *failure;
    // Shipments and reviews move on with the clock; whatever the call reads, it sees them as they are now.
    if (shop) {
        SandboxShipping::advance(*shop, m_clock->nowSecs());
        SandboxListingAudit::advance(*shop, m_clock->nowSecs());
    }

    // Uploads are multipart/form-data; their route reads the raw body.
    QJsonObject body;
    if (request.method != "GET" && !request.body.isEmpty() && !SandboxBodyCheck::isMultipart(request)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!document.isObject())
            return SandboxResponse::failure(
                httpBadRequest, 36009022, u"The request body must be a JSON object: %1."_s.arg(error.errorString()));
        body = document.object();
    }
    SandboxResponse response
        = route.handler(SandboxCall{request, shop, pathArgs, body, m_stats.get(), m_clock->nowSecs()});
    // Whatever the call changed is told to the shop's webhook subscribers.
    if (shop)
        m_webhooks->deliver(*shop, m_clock->nowSecs());
    return response;
}

SandboxResponse SandboxServer::admin(const SandboxRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.path == u"/sandbox/stats" && request.method == "GET")
        return rawJson(200, stats());
    if (request.path == u"/sandbox/faults") {
        if (request.method == "DELETE") {
            *m_faults = FaultPlan();
        } else if (request.method == "POST") {
            Result<FaultPlan> plan = FaultPlan::fromJson(body);
            if (!plan)
                return rawJson(httpBadRequest, {{u"error"_s, plan.error().toString()}});
            *m_faults = std::move(plan).value();
        }
        return rawJson(200, m_faults->toJson());
    }
    if (request.path == u"/sandbox/clock") {
        if (request.method == "POST")
            advanceClock(body.value(u"advance_seconds"_s).toInteger());
        return rawJson(
            200, {{u"now"_s, m_clock->nowSecs()}, {u"offset"_s, m_clock->nowSecs() - m_clock->base().nowSecs()}});
    }
    if (request.path == u"/sandbox/rate_limit" && request.method == "POST") {
        m_rateLimiter->setQueriesPerSecond(body.value(u"qps"_s).toInt(m_options.queriesPerSecond));
        return rawJson(200, {{u"qps"_s, m_rateLimiter->queriesPerSecond()}});
    }
    if (SandboxImageStore::handles(request.path))
        return m_images->serve(request);
    if (SandboxDocuments::handles(request.path))
        return SandboxDocuments::serve(m_shops, request, m_clock->nowSecs());
    if (request.path == u"/sandbox/reset" && request.method == "POST") {
        resetState();
        return rawJson(200, {{u"reset"_s, true}});
    }
    if (request.path.startsWith(u"/sandbox/avatars/") && request.path.endsWith(u".png") && request.method == "GET") {
        // Creator avatars of the marketplace search: unsigned, like a CDN.
        const QString openId = request.path.mid(17).chopped(4);
        SandboxResponse avatar;
        avatar.rawBody = AvatarImage::png(openId);
        avatar.contentType = "image/png";
        return avatar;
    }
    return rawJson(httpNotFound, {{u"error"_s, u"unknown sandbox admin route"_s}});
}

QByteArray SandboxServer::encode(const SandboxResponse &response)
{
    if (!response.contentType.isEmpty())
        return response.rawBody;
    if (!response.dataJson.isEmpty()) {
        // The same envelope as below, keys in QJsonObject's order, around data written beforehand.
        CompactJsonWriter json(response.dataJson.size() + 128);
        json.beginObject();
        json.key("code");
        json.integer(response.code);
        json.key("data");
        json.raw(response.dataJson);
        json.field("message", response.message);
        json.field("request_id", nextRequestId());
        json.endObject();
        return json.take();
    }
    const QJsonObject envelope{
        {u"code"_s, response.code},
        {u"message"_s, response.message},
        {u"request_id"_s, nextRequestId()},
        {u"data"_s, response.data},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

void SandboxServer::respond(QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &body)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.httpStatus));
    responder.writeHeader("Content-Type", response.contentType.isEmpty() ? "application/json" : response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (response.retryAfter > 0)
        responder.writeHeader("Retry-After", QByteArray::number(response.retryAfter));
    responder.writeBody(body);
}

QString SandboxServer::nextRequestId()
{
    // Production ids are a UTC timestamp followed by hex; keep that shape.
    return m_clock->now().toString(u"yyyyMMddHHmmss"_s)
        + QString::number(++m_requestSerial, 16).toUpper().rightJustified(18, u'0');
}

} // namespace ShopDesk
