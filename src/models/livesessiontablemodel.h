#pragma once

#include "domain/performance.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// LIVE sessions, one row each. A session still on air shows "On air" as its end and the time so
/// far as its duration, against the clock set with setNow().
class LiveSessionTableModel final : public RecordTableModel<LiveSession>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessionTableModel)

public:
    enum Column : int {
        TitleColumn,
        AccountColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        GmvColumn,
        OrdersColumn,
        UnitsColumn,
        ViewersColumn,
        PeakViewersColumn,
        ClickThroughColumn,
        ColumnCount
    };
    enum Role : int {
        /// True while the session is on air.
        OnAirRole = FirstCustomRole,
    };

    explicit LiveSessionTableModel(QObject *parent = nullptr);

    void setNow(qint64 epochSeconds);
    /// Seconds on air: to the end, or to now while still live.
    qint64 durationOf(const LiveSession &session) const;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const LiveSession &session, int column) const override;
    QVariant sortKey(const LiveSession &session, int column) const override;
    bool isNumeric(int column) const override { return column >= DurationColumn; }
    QString id(const LiveSession &session) const override { return session.id; }
    QVariant extraData(const LiveSession &session, int column, int role) const override;

private:
    qint64 m_now = 0;
};

} // namespace ShopDesk
