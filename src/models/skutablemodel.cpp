#include "skutablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

SkuTableModel::SkuTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SkuTableModel::setProduct(const Product &product)
{
    beginResetModel();
    if (product.id != m_product.id)
        m_changes.clear();
    m_product = product;
    m_warehouses.clear();
    for (const Sku &sku : std::as_const(m_product.skus)) {
        for (const WarehouseStock &stock : sku.inventory) {
            if (!m_warehouses.contains(stock.warehouseId))
                m_warehouses.append(stock.warehouseId);
        }
    }
    endResetModel();
}

void SkuTableModel::setChangeState(const QString &skuId, OutboxState state, const QString &error)
{
    for (int row = 0; row < m_product.skus.size(); ++row) {
        if (m_product.skus.at(row).id != skuId)
            continue;
        m_changes.insert(skuId, {state, error});
        const QModelIndex cell = index(row, changeColumn());
        emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int SkuTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_product.skus.size());
}

int SkuTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : changeColumn() + 1;
}

int SkuTableModel::warehouseIndex(int column) const
{
    const int at = column - FirstWarehouseColumn;
    return at >= 0 && at < m_warehouses.size() ? at : -1;
}

QString SkuTableModel::changeText(OutboxState state, const QString &error)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Waiting to send");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Done:
        return tr("Saved");
    case OutboxState::Failed:
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error);
    case OutboxState::NeedsReview:
        return tr("Check on the server");
    case OutboxState::Discarded:
        return tr("Discarded");
    }
    return {};
}

QVariant SkuTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Sku &sku = m_product.skus.at(index.row());
    const int column = index.column();
    if (role == SkuIdRole)
        return sku.id;
    const int warehouse = warehouseIndex(column);
    const auto stockIn = [&sku](const QString &warehouseId) -> std::optional<qint64> {
        for (const WarehouseStock &stock : sku.inventory) {
            if (stock.warehouseId == warehouseId)
                return stock.quantity;
        }
        return std::nullopt;
    };
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::EditRole) {
        const bool raw = role != Qt::DisplayRole;
        if (column == SellerSkuColumn)
            return sku.sellerSku.isEmpty() ? sku.id : sku.sellerSku;
        if (column == PriceColumn)
            return role == SortRole ? QVariant(sku.price.minor)
                : raw               ? QVariant(sku.price.toDecimal())
                                    : QVariant(sku.price.format(QLocale()));
        if (warehouse >= 0) {
            const auto quantity = stockIn(m_warehouses.at(warehouse));
            if (!quantity)
                return role == Qt::DisplayRole ? QVariant(u"–"_s) : QVariant();
            return raw ? QVariant(*quantity) : QVariant(QLocale().toString(*quantity));
        }
        if (column == totalStockColumn())
            return raw ? QVariant(sku.totalStock()) : QVariant(QLocale().toString(sku.totalStock()));
        if (column == changeColumn()) {
            const auto change = m_changes.constFind(sku.id);
            return change == m_changes.cend() ? QString() : changeText(change->state, change->error);
        }
    }
    if (role == Qt::ToolTipRole && column == changeColumn()) {
        const auto change = m_changes.constFind(sku.id);
        if (change != m_changes.cend() && !change->error.isEmpty())
            return change->error;
    }
    if (role == Qt::TextAlignmentRole && column != SellerSkuColumn && column != changeColumn())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SkuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == SellerSkuColumn)
        return tr("Seller SKU");
    if (section == PriceColumn)
        return tr("Price");
    if (const int warehouse = warehouseIndex(section); warehouse >= 0)
        return m_warehouses.size() == 1 ? tr("Stock") : tr("Stock – warehouse %1").arg(warehouse + 1);
    if (section == totalStockColumn())
        return tr("Total stock");
    if (section == changeColumn())
        return tr("Last change");
    return {};
}

Qt::ItemFlags SkuTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == PriceColumn || warehouseIndex(index.column()) >= 0))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SkuTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Sku &sku = m_product.skus.at(index.row());
    const QString text = value.toString().trimmed();
    PlannedEdit edit;
    if (index.column() == PriceColumn) {
        auto price = Money::fromDecimal(QString(text).remove(u','), sku.price.currency);
        if (!price) {
            emit editRejected(tr("“%1” is not a price in %2.").arg(text, sku.price.currency));
            return false;
        }
        if (price.value() == sku.price)
            return false;
        edit = ProductEditPlanner::price(m_product, sku, price.value());
    } else if (const int warehouse = warehouseIndex(index.column()); warehouse >= 0) {
        bool whole = false;
        const qint64 quantity = text.toLongLong(&whole);
        if (!whole) {
            emit editRejected(tr("Stock must be a whole number, not “%1”.").arg(text));
            return false;
        }
        edit = ProductEditPlanner::stock(m_product, sku, m_warehouses.at(warehouse), quantity);
        if (edit.stockAfter == edit.stockBefore)
            return false;
    } else {
        return false;
    }
    if (!edit.isValid()) {
        emit editRejected(edit.problem);
        return false;
    }
    emit editRequested(edit);
    return true;
}

} // namespace ShopDesk
