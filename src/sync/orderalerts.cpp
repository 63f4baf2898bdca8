#include "orderalerts.h"

#include <algorithm>

namespace ShopDesk {

namespace {

template <typename AnyOrder>
QStringList idsToShip(const QList<AnyOrder> &orders)
{
    QStringList ids;
    for (const AnyOrder &order : orders) {
        if (order.status == OrderStatus::AwaitingShipment)
            ids.append(order.id);
    }
    return ids;
}

template <typename AnyOrder>
QStringList expiring(const QList<AnyOrder> &orders, qint64 now, qint64 window)
{
    QList<const AnyOrder *> close;
    for (const AnyOrder &order : orders) {
        if (order.status == OrderStatus::AwaitingShipment && order.rtsSlaTime > now && order.rtsSlaTime <= now + window)
            close.append(&order);
    }
    std::stable_sort(
        close.begin(), close.end(), [](const AnyOrder *a, const AnyOrder *b) { return a->rtsSlaTime < b->rtsSlaTime; });
    QStringList ids;
    for (const AnyOrder *order : close)
        ids.append(order->id);
    return ids;
}

template <typename AnyOrder>
qint64 earliest(const QList<AnyOrder> &orders, const QStringList &ids)
{
    qint64 first = 0;
    for (const AnyOrder &order : orders) {
        if (order.rtsSlaTime > 0 && ids.contains(order.id) && (first == 0 || order.rtsSlaTime < first))
            first = order.rtsSlaTime;
    }
    return first;
}

} // namespace

QStringList OrderAlerts::toShip(const QList<Order> &orders)
{
    return idsToShip(orders);
}

QStringList OrderAlerts::slaExpiring(const QList<Order> &orders, qint64 now, qint64 window)
{
    return expiring(orders, now, window);
}

qint64 OrderAlerts::earliestDeadline(const QList<Order> &orders, const QStringList &ids)
{
    return earliest(orders, ids);
}

QStringList OrderAlerts::toShip(const QList<OrderRow> &orders)
{
    return idsToShip(orders);
}

QStringList OrderAlerts::slaExpiring(const QList<OrderRow> &orders, qint64 now, qint64 window)
{
    return expiring(orders, now, window);
}

qint64 OrderAlerts::earliestDeadline(const QList<OrderRow> &orders, const QStringList &ids)
{
    return earliest(orders, ids);
}

} // namespace ShopDesk
