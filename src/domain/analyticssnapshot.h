#pragma once

#include <optional>

#include <QList>

#include "domain/performance.h"

namespace ShopDesk {

/// The LIVE sessions that started on one shop-local day and their viewers.
struct LiveViewerDay
{
    QDate day;
    qint64 sessions = 0;
    qint64 viewers = 0;

    bool operator==(const LiveViewerDay &other) const = default;
};

/// Everything the Analytics pane shows for one range of shop-local days, from the server or the
/// cache.
struct AnalyticsSnapshot
{
    DateRange range;
    /// One interval per day of the range, one per day of the previous period of the same length
    /// (comparisonIntervals), and the latest day with data. Days after that are left out.
    ShopPerformance daily;
    /// The range and the previous period as the API totals them (buyers are counted once per
    /// range, not per day); absent when only the days are known.
    std::optional<PerformanceInterval> total;
    std::optional<PerformanceInterval> previousTotal;
    /// The best sellers of the range by GMV, best first.
    QList<ProductPerformance> topProducts;
    /// Viewers of the LIVE sessions of the range and of the previous period; absent when unknown.
    std::optional<qint64> liveViewers;
    std::optional<qint64> previousLiveViewers;

    bool operator==(const AnalyticsSnapshot &other) const = default;
};

} // namespace ShopDesk
