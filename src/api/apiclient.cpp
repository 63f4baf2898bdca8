#include "apiclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include "api/authhostclient.h"
#include "api/envelopeparser.h"
#include "core/clock.h"
#include "core/logging.h"
#include "domain/jsonreader.h"
#include "security/logredaction.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

constexpr auto defaultTransferTimeout = 30s;
constexpr auto accessTokenHeader = "x-tts-access-token";
constexpr auto longestRetryAfter = 60s;
/// Rate-limit refusals in a row retried within a few throttle slots, before Retry-After rules.
constexpr int quickRateLimitRetries = 2;

/// Values are percent-encoded here rather than by QUrlQuery, which leaves `+` as is: servers read
/// a bare `+` as a space and the signature no longer matches (reference section 3.1).
QString encodeQuery(const QueryItems &items)
{
    QByteArray encoded;
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(encoded);
}

} // namespace

struct ApiClient::Attempt
{
    ApiCall call;
    QPointer<Reply<QJsonObject>> reply;
    int number = 0;
    int tokenGeneration = 0;
    bool replayedAfterRefresh = false;
    QPointer<QNetworkReply> network;
};

struct ApiClient::PagedFetch
{
    ApiCall call;
    PageSteps steps;
    PageRequests order = PageRequests::AfterHandler;
    qint64 itemsRead = 0;
    QPointer<ApiReply> currentPage;
    /// Pages being decoded. A page asked for ahead can fail before the one before it is decoded:
    /// its error waits for that page, so that the walk's handler sees every page read before it.
    int decoding = 0;
    std::optional<ApiError> failure;
};

ApiClient::ApiClient(ShopConnection connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_authHost(new AuthHostClient(*m_network, clock, this))
    , m_transferTimeout(defaultTransferTimeout)
    , m_throttle(defaultQueriesPerSecond)
{ }

ApiClient::~ApiClient() = default;

Reply<QJsonObject> *ApiClient::send(const ApiCall &call)
{
    auto *reply = new Reply<QJsonObject>(this);
    auto attempt = std::make_shared<Attempt>(Attempt{call, reply, 0, 0, false, {}});
    reply->setCancelHandler([attempt] {
        if (QNetworkReply *network = attempt->network) {
            QObject::disconnect(network, nullptr, attempt->reply, nullptr);
            network->abort();
            network->deleteLater();
        }
    });
    if (call.endpoint().scope == ShopScope::Required && m_connection.shopCipher.isEmpty()) {
        ApiError error = ApiError::decode(u"no shop is selected for this connection"_s);
        error.category = ApiErrorCategory::InvalidParameter;
        reply->finishWithErrorLater(error);
        return reply;
    }
    if (tokenNeedsRefresh())
        waitForFreshToken(attempt, 0);
    else
        schedule(attempt, 0ms);
    return reply;
}

void ApiClient::schedule(const std::shared_ptr<Attempt> &attempt, std::chrono::milliseconds delay)
{
    if (!attempt->reply || attempt->reply->isFinished())
        return;
    const Endpoint &endpoint = attempt->call.endpoint();
    delay = std::max(delay, m_throttle.reserve(endpoint.path.toString()));
    if (delay <= 0ms) {
        transmit(attempt);
        return;
    }
    QTimer::singleShot(delay, attempt->reply, [this, attempt] { transmit(attempt); });
}

void ApiClient::transmit(const std::shared_ptr<Attempt> &attempt)
{
    if (!attempt->reply || attempt->reply->isFinished())
        return;
    ++attempt->number;
    attempt->tokenGeneration = m_tokenGeneration;
    const ApiCall &call = attempt->call;
    const Endpoint &endpoint = call.endpoint();

    // Each attempt is signed afresh: the timestamp must be inside the server's window.
    QueryItems query{{u"app_key"_s, m_connection.appKey}, {u"timestamp"_s, QString::number(m_clock.nowSecs())}};
    if (endpoint.scope == ShopScope::Required)
        query.append({u"shop_cipher"_s, m_connection.shopCipher});
    query += call.queryItems();
    const QString path = call.path();
    const QByteArray body = call.body();
    QueryItems signedItems = query;
    if (call.isMultipart() && signMultipartTextFields)
        signedItems += call.multipartTextFields();
    const QByteArray sign = RequestSigner::sign(
        m_connection.appSecret.reveal(), path, signedItems, call.isMultipart() ? QByteArray() : body);
    query.append({u"sign"_s, QString::fromLatin1(sign)});

    QUrl url = m_connection.apiBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(encodeQuery(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader(accessTokenHeader, m_connection.accessToken.reveal());
    request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType());
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ShopDesk/" SHOPDESK_VERSION ""_s);
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));

    const QByteArray verb = Endpoints::methodName(endpoint.method).toLatin1();
    QNetworkReply *networkReply = endpoint.method == HttpMethod::Get
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, verb, body);
    attempt->network = networkReply;
    qCDebug(lcApi).noquote() << verb << LogRedaction::url(url) << "attempt" << attempt->number;
    connect(networkReply, &QNetworkReply::finished, attempt->reply,
        [this, networkReply, attempt] { handleFinished(networkReply, attempt); });
}

