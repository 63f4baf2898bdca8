#pragma once

#include <QStyledItemDelegate>

namespace ShopDesk {

/// Draws a TrackingTimelineModel as a timeline: a dot on a vertical line for each scan (filled for
/// the newest), the description, and its time underneath in a quieter colour.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QRect textRect(const QStyleOptionViewItem &option) const;
};

} // namespace ShopDesk
