#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/order.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

/// The orders of one shop, one row per order. DisplayRole is locale-formatted text, SortRole the
/// raw value; the ship-by column counts down against the time set with setNow().
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column : int {
        IdColumn,
        CreatedColumn,
        StatusColumn,
        BuyerColumn,
        ItemsColumn,
        TotalColumn,
        ShipByColumn,
        ShippingColumn,
        TrackingColumn,
        /// How the last ship command of the order is doing; empty until the seller ships it.
        ShipResultColumn,
        ColumnCount
    };
    enum Role : int {
        SortRole = Qt::UserRole,
        IdRole,
        /// OrderStatus as an int.
        StatusRole,
    };

    explicit OrderTableModel(QObject *parent = nullptr);

    void setOrders(QList<Order> orders);
    const Order &orderAt(int row) const { return m_orders.at(row); }
    /// Moves the countdowns on; only the ship-by column changes.
    void setNow(qint64 epochSeconds);
    /// Shows how shipping an order is going (`error` is the server's reason for a failure).
    void setShipResult(const QString &orderId, OutboxState state, const QString &error);
    int rowOfOrder(const QString &orderId) const { return m_rowById.value(orderId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(OrderStatus status);
    /// "in 5 h 20 min", "overdue by 2 h"; empty when there is no deadline.
    static QString countdownText(qint64 deadline, qint64 now);

private:
    QVariant displayData(const Order &order, int column) const;
    QVariant sortData(const Order &order, int column) const;

    QList<Order> m_orders;
    QHash<QString, int> m_rowById;
    qint64 m_now = 0;
    struct ShipResult
    {
        OutboxState state;
        QString error;
    };
    QHash<QString, ShipResult> m_shipResults;
};

} // namespace ShopDesk
