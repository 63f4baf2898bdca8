#include "orderattention.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include "domain/cancellation.h"
#include "domain/returnrequest.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QString timeText(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void OrderAttention::setOpenRequests(QSet<QString> cancellations, QSet<QString> returns)
{
    m_cancellations = std::move(cancellations);
    m_returns = std::move(returns);
}

void OrderAttention::setOpenRequests(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations)
{
    QSet<QString> cancelling;
    for (const Cancellation &cancellation : cancellations) {
        if (cancellation.awaitsSeller())
            cancelling.insert(cancellation.orderId);
    }
    QSet<QString> returning;
    for (const ReturnRequest &request : returns) {
        if (request.awaitsSeller())
            returning.insert(request.orderId);
    }
    setOpenRequests(std::move(cancelling), std::move(returning));
}

template <typename AnyOrder>
qint64 OrderAttention::deadlineOf(const AnyOrder &order)
{
    const bool toShip = order.status == OrderStatus::AwaitingShipment || order.status == OrderStatus::PartiallyShipping;
    return toShip ? order.rtsSlaTime : 0;
}

template <typename AnyOrder>
OrderAttention::Reasons OrderAttention::reasonsOf(const AnyOrder &order) const
{
    Reasons reasons;
    const qint64 deadline = deadlineOf(order);
    if (deadline > 0 && m_now > 0) {
        if (deadline < m_now)
            reasons |= Reason::Overdue;
        else if (deadline - m_now <= shipSoonWindow)
            reasons |= Reason::ShipSoon;
    }
    // The order's own flag comes with every order sync; the request in the cache also covers a
    // buyer's request the order list has not caught up with yet.
    if (order.status != OrderStatus::Cancelled
        && (order.isBuyerRequestCancel || (!m_cancellations.isEmpty() && m_cancellations.contains(order.id))))
        reasons |= Reason::CancellationRequested;
    if (!m_returns.isEmpty() && m_returns.contains(order.id))
        reasons |= Reason::ReturnRequested;
    return reasons;
}

qint64 OrderAttention::shipByDeadline(const Order &order)
{
    return deadlineOf(order);
}

qint64 OrderAttention::shipByDeadline(const OrderRow &order)
{
    return deadlineOf(order);
}

OrderAttention::Reasons OrderAttention::reasonsFor(const Order &order) const
{
    return reasonsOf(order);
}

OrderAttention::Reasons OrderAttention::reasonsFor(const OrderRow &order) const
{
    return reasonsOf(order);
}

QString OrderAttention::text(Reasons reasons)
{
    QStringList parts;
    if (reasons.testFlag(Reason::Overdue))
        parts.append(tr("Overdue"));
    if (reasons.testFlag(Reason::ShipSoon))
        parts.append(tr("Ship within 24 h"));
    if (reasons.testFlag(Reason::CancellationRequested))
        parts.append(tr("Cancellation requested"));
    if (reasons.testFlag(Reason::ReturnRequested))
        parts.append(tr("Return requested"));
    return parts.join(tr(", ", "separator between reasons"));
}

template <typename AnyOrder>
QString OrderAttention::explain(const AnyOrder &order, Reasons reasons) const
{
    QStringList lines;
    const qint64 deadline = deadlineOf(order);
    if (reasons.testFlag(Reason::Overdue))
        lines.append(tr("It should have shipped by %1.").arg(timeText(deadline)));
    if (reasons.testFlag(Reason::ShipSoon))
        lines.append(tr("Ship it by %1.").arg(timeText(deadline)));
    if (reasons.testFlag(Reason::CancellationRequested)) {
        lines.append(order.cancelOrderSlaTime > 0
                ? tr("The buyer asked to cancel it; answer by %1.").arg(timeText(order.cancelOrderSlaTime))
                : tr("The buyer asked to cancel it."));
    }
    if (reasons.testFlag(Reason::ReturnRequested))
        lines.append(
            tr("The buyer asked for a return or refund; answer it under Shipments → Returns and cancellations."));
    return lines.join(u'\n');
}

QString OrderAttention::explanation(const Order &order, Reasons reasons) const
{
    return explain(order, reasons);
}

QString OrderAttention::explanation(const OrderRow &order, Reasons reasons) const
{
    return explain(order, reasons);
}

} // namespace ShopDesk
