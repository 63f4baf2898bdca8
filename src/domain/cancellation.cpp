#include "cancellation.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array typeNames{
    EnumName<CancelType>{CancelType::Cancel, u"CANCEL"},
    EnumName<CancelType>{CancelType::BuyerCancel, u"BUYER_CANCEL"},
};

constexpr std::array statusNames{
    EnumName<CancelStatus>{CancelStatus::RequestPending, u"CANCELLATION_REQUEST_PENDING"},
    EnumName<CancelStatus>{CancelStatus::RequestSuccess, u"CANCELLATION_REQUEST_SUCCESS"},
    EnumName<CancelStatus>{CancelStatus::RequestCancelled, u"CANCELLATION_REQUEST_CANCEL"},
    EnumName<CancelStatus>{CancelStatus::RequestComplete, u"CANCELLATION_REQUEST_COMPLETE"},
};

} // namespace

CancelType cancelTypeFromApi(QStringView text)
{
    return enumFromName(typeNames, text).value_or(CancelType::Unknown);
}

QString cancelTypeToApi(CancelType type)
{
    return enumToName(typeNames, type, u"UNKNOWN");
}

CancelStatus cancelStatusFromApi(QStringView text)
{
    return enumFromName(statusNames, text).value_or(CancelStatus::Unknown);
}

QString cancelStatusToApi(CancelStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
}

} // namespace ShopDesk
