#include "outboxtablemodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include "core/money.h"
#include "models/displayformat.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

qint64 stockTotal(const QJsonArray &inventory)
{
    qint64 total = 0;
    for (const QJsonValue &stock : inventory)
        total += stock[u"quantity"].toInteger();
    return total;
}

QString moneyText(const QJsonValue &value)
{
    auto money = Money::fromDecimal(value[u"amount"].toString(), value[u"currency"].toString());
    return money ? money.value().format(QLocale()) : value[u"amount"].toString();
}

} // namespace

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxTableModel::setCommands(QList<OutboxCommand> commands)
{
    beginResetModel();
    m_commands.clear();
    for (OutboxCommand &command : commands) {
        if (!command.isFinal())
            m_commands.append(std::move(command));
    }
    endResetModel();
}

void OutboxTableModel::updateCommand(const OutboxCommand &command)
{
    const auto found = std::find_if(m_commands.begin(), m_commands.end(),
        [&command](const OutboxCommand &row) { return row.clientId == command.clientId; });
    if (found == m_commands.end()) {
        if (command.isFinal())
            return;
        const int row = int(m_commands.size());
        beginInsertRows({}, row, row);
        m_commands.append(command);
        endInsertRows();
        return;
    }
    const int row = int(found - m_commands.begin());
    if (command.isFinal()) {
        beginRemoveRows({}, row, row);
        m_commands.removeAt(row);
        endRemoveRows();
        return;
    }
    *found = command;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commands.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::kindText(CommandKind kind)
{
    switch (kind) {
    case CommandKind::SetStock:
        return tr("Stock");
    case CommandKind::SetPrice:
        return tr("Price");
    case CommandKind::ShipPackage:
        return tr("Shipment");
    case CommandKind::CreateProduct:
        return tr("New listing");
    case CommandKind::ActivateProducts:
    case CommandKind::DeactivateProducts:
    case CommandKind::DeleteProducts:
        return tr("Listing status");
    case CommandKind::ApproveReturn:
    case CommandKind::RejectReturn:
        return tr("Return");
    case CommandKind::ApproveCancellation:
    case CommandKind::RejectCancellation:
        return tr("Cancellation");
    case CommandKind::CreateOpenCollaboration:
    case CommandKind::CreateTargetCollaboration:
        return tr("Collaboration");
    }
    return {};
}

QString OutboxTableModel::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Waiting to send");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Done:
        return tr("Done");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::NeedsReview:
        return tr("Check on the server");
    case OutboxState::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString OutboxTableModel::objectText(const OutboxCommand &command)
{
    const QJsonObject &payload = command.payload;
    // Listings and collaborations carry the title the seller knows them by.
    if (payload.contains(u"title"))
        return payload.value(u"title").toString();
    if (command.kind != CommandKind::SetStock && command.kind != CommandKind::SetPrice) {
        const QString order = payload.value(u"order_id").toString();
        return order.isEmpty() ? tr("Package %1").arg(command.objectId) : tr("Order %1").arg(order);
    }
    const QString sku = payload.value(u"seller_sku").toString();
    const QString title = payload.value(u"product_title").toString();
    if (title.isEmpty())
        return sku.isEmpty() ? command.objectId : sku;
    return tr("%1 of %2").arg(sku.isEmpty() ? command.objectId : sku, title);
}

QString OutboxTableModel::changeText(const OutboxCommand &command)
{
    const QJsonObject &payload = command.payload;
    switch (command.kind) {
    case CommandKind::SetStock:
        return u"%1 → %2"_s.arg(QLocale().toString(stockTotal(payload.value(u"before").toArray())),
            QLocale().toString(stockTotal(payload.value(u"inventory").toArray())));
    case CommandKind::SetPrice:
        return u"%1 → %2"_s.arg(moneyText(payload.value(u"before")), moneyText(payload.value(u"price")));
    case CommandKind::ShipPackage: {
        const QString tracking = payload.value(u"tracking_number").toString();
        return tracking.isEmpty() ? tr("Ship") : tr("Ship with %1").arg(tracking);
    }
    case CommandKind::CreateProduct:
        return payload.value(u"save_mode").toString() == u"AS_DRAFT" ? tr("Save as draft") : tr("Create and list");
    case CommandKind::ActivateProducts:
        return tr("Activate");
    case CommandKind::DeactivateProducts:
        return tr("Deactivate");
    case CommandKind::DeleteProducts:
        return tr("Delete");
    case CommandKind::ApproveReturn:
    case CommandKind::ApproveCancellation:
        return tr("Approve");
    case CommandKind::RejectReturn:
    case CommandKind::RejectCancellation:
        return tr("Reject: %1").arg(payload.value(u"reject_reason_text").toString());
    case CommandKind::CreateOpenCollaboration:
        return tr("Open collaboration at %1")
            .arg(DisplayFormat::commission(CommissionRate(payload.value(u"commission_rate").toInteger())));
    case CommandKind::CreateTargetCollaboration:
        return tr("Target collaboration");
    }
    return {};
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutboxCommand &command = m_commands.at(index.row());
    if (role == ClientIdRole)
        return command.clientId;
    if (role == StateRole)
        return int(command.state);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return command.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(command.createdAt).toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return kindText(command.kind);
    case ObjectColumn:
        return objectText(command);
    case ChangeColumn:
        return changeText(command);
    case StateColumn:
        return stateText(command.state);
    case ErrorColumn:
        return command.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CreatedColumn:
        return tr("Made");
    case KindColumn:
        return tr("What");
    case ObjectColumn:
        return tr("Of");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case ErrorColumn:
        return tr("Server's answer");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ShopDesk
