#include "ordertablemodel.h"

#include <QDateTime>
#include <QLocale>

#include "models/outboxtablemodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OrderTableModel::setOrders(const QList<Order> &orders)
{
    setRows(OrderRows(orders));
}

void OrderTableModel::setRows(OrderRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
    endResetModel();
}

void OrderTableModel::setNow(qint64 epochSeconds)
{
    m_attention.setNow(epochSeconds);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ShipByColumn), index(rowCount() - 1, ShipByColumn), {Qt::DisplayRole});
        emit dataChanged(index(0, AttentionColumn), index(rowCount() - 1, AttentionColumn));
    }
    emit attentionChanged();
}

void OrderTableModel::setOpenRequests(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations)
{
    m_attention.setOpenRequests(returns, cancellations);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AttentionColumn), index(rowCount() - 1, AttentionColumn));
    emit attentionChanged();
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(order, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(order, index.column());
    case IdRole:
        return order.id;
    case StatusRole:
        return static_cast<int>(order.status);
    case Qt::ToolTipRole:
        if (index.column() == ShipResultColumn)
            return m_shipResults.value(order.id).error;
        if (index.column() == AttentionColumn)
            return m_attention.explanation(order, m_attention.reasonsFor(order));
        return {};
    default:
        return {};
    }
}

QVariant OrderTableModel::displayData(const OrderRow &order, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return order.id;
    case CreatedColumn:
        return locale.toString(QDateTime::fromSecsSinceEpoch(order.createTime).toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return statusText(order.status);
    case AttentionColumn:
        return OrderAttention::text(m_attention.reasonsFor(order));
    case BuyerColumn:
        return order.buyerName;
    case ItemsColumn:
        if (order.itemCount == 0)
            return {};
        return order.itemCount == 1 ? order.firstProductName
                                    : tr("%1 (+%n more)", nullptr, order.itemCount - 1).arg(order.firstProductName);
    case TotalColumn:
        return order.totalAmount.format(locale);
    case ShipByColumn:
        return countdownText(OrderAttention::shipByDeadline(order), m_attention.now());
    case ShippingColumn:
        return order.sellerShipping ? tr("Seller shipping") : tr("TikTok shipping");
    case TrackingColumn:
        return order.trackingNumber;
    case ShipResultColumn: {
        const auto result = m_shipResults.constFind(order.id);
        if (result == m_shipResults.cend())
            return {};
        if (result->state == OutboxState::Done)
            return tr("Shipped");
        if (result->state == OutboxState::Failed && !result->error.isEmpty())
            return tr("Failed: %1").arg(result->error);
        return OutboxTableModel::stateText(result->state);
    }
    default:
        return {};
    }
}

void OrderTableModel::setShipResult(const QString &orderId, OutboxState state, const QString &error)
{
    m_shipResults.insert(orderId, {state, error});
    const int row = rowOfOrder(orderId);
    if (row >= 0)
        emit dataChanged(index(row, ShipResultColumn), index(row, ShipResultColumn));
}

QVariant OrderTableModel::sortData(const OrderRow &order, int column) const
{
    if (const std::optional<qint64> key = numericSortKey(order, column))
        return *key;
    return displayData(order, column);
}

std::optional<qint64> OrderTableModel::numericSortKey(const OrderRow &order, int column) const
{
    switch (column) {
    case CreatedColumn:
        return order.createTime;
    case StatusColumn:
        return static_cast<int>(order.status);
    case AttentionColumn:
        return static_cast<int>(m_attention.reasonsFor(order).toInt());
    case ItemsColumn:
        return order.itemCount;
    case TotalColumn:
        return order.totalAmount.minor;
    case ShipByColumn: {
        // Orders without a deadline sort after every dated one.
        const qint64 deadline = OrderAttention::shipByDeadline(order);
        return deadline > 0 ? deadline : std::numeric_limits<qint64>::max();
    }
    default:
        return std::nullopt;
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Order ID");
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case AttentionColumn:
        return tr("Needs action");
    case BuyerColumn:
        return tr("Buyer");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case ShipByColumn:
        return tr("Ship by");
    case ShippingColumn:
        return tr("Shipping");
    case TrackingColumn:
        return tr("Tracking number");
    case ShipResultColumn:
        return tr("Shipping result");
    default:
        return {};
    }
}

QString OrderTableModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unpaid:
        return tr("Unpaid");
    case OrderStatus::OnHold:
        return tr("On hold");
    case OrderStatus::AwaitingShipment:
        return tr("Awaiting shipment");
    case OrderStatus::PartiallyShipping:
        return tr("Partially shipped");
    case OrderStatus::AwaitingCollection:
        return tr("Awaiting collection");
    case OrderStatus::InTransit:
        return tr("In transit");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString OrderTableModel::countdownText(qint64 deadline, qint64 now)
{
    if (deadline <= 0 || now <= 0)
        return {};
    const qint64 left = deadline - now;
    const qint64 minutes = std::abs(left) / 60;
    const QString span = minutes >= 48 * 60 ? tr("%n day(s)", nullptr, int(minutes / (24 * 60)))
        : minutes >= 60                     ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                            : tr("%n min", nullptr, int(minutes));
    return left >= 0 ? tr("in %1", "time left to ship").arg(span) : tr("overdue by %1").arg(span);
}

} // namespace ShopDesk
