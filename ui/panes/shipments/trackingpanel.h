#pragma once

#include <QWidget>

#include "domain/package.h"
#include "domain/shipping.h"

class QLabel;
class QListView;

namespace ShopDesk {

class TrackingTimelineModel;

/// The detail beside the packages table: the selected package's carrier, tracking number and
/// orders, a warning when it is stuck, and its carrier scans as a timeline, newest on top. It only
/// shows what it is given; the packages widget fetches the scans.
class TrackingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingPanel)

public:
    explicit TrackingPanel(QWidget *parent = nullptr);

    /// No package selected.
    void showNothing();
    /// `quietDays` is how long a stuck package has had no scan; 0 when it is not stuck.
    void showPackage(const Package &package, int quietDays);
    void showLoading();
    /// `note`, when given, is said above the scans (where they come from).
    void showEvents(const QList<TrackingEvent> &events, const QString &note = {});
    void showError(const QString &text);
    const TrackingTimelineModel &timeline() const { return *m_timeline; }

private:
    QLabel *const m_title;
    QLabel *const m_details;
    QLabel *const m_warning;
    QLabel *const m_note;
    QListView *const m_list;
    TrackingTimelineModel *const m_timeline;
};

} // namespace ShopDesk
