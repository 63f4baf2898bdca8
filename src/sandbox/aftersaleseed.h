#pragma once

#include <QList>

#include "domain/aftersale.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"

namespace ShopDesk {

struct Order;
struct SandboxShop;

/// The returns and cancellations of a seeded shop, read off its orders: some delivered and
/// completed orders have a return in every state (the shop's first delivered order always one that
/// waits for the seller), each buyer's pending cancel request becomes a pending cancellation, and
/// paid orders that were cancelled have a completed one. Choices hash the order id instead of drawing
/// random numbers, so the orders stay exactly as the seed made them.
class AftersaleSeed final
{
public:
    struct Seeded
    {
        QList<ReturnRequest> returns;
        QList<Cancellation> cancellations;
    };

    /// Percent of delivered and completed orders with a return.
    static constexpr int deliveredReturnPercent = 30;
    static constexpr int completedReturnPercent = 8;
    /// Sellers answer a request within two days (reference section 5.4 names no figure).
    static constexpr qint64 responseWindow = 2 * 24 * 3600;

    static Seeded derive(const SandboxShop &shop);
    /// The reasons `GET reject_reasons` offers for a return in `status`, and for a cancellation.
    static QList<RejectReason> returnRejectReasons(ReturnStatus status);
    static QList<RejectReason> cancellationRejectReasons();
    /// The cancellation the seller's own cancel of the whole order makes: done at once
    /// (CANCELLATION_REQUEST_COMPLETE), the buyer refunded in full.
    static Cancellation sellerCancellation(const Order &order, const QString &reason, qint64 now);
};

} // namespace ShopDesk
