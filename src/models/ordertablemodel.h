#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/order.h"
#include "models/orderattention.h"
#include "models/orderrow.h"
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
        /// Why the order needs the seller now (OrderAttention); the tooltip says by when.
        AttentionColumn,
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

    /// Keeps only the orders' rows (OrderRows): what the table, its search and tabs read.
    void setOrders(const QList<Order> &orders);
    void setRows(OrderRows rows);
    const OrderRows &rows() const { return m_rows; }
    const OrderRow &rowAt(int row) const { return m_rows.at(row); }
    /// OrderFilter::searchTextOf() the order of the row, kept with it.
    QStringView searchTextAt(int row) const { return m_rows.searchTextAt(row); }
    /// Moves the countdowns on; only the ship-by and attention columns change.
    void setNow(qint64 epochSeconds);
    /// The orders whose cancellation or return request waits for the seller.
    void setOpenRequests(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations);
    const OrderAttention &attention() const { return m_attention; }
    /// Shows how shipping an order is going (`error` is the server's reason for a failure).
    void setShipResult(const QString &orderId, OutboxState state, const QString &error);
    int rowOfOrder(const QString &orderId) const { return m_rowById.value(orderId, -1); }
    /// SortRole of the numeric columns without a QVariant, for sorting a million rows; nullopt for
    /// the columns that sort as text.
    std::optional<qint64> numericSortKey(int row, int column) const { return numericSortKey(m_rows.at(row), column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(OrderStatus status);
    /// "in 5 h 20 min", "overdue by 2 h"; empty when there is no deadline.
    static QString countdownText(qint64 deadline, qint64 now);

signals:
    /// The time or the open requests changed, so which orders need action may have.
    void attentionChanged();

private:
    QVariant displayData(const OrderRow &order, int column) const;
    QVariant sortData(const OrderRow &order, int column) const;
    std::optional<qint64> numericSortKey(const OrderRow &order, int column) const;

    OrderRows m_rows;
    QHash<QString, int> m_rowById;
    OrderAttention m_attention;
    struct ShipResult
    {
        OutboxState state;
        QString error;
    };
    QHash<QString, ShipResult> m_shipResults;
};

} // namespace ShopDesk
