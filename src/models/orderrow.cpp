#include "orderrow.h"

#include "core/stringpool.h"
#include "models/orderfilter.h"

namespace ShopDesk {

OrderRow OrderRow::of(const Order &order, StringPool *pool)
{
    OrderRow row;
    row.id = order.id;
    if (order.recipientAddress)
        row.buyerName = order.recipientAddress->name;
    if (!order.lineItems.isEmpty())
        row.firstProductName = order.lineItems.constFirst().productName;
    row.trackingNumber = order.trackingNumber;
    for (const LineItem &item : order.lineItems) {
        if (!item.trackingNumber.isEmpty() && item.trackingNumber != order.trackingNumber
            && !row.itemTrackingNumbers.contains(item.trackingNumber))
            row.itemTrackingNumbers.append(item.trackingNumber);
    }
    row.totalAmount = order.payment.totalAmount;
    row.createTime = order.createTime;
    row.rtsSlaTime = order.rtsSlaTime;
    row.cancelOrderSlaTime = order.cancelOrderSlaTime;
    row.status = order.status;
    row.itemCount = int(order.lineItems.size());
    row.sellerShipping = order.shippingType == u"SELLER";
    row.isBuyerRequestCancel = order.isBuyerRequestCancel;
    if (pool) {
        // Masked names ("J***n") repeat as much as product names do.
        pool->intern(row.buyerName);
        pool->intern(row.firstProductName);
        pool->intern(row.totalAmount.currency);
    }
    return row;
}

OrderRows::OrderRows(const QList<Order> &orders)
{
    reserve(orders.size());
    StringPool pool;
    for (const Order &order : orders)
        append(order, &pool);
    squeeze();
}

void OrderRows::reserve(qsizetype count)
{
    m_rows.reserve(count);
    m_searchTextEnds.reserve(count);
}

void OrderRows::append(const Order &order, StringPool *pool)
{
    append(OrderRow::of(order, pool), OrderFilter::searchTextOf(order));
}

void OrderRows::append(const OrderRow &row, QStringView searchText)
{
    m_rows.append(row);
    m_searchText += searchText;
    m_searchTextEnds.append(m_searchText.size());
}

void OrderRows::squeeze()
{
    m_rows.squeeze();
    m_searchText.squeeze();
    m_searchTextEnds.squeeze();
}

} // namespace ShopDesk
