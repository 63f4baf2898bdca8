#pragma once

#include <QList>
#include <QStringList>

#include "domain/order.h"
#include "models/orderrow.h"

namespace ShopDesk {

/// What in a list of orders the seller should hear about: orders waiting to be shipped, and those
/// whose ship-by time (rts_sla_time, reference section 5.2) is close.
class OrderAlerts final
{
public:
    /// How close a ship-by time must be to warn about it.
    static constexpr qint64 slaWarningSeconds = 24 * 3600;

    /// Ids of the orders awaiting shipment.
    static QStringList toShip(const QList<Order> &orders);
    /// Ids of the orders awaiting shipment whose ship-by time falls within `window` seconds after
    /// `now`, soonest first. Overdue orders are past warning and not included.
    static QStringList slaExpiring(const QList<Order> &orders, qint64 now, qint64 window = slaWarningSeconds);
    /// The earliest ship-by time among `ids`, 0 when none has one.
    static qint64 earliestDeadline(const QList<Order> &orders, const QStringList &ids);

    // The same of the Orders pane's rows.
    static QStringList toShip(const QList<OrderRow> &orders);
    static QStringList slaExpiring(const QList<OrderRow> &orders, qint64 now, qint64 window = slaWarningSeconds);
    static qint64 earliestDeadline(const QList<OrderRow> &orders, const QStringList &ids);
};

} // namespace ShopDesk
