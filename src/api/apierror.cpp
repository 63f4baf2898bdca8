#include "apierror.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

ApiErrorCategory categoryForCode(qint64 code, const QString &message)
{
    switch (code) {
    case 105002:
    case 10014: // seed-document alias: token expired
        return ApiErrorCategory::AuthExpired;
    case 105001:
    case 36004001:
    case 36004005:
        return ApiErrorCategory::Reauthorize;
    case 105005:
    case 36009033:
    case 40100: // seed alias: permission
        return ApiErrorCategory::Permission;
    case 101000:
    case 21008111:
    case 11003: // seed alias: shop mismatch
        return ApiErrorCategory::ShopMismatch;
    case 106001:
        return ApiErrorCategory::Signature;
    case 36009002:
        return ApiErrorCategory::RateLimited;
    case 36009003:
        return ApiErrorCategory::Server;
    case 36009007:
        return ApiErrorCategory::Timeout;
    case 36009004:
        // The catch-all code: only the message tells a clock problem from a token or a parameter.
        if (message.contains(u"timestamp"_s, Qt::CaseInsensitive))
            return ApiErrorCategory::Signature;
        if (message.contains(u"access token"_s, Qt::CaseInsensitive)
            || message.contains(u"x-tts-access-token"_s, Qt::CaseInsensitive))
            return ApiErrorCategory::Reauthorize;
        return ApiErrorCategory::InvalidParameter;
    default:
        return ApiErrorCategory::InvalidParameter; // includes 106013, 36009014, 20001 (seed alias)
    }
}

} // namespace

ApiError ApiError::fromServer(qint64 code, const QString &message, const QString &requestId, int httpStatus)
{
    ApiError error;
    error.code = code;
    error.message = message;
    error.requestId = requestId;
    error.httpStatus = httpStatus;
    error.category = httpStatus == 429 ? ApiErrorCategory::RateLimited : categoryForCode(code, message);
    if (httpStatus >= 500 && error.category == ApiErrorCategory::InvalidParameter)
        error.category = ApiErrorCategory::Server;
    error.retrySafe = error.category == ApiErrorCategory::RateLimited || error.category == ApiErrorCategory::Server
        || error.category == ApiErrorCategory::Timeout;
    return error;
}

ApiError ApiError::decode(const QString &message, const QString &requestId)
{
    ApiError error;
    error.category = ApiErrorCategory::Decode;
    error.message = message;
    error.requestId = requestId;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.category = ApiErrorCategory::Cancelled;
    error.message = u"cancelled"_s;
    return error;
}

ApiError ApiError::localStore(const QString &message)
{
    ApiError error;
    error.category = ApiErrorCategory::LocalStore;
    error.message = message;
    return error;
}

QString ApiError::toString() const
{
    QString text = apiErrorCategoryName(category);
    if (code != 0)
        text += u" (code %1)"_s.arg(code);
    if (!message.isEmpty())
        text += u": "_s + message;
    if (!requestId.isEmpty())
        text += u" [request %1]"_s.arg(requestId);
    return text;
}

QString apiErrorCategoryName(ApiErrorCategory category)
{
    switch (category) {
    case ApiErrorCategory::AuthExpired:
        return u"auth-expired"_s;
    case ApiErrorCategory::Reauthorize:
        return u"reauthorize"_s;
    case ApiErrorCategory::Permission:
        return u"permission"_s;
    case ApiErrorCategory::ShopMismatch:
        return u"shop-mismatch"_s;
    case ApiErrorCategory::InvalidParameter:
        return u"invalid-parameter"_s;
    case ApiErrorCategory::Signature:
        return u"signature"_s;
    case ApiErrorCategory::RateLimited:
        return u"rate-limited"_s;
    case ApiErrorCategory::Server:
        return u"server"_s;
    case ApiErrorCategory::Network:
        return u"network"_s;
    case ApiErrorCategory::Timeout:
        return u"timeout"_s;
    case ApiErrorCategory::Decode:
        return u"decode"_s;
    case ApiErrorCategory::PartialFailure:
        return u"partial-failure"_s;
    case ApiErrorCategory::Cancelled:
        return u"cancelled"_s;
    case ApiErrorCategory::LocalStore:
        return u"local-store"_s;
    }
    return u"unknown"_s;
}

} // namespace ShopDesk
