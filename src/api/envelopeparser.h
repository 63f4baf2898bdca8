#pragma once

#include <variant>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "api/apierror.h"

class QNetworkReply;

namespace ShopDesk {

/// A successful answer: the envelope's `data` and the server's request id, kept for support.
struct Envelope
{
    QJsonObject data;
    QString requestId;
};

/// What a finished HTTP exchange brought, copied out of its QNetworkReply so that it can be read
/// on another thread.
struct HttpAnswer
{
    /// 0 when no HTTP answer came (the request failed on the network).
    int status = 0;
    QByteArray body;
    /// Seconds from `Retry-After`, 0 when absent.
    int retryAfter = 0;
    bool timedOut = false;
    QString networkError;

    static HttpAnswer take(QNetworkReply &reply);
};

/// Reads one finished HTTP exchange with TikTok Shop (business API or auth host): the envelope's
/// `data` when `code` is 0, otherwise the ApiError it amounts to — network failures, HTML error
/// pages, truncated bodies and wrong types included.
class EnvelopeParser final
{
public:
    using Outcome = std::variant<Envelope, ApiError>;

    /// `idempotent` tells whether a network failure may be retried blindly.
    static Outcome parse(const HttpAnswer &answer, bool idempotent);
    static Outcome parse(QNetworkReply &reply, bool idempotent) { return parse(HttpAnswer::take(reply), idempotent); }
    static Outcome parse(int httpStatus, const QByteArray &body);
};

} // namespace ShopDesk
