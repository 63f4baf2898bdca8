#include "package.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array statusNames{
    EnumName<PackageStatus>{PackageStatus::Processing, u"PROCESSING"},
    EnumName<PackageStatus>{PackageStatus::Fulfilling, u"FULFILLING"},
    EnumName<PackageStatus>{PackageStatus::Completed, u"COMPLETED"},
    EnumName<PackageStatus>{PackageStatus::Cancelled, u"CANCELLED"},
};

constexpr std::array handoverNames{
    EnumName<HandoverMethod>{HandoverMethod::Pickup, u"PICKUP"},
    EnumName<HandoverMethod>{HandoverMethod::DropOff, u"DROP_OFF"},
};

} // namespace

PackageStatus packageStatusFromApi(QStringView text)
{
    return enumFromName(statusNames, text).value_or(PackageStatus::Unknown);
}

QString packageStatusToApi(PackageStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
}

HandoverMethod handoverMethodFromApi(QStringView text)
{
    return enumFromName(handoverNames, text).value_or(HandoverMethod::Unknown);
}

QString handoverMethodToApi(HandoverMethod method)
{
    return enumToName(handoverNames, method, u"");
}

} // namespace ShopDesk
