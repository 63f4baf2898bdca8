#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/analyticssnapshot.h"
#include "domain/performance.h"

namespace ShopDesk {

class CacheDatabase;

/// Analytics in the cache: performance intervals per series (the shop, or one product), the top
/// products of a range and LIVE viewers per day. Money is kept in minor units with its currency.
class PerformanceRepository final
{
public:
    explicit PerformanceRepository(CacheDatabase &cache);

    /// The series of the whole shop, and of one product.
    static QString shopSeries();
    static QString productSeries(const QString &productId);

    /// Inserts or replaces intervals of any length, in one transaction.
    std::optional<Error> saveIntervals(
        const QString &shopId, const QString &series, const QList<PerformanceInterval> &intervals);
    /// The one-day intervals of `series` that start inside `range`, oldest first.
    Result<QList<PerformanceInterval>> loadDays(
        const QString &shopId, const QString &series, const DateRange &range) const;
    /// The interval that covers exactly `range`, if one was saved.
    Result<std::optional<PerformanceInterval>> loadInterval(
        const QString &shopId, const QString &series, const DateRange &range) const;

    /// Replaces the ranking saved for `range`.
    std::optional<Error> saveRanking(
        const QString &shopId, const DateRange &range, const QList<ProductPerformance> &products);
    Result<QList<ProductPerformance>> loadRanking(const QString &shopId, const DateRange &range) const;

    std::optional<Error> saveLiveViewerDays(const QString &shopId, const QList<LiveViewerDay> &days);
    /// The saved days inside `range`, oldest first; days never saved are missing.
    Result<QList<LiveViewerDay>> loadLiveViewerDays(const QString &shopId, const DateRange &range) const;

private:
    CacheDatabase &m_cache;
};

} // namespace ShopDesk
