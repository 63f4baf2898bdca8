#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/performance.h"

namespace ShopDesk {

class SeedRandom;
struct SandboxShop;

/// One shop-local day of shop metrics; money in minor units of the shop currency.
struct AnalyticsDay
{
    QDate date;
    qint64 liveGmv = 0;
    qint64 videoGmv = 0;
    qint64 productCardGmv = 0;
    qint64 orders = 0;
    qint64 skuOrders = 0;
    qint64 unitsSold = 0;
    qint64 buyers = 0;
    qint64 productImpressions = 0;
    qint64 productPageViews = 0;
    qint64 productPageVisitors = 0;
    qint64 refunds = 0;
    qint64 cancellationsAndReturns = 0;

    qint64 gmv() const { return liveGmv + videoGmv + productCardGmv; }
};

/// A product's fixed share of the shop's daily sales: its daily figures are the day's figures times
/// weight / ShopAnalytics::totalWeight, so a few top sellers dominate.
struct ProductShare
{
    QString productId;
    qint64 weight = 0;
};

/// The analytics of one sandbox shop, generated once from the seed.
struct ShopAnalytics
{
    /// Oldest first, ending yesterday in the shop's time zone (analytics lag a day).
    QList<AnalyticsDay> days;
    QList<ProductShare> products;
    qint64 totalWeight = 0;
    /// Oldest first; each session's GMV is its start day's LIVE GMV. The last one is on air at the
    /// reference time: its `endTime` is when it is planned to end (see SandboxLiveView).
    QList<LiveSession> lives;

    /// The day's metrics, or an empty day outside the generated range.
    AnalyticsDay day(QDate date) const;
    QDate latestAvailableDate() const { return days.isEmpty() ? QDate() : days.last().date; }
};

/// Deterministic analytics for the sandbox: daily shop metrics with weekly seasonality and a gentle
/// trend, product shares and LIVE sessions.
class AnalyticsSeed final
{
public:
    static constexpr int dayCount = 200;
    /// The session on air at the reference time started this long before it and ends this long after.
    static constexpr qint64 onAirStartedBefore = 35 * 60;
    static constexpr qint64 onAirEndsAfter = 85 * 60;

    /// `shop` must already have its products, currency and time zone.
    static ShopAnalytics generate(SeedRandom &random, const SandboxShop &shop, qint64 referenceTime);
};

} // namespace ShopDesk
