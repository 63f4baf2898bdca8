#include "aftersaletablemodel.h"

#include "models/displayformat.h"
#include "models/outboxtablemodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QString returnStatusText(ReturnStatus status)
{
    switch (status) {
    case ReturnStatus::RequestPending:
        return AftersaleTableModel::tr("Awaiting your answer");
    case ReturnStatus::RequestRejected:
        return AftersaleTableModel::tr("Rejected");
    case ReturnStatus::AwaitingBuyerShip:
        return AftersaleTableModel::tr("Buyer to send it back");
    case ReturnStatus::BuyerShippedItem:
        return AftersaleTableModel::tr("Parcel on its way back");
    case ReturnStatus::ReceivedPackageRejected:
        return AftersaleTableModel::tr("Returned parcel rejected");
    case ReturnStatus::RequestSuccess:
        return AftersaleTableModel::tr("Approved");
    case ReturnStatus::RequestCancelled:
        return AftersaleTableModel::tr("Withdrawn by the buyer");
    case ReturnStatus::RequestComplete:
        return AftersaleTableModel::tr("Refunded");
    case ReturnStatus::AwaitingBuyerResponse:
        return AftersaleTableModel::tr("Awaiting the buyer");
    case ReturnStatus::Unknown:
        break;
    }
    return AftersaleTableModel::tr("Unknown");
}

QString cancelStatusText(CancelStatus status)
{
    switch (status) {
    case CancelStatus::RequestPending:
        return AftersaleTableModel::tr("Awaiting your answer");
    case CancelStatus::RequestSuccess:
        return AftersaleTableModel::tr("Approved");
    case CancelStatus::RequestCancelled:
        return AftersaleTableModel::tr("Closed");
    case CancelStatus::RequestComplete:
        return AftersaleTableModel::tr("Refunded");
    case CancelStatus::Unknown:
        break;
    }
    return AftersaleTableModel::tr("Unknown");
}

} // namespace

AftersaleTableModel::AftersaleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AftersaleTableModel::setCases(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations)
{
    beginResetModel();
    m_cases.clear();
    m_cases.reserve(returns.size() + cancellations.size());
    for (const ReturnRequest &request : returns)
        m_cases.append(AftersaleCase::of(request));
    for (const Cancellation &cancellation : cancellations)
        m_cases.append(AftersaleCase::of(cancellation));
    m_rowById.clear();
    for (int row = 0; row < m_cases.size(); ++row)
        m_rowById.insert(m_cases.at(row).id(), row);
    endResetModel();
}

void AftersaleTableModel::setChangeState(const QString &id, OutboxState state, const QString &error)
{
    m_changes.insert(id, {state, error});
    const int row = rowOfCase(id);
    if (row >= 0)
        emit dataChanged(index(row, ChangeColumn), index(row, ChangeColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

void AftersaleTableModel::applyStatus(const QString &id, const QString &status)
{
    const int row = rowOfCase(id);
    if (row < 0)
        return;
    AftersaleCase &item = m_cases[row];
    if (item.isReturn()) {
        item.returnRequest.status = returnStatusFromApi(status);
        item.returnRequest.nextActions.clear();
    } else {
        item.cancellation.status = cancelStatusFromApi(status);
        item.cancellation.nextActions.clear();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AftersaleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int AftersaleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AftersaleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AftersaleCase &item = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return m_changes.value(item.id()).error;
        if (index.column() == ReasonColumn)
            return item.reasonText();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RefundColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(item, index.column());
    case IdRole:
        return item.id();
    case NeedsActionRole:
        return item.awaitsSeller();
    case ChangeStateRole: {
        const auto change = m_changes.constFind(item.id());
        return change == m_changes.cend() ? -1 : int(change->state);
    }
    default:
        return {};
    }
}

QVariant AftersaleTableModel::displayData(const AftersaleCase &item, int column) const
{
    switch (column) {
    case TypeColumn:
        return typeText(item);
    case IdColumn:
        return item.id();
    case OrderColumn:
        return item.orderId();
    case StatusColumn:
        return statusText(item);
    case ReasonColumn:
        return item.reasonText();
    case RefundColumn:
        return item.refund().total.currency.isEmpty() ? DisplayFormat::none()
                                                      : DisplayFormat::money(item.refund().total);
    case RequestedColumn:
        return DisplayFormat::dateTime(item.createTime());
    case RespondByColumn:
        return item.awaitsSeller() ? DisplayFormat::dateTime(item.respondBy()) : QString();
    case ChangeColumn: {
        const auto change = m_changes.constFind(item.id());
        return change == m_changes.cend() ? QString() : changeText(change->state, change->error);
    }
    default:
        return {};
    }
}

QVariant AftersaleTableModel::sortData(const AftersaleCase &item, int column) const
{
    switch (column) {
    case RefundColumn:
        return item.refund().total.minor;
    case RequestedColumn:
        return item.createTime();
    case RespondByColumn: {
        // Requests without a deadline sort after every dated one.
        const qint64 deadline = item.awaitsSeller() ? item.respondBy() : 0;
        return deadline > 0 ? deadline : std::numeric_limits<qint64>::max();
    }
    default:
        return displayData(item, column);
    }
}

QVariant AftersaleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Request ID");
    case OrderColumn:
        return tr("Order ID");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case RefundColumn:
        return tr("Refund");
    case RequestedColumn:
        return tr("Requested");
    case RespondByColumn:
        return tr("Answer by");
    case ChangeColumn:
        return tr("Your decision");
    default:
        return {};
    }
}

QString AftersaleTableModel::typeText(const AftersaleCase &item)
{
    if (!item.isReturn())
        return tr("Cancellation");
    switch (item.returnRequest.type) {
    case ReturnType::Refund:
        return tr("Refund only");
    case ReturnType::ReturnAndRefund:
        return tr("Return and refund");
    case ReturnType::Replacement:
        return tr("Replacement");
    case ReturnType::Unknown:
        break;
    }
    return tr("Return");
}

QString AftersaleTableModel::statusText(const AftersaleCase &item)
{
    return item.isReturn() ? returnStatusText(item.returnRequest.status) : cancelStatusText(item.cancellation.status);
}

QString AftersaleTableModel::changeText(OutboxState state, const QString &error)
{
    if (state == OutboxState::Done)
        return tr("Sent");
    if (state == OutboxState::Failed && !error.isEmpty())
        return tr("Failed: %1").arg(error);
    return OutboxTableModel::stateText(state);
}

} // namespace ShopDesk