void ApiClient::handleFinished(QNetworkReply *networkReply, const std::shared_ptr<Attempt> &attempt)
{
    networkReply->deleteLater();
    attempt->network = nullptr;
    // A page of a hundred orders takes milliseconds to parse: off the GUI thread.
    const bool idempotent = attempt->call.endpoint().idempotent;
    m_parser.run(
        [answer = HttpAnswer::take(*networkReply), idempotent] { return EnvelopeParser::parse(answer, idempotent); },
        [this, attempt](EnvelopeParser::Outcome &&outcome) {
            if (!attempt->reply || attempt->reply->isFinished())
                return; // cancelled while its answer was read
            if (const auto *error = std::get_if<ApiError>(&outcome)) {
                handleFailure(attempt, *error);
                return;
            }
            Envelope &envelope = std::get<Envelope>(outcome);
            qCDebug(lcApi).noquote() << "answered, request" << envelope.requestId;
            attempt->reply->setRequestId(envelope.requestId);
            attempt->reply->finishWithValue(std::move(envelope.data));
        });
}

void ApiClient::handleFailure(const std::shared_ptr<Attempt> &attempt, const ApiError &error)
{
    qCInfo(lcApi).noquote() << "attempt" << attempt->number << "failed:" << error.toString();
    if (error.category == ApiErrorCategory::AuthExpired && !attempt->replayedAfterRefresh) {
        if (attempt->tokenGeneration < m_tokenGeneration)
            schedule(attempt, 0ms); // refused with a token that has been replaced since
        else
            waitForFreshToken(attempt, error.code);
        return;
    }
    if (error.category == ApiErrorCategory::RateLimited)
        m_throttle.rateLimited(attempt->call.endpoint().path.toString());
    // A 429 never reached the handler; other failures are repeated only where repeating is harmless.
    const bool repeatable
        = error.category == ApiErrorCategory::RateLimited || (error.retrySafe && attempt->call.endpoint().idempotent);
    if (repeatable && attempt->number < m_retryPolicy.maxAttempts) {
        schedule(attempt, retryDelay(*attempt, error));
        return;
    }
    attempt->reply->setRequestId(error.requestId);
    attempt->reply->finishWithError(error);
}

