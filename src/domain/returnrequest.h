#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/aftersale.h"

namespace ShopDesk {

/// What the buyer asks for (reference section 5.4, `return_type`).
enum class ReturnType {
    Unknown,
    Refund,
    ReturnAndRefund,
    Replacement,
};

/// Where a return stands (reference section 5.4, `return_status`).
enum class ReturnStatus {
    Unknown,
    RequestPending,
    RequestRejected,
    AwaitingBuyerShip,
    BuyerShippedItem,
    ReceivedPackageRejected,
    RequestSuccess,
    RequestCancelled,
    RequestComplete,
    AwaitingBuyerResponse,
};

/// The seller's yes to a return, as the approve call's `decision` names it.
enum class ReturnDecision {
    ApproveRefund,
    ApproveReturn,
    ApproveReceivedPackage,
    ApproveReplacement,
};

/// The seller's no to a return, as the reject call's `decision` names it.
enum class ReturnRejectDecision {
    RejectRefund,
    RejectReturn,
    RejectReceivedPackage,
    RejectReplacement,
};

ReturnType returnTypeFromApi(QStringView text);
QString returnTypeToApi(ReturnType type);
/// Also accepts `RETURN_OR_REFUND_REQUEST_REJECT`, the spelling one SDK uses for the reference's
/// `REFUND_OR_RETURN_REQUEST_REJECT`.
ReturnStatus returnStatusFromApi(QStringView text);
QString returnStatusToApi(ReturnStatus status);
std::optional<ReturnDecision> returnDecisionFromApi(QStringView text);
QString returnDecisionToApi(ReturnDecision decision);
std::optional<ReturnRejectDecision> returnRejectDecisionFromApi(QStringView text);
QString returnRejectDecisionToApi(ReturnRejectDecision decision);

/// A buyer's return, refund or replacement request on one order.
struct ReturnRequest
{
    QString id;
    QString orderId;
    ReturnType type = ReturnType::Unknown;
    ReturnStatus status = ReturnStatus::Unknown;
    /// Who opened it: BUYER, SELLER, SYSTEM or OPERATOR.
    QString role;
    QString reason;
    QString reasonText;
    RefundAmount refund;
    QList<AftersaleLineItem> lineItems;
    QString trackingNumber;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    QList<SellerAction> nextActions;

    /// The decision that says yes where the request stands: a new request by its type, a parcel
    /// the buyer sent back by accepting it. Nullopt when the seller has nothing to decide.
    std::optional<ReturnDecision> approveDecision() const;
    std::optional<ReturnRejectDecision> rejectDecision() const;
    bool awaitsSeller() const { return approveDecision().has_value(); }
    bool operator==(const ReturnRequest &other) const = default;
};

/// Where a return goes on the seller's decision. The sandbox applies these; reconciling a decision
/// whose answer was lost checks for them.
ReturnStatus returnStatusAfter(ReturnDecision decision);
ReturnStatus returnStatusAfter(ReturnRejectDecision decision);

} // namespace ShopDesk
