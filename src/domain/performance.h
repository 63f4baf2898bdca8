#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/money.h"

namespace ShopDesk {

/// Shop-local days from `start` up to, not including, `end` (the API's `start_date_ge`/`end_date_lt`).
struct DateRange
{
    QDate start;
    QDate end;

    bool operator==(const DateRange &other) const = default;
};

/// One interval for the whole range, or one per day (`granularity` ALL / 1D).
enum class Granularity { All, Daily };

/// Where GMV came from (reference section 5.6, `gmv_breakdowns[].type`).
struct GmvBreakdown
{
    Money live;
    Money video;
    Money productCard;

    /// The three parts added up, in the currency of `live`.
    Money total() const;
    bool operator==(const GmvBreakdown &other) const = default;
};

/// One interval of shop (or LIVE overview, or single product) performance. Dates are shop-local
/// days; `endDate` is exclusive, as the API's `end_date_lt`.
struct PerformanceInterval
{
    QDate startDate;
    QDate endDate;
    Money gmv;
    GmvBreakdown gmvBreakdown;
    qint64 orders = 0;
    qint64 skuOrders = 0;
    qint64 unitsSold = 0;
    qint64 buyers = 0;
    Money avgOrderValue;
    qint64 productImpressions = 0;
    qint64 productPageViews = 0;
    qint64 avgProductPageVisitors = 0;
    Money refunds;
    qint64 cancellationsAndReturns = 0;

    bool operator==(const PerformanceInterval &other) const = default;
};

struct ShopPerformance
{
    QList<PerformanceInterval> intervals;
    /// The previous period of the same length, when asked for with `with_comparison`.
    QList<PerformanceInterval> comparisonIntervals;
    /// Analytics lag behind: the last shop-local day with data.
    QDate latestAvailableDate;

    bool operator==(const ShopPerformance &other) const = default;
};

/// A rate such as a click-through rate in basis points (1 % = 100 bp), never a double.
using BasisPoints = qint64;

struct ProductPerformance
{
    QString productId;
    Money gmv;
    qint64 orders = 0;
    qint64 unitsSold = 0;
    BasisPoints clickThroughRate = 0;

    bool operator==(const ProductPerformance &other) const = default;
};

/// One LIVE stream of the shop's accounts with its sales and interaction figures.
struct LiveSession
{
    QString id;
    QString title;
    QString username;
    /// Epoch seconds; the API sends both as strings of digits (reference section 5.6).
    qint64 startTime = 0;
    /// 0 while the session is still on air. The reference documents no value for a LIVE in
    /// progress; the sandbox leaves `end_time` out then, and the codec also reads "" and "0" so.
    qint64 endTime = 0;
    Money gmv;
    qint64 productsAdded = 0;
    qint64 differentProductsSold = 0;
    qint64 skuOrders = 0;
    qint64 unitsSold = 0;
    qint64 customers = 0;
    Money avgPrice;
    BasisPoints clickToOrderRate = 0;
    qint64 viewers = 0;
    qint64 views = 0;
    qint64 acu = 0;
    /// Peak concurrent viewers.
    qint64 pcu = 0;
    /// Seconds.
    qint64 avgViewingDuration = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 likes = 0;
    qint64 newFollowers = 0;
    qint64 productImpressions = 0;
    qint64 productClicks = 0;
    BasisPoints clickThroughRate = 0;

    bool isOnAir() const { return endTime == 0; }
    /// On air, or with an end the given time has not reached yet.
    bool isInProgressAt(qint64 now) const { return endTime == 0 || endTime > now; }
    bool operator==(const LiveSession &other) const = default;
};

} // namespace ShopDesk
