#pragma once

#include <QJsonObject>
#include <QObject>
#include <chrono>
#include <functional>

#include "api/apicall.h"
#include "api/apireply.h"
#include "api/shopconnection.h"
#include "core/result.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ShopDesk {

class Clock;

/// The one way to the TikTok Shop business API for one shop connection: it signs every call,
/// sends the access token header, adds `shop_cipher` where the endpoint requires it, reads the
/// envelope and turns every failure into an ApiError. Services sit on top of it.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// Decodes one page's `data`; returns how many items it held.
    using PageHandler = std::function<Result<qsizetype>(const QJsonObject &data)>;

    ApiClient(ShopConnection connection, const Clock &clock, QObject *parent = nullptr);
    ~ApiClient() override;

    const ShopConnection &connection() const { return m_connection; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    /// One request; the value is the envelope's `data` object.
    Reply<QJsonObject> *send(const ApiCall &call);
    /// Follows `next_page_token` until the last page, handing each page's `data` to `onPage`;
    /// progress reports items read against `total_count`.
    ApiReply *sendPaged(const ApiCall &call, PageHandler onPage);

private:
    struct PagedFetch;
    void fetchPage(ApiReply *outer, const std::shared_ptr<PagedFetch> &fetch, const QString &pageToken);
    void handleFinished(QNetworkReply *networkReply, Reply<QJsonObject> *reply, const Endpoint &endpoint);

    ShopConnection m_connection;
    const Clock &m_clock;
    QNetworkAccessManager *const m_network;
    std::chrono::milliseconds m_transferTimeout;
};

} // namespace ShopDesk
