#include "envelopeparser.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

ApiError networkError(const HttpAnswer &answer, bool idempotent)
{
    ApiError error;
    error.category = answer.timedOut ? ApiErrorCategory::Timeout : ApiErrorCategory::Network;
    error.message = answer.networkError;
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

HttpAnswer HttpAnswer::take(QNetworkReply &reply)
{
    HttpAnswer answer;
    answer.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0) {
        // OperationCanceledError is what the transfer timeout reports.
        answer.timedOut
            = reply.error() == QNetworkReply::TimeoutError || reply.error() == QNetworkReply::OperationCanceledError;
        answer.networkError = reply.errorString();
        return answer;
    }
    answer.body = reply.readAll();
    bool ok = false;
    const int retryAfter = reply.rawHeader("Retry-After").toInt(&ok);
    if (ok && retryAfter > 0)
        answer.retryAfter = retryAfter;
    return answer;
}

EnvelopeParser::Outcome EnvelopeParser::parse(const HttpAnswer &answer, bool idempotent)
{
    if (answer.status == 0)
        return networkError(answer, idempotent);
    Outcome outcome = parse(answer.status, answer.body);
    if (auto *error = std::get_if<ApiError>(&outcome); error && answer.retryAfter > 0)
        error->retryAfter = answer.retryAfter;
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
