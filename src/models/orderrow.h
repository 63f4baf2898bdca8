#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/order.h"

namespace ShopDesk {

class StringPool;

/// What the Orders table, its search, its tabs and "Needs action" read of an order: a few hundred
/// bytes where a whole Order takes several kilobytes, so that a pane of 100,000 orders stays small.
/// The fields keep the names they have in Order. The detail panel, the Ship dialog and the
/// documents read the whole order again from the cache (OrderCatalog::ordersByIds()).
struct OrderRow
{
    QString id;
    /// The recipient's (masked) name; empty without an address.
    QString buyerName;
    QString firstProductName;
    QString trackingNumber;
    /// Tracking numbers of line items other than the order's, for whole-number search.
    QStringList itemTrackingNumbers;
    Money totalAmount;
    qint64 createTime = 0;
    qint64 rtsSlaTime = 0;
    qint64 cancelOrderSlaTime = 0;
    OrderStatus status = OrderStatus::Unknown;
    int itemCount = 0;
    bool sellerShipping = false;
    bool isBuyerRequestCancel = false;

    /// With a pool, the texts many orders repeat (product names, currencies) are shared.
    static OrderRow of(const Order &order, StringPool *pool = nullptr);
    bool operator==(const OrderRow &other) const = default;
};

/// The rows of a list of orders, with their search texts (OrderFilter::searchTextOf()) end to end
/// in one block that a filter reads straight through, without a string (and its allocation) per
/// order. Built off the GUI thread, handed to the table model whole.
class OrderRows final
{
public:
    OrderRows() = default;
    explicit OrderRows(const QList<Order> &orders);

    void reserve(qsizetype count);
    void append(const Order &order, StringPool *pool = nullptr);
    void append(const OrderRow &row, QStringView searchText);
    /// Gives back the memory reserved beyond the rows.
    void squeeze();

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const OrderRow &at(qsizetype index) const { return m_rows.at(index); }
    const QList<OrderRow> &rows() const { return m_rows; }
    /// Whether both are the same copy, as after a sync that changed no order: nothing to show anew.
    bool isSharedWith(const OrderRows &other) const
    {
        return m_rows.isSharedWith(other.m_rows) && m_searchText.isSharedWith(other.m_searchText);
    }
    QStringView searchTextAt(qsizetype index) const
    {
        const qsizetype from = index == 0 ? 0 : m_searchTextEnds.at(index - 1);
        return QStringView(m_searchText).sliced(from, m_searchTextEnds.at(index) - from);
    }

private:
    QList<OrderRow> m_rows;
    QString m_searchText;
    QList<qsizetype> m_searchTextEnds;
};

} // namespace ShopDesk
