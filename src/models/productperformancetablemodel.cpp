#include "productperformancetablemodel.h"

#include <QLocale>

#include "models/performancekpis.h"

namespace ShopDesk {

ProductPerformanceTableModel::ProductPerformanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductPerformanceTableModel::setProducts(QList<ProductPerformance> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

void ProductPerformanceTableModel::setTitles(const QHash<QString, QString> &titles)
{
    m_titles = titles;
    if (!m_products.isEmpty())
        emit dataChanged(index(0, ProductColumn), index(rowCount() - 1, ProductColumn));
}

int ProductPerformanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductPerformanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductPerformanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductPerformance &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(product, index.column());
    case Qt::ToolTipRole:
        return index.column() == ProductColumn ? tr("Product ID: %1").arg(product.productId) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() != ProductColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(product, index.column());
    case IdRole:
        return product.productId;
    default:
        return {};
    }
}

QVariant ProductPerformanceTableModel::displayData(const ProductPerformance &product, int column) const
{
    const QLocale locale;
    switch (column) {
    case ProductColumn:
        return titleOf(product.productId);
    case GmvColumn:
        return product.gmv.format(locale);
    case OrdersColumn:
        return locale.toString(product.orders);
    case UnitsColumn:
        return locale.toString(product.unitsSold);
    case ClickThroughColumn:
        return PerformanceKpis::percentText(product.clickThroughRate, 2, locale);
    default:
        return {};
    }
}

QVariant ProductPerformanceTableModel::sortData(const ProductPerformance &product, int column) const
{
    switch (column) {
    case ProductColumn:
        return titleOf(product.productId);
    case GmvColumn:
        return product.gmv.minor;
    case OrdersColumn:
        return product.orders;
    case UnitsColumn:
        return product.unitsSold;
    case ClickThroughColumn:
        return product.clickThroughRate;
    default:
        return {};
    }
}

QVariant ProductPerformanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case GmvColumn:
        return tr("GMV");
    case OrdersColumn:
        return tr("Orders");
    case UnitsColumn:
        return tr("Units");
    case ClickThroughColumn:
        return tr("CTR", "click-through rate");
    default:
        return {};
    }
}

} // namespace ShopDesk
