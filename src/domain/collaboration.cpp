#include "collaboration.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array openStatusNames{
    EnumName<OpenCollaborationStatus>{OpenCollaborationStatus::Normal, u"NORMAL"},
    EnumName<OpenCollaborationStatus>{OpenCollaborationStatus::Terminating, u"TERMINATING"},
};

} // namespace

QString openCollaborationStatusToApi(OpenCollaborationStatus status)
{
    return enumToName(openStatusNames, status, u"UNKNOWN");
}

OpenCollaborationStatus openCollaborationStatusFromApi(QStringView text)
{
    return enumFromName(openStatusNames, text).value_or(OpenCollaborationStatus::Unknown);
}

TargetCollaborationStatus TargetCollaboration::statusAt(qint64 now) const
{
    if (endTime <= now)
        return TargetCollaborationStatus::Completed;
    return endTime - now < expiringWithinSeconds ? TargetCollaborationStatus::Expiring
                                                 : TargetCollaborationStatus::Ongoing;
}

} // namespace ShopDesk
