#include "apiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

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

ApiError networkError(const QNetworkReply *reply, const Endpoint &endpoint)
{
    ApiError error;
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
        error.category = ApiErrorCategory::Timeout;
        break;
    default:
        error.category = ApiErrorCategory::Network;
        break;
    }
    error.message = reply->errorString();
    // The request may or may not have reached the server; only a harmless call can simply go again.
    error.retrySafe = endpoint.idempotent;
    return error;
}

ApiError unreadableAnswer(int httpStatus, const QString &reason)
{
    if (httpStatus == 429 || httpStatus >= 500) {
        ApiError error = ApiError::fromServer(0, u"HTTP %1"_s.arg(httpStatus), {}, httpStatus);
        error.category = httpStatus == 429 ? ApiErrorCategory::RateLimited : ApiErrorCategory::Server;
        error.retrySafe = true;
        return error;
    }
    ApiError error = ApiError::decode(u"the answer is not an API envelope (HTTP %1): %2"_s.arg(httpStatus).arg(reason));
    error.httpStatus = httpStatus;
    return error;
}

} // namespace

struct ApiClient::PagedFetch
{
    ApiCall call;
    PageHandler onPage;
    qint64 itemsRead = 0;
    QPointer<ApiReply> currentPage;
};

ApiClient::ApiClient(ShopConnection connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_transferTimeout(defaultTransferTimeout)
{ }

ApiClient::~ApiClient() = default;

Reply<QJsonObject> *ApiClient::send(const ApiCall &call)
{
    auto *reply = new Reply<QJsonObject>(this);
    const Endpoint &endpoint = call.endpoint();

    QueryItems query{{u"app_key"_s, m_connection.appKey}, {u"timestamp"_s, QString::number(m_clock.nowSecs())}};
    if (endpoint.scope == ShopScope::Required) {
        if (m_connection.shopCipher.isEmpty()) {
            ApiError error = ApiError::decode({});
            error.category = ApiErrorCategory::InvalidParameter;
            error.message = u"no shop is selected for this connection"_s;
            reply->finishWithErrorLater(error);
            return reply;
        }
        query.append({u"shop_cipher"_s, m_connection.shopCipher});
    }
    query += call.queryItems();
    const QString path = call.path();
    const QByteArray body = call.body();
    query.append(
        {u"sign"_s, QString::fromLatin1(RequestSigner::sign(m_connection.appSecret.reveal(), path, query, body))});

    QUrl url = m_connection.apiBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(encodeQuery(query), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader(accessTokenHeader, m_connection.accessToken.reveal());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ShopDesk/" SHOPDESK_VERSION ""_s);
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));

    const QByteArray verb = Endpoints::methodName(endpoint.method).toLatin1();
    QNetworkReply *networkReply = endpoint.method == HttpMethod::Get
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, verb, body);
    qCDebug(lcApi).noquote() << verb << LogRedaction::url(url);

    reply->setCancelHandler([networkReply, reply] {
        QObject::disconnect(networkReply, nullptr, reply, nullptr);
        networkReply->abort();
        networkReply->deleteLater();
    });
    connect(networkReply, &QNetworkReply::finished, reply,
        [this, networkReply, reply, &endpoint] { handleFinished(networkReply, reply, endpoint); });
    return reply;
}

void ApiClient::handleFinished(QNetworkReply *networkReply, Reply<QJsonObject> *reply, const Endpoint &endpoint)
{
    networkReply->deleteLater();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const ApiError error = networkError(networkReply, endpoint);
        qCInfo(lcApi).noquote() << "request failed:" << error.toString();
        reply->finishWithError(error);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(networkReply->readAll(), &parseError);
    if (!document.isObject()) {
        const QString reason
            = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not a JSON object"_s;
        reply->finishWithError(unreadableAnswer(status, reason));
        return;
    }

    JsonReader envelope(document.object());
    const qint64 code = envelope.integer(u"code");
    const QString message = envelope.optionalString(u"message");
    const QString requestId = envelope.optionalString(u"request_id");
    envelope.optionalObject(u"data"); // only to check its type
    if (envelope.failed()) {
        reply->finishWithError(ApiError::decode(envelope.error().toString(), requestId));
        return;
    }
    reply->setRequestId(requestId);
    qCDebug(lcApi).noquote() << "answered" << status << "code" << code << "request" << requestId;
    if (code != 0 || status >= 400) {
        reply->finishWithError(ApiError::fromServer(code, message, requestId, status));
        return;
    }
    reply->finishWithValue(document.object().value(u"data").toObject());
}

ApiReply *ApiClient::sendPaged(const ApiCall &call, PageHandler onPage)
{
    auto *outer = new ApiReply(this);
    auto fetch = std::make_shared<PagedFetch>(PagedFetch{call, std::move(onPage), 0, {}});
    outer->setCancelHandler([fetch] {
        if (fetch->currentPage)
            fetch->currentPage->cancel();
    });
    fetchPage(outer, fetch, {});
    return outer;
}

void ApiClient::fetchPage(ApiReply *outer, const std::shared_ptr<PagedFetch> &fetch, const QString &pageToken)
{
    ApiCall call = fetch->call;
    if (!pageToken.isEmpty())
        call.query(u"page_token"_s, pageToken);
    Reply<QJsonObject> *page = send(call);
    fetch->currentPage = page;
    connect(page, &ApiReply::finished, outer, [this, outer, fetch, page, pageToken] {
        fetch->currentPage = nullptr;
        outer->setRequestId(page->requestId());
        if (page->hasError()) {
            outer->finishWithError(*page->error());
            return;
        }
        const Result<qsizetype> items = fetch->onPage(page->value());
        if (!items) {
            outer->finishWithError(ApiError::decode(items.error().toString(), page->requestId()));
            return;
        }
        fetch->itemsRead += items.value();
        JsonReader data(page->value(), u"data"_s);
        const QString next = data.optionalString(u"next_page_token");
        const qint64 total = data.optionalInteger(u"total_count").value_or(0);
        if (data.failed()) {
            outer->finishWithError(ApiError::decode(data.error().toString(), page->requestId()));
            return;
        }
        outer->reportProgress(fetch->itemsRead, qMax(total, fetch->itemsRead));
        if (outer->isFinished())
            return; // cancelled from a progress slot
        if (next.isEmpty()) {
            outer->finishWithSuccess();
        } else if (next == pageToken) {
            // A server that hands back the token it was given would keep us here forever.
            outer->finishWithError(
                ApiError::decode(u"the server repeated page token %1"_s.arg(next), page->requestId()));
        } else {
            fetchPage(outer, fetch, next);
        }
    });
}

} // namespace ShopDesk
