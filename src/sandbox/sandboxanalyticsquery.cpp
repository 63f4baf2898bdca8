#include "sandboxanalyticsquery.h"

#include <QDateTime>
#include <QTimeZone>

#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr qint64 invalidTimeRange = 28001022;
constexpr qint64 invalidParameter = 12052910;
constexpr qint64 lookbackDays = 180;
// The sandbox's fixed exchange rate for `currency=USD` on non-USD shops, in USD cents per 100 minor units.
constexpr qint64 usdPerHundredGbp = 127;

SandboxResponse badTimes()
{
    return SandboxResponse::failure(httpBadRequest, invalidTimeRange, u"start time or end time is invalid"_s);
}

std::optional<bool> flag(const SandboxRequest &request, QStringView key, QStringView trueValue, QStringView falseValue)
{
    if (!request.hasQuery(key))
        return false;
    const QString value = request.queryValue(key);
    if (value == trueValue)
        return true;
    if (value == falseValue)
        return false;
    return std::nullopt;
}

} // namespace

QDate SandboxAnalyticsQuery::shopDate(const SandboxShop &shop, qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(shop.timeZone.toUtf8())).date();
}

std::optional<SandboxResponse> SandboxAnalyticsQuery::parse(const SandboxCall &call, SandboxAnalyticsQuery *query)
{
    const SandboxRequest &request = call.request;
    query->start = QDate::fromString(request.queryValue(u"start_date_ge"), u"yyyy-MM-dd");
    query->end = QDate::fromString(request.queryValue(u"end_date_lt"), u"yyyy-MM-dd");
    const QDate today = shopDate(*call.shop, call.now);
    if (!query->start.isValid() || !query->end.isValid() || query->end <= query->start
        || query->start < today.addDays(-lookbackDays))
        return badTimes();
    const std::optional<bool> daily = flag(request, u"granularity", u"1D", u"ALL");
    const std::optional<bool> comparison = flag(request, u"with_comparison", u"true", u"false");
    const std::optional<bool> usd = flag(request, u"currency", u"USD", u"LOCAL");
    if (!daily || !comparison || !usd)
        return SandboxResponse::failure(
            httpBadRequest, invalidParameter, u"Invalid granularity, with_comparison or currency."_s);
    query->daily = *daily;
    query->withComparison = *comparison;
    query->usd = *usd;
    return std::nullopt;
}

Money SandboxAnalyticsQuery::money(const SandboxShop &shop, qint64 minor) const
{
    if (!usd || shop.currency == u"USD")
        return Money{minor, shop.currency};
    return Money{minor * usdPerHundredGbp / 100, u"USD"_s};
}

PerformanceInterval SandboxAnalyticsQuery::interval(
    const SandboxShop &shop, QDate from, QDate to, const Share &share) const
{
    AnalyticsDay sum;
    for (QDate date = from; date < to; date = date.addDays(1)) {
        const AnalyticsDay day = shop.analytics.day(date);
        // The LIVE overview counts the LIVE part of each day's orders and traffic.
        const qint64 num = share.weight * (share.liveOnly ? day.liveGmv : 1);
        const qint64 den = share.total * (share.liveOnly ? qMax<qint64>(1, day.gmv()) : 1);
        auto part = [num, den](qint64 value) { return value * num / den; };
        sum.liveGmv += day.liveGmv * share.weight / share.total;
        sum.videoGmv += share.liveOnly ? 0 : part(day.videoGmv);
        sum.productCardGmv += share.liveOnly ? 0 : part(day.productCardGmv);
        sum.orders += part(day.orders);
        sum.skuOrders += part(day.skuOrders);
        sum.unitsSold += part(day.unitsSold);
        sum.buyers += part(day.buyers);
        sum.productImpressions += part(day.productImpressions);
        sum.productPageViews += part(day.productPageViews) * share.clickPercent / 100;
        sum.productPageVisitors += part(day.productPageVisitors) * share.clickPercent / 100;
        sum.refunds += part(day.refunds);
        sum.cancellationsAndReturns += part(day.cancellationsAndReturns);
    }
    PerformanceInterval interval;
    interval.startDate = from;
    interval.endDate = to;
    interval.gmvBreakdown = {money(shop, sum.liveGmv), money(shop, sum.videoGmv), money(shop, sum.productCardGmv)};
    interval.gmv = interval.gmvBreakdown.total();
    interval.orders = sum.orders;
    interval.skuOrders = sum.skuOrders;
    interval.unitsSold = sum.unitsSold;
    interval.buyers = sum.buyers;
    interval.avgOrderValue = Money{interval.gmv.minor / qMax<qint64>(1, sum.orders), interval.gmv.currency};
    interval.productImpressions = sum.productImpressions;
    interval.productPageViews = sum.productPageViews;
    interval.avgProductPageVisitors = sum.productPageVisitors / qMax<qint64>(1, from.daysTo(to));
    interval.refunds = money(shop, sum.refunds);
    interval.cancellationsAndReturns = sum.cancellationsAndReturns;
    return interval;
}

ShopPerformance SandboxAnalyticsQuery::performance(const SandboxShop &shop, const Share &share) const
{
    ShopPerformance performance;
    performance.latestAvailableDate = shop.analytics.latestAvailableDate();
    const qint64 length = start.daysTo(end);
    auto fill = [&](QDate from, QList<PerformanceInterval> &intervals) {
        if (!daily) {
            intervals.append(interval(shop, from, from.addDays(length), share));
            return;
        }
        for (qint64 i = 0; i < length; ++i)
            intervals.append(interval(shop, from.addDays(i), from.addDays(i + 1), share));
    };
    fill(start, performance.intervals);
    if (withComparison)
        fill(start.addDays(-length), performance.comparisonIntervals);
    return performance;
}

} // namespace ShopDesk
