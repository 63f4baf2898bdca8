#pragma once

#include "domain/cancellation.h"
#include "domain/returnrequest.h"

namespace ShopDesk {

/// One row of the Returns tab: a return (refund, replacement) or a cancellation, read through one
/// shape so that both kinds share a table, a filter and an export.
struct AftersaleCase
{
    enum class Kind { Return, Cancellation };

    Kind kind = Kind::Return;
    ReturnRequest returnRequest;
    Cancellation cancellation;

    static AftersaleCase of(const ReturnRequest &request) { return {Kind::Return, request, {}}; }
    static AftersaleCase of(const Cancellation &cancellation) { return {Kind::Cancellation, {}, cancellation}; }

    bool isReturn() const { return kind == Kind::Return; }
    const QString &id() const { return isReturn() ? returnRequest.id : cancellation.id; }
    const QString &orderId() const { return isReturn() ? returnRequest.orderId : cancellation.orderId; }
    const QString &reasonText() const { return isReturn() ? returnRequest.reasonText : cancellation.reasonText; }
    const RefundAmount &refund() const { return isReturn() ? returnRequest.refund : cancellation.refund; }
    qint64 createTime() const { return isReturn() ? returnRequest.createTime : cancellation.createTime; }
    /// The seller's deadline to answer, 0 when none.
    qint64 respondBy() const
    {
        return earliestDeadline(isReturn() ? returnRequest.nextActions : cancellation.nextActions);
    }
    bool awaitsSeller() const { return isReturn() ? returnRequest.awaitsSeller() : cancellation.awaitsSeller(); }
};

} // namespace ShopDesk
