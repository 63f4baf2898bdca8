#pragma once

#include <QStyledItemDelegate>

namespace ShopDesk {

/// Marks packages by what they ask of the seller: stuck ones get a warm row tint (on every
/// column), and the status reads in a colour for "to ship", "on its way", "done" or "cancelled".
class PackageStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The tint of a stuck row; translucent so that it reads on light and dark palettes.
    static QColor stuckTint();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ShopDesk
