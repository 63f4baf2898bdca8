#include "performancechartdata.h"

#include <algorithm>

namespace ShopDesk {

namespace {

qint64 maxOf(const QList<ChartPoint> &points)
{
    qint64 max = 0;
    for (const ChartPoint &point : points)
        max = std::max(max, point.value);
    return max;
}

} // namespace

AxisScale AxisScale::covering(qint64 max, qint64 minimumStep, int maxSteps)
{
    qint64 power = std::max<qint64>(1, minimumStep);
    for (;;) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = power * factor;
            const qint64 steps = (std::max<qint64>(max, 1) + step - 1) / step;
            if (steps <= maxSteps)
                return {steps * step, step};
        }
        power *= 10;
    }
}

PerformanceChartData PerformanceChartData::build(const ShopPerformance &daily, const DateRange &range)
{
    PerformanceChartData data;
    data.range = range;
    data.latestAvailableDate = daily.latestAvailableDate;
    const qint64 length = range.start.daysTo(range.end);
    const bool weekly = length > dailyBarLimit;
    for (const PerformanceInterval &day : daily.intervals) {
        if (day.startDate < range.start || day.startDate >= range.end || day.startDate > daily.latestAvailableDate)
            continue;
        if (data.currency.isEmpty())
            data.currency = day.gmv.currency;
        data.gmv.append({day.startDate, day.gmv.minor});
        data.orders.append({day.startDate, day.orders});
        data.units.append({day.startDate, day.unitsSold});
        const QDate bucketStart
            = weekly ? range.start.addDays(range.start.daysTo(day.startDate) / 7 * 7) : day.startDate;
        if (data.breakdown.isEmpty() || data.breakdown.last().start != bucketStart)
            data.breakdown.append({bucketStart, std::min(bucketStart.addDays(weekly ? 7 : 1), range.end)});
        BreakdownBucket &bucket = data.breakdown.last();
        bucket.live += day.gmvBreakdown.live.minor;
        bucket.video += day.gmvBreakdown.video.minor;
        bucket.productCard += day.gmvBreakdown.productCard.minor;
    }
    for (const PerformanceInterval &day : daily.comparisonIntervals) {
        const QDate onto = day.startDate.addDays(length);
        if (onto >= range.start && onto < range.end)
            data.previousGmv.append({onto, day.gmv.minor});
    }
    return data;
}

bool PerformanceChartData::isLagging() const
{
    return !latestAvailableDate.isValid() || latestAvailableDate < range.end.addDays(-1);
}

qint64 PerformanceChartData::maxGmv() const
{
    return std::max(maxOf(gmv), maxOf(previousGmv));
}

qint64 PerformanceChartData::maxBreakdown() const
{
    qint64 max = 0;
    for (const BreakdownBucket &bucket : breakdown)
        max = std::max(max, bucket.total());
    return max;
}

qint64 PerformanceChartData::maxOrders() const
{
    return maxOf(orders);
}

qint64 PerformanceChartData::maxUnits() const
{
    return maxOf(units);
}

DateAxisScale PerformanceChartData::dateScale(int maxTicks) const
{
    const int span = static_cast<int>(std::max<qint64>(1, range.start.daysTo(range.end) - 1));
    const int stepDays = (span + maxTicks - 2) / (maxTicks - 1);
    const int steps = (span + stepDays - 1) / stepDays;
    return {range.start, range.start.addDays(qint64(steps) * stepDays), stepDays, steps + 1};
}

} // namespace ShopDesk
