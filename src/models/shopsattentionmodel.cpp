#include "shopsattentionmodel.h"

#include "models/ordertablemodel.h"

namespace ShopDesk {

namespace {

/// Smaller is more urgent: a late order, then a buyer waiting to cancel, then one due soon.
int urgencyOf(OrderAttention::Reasons reasons)
{
    using Reason = OrderAttention::Reason;
    int rank = 0;
    for (const Reason reason :
        {Reason::Overdue, Reason::CancellationRequested, Reason::ShipSoon, Reason::ReturnRequested}) {
        if (reasons.testFlag(reason))
            return rank;
        ++rank;
    }
    return rank;
}

} // namespace

ShopsAttentionModel::ShopsAttentionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ShopsAttentionModel::setRows(QList<AttentionRow> rows, qint64 now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
}

int ShopsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShopsAttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShopsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != SortRole))
        return {};
    const AttentionRow &row = m_rows.at(index.row());
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case ShopColumn:
        return row.shop.name;
    case OrderColumn:
        return row.orderId;
    case StatusColumn:
        return OrderTableModel::statusText(row.status);
    case ReasonColumn:
        return sorting ? QVariant(urgencyOf(row.reasons)) : QVariant(OrderAttention::text(row.reasons));
    case ShipByColumn:
        if (sorting)
            return row.deadline > 0 ? row.deadline : std::numeric_limits<qint64>::max();
        return OrderTableModel::countdownText(row.deadline, m_now);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShopsAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ShopColumn:
        return tr("Shop");
    case OrderColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Needs action");
    case ShipByColumn:
        return tr("Ship by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ShopDesk
