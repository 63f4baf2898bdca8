#pragma once

#include <QStyledItemDelegate>

namespace ShopDesk {

/// Colours a product's status by what it means for sales: live, waiting, or not selling.
class ProductStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ShopDesk
