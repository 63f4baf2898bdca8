#pragma once

#include <QMetaType>
#include <QString>

namespace ShopDesk {

/// What kind of failure, so that callers and the ErrorPresenter can decide what to do without
/// knowing server codes (DESIGN.md, "Errors are values").
enum class ApiErrorCategory {
    AuthExpired, ///< access token expired: refresh and replay
    Reauthorize, ///< token invalid or refresh failed: the seller must authorize again
    Permission, ///< scope missing or IP not allowed
    ShopMismatch, ///< object or cipher belongs to another shop
    InvalidParameter, ///< the request itself is wrong
    Signature, ///< sign rejected or timestamp outside the window (wrong secret or clock)
    RateLimited,
    Server,
    Network,
    Timeout,
    Decode, ///< the answer could not be read; `message` names the field path
    PartialFailure,
    Cancelled,
    LocalStore, ///< the answer arrived but the local cache could not keep it (disk full, read-only)
};

struct ApiError
{
    ApiErrorCategory category = ApiErrorCategory::Server;
    /// The server's `code` (0 when the failure happened before an envelope was read).
    qint64 code = 0;
    QString message;
    QString requestId;
    int httpStatus = 0;
    /// Whether sending the same request again cannot do harm.
    bool retrySafe = false;
    /// The server's `Retry-After`, in seconds (0 when it sent none).
    int retryAfter = 0;

    /// Maps an envelope's code (and, for the catch-all 36009004, its message) to a category.
    static ApiError fromServer(qint64 code, const QString &message, const QString &requestId, int httpStatus);
    static ApiError decode(const QString &message, const QString &requestId = {});
    static ApiError cancelled();
    static ApiError localStore(const QString &message);

    /// One line for logs and the command line: category, code, message and request id.
    QString toString() const;
};

QString apiErrorCategoryName(ApiErrorCategory category);

} // namespace ShopDesk

Q_DECLARE_METATYPE(ShopDesk::ApiError)
