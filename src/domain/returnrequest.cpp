#include "returnrequest.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array typeNames{
    EnumName<ReturnType>{ReturnType::Refund, u"REFUND"},
    EnumName<ReturnType>{ReturnType::ReturnAndRefund, u"RETURN_AND_REFUND"},
    EnumName<ReturnType>{ReturnType::Replacement, u"REPLACEMENT"},
};

constexpr std::array statusNames{
    EnumName<ReturnStatus>{ReturnStatus::RequestPending, u"RETURN_OR_REFUND_REQUEST_PENDING"},
    EnumName<ReturnStatus>{ReturnStatus::RequestRejected, u"REFUND_OR_RETURN_REQUEST_REJECT"},
    EnumName<ReturnStatus>{ReturnStatus::AwaitingBuyerShip, u"AWAITING_BUYER_SHIP"},
    EnumName<ReturnStatus>{ReturnStatus::BuyerShippedItem, u"BUYER_SHIPPED_ITEM"},
    EnumName<ReturnStatus>{ReturnStatus::ReceivedPackageRejected, u"REJECT_RECEIVE_PACKAGE"},
    EnumName<ReturnStatus>{ReturnStatus::RequestSuccess, u"RETURN_OR_REFUND_REQUEST_SUCCESS"},
    EnumName<ReturnStatus>{ReturnStatus::RequestCancelled, u"RETURN_OR_REFUND_REQUEST_CANCEL"},
    EnumName<ReturnStatus>{ReturnStatus::RequestComplete, u"RETURN_OR_REFUND_REQUEST_COMPLETE"},
    EnumName<ReturnStatus>{ReturnStatus::AwaitingBuyerResponse, u"AWAITING_BUYER_RESPONSE"},
};

constexpr std::array decisionNames{
    EnumName<ReturnDecision>{ReturnDecision::ApproveRefund, u"APPROVE_REFUND"},
    EnumName<ReturnDecision>{ReturnDecision::ApproveReturn, u"APPROVE_RETURN"},
    EnumName<ReturnDecision>{ReturnDecision::ApproveReceivedPackage, u"APPROVE_RECEIVED_PACKAGE"},
    EnumName<ReturnDecision>{ReturnDecision::ApproveReplacement, u"APPROVE_REPLACEMENT"},
};

constexpr std::array rejectNames{
    EnumName<ReturnRejectDecision>{ReturnRejectDecision::RejectRefund, u"REJECT_REFUND"},
    EnumName<ReturnRejectDecision>{ReturnRejectDecision::RejectReturn, u"REJECT_RETURN"},
    EnumName<ReturnRejectDecision>{ReturnRejectDecision::RejectReceivedPackage, u"REJECT_RECEIVED_PACKAGE"},
    EnumName<ReturnRejectDecision>{ReturnRejectDecision::RejectReplacement, u"REJECT_REPLACEMENT"},
};

} // namespace

ReturnType returnTypeFromApi(QStringView text)
{
    return enumFromName(typeNames, text).value_or(ReturnType::Unknown);
}

QString returnTypeToApi(ReturnType type)
{
    return enumToName(typeNames, type, u"UNKNOWN");
}

ReturnStatus returnStatusFromApi(QStringView text)
{
    if (text == u"RETURN_OR_REFUND_REQUEST_REJECT")
        return ReturnStatus::RequestRejected;
    return enumFromName(statusNames, text).value_or(ReturnStatus::Unknown);
}

QString returnStatusToApi(ReturnStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
}

std::optional<ReturnDecision> returnDecisionFromApi(QStringView text)
{
    return enumFromName(decisionNames, text);
}

QString returnDecisionToApi(ReturnDecision decision)
{
    return enumToName(decisionNames, decision, u"");
}

std::optional<ReturnRejectDecision> returnRejectDecisionFromApi(QStringView text)
{
    return enumFromName(rejectNames, text);
}

QString returnRejectDecisionToApi(ReturnRejectDecision decision)
{
    return enumToName(rejectNames, decision, u"");
}

std::optional<ReturnDecision> ReturnRequest::approveDecision() const
{
    if (status == ReturnStatus::BuyerShippedItem)
        return ReturnDecision::ApproveReceivedPackage;
    if (status != ReturnStatus::RequestPending)
        return std::nullopt;
    switch (type) {
    case ReturnType::Refund:
        return ReturnDecision::ApproveRefund;
    case ReturnType::ReturnAndRefund:
        return ReturnDecision::ApproveReturn;
    case ReturnType::Replacement:
        return ReturnDecision::ApproveReplacement;
    case ReturnType::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<ReturnRejectDecision> ReturnRequest::rejectDecision() const
{
    const std::optional<ReturnDecision> approve = approveDecision();
    if (!approve)
        return std::nullopt;
    switch (*approve) {
    case ReturnDecision::ApproveRefund:
        return ReturnRejectDecision::RejectRefund;
    case ReturnDecision::ApproveReturn:
        return ReturnRejectDecision::RejectReturn;
    case ReturnDecision::ApproveReceivedPackage:
        return ReturnRejectDecision::RejectReceivedPackage;
    case ReturnDecision::ApproveReplacement:
        return ReturnRejectDecision::RejectReplacement;
    }
    return std::nullopt;
}

ReturnStatus returnStatusAfter(ReturnDecision decision)
{
    // Agreeing to a return sends the buyer to post the parcel; everything else settles the request.
    return decision == ReturnDecision::ApproveReturn ? ReturnStatus::AwaitingBuyerShip : ReturnStatus::RequestSuccess;
}

ReturnStatus returnStatusAfter(ReturnRejectDecision decision)
{
    return decision == ReturnRejectDecision::RejectReceivedPackage ? ReturnStatus::ReceivedPackageRejected
                                                                   : ReturnStatus::RequestRejected;
}

} // namespace ShopDesk
