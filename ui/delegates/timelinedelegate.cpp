#include "timelinedelegate.h"

#include <QAbstractItemView>
#include <QPainter>

#include "models/trackingtimelinemodel.h"

namespace ShopDesk {

namespace {

constexpr int gutter = 28;
constexpr int dotRadius = 5;
constexpr int padding = 6;

QFont descriptionFont(const QStyleOptionViewItem &option, bool latest)
{
    QFont font = option.font;
    font.setBold(latest);
    return font;
}

QFont timeFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

QRect TimelineDelegate::textRect(const QStyleOptionViewItem &option) const
{
    // In a size hint the option's rect is not the row yet: take the view's width.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return QRect(option.rect.left() + gutter, option.rect.top() + padding, qMax(80, width - gutter - padding),
        option.rect.height() - 2 * padding);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool latest = index.data(TrackingTimelineModel::LatestRole).toBool();
    const QRect area = textRect(option);
    const QRect description
        = QFontMetrics(descriptionFont(option, latest))
              .boundingRect(QRect(0, 0, area.width(), 10000), Qt::TextWordWrap, index.data().toString());
    const int timeHeight = QFontMetrics(timeFont(option)).height();
    return {area.width() + gutter, description.height() + timeHeight + 3 * padding};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool latest = index.data(TrackingTimelineModel::LatestRole).toBool();
    const bool last = index.row() == index.model()->rowCount() - 1;
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The line joins this scan to the older ones below it.
    const int x = option.rect.left() + gutter / 2;
    const int dotY = option.rect.top() + padding + QFontMetrics(descriptionFont(option, latest)).height() / 2;
    painter->setPen(QPen(palette.color(QPalette::Mid), 2));
    painter->drawLine(x, index.row() == 0 ? dotY : option.rect.top(), x, last ? dotY : option.rect.bottom() + 1);
    const QColor accent = palette.color(QPalette::Highlight);
    painter->setPen(QPen(accent, 2));
    painter->setBrush(latest ? accent : palette.color(QPalette::Base));
    painter->drawEllipse(QPoint(x, dotY), dotRadius, dotRadius);

    const QRect area = textRect(option);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(descriptionFont(option, latest));
    QRect description;
    painter->drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data().toString(), &description);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->setFont(timeFont(option));
    painter->drawText(QRect(area.left(), description.bottom() + padding / 2, area.width(), area.height()),
        Qt::AlignLeft | Qt::AlignTop, index.data(TrackingTimelineModel::TimeTextRole).toString());
    painter->restore();
}

} // namespace ShopDesk
