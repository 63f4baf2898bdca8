#pragma once

#include <any>
#include <chrono>
#include <functional>
#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "api/apicall.h"
#include "api/apireply.h"
#include "api/requestthrottle.h"
#include "api/shopconnection.h"
#include "core/result.h"
#include "core/serialworker.h"
#include "domain/tokengrant.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace ShopDesk {

class AuthHostClient;
class Clock;

/// The one way to the TikTok Shop business API for one shop connection. It signs every call,
/// sends the access token header, adds `shop_cipher` where the endpoint requires it, reads the
/// envelope and turns every failure into an ApiError. It also keeps the connection healthy:
/// requests wait their turn in a per-endpoint throttle, failures that are safe to repeat are retried
/// with jittered exponential backoff (honouring `Retry-After`), and an expired access token is
/// refreshed once for all the requests that hit it, which are then replayed. Services sit on top.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// Decodes one page's `data`; returns how many items it held.
    using PageHandler = std::function<Result<qsizetype>(const QJsonObject &data)>;

    struct RetryPolicy
    {
        int maxAttempts = 5;
        std::chrono::milliseconds baseDelay{250};
        std::chrono::milliseconds maxDelay{8000};
    };

    /// Reference section 6.2: 50 requests per second per endpoint and shop.
    static constexpr int defaultQueriesPerSecond = 50;
    /// A token this close to its expiry is refreshed before it is used.
    static constexpr qint64 refreshAheadSeconds = 300;

    ApiClient(ShopConnection connection, const Clock &clock, QObject *parent = nullptr);
    ~ApiClient() override;

    const ShopConnection &connection() const { return m_connection; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    /// 0 turns the client-side throttle off.
    void setQueriesPerSecond(int queriesPerSecond) { m_throttle.setQueriesPerSecond(queriesPerSecond); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    AuthHostClient &authHost() { return *m_authHost; }
    /// Uses the tokens of a fresh grant (an exchanged code) from now on.
    void useTokens(const TokenGrant &grant);
    /// Points the connection at one of the authorized shops.
    void selectShop(const QString &shopId, const QString &shopName, const QString &cipher);

    /// One request; the value is the envelope's `data` object.
    Reply<QJsonObject> *send(const ApiCall &call);
    /// When a paged search asks for its next page: once `onPage` has handled the current one, or
    /// as soon as the current one's envelope is read (so that the server prepares the next page
    /// while this one is decoded and handled; a walk that stops early has then asked for one page
    /// it does not use). Either way, not while the walk's PagedReply is held.
    enum class PageRequests { AfterHandler, Ahead };
    /// Follows `next_page_token` until the last page, handing each page's `data` to `onPage`;
    /// progress reports items read against `total_count`.
    PagedReply *sendPaged(const ApiCall &call, PageHandler onPage, PageRequests order = PageRequests::AfterHandler)
    {
        return walk(call,
            PageSteps{[](const QJsonObject &data) { return std::any(data); },
                [onPage = std::move(onPage)](std::any &data) { return onPage(std::any_cast<QJsonObject &>(data)); }},
            order);
    }

    /// The same walk for pages worth decoding off the GUI thread: `decode` (which must only read
    /// its argument) turns each page's `data` into a Page on the client's worker thread, then
    /// `onPage(Page &&)` takes it on the client's thread, page after page in order, and returns
    /// how many items it held.
    template <typename Page, typename Decode, typename OnPage>
    PagedReply *sendPaged(const ApiCall &call, Decode decode, OnPage onPage, PageRequests order)
    {
        return walk(call,
            PageSteps{
                [decode = std::move(decode)](const QJsonObject &data) { return std::any(Result<Page>(decode(data))); },
                [onPage = std::move(onPage)](std::any &decoded) -> Result<qsizetype> {
                    Result<Page> &page = std::any_cast<Result<Page> &>(decoded);
                    if (!page)
                        return page.error();
                    return onPage(std::move(page).value());
                }},
            order);
    }

signals:
    /// A refresh brought new tokens; the owner stores them.
    void tokensRefreshed(const ShopDesk::TokenGrant &grant);
    /// The tokens cannot be renewed: the seller must authorize the shop again.
    void reauthorizationNeeded(const ShopDesk::ApiError &error);

private:
    struct Attempt;
    struct PagedFetch;
    /// A page's two steps: `decode` on the worker thread, then `take` on the client's thread.
    struct PageSteps
    {
        std::function<std::any(const QJsonObject &data)> decode;
        std::function<Result<qsizetype>(std::any &decoded)> take;
    };
    PagedReply *walk(const ApiCall &call, PageSteps steps, PageRequests order);
    void schedule(const std::shared_ptr<Attempt> &attempt, std::chrono::milliseconds delay);
    void transmit(const std::shared_ptr<Attempt> &attempt);
    void handleFinished(QNetworkReply *networkReply, const std::shared_ptr<Attempt> &attempt);
    void handleFailure(const std::shared_ptr<Attempt> &attempt, const ApiError &error);
    void waitForFreshToken(const std::shared_ptr<Attempt> &attempt, qint64 causeCode);
    void handleRefreshFinished(Reply<TokenGrant> *refresh);
    void failWaitingForToken(const ApiError &error);
    ApiError reauthorizeError(const QString &reason) const;
    bool tokenNeedsRefresh() const;
    std::chrono::milliseconds retryDelay(const Attempt &attempt, const ApiError &error) const;
    void fetchPage(PagedReply *outer, const std::shared_ptr<PagedFetch> &fetch, const QString &pageToken);
    /// Where a page sits in its walk, read from its `data` before it is decoded.
    struct PageMark
    {
        QString requestId;
        QString pageToken;
        QString next;
        qint64 total = 0;
        bool fetchedAhead = false;
    };
    void stopWalk(ApiReply &outer, PagedFetch &fetch, const ApiError &error);
    void takePage(PagedReply &outer, const std::shared_ptr<PagedFetch> &fetch, std::any &decoded, const PageMark &mark);

    ShopConnection m_connection;
    const Clock &m_clock;
    QNetworkAccessManager *const m_network;
    AuthHostClient *const m_authHost;
    std::chrono::milliseconds m_transferTimeout;
    RetryPolicy m_retryPolicy;
    RequestThrottle m_throttle;
    /// Bumped on every refresh, so a request refused with an older token is simply replayed.
    int m_tokenGeneration = 0;
    QPointer<Reply<TokenGrant>> m_refresh;
    QList<std::shared_ptr<Attempt>> m_waitingForToken;
    // Last, so that they are gone, and their threads stopped, before the rest of the client.
    /// Reads every answer's envelope, in the order the answers came.
    SerialWorker m_parser{*this};
    /// Decodes the pages of walks, so that the next page's envelope need not wait for them.
    SerialWorker m_decoder{*this};
};

} // namespace ShopDesk
