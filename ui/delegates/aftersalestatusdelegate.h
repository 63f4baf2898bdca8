#pragma once

#include <QStyledItemDelegate>

namespace ShopDesk {

/// Marks returns and cancellations that wait for the seller (bold status) and colours the state of
/// the seller's decision: green once sent, red when it failed.
class AftersaleStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersaleStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ShopDesk
