#include "packagestatusdelegate.h"

#include <QPalette>

#include "domain/package.h"
#include "models/packagetablemodel.h"

namespace ShopDesk {

namespace {

// Mid-tone colours stay readable on both light and dark backgrounds.
QColor colourFor(PackageStatus status, bool stuck)
{
    if (stuck)
        return QColor(0xc0, 0x6a, 0x00);
    switch (status) {
    case PackageStatus::Processing:
        return QColor(0x3b, 0x7d, 0xd8);
    case PackageStatus::Fulfilling:
    case PackageStatus::Completed:
        return QColor(0x2e, 0x9d, 0x4f);
    case PackageStatus::Cancelled:
    case PackageStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

} // namespace

QColor PackageStatusDelegate::stuckTint()
{
    return QColor(230, 150, 30, 55);
}

void PackageStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool stuck = index.data(PackageTableModel::StuckRole).toBool();
    if (stuck)
        option->backgroundBrush = stuckTint();
    if (index.column() == PackageTableModel::StatusColumn) {
        const auto status = static_cast<PackageStatus>(index.data(PackageTableModel::StatusRole).toInt());
        option->palette.setColor(QPalette::Text, colourFor(status, stuck));
        option->font.setBold(stuck);
    }
}

} // namespace ShopDesk
