#include "aftersalestatusdelegate.h"

#include <QPalette>

#include "models/aftersaletablemodel.h"

namespace ShopDesk {

void AftersaleStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == AftersaleTableModel::StatusColumn
        && index.data(AftersaleTableModel::NeedsActionRole).toBool()) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x6a, 0x00));
    }
    if (index.column() == AftersaleTableModel::ChangeColumn) {
        const int state = index.data(AftersaleTableModel::ChangeStateRole).toInt();
        if (state == int(OutboxState::Done))
            option->palette.setColor(QPalette::Text, QColor(0x2e, 0x9d, 0x4f));
        else if (state == int(OutboxState::Failed) || state == int(OutboxState::NeedsReview))
            option->palette.setColor(QPalette::Text, QColor(0xd9, 0x4a, 0x38));
    }
}

} // namespace ShopDesk
