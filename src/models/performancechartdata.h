#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/performance.h"

namespace ShopDesk {

/// One value of a daily series; money in minor units of PerformanceChartData::currency.
struct ChartPoint
{
    QDate date;
    qint64 value = 0;

    bool operator==(const ChartPoint &other) const = default;
};

/// One stacked bar of the GMV breakdown: a day, or up to a week for long ranges.
struct BreakdownBucket
{
    QDate start;
    /// Exclusive.
    QDate end;
    qint64 live = 0;
    qint64 video = 0;
    qint64 productCard = 0;

    qint64 total() const { return live + video + productCard; }
    bool operator==(const BreakdownBucket &other) const = default;
};

/// A value axis from 0 to `top` in steps of `step` (both in the series' units), `top` ≥ the
/// largest value, with round steps (1, 2 or 5 times a power of ten).
struct AxisScale
{
    qint64 top = 0;
    qint64 step = 1;

    int tickCount() const { return static_cast<int>(top / step) + 1; }
    static AxisScale covering(qint64 max, qint64 minimumStep = 1, int maxSteps = 5);
};

/// A date axis over whole days: from `first` in `tickCount - 1` steps of `stepDays`; its last tick
/// is on or after the range's last day.
struct DateAxisScale
{
    QDate first;
    QDate last;
    int stepDays = 1;
    int tickCount = 2;
};

/// What the Analytics charts draw, built from the daily intervals of a range (reference section
/// 5.6): the GMV, orders and units per day, the previous period's GMV laid over the same days, and
/// the GMV breakdown by source. Days after the latest day with data are not drawn, rather than
/// drawn as zero. Money stays in minor units here; ui/ converts at the chart.
class PerformanceChartData final
{
public:
    /// Ranges of more than this many days get one breakdown bar per week.
    static constexpr int dailyBarLimit = 14;

    static PerformanceChartData build(const ShopPerformance &daily, const DateRange &range);

    DateRange range;
    QString currency;
    QDate latestAvailableDate;
    QList<ChartPoint> gmv;
    /// The previous period's GMV, each point moved onto the day it compares with.
    QList<ChartPoint> previousGmv;
    QList<ChartPoint> orders;
    QList<ChartPoint> units;
    QList<BreakdownBucket> breakdown;

    bool isEmpty() const { return gmv.isEmpty(); }
    /// Whether the range reaches past the latest day with data.
    bool isLagging() const;
    qint64 maxGmv() const;
    qint64 maxBreakdown() const;
    qint64 maxOrders() const;
    qint64 maxUnits() const;
    /// The date axis: spans the range's days with at most `maxTicks` labels on whole days.
    DateAxisScale dateScale(int maxTicks = 8) const;
};

} // namespace ShopDesk
