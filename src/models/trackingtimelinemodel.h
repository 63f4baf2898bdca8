#pragma once

#include <QAbstractListModel>
#include <QList>

#include "domain/shipping.h"

namespace ShopDesk {

/// The carrier scans of one order as a list, newest first. DisplayRole is the scan's
/// description; TimeTextRole its time in the user's locale.
class TrackingTimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingTimelineModel)

public:
    enum Role : int {
        /// Milliseconds since the epoch.
        TimeRole = Qt::UserRole,
        TimeTextRole,
        /// True for the newest scan, the one that says where the parcel is now.
        LatestRole,
    };

    explicit TrackingTimelineModel(QObject *parent = nullptr);

    /// Takes the scans in any order.
    void setEvents(QList<TrackingEvent> events);
    void clear() { setEvents({}); }
    const QList<TrackingEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<TrackingEvent> m_events;
};

} // namespace ShopDesk
