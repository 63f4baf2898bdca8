#include "outboxcommand.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

// The spellings are stored in the cache: never change one, only add.
constexpr std::array commandKinds{
    EnumName<CommandKind>{CommandKind::SetStock, u"set_stock"},
    EnumName<CommandKind>{CommandKind::SetPrice, u"set_price"},
    EnumName<CommandKind>{CommandKind::ShipPackage, u"ship_package"},
    EnumName<CommandKind>{CommandKind::CreateProduct, u"create_product"},
    EnumName<CommandKind>{CommandKind::ActivateProducts, u"activate_product"},
    EnumName<CommandKind>{CommandKind::DeactivateProducts, u"deactivate_product"},
    EnumName<CommandKind>{CommandKind::DeleteProducts, u"delete_product"},
    EnumName<CommandKind>{CommandKind::ApproveReturn, u"approve_return"},
    EnumName<CommandKind>{CommandKind::RejectReturn, u"reject_return"},
    EnumName<CommandKind>{CommandKind::ApproveCancellation, u"approve_cancellation"},
    EnumName<CommandKind>{CommandKind::RejectCancellation, u"reject_cancellation"},
    EnumName<CommandKind>{CommandKind::CreateOpenCollaboration, u"create_open_collaboration"},
    EnumName<CommandKind>{CommandKind::CreateTargetCollaboration, u"create_target_collaboration"},
};

constexpr std::array outboxStates{
    EnumName<OutboxState>{OutboxState::Pending, u"pending"},
    EnumName<OutboxState>{OutboxState::Sending, u"sending"},
    EnumName<OutboxState>{OutboxState::Done, u"done"},
    EnumName<OutboxState>{OutboxState::Failed, u"failed"},
    EnumName<OutboxState>{OutboxState::NeedsReview, u"needs_review"},
    EnumName<OutboxState>{OutboxState::Discarded, u"discarded"},
};

} // namespace

QString commandKindName(CommandKind kind)
{
    return enumToName(commandKinds, kind, u"unknown");
}

std::optional<CommandKind> commandKindFromName(QStringView name)
{
    return enumFromName(commandKinds, name);
}

QString outboxStateName(OutboxState state)
{
    return enumToName(outboxStates, state, u"unknown");
}

std::optional<OutboxState> outboxStateFromName(QStringView name)
{
    return enumFromName(outboxStates, name);
}

} // namespace ShopDesk
