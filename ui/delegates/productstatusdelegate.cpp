#include "productstatusdelegate.h"

#include <QPalette>

#include "delegates/statuscolours.h"
#include "domain/product.h"
#include "models/producttablemodel.h"

namespace ShopDesk {

namespace {

StatusTone toneOf(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Activate:
        return StatusTone::Good;
    case ProductStatus::Draft:
    case ProductStatus::Pending:
        return StatusTone::Info;
    case ProductStatus::Failed:
    case ProductStatus::PlatformDeactivated:
    case ProductStatus::Freeze:
        return StatusTone::Bad;
    case ProductStatus::SellerDeactivated:
    case ProductStatus::Deleted:
    case ProductStatus::Unknown:
        break;
    }
    return StatusTone::Muted;
}

} // namespace

void ProductStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = static_cast<ProductStatus>(index.data(ProductTableModel::StatusRole).toInt());
    option->palette.setColor(QPalette::Text, StatusColours::text(toneOf(status), option->palette));
    option->font.setBold(status == ProductStatus::Activate);
}

} // namespace ShopDesk
