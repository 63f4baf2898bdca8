#include "commandhandler.h"

namespace ShopDesk {

CommandResult::Outcome CommandResult::outcomeOf(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::RateLimited:
        // Refused at the gate, before the request could take effect.
        return Outcome::RetryLater;
    case ApiErrorCategory::AuthExpired:
    case ApiErrorCategory::Reauthorize:
    case ApiErrorCategory::Permission:
    case ApiErrorCategory::ShopMismatch:
    case ApiErrorCategory::InvalidParameter:
    case ApiErrorCategory::Signature:
    case ApiErrorCategory::PartialFailure:
        return Outcome::Rejected;
    case ApiErrorCategory::Server:
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
    case ApiErrorCategory::Decode:
    case ApiErrorCategory::Cancelled:
    case ApiErrorCategory::LocalStore:
        // The answer was lost or unreadable, or the request was stopped in flight: the server may
        // have done it.
        return Outcome::Unknown;
    }
    return Outcome::Unknown;
}

} // namespace ShopDesk
