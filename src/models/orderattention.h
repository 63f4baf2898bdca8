#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/order.h"
#include "models/orderrow.h"

namespace ShopDesk {

struct Cancellation;
struct ReturnRequest;

/// Why an order needs the seller now: the "Needs action" tab of the Orders pane. It knows the time
/// and which orders have a buyer's cancellation or return request waiting for the seller (from the
/// returns and cancellations in the cache); everything else comes from the order itself.
class OrderAttention final
{
    Q_DECLARE_TR_FUNCTIONS(OrderAttention)

public:
    enum class Reason : quint8 {
        /// Awaiting shipment, its ship-by time within the next 24 hours.
        ShipSoon = 0x1,
        /// Awaiting shipment, its ship-by time passed.
        Overdue = 0x2,
        CancellationRequested = 0x4,
        ReturnRequested = 0x8,
    };
    Q_DECLARE_FLAGS(Reasons, Reason)

    static constexpr qint64 shipSoonWindow = 24 * 60 * 60;

    /// Without a time (0) no deadline counts as close or passed.
    void setNow(qint64 epochSeconds) { m_now = epochSeconds; }
    qint64 now() const { return m_now; }
    /// The orders whose cancellation or return request waits for the seller's answer.
    void setOpenRequests(QSet<QString> cancellations, QSet<QString> returns);
    /// Reads them off the shop's returns and cancellations.
    void setOpenRequests(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations);

    /// The ship-by time while the seller still has to ship the order, else 0.
    static qint64 shipByDeadline(const Order &order);
    static qint64 shipByDeadline(const OrderRow &order);
    Reasons reasonsFor(const Order &order) const;
    Reasons reasonsFor(const OrderRow &order) const;
    bool needsAction(const Order &order) const { return reasonsFor(order) != Reasons(); }
    bool needsAction(const OrderRow &order) const { return reasonsFor(order) != Reasons(); }

    /// A few words per reason, most urgent first: "Overdue, cancellation requested".
    static QString text(Reasons reasons);
    /// One sentence per reason with its deadline, for a tooltip.
    QString explanation(const Order &order, Reasons reasons) const;
    QString explanation(const OrderRow &order, Reasons reasons) const;

private:
    // An Order and its OrderRow answer alike: both read the same fields.
    template <typename AnyOrder>
    static qint64 deadlineOf(const AnyOrder &order);
    template <typename AnyOrder>
    Reasons reasonsOf(const AnyOrder &order) const;
    template <typename AnyOrder>
    QString explain(const AnyOrder &order, Reasons reasons) const;

    qint64 m_now = 0;
    QSet<QString> m_cancellations;
    QSet<QString> m_returns;
};

} // namespace ShopDesk

Q_DECLARE_OPERATORS_FOR_FLAGS(ShopDesk::OrderAttention::Reasons)
