#include "productstatusdelegate.h"

#include <QPalette>

#include "domain/product.h"
#include "models/producttablemodel.h"

namespace ShopDesk {

namespace {

// Mid-tone colours stay readable on both light and dark backgrounds.
QColor colourFor(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Activate:
        return QColor(0x2e, 0x9d, 0x4f);
    case ProductStatus::Draft:
    case ProductStatus::Pending:
        return QColor(0x3b, 0x7d, 0xd8);
    case ProductStatus::Failed:
    case ProductStatus::PlatformDeactivated:
    case ProductStatus::Freeze:
        return QColor(0xd9, 0x4a, 0x38);
    case ProductStatus::SellerDeactivated:
    case ProductStatus::Deleted:
    case ProductStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

} // namespace

void ProductStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = static_cast<ProductStatus>(index.data(ProductTableModel::StatusRole).toInt());
    option->palette.setColor(QPalette::Text, colourFor(status));
    option->font.setBold(status == ProductStatus::Activate);
}

} // namespace ShopDesk