std::chrono::milliseconds ApiClient::retryDelay(const Attempt &attempt, const ApiError &error) const
{
    // Retry-After counts whole seconds, so 1 is the least a server can ask for, while the quota
    // (reference section 6.2: 50 QPS, a token bucket) frees a slot every 20 ms. A first or second
    // 429 in a row is most likely a collision with the bucket's edge: retried after a few slots,
    // doubling, behind the throttle that the 429 drained, so nothing bursts. From the third on,
    // the quota is really spent and the server's word rules.
    const bool briefRateLimit = error.category == ApiErrorCategory::RateLimited && error.retryAfter <= 1
        && attempt.number <= quickRateLimitRetries && m_throttle.slot() > 0ms;
    if (error.retryAfter > 0 && !briefRateLimit)
        return std::min<std::chrono::milliseconds>(std::chrono::seconds(error.retryAfter), longestRetryAfter);
    const std::chrono::milliseconds base = briefRateLimit ? 2 * m_throttle.slot() : m_retryPolicy.baseDelay;
    const auto exponential = base * (1 << std::min(attempt.number - 1, 10));
    const auto capped = std::min<std::chrono::milliseconds>(exponential, m_retryPolicy.maxDelay);
    // Full jitter keeps many clients (or many requests of one batch) from retrying in step.
    const qint64 high = capped.count();
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(high / 2, high + 1));
}

bool ApiClient::tokenNeedsRefresh() const
{
    return m_connection.accessTokenExpiresAt > 0 && !m_connection.refreshToken.isEmpty()
        && m_clock.nowSecs() >= m_connection.accessTokenExpiresAt - refreshAheadSeconds;
}

void ApiClient::waitForFreshToken(const std::shared_ptr<Attempt> &attempt, qint64 causeCode)
{
    m_waitingForToken.append(attempt);
    if (m_refresh)
        return; // single flight: one refresh serves everyone waiting
    if (m_connection.refreshToken.isEmpty() || m_connection.authBaseUrl.isEmpty()) {
        ApiError error = reauthorizeError(u"there is no refresh token"_s);
        error.code = causeCode;
        failWaitingForToken(error);
        return;
    }
    qCInfo(lcApi) << "access token expired; refreshing";
    m_refresh = m_authHost->refresh(m_connection);
    connect(
        m_refresh, &ApiReply::finished, this, [this, refresh = m_refresh.data()] { handleRefreshFinished(refresh); });
}

void ApiClient::useTokens(const TokenGrant &grant)
{
    m_connection.accessToken = grant.accessToken;
    m_connection.accessTokenExpiresAt = grant.accessTokenExpiresAt;
    m_connection.refreshToken = grant.refreshToken;
    m_connection.refreshTokenExpiresAt = grant.refreshTokenExpiresAt;
    ++m_tokenGeneration;
}

void ApiClient::selectShop(const QString &shopId, const QString &shopName, const QString &cipher)
{
    m_connection.shopId = shopId;
    m_connection.shopName = shopName;
    m_connection.shopCipher = cipher;
}

void ApiClient::handleRefreshFinished(Reply<TokenGrant> *refresh)
{
    // Over now, though the reply is deleted only later: a request refused meanwhile must start a
    // refresh of its own rather than wait for this one.
    m_refresh = nullptr;
    if (!refresh->hasError()) {
        const QList<std::shared_ptr<Attempt>> waiting = std::exchange(m_waitingForToken, {});
        const TokenGrant &grant = refresh->value();
        useTokens(grant);
        emit tokensRefreshed(grant);
        for (const std::shared_ptr<Attempt> &attempt : waiting) {
            attempt->replayedAfterRefresh = true;
            schedule(attempt, 0ms);
        }
        return;
    }
    ApiError error = reauthorizeError(refresh->error()->toString());
    error.code = refresh->error()->code;
    failWaitingForToken(error);
}

ApiError ApiClient::reauthorizeError(const QString &reason) const
{
    ApiError error;
    error.category = ApiErrorCategory::Reauthorize;
    error.message = u"access to shop \"%1\" could not be renewed (%2); authorize the shop again"_s.arg(
        m_connection.shopName.isEmpty() ? m_connection.shopId : m_connection.shopName, reason);
    return error;
}

void ApiClient::failWaitingForToken(const ApiError &error)
{
    const QList<std::shared_ptr<Attempt>> waiting = std::exchange(m_waitingForToken, {});
    emit reauthorizationNeeded(error);
    for (const std::shared_ptr<Attempt> &attempt : waiting) {
        if (attempt->reply)
            attempt->reply->finishWithError(error);
    }
}

