#include "envelopeparser.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

ApiError networkError(const QNetworkReply &reply, bool idempotent)
{
    ApiError error;
    switch (reply.error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
        error.category = ApiErrorCategory::Timeout;
        break;
    default:
        error.category = ApiErrorCategory::Network;
        break;
    }
    error.message = reply.errorString();
    // The request may or may not have reached the server; only a harmless call can simply go again.
    error.retrySafe = idempotent;
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

EnvelopeParser::Outcome EnvelopeParser::parse(QNetworkReply &reply, bool idempotent)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return networkError(reply, idempotent);
    Outcome outcome = parse(status, reply.readAll());
    if (auto *error = std::get_if<ApiError>(&outcome)) {
        bool ok = false;
        const int retryAfter = reply.rawHeader("Retry-After").toInt(&ok);
        if (ok && retryAfter > 0)
            error->retryAfter = retryAfter;
    }
    return outcome;
}

EnvelopeParser::Outcome EnvelopeParser::parse(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        const QString reason
            = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not a JSON object"_s;
        return unreadableAnswer(httpStatus, reason);
    }
    JsonReader envelope(document.object());
    const qint64 code = envelope.integer(u"code");
    const QString message = envelope.optionalString(u"message");
    const QString requestId = envelope.optionalString(u"request_id");
    envelope.optionalObject(u"data"); // only to check its type
    if (envelope.failed())
        return ApiError::decode(envelope.error().toString(), requestId);
    if (code != 0 || httpStatus >= 400)
        return ApiError::fromServer(code, message, requestId, httpStatus);
    return Envelope{document.object().value(u"data").toObject(), requestId};
}

} // namespace ShopDesk
