#include "trackingtimelinemodel.h"

#include <algorithm>

#include "models/displayformat.h"

namespace ShopDesk {

TrackingTimelineModel::TrackingTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TrackingTimelineModel::setEvents(QList<TrackingEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const TrackingEvent &a, const TrackingEvent &b) { return a.timeMs > b.timeMs; });
    endResetModel();
}

int TrackingTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant TrackingTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackingEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return event.description;
    case TimeRole:
        return event.timeMs;
    case TimeTextRole:
        return DisplayFormat::dateTime(event.timeMs / 1000);
    case LatestRole:
        return index.row() == 0;
    default:
        return {};
    }
}

} // namespace ShopDesk
