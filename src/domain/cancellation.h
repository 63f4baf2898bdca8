#pragma once

#include <QList>
#include <QString>

#include "domain/aftersale.h"

namespace ShopDesk {

/// Who asked to cancel (reference section 5.4, `cancel_type`): the seller or system (CANCEL) or
/// the buyer, whose request waits for the seller (BUYER_CANCEL).
enum class CancelType {
    Unknown,
    Cancel,
    BuyerCancel,
};

/// Where a cancellation stands (reference section 5.4, `cancel_status`).
enum class CancelStatus {
    Unknown,
    RequestPending,
    RequestSuccess,
    RequestCancelled,
    RequestComplete,
};

CancelType cancelTypeFromApi(QStringView text);
QString cancelTypeToApi(CancelType type);
CancelStatus cancelStatusFromApi(QStringView text);
QString cancelStatusToApi(CancelStatus status);

/// A cancellation of an order, asked for by the buyer or done by the seller or the platform.
struct Cancellation
{
    QString id;
    QString orderId;
    CancelType type = CancelType::Unknown;
    CancelStatus status = CancelStatus::Unknown;
    /// Who asked: BUYER, SELLER, SYSTEM or OPERATOR.
    QString role;
    QString reason;
    QString reasonText;
    RefundAmount refund;
    QList<AftersaleLineItem> lineItems;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    QList<SellerAction> nextActions;

    /// A buyer's request the seller has to approve or reject.
    bool awaitsSeller() const { return status == CancelStatus::RequestPending; }
    bool operator==(const Cancellation &other) const = default;
};

/// Where a pending cancellation goes on the seller's decision: approved, the order is cancelled
/// and refunded; rejected, the request is closed and the order ships.
inline constexpr CancelStatus cancelStatusAfterApproval = CancelStatus::RequestSuccess;
inline constexpr CancelStatus cancelStatusAfterRejection = CancelStatus::RequestCancelled;

} // namespace ShopDesk