PagedReply *ApiClient::walk(const ApiCall &call, PageSteps steps, PageRequests order)
{
    auto *outer = new PagedReply(this);
    auto fetch = std::make_shared<PagedFetch>(PagedFetch{call, std::move(steps), order, 0, {}, 0, {}});
    outer->setCancelHandler([fetch] {
        if (fetch->currentPage)
            fetch->currentPage->cancel();
    });
    fetchPage(outer, fetch, {});
    return outer;
}

void ApiClient::fetchPage(PagedReply *outer, const std::shared_ptr<PagedFetch> &fetch, const QString &pageToken)
{
    ApiCall call = fetch->call;
    if (!pageToken.isEmpty())
        call.query(u"page_token"_s, pageToken);
    Reply<QJsonObject> *page = send(call);
    fetch->currentPage = page;
    connect(page, &ApiReply::finished, outer, [this, outer, fetch, page, pageToken] {
        if (outer->isFinished())
            return; // a page asked for ahead, after the walk had stopped
        if (fetch->currentPage == page)
            fetch->currentPage = nullptr;
        if (page->hasError()) {
            stopWalk(*outer, *fetch, *page->error());
            return;
        }
        outer->setRequestId(page->requestId());
        JsonReader data(page->value(), u"data"_s);
        const QString next = data.optionalString(u"next_page_token");
        const qint64 total = data.optionalInteger(u"total_count").value_or(0);
        if (data.failed()) {
            stopWalk(*outer, *fetch, ApiError::decode(data.error().toString(), page->requestId()));
            return;
        }
        // Ahead: the next page is asked for before this one is decoded and handled, so that the
        // server prepares it meanwhile.
        const bool fetchAhead = fetch->order == PageRequests::Ahead && !next.isEmpty() && next != pageToken;
        if (fetchAhead)
            outer->askWhenReleased([this, outer, fetch, next] { fetchPage(outer, fetch, next); });
        ++fetch->decoding;
        m_decoder.run([decode = fetch->steps.decode, value = page->value()] { return decode(value); },
            [this, walk = QPointer<PagedReply>(outer), fetch,
                mark = PageMark{page->requestId(), pageToken, next, total, fetchAhead}](std::any &&decoded) {
                --fetch->decoding;
                if (!walk || walk->isFinished())
                    return; // cancelled while the page was decoded
                takePage(*walk, fetch, decoded, mark);
                if (fetch->decoding == 0 && fetch->failure && !walk->isFinished())
                    walk->finishWithError(*fetch->failure);
            });
    });
}

void ApiClient::stopWalk(ApiReply &outer, PagedFetch &fetch, const ApiError &error)
{
    if (fetch.decoding > 0) {
        fetch.failure = error;
        return;
    }
    outer.setRequestId(error.requestId);
    outer.finishWithError(error);
}

void ApiClient::takePage(
    PagedReply &outer, const std::shared_ptr<PagedFetch> &fetch, std::any &decoded, const PageMark &mark)
{
    const auto stop = [&outer, fetch](const ApiError &error) {
        if (fetch->currentPage)
            fetch->currentPage->cancel();
        outer.finishWithError(error);
    };
    const Result<qsizetype> items = fetch->steps.take(decoded);
    if (!items) {
        stop(ApiError::decode(items.error().toString(), mark.requestId));
        return;
    }
    fetch->itemsRead += items.value();
    outer.reportProgress(fetch->itemsRead, qMax(mark.total, fetch->itemsRead));
    if (outer.isFinished())
        return; // cancelled from a progress slot
    if (mark.next.isEmpty()) {
        outer.finishWithSuccess();
    } else if (mark.next == mark.pageToken) {
        // A server that hands back the token it was given would keep us here forever.
        stop(ApiError::decode(u"the server repeated page token %1"_s.arg(mark.next), mark.requestId));
    } else if (!mark.fetchedAhead) {
        outer.askWhenReleased([this, outer = &outer, fetch, next = mark.next] { fetchPage(outer, fetch, next); });
    }
}

} // namespace ShopDesk
