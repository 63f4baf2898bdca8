#include "orderalerts.h"

#include <algorithm>

namespace ShopDesk {

QStringList OrderAlerts::toShip(const QList<Order> &orders)
{
    QStringList ids;
    for (const Order &order : orders) {
        if (order.status == OrderStatus::AwaitingShipment)
            ids.append(order.id);
    }
    return ids;
}

QStringList OrderAlerts::slaExpiring(const QList<Order> &orders, qint64 now, qint64 window)
{
    QList<const Order *> close;
    for (const Order &order : orders) {
        if (order.status == OrderStatus::AwaitingShipment && order.rtsSlaTime > now && order.rtsSlaTime <= now + window)
            close.append(&order);
    }
    std::stable_sort(
        close.begin(), close.end(), [](const Order *a, const Order *b) { return a->rtsSlaTime < b->rtsSlaTime; });
    QStringList ids;
    for (const Order *order : close)
        ids.append(order->id);
    return ids;
}

qint64 OrderAlerts::earliestDeadline(const QList<Order> &orders, const QStringList &ids)
{
    qint64 earliest = 0;
    for (const Order &order : orders) {
        if (order.rtsSlaTime > 0 && ids.contains(order.id) && (earliest == 0 || order.rtsSlaTime < earliest))
            earliest = order.rtsSlaTime;
    }
    return earliest;
}

} // namespace ShopDesk
