#pragma once

#include <variant>

#include <QJsonObject>

#include "api/apierror.h"

class QNetworkReply;

namespace ShopDesk {

/// A successful answer: the envelope's `data` and the server's request id, kept for support.
struct Envelope
{
    QJsonObject data;
    QString requestId;
};

/// Reads one finished HTTP exchange with TikTok Shop (business API or auth host): the envelope's
/// `data` when `code` is 0, otherwise the ApiError it amounts to — network failures, HTML error
/// pages, truncated bodies and wrong types included.
class EnvelopeParser final
{
public:
    using Outcome = std::variant<Envelope, ApiError>;

    /// `idempotent` tells whether a network failure may be retried blindly.
    static Outcome parse(QNetworkReply &reply, bool idempotent);
    static Outcome parse(int httpStatus, const QByteArray &body);
};

} // namespace ShopDesk
