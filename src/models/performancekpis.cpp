#include "performancekpis.h"

#include <QLocale>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// `numerator / denominator` in basis points, rounded half away from zero.
qint64 basisPoints(qint64 numerator, qint64 denominator)
{
    const qint64 scaled = numerator * 10000;
    const qint64 half = denominator / 2;
    return scaled >= 0 ? (scaled + half) / denominator : (scaled - half) / denominator;
}

std::optional<PerformanceInterval> totalOf(
    const std::optional<PerformanceInterval> &total, const QList<PerformanceInterval> &days)
{
    if (total)
        return total;
    if (days.isEmpty())
        return std::nullopt;
    return PerformanceKpis::sum(days);
}

std::optional<qint64> refundRate(const std::optional<PerformanceInterval> &interval)
{
    if (!interval || interval->gmv.minor <= 0)
        return std::nullopt;
    return basisPoints(interval->refunds.minor, interval->gmv.minor);
}

} // namespace

std::optional<qint64> Kpi::change() const
{
    if (!value || !previous)
        return std::nullopt;
    if (kind == Kind::Rate)
        return *value - *previous;
    if (*previous <= 0)
        return std::nullopt;
    return basisPoints(*value - *previous, *previous);
}

Kpi::Trend Kpi::trend() const
{
    const std::optional<qint64> delta = change();
    if (!delta)
        return Trend::Unknown;
    return *delta > 0 ? Trend::Up : (*delta < 0 ? Trend::Down : Trend::Flat);
}

bool Kpi::isImprovement() const
{
    const Trend direction = trend();
    return (direction == Trend::Up && higherIsBetter) || (direction == Trend::Down && !higherIsBetter);
}

PerformanceInterval PerformanceKpis::sum(const QList<PerformanceInterval> &days)
{
    PerformanceInterval total;
    if (days.isEmpty())
        return total;
    const QString currency = days.first().gmv.currency;
    total.startDate = days.first().startDate;
    total.endDate = days.last().endDate;
    total.gmv.currency = total.refunds.currency = total.avgOrderValue.currency = currency;
    total.gmvBreakdown = {Money{0, currency}, Money{0, currency}, Money{0, currency}};
    for (const PerformanceInterval &day : days) {
        total.gmv.minor += day.gmv.minor;
        total.gmvBreakdown.live.minor += day.gmvBreakdown.live.minor;
        total.gmvBreakdown.video.minor += day.gmvBreakdown.video.minor;
        total.gmvBreakdown.productCard.minor += day.gmvBreakdown.productCard.minor;
        total.orders += day.orders;
        total.skuOrders += day.skuOrders;
        total.unitsSold += day.unitsSold;
        total.buyers += day.buyers;
        total.productImpressions += day.productImpressions;
        total.productPageViews += day.productPageViews;
        total.avgProductPageVisitors += day.avgProductPageVisitors;
        total.refunds.minor += day.refunds.minor;
        total.cancellationsAndReturns += day.cancellationsAndReturns;
    }
    total.avgProductPageVisitors /= days.size();
    total.avgOrderValue.minor = total.orders > 0 ? total.gmv.minor / total.orders : 0;
    return total;
}

QList<Kpi> PerformanceKpis::compute(const AnalyticsSnapshot &snapshot)
{
    const std::optional<PerformanceInterval> now = totalOf(snapshot.total, snapshot.daily.intervals);
    const std::optional<PerformanceInterval> before
        = totalOf(snapshot.previousTotal, snapshot.daily.comparisonIntervals);
    const QString currency = now ? now->gmv.currency : QString();
    auto money = [&](KpiId id, Money PerformanceInterval::*field, bool higherIsBetter = true) {
        Kpi kpi{id, Kpi::Kind::Money, {}, {}, currency, higherIsBetter};
        if (now)
            kpi.value = ((*now).*field).minor;
        if (before)
            kpi.previous = ((*before).*field).minor;
        return kpi;
    };
    auto count = [&](KpiId id, qint64 PerformanceInterval::*field) {
        Kpi kpi{id, Kpi::Kind::Count, {}, {}, {}, true};
        if (now)
            kpi.value = (*now).*field;
        if (before)
            kpi.previous = (*before).*field;
        return kpi;
    };
    return {
        money(KpiId::Gmv, &PerformanceInterval::gmv),
        count(KpiId::Orders, &PerformanceInterval::orders),
        count(KpiId::UnitsSold, &PerformanceInterval::unitsSold),
        count(KpiId::Buyers, &PerformanceInterval::buyers),
        money(KpiId::AvgOrderValue, &PerformanceInterval::avgOrderValue),
        money(KpiId::Refunds, &PerformanceInterval::refunds, false),
        Kpi{KpiId::RefundRate, Kpi::Kind::Rate, refundRate(now), refundRate(before), {}, false},
        count(KpiId::ProductImpressions, &PerformanceInterval::productImpressions),
        count(KpiId::PageViews, &PerformanceInterval::productPageViews),
        Kpi{KpiId::LiveViewers, Kpi::Kind::Count, snapshot.liveViewers, snapshot.previousLiveViewers, {}, true},
    };
}

QString PerformanceKpis::percentText(qint64 basisPoints, int decimals, const QLocale &locale)
{
    const qint64 divisor = decimals == 1 ? 10 : 1;
    const qint64 scale = decimals == 1 ? 10 : 100;
    const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    const qint64 rounded = (magnitude + divisor / 2) / divisor;
    const QString number = locale.toString(rounded / scale) + locale.decimalPoint()
        + QString::number(rounded % scale).rightJustified(decimals, u'0');
    return (basisPoints < 0 && rounded > 0 ? locale.negativeSign() : QString()) + number + locale.percent();
}

QString PerformanceKpis::valueText(const Kpi &kpi, const QLocale &locale)
{
    if (!kpi.value)
        return u"—"_s;
    switch (kpi.kind) {
    case Kpi::Kind::Money:
        return Money{*kpi.value, kpi.currency}.format(locale);
    case Kpi::Kind::Count:
        return locale.toString(*kpi.value);
    case Kpi::Kind::Rate:
        return percentText(*kpi.value, 2, locale);
    }
    return {};
}

QString PerformanceKpis::changeText(const Kpi &kpi, const QLocale &locale)
{
    const std::optional<qint64> delta = kpi.change();
    if (!delta)
        return u"—"_s;
    const QString arrow = *delta > 0 ? u"↑ "_s : (*delta < 0 ? u"↓ "_s : QString());
    const qint64 magnitude = *delta < 0 ? -*delta : *delta;
    if (kpi.kind == Kpi::Kind::Rate) {
        const QString points = percentText(magnitude, 2, locale);
        return arrow + tr("%1 pp", "percentage points").arg(points.chopped(locale.percent().size()));
    }
    return arrow + percentText(magnitude, 1, locale);
}

} // namespace ShopDesk
