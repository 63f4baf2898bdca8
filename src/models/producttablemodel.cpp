#include "producttablemodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductTableModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    m_rowById.clear();
    m_rowById.reserve(m_products.size());
    m_searchText.clear();
    m_searchText.reserve(m_products.size());
    for (int row = 0; row < m_products.size(); ++row) {
        m_rowById.insert(m_products.at(row).id, row);
        m_searchText.append(ProductFilter::searchTextOf(m_products.at(row)));
    }
    endResetModel();
}

void ProductTableModel::updateProduct(const Product &product)
{
    const int row = rowOfProduct(product.id);
    if (row < 0)
        return;
    m_products[row] = product;
    m_searchText[row] = ProductFilter::searchTextOf(product);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProductTableModel::upsertProduct(const Product &product)
{
    if (rowOfProduct(product.id) >= 0) {
        updateProduct(product);
        return;
    }
    const int row = int(m_products.size());
    beginInsertRows({}, row, row);
    m_products.append(product);
    m_searchText.append(ProductFilter::searchTextOf(product));
    m_rowById.insert(product.id, row);
    endInsertRows();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(product, index.column());
    case Qt::ToolTipRole:
        return index.column() == SellerSkuColumn ? QVariant(product.sellerSkus().join(u'\n')) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == StockColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(product, index.column());
    case IdRole:
        return product.id;
    case StatusRole:
        return static_cast<int>(product.status);
    default:
        return {};
    }
}

QVariant ProductTableModel::displayData(const Product &product, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return product.title;
    case SellerSkuColumn: {
        const QStringList skus = product.sellerSkus();
        return skus.size() <= 1 ? skus.value(0) : tr("%1 (+%n more)", nullptr, int(skus.size() - 1)).arg(skus.first());
    }
    case PriceColumn: {
        const auto range = product.priceRange();
        if (!range)
            return {};
        if (range->first == range->second)
            return range->first.format(locale);
        return tr("%1 – %2", "price range").arg(range->first.format(locale), range->second.format(locale));
    }
    case StockColumn:
        return locale.toString(product.totalStock());
    case StatusColumn:
        return statusText(product.status);
    case UpdatedColumn:
        return product.updateTime > 0
            ? locale.toString(QDateTime::fromSecsSinceEpoch(product.updateTime).toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant ProductTableModel::sortData(const Product &product, int column) const
{
    switch (column) {
    case TitleColumn:
        return product.title;
    case SellerSkuColumn:
        return product.sellerSkus().value(0);
    case PriceColumn: {
        const auto range = product.priceRange();
        return range ? range->first.minor : qint64(0);
    }
    case StockColumn:
        return product.totalStock();
    case StatusColumn:
        return static_cast<int>(product.status);
    case UpdatedColumn:
        return product.updateTime;
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SellerSkuColumn:
        return tr("Seller SKU");
    case PriceColumn:
        return tr("Price");
    case StockColumn:
        return tr("Stock");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QString ProductTableModel::statusText(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return tr("Draft");
    case ProductStatus::Pending:
        return tr("Pending review");
    case ProductStatus::Failed:
        return tr("Failed review");
    case ProductStatus::Activate:
        return tr("Live", "product status");
    case ProductStatus::SellerDeactivated:
        return tr("Deactivated");
    case ProductStatus::PlatformDeactivated:
        return tr("Deactivated by platform");
    case ProductStatus::Freeze:
        return tr("Frozen");
    case ProductStatus::Deleted:
        return tr("Deleted");
    case ProductStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace ShopDesk
