#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/order.h"
#include "models/orderattention.h"
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

    void setOrders(QList<Order> orders);
    const Order &orderAt(int row) const { return m_orders.at(row); }
    /// OrderFilter::searchTextOf() the order of the row, kept with it.
    QStringView searchTextAt(int row) const
    {
        const qsizetype from = row == 0 ? 0 : m_searchTextEnds.at(row - 1);
        return QStringView(m_searchText).sliced(from, m_searchTextEnds.at(row) - from);
    }
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
    std::optional<qint64> numericSortKey(int row, int column) const { return numericSortKey(m_orders.at(row), column); }

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
    QVariant displayData(const Order &order, int column) const;
    QVariant sortData(const Order &order, int column) const;
    std::optional<qint64> numericSortKey(const Order &order, int column) const;

    QList<Order> m_orders;
    /// The search texts of all rows end to end, and where each row's ends: one block that a
    /// filter reads straight through, without a string (and its allocation) per order.
    QString m_searchText;
    QList<qsizetype> m_searchTextEnds;
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
