#include "analyticsseed.h"

#include <array>

#include <QDateTime>
#include <QTimeZone>

#include "sandbox/seeddata.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// Percent of an average day, Monday first: weekends sell more.
constexpr std::array weekdayPercent{90, 85, 95, 100, 115, 125, 110};
constexpr std::array weekdayNames{u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
constexpr std::array liveThemes{u"Flash Sale", u"Mega Deals", u"Restock Party", u"Live Unboxing", u"Bundle Night"};
constexpr std::array liveProducts{
    u"Earbuds", u"Water Bottles", u"LED Lights", u"Phone Cases", u"Hoodies", u"Serum", u"Blenders", u"Yoga Mats"};
constexpr qint64 baseDailyGmvUsd = 300000; // minor units on an average day at the start of the range

qint64 scaled(SeedRandom &random, qint64 value, int lowPercent, int highPercent)
{
    return value * random.between(lowPercent, highPercent) / 100;
}

AnalyticsDay makeDay(SeedRandom &random, QDate date, int index, qint64 base, bool liveDay)
{
    AnalyticsDay day;
    day.date = date;
    // A gentle upward trend of 30 % over the whole range, times the weekday and some noise.
    const qint64 trend = base * (1000 + 300 * index / AnalyticsSeed::dayCount) / 1000;
    const qint64 total = scaled(random, trend * weekdayPercent.at(date.dayOfWeek() - 1) / 100, 85, 115);
    day.liveGmv = liveDay ? scaled(random, total, 25, 45) : 0;
    day.videoGmv = scaled(random, total - day.liveGmv, 15, 30);
    day.productCardGmv = total - day.liveGmv - day.videoGmv;
    day.orders = qMax<qint64>(1, total / (base / 120 * random.between(90, 110) / 100));
    day.skuOrders = scaled(random, day.orders, 105, 120);
    day.unitsSold = day.skuOrders + random.between(0, day.orders / 5);
    day.buyers = qMax<qint64>(1, scaled(random, day.orders, 85, 97));
    day.productImpressions = day.orders * random.between(150, 250);
    day.productPageViews = day.orders * random.between(12, 20);
    day.productPageVisitors = scaled(random, day.productPageViews, 60, 80);
    day.refunds = scaled(random, total, 1, 4);
    day.cancellationsAndReturns = scaled(random, day.orders, 1, 5);
    return day;
}

QString accountName(const SandboxShop &shop, int index)
{
    QString name;
    for (const QChar c : shop.info.name) {
        if (c.isLetter())
            name += c.toLower();
    }
    return index == 0 ? name : name + u"_deals"_s;
}

LiveSession makeLive(SeedRandom &random, const SandboxShop &shop, const AnalyticsDay &day, const QTimeZone &zone)
{
    LiveSession live;
    live.id = u"73%1%2"_s.arg(day.date.toJulianDay()).arg(random.between(100000000, 999999999));
    live.title = u"%1 %2 – %3 %4% off"_s.arg(QStringView(weekdayNames.at(day.date.dayOfWeek() - 1)),
        QStringView(random.pick(liveThemes)), QStringView(random.pick(liveProducts)),
        QString::number(random.between(2, 8) * 5));
    live.username = accountName(shop, static_cast<int>(random.between(0, 1)));
    live.startTime = QDateTime(day.date, QTime(int(random.between(17, 21)), 0), zone).toSecsSinceEpoch();
    live.endTime = live.startTime + random.between(1, 4) * 3600;
    live.gmv = Money{day.liveGmv, shop.currency};
    live.skuOrders = qMax<qint64>(1, day.skuOrders * day.liveGmv / qMax<qint64>(1, day.gmv()));
    live.unitsSold = live.skuOrders + random.between(0, live.skuOrders / 4);
    live.customers = qMax<qint64>(1, scaled(random, live.skuOrders, 80, 95));
    live.productsAdded = random.between(5, 20);
    live.differentProductsSold = random.between(1, live.productsAdded);
    live.avgPrice = Money{day.liveGmv / live.unitsSold, shop.currency};
    live.viewers = live.customers * random.between(40, 90);
    live.views = scaled(random, live.viewers, 130, 200);
    live.pcu = qMax<qint64>(1, live.viewers / random.between(5, 12));
    live.acu = qMax<qint64>(1, scaled(random, live.pcu, 20, 45));
    live.avgViewingDuration = random.between(30, 240);
    live.comments = scaled(random, live.viewers, 5, 20);
    live.shares = scaled(random, live.viewers, 1, 3);
    live.likes = live.viewers * random.between(1, 5);
    live.newFollowers = scaled(random, live.viewers, 1, 4);
    live.productImpressions = live.views * random.between(2, 4);
    live.productClicks = scaled(random, live.productImpressions, 3, 12);
    live.clickThroughRate = live.productClicks * 10000 / qMax<qint64>(1, live.productImpressions);
    live.clickToOrderRate = live.skuOrders * 10000 / qMax<qint64>(1, live.productClicks);
    return live;
}

/// A generator of its own for the session on air, so that adding it changed no other figure.
quint64 onAirSeed(const QString &shopId)
{
    quint64 hash = 1469598103934665603ULL; // FNV-1a
    for (const QChar c : shopId)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return hash;
}

/// The LIVE on air at the reference time: started a little before it (never before the shop's
/// midnight, so that it belongs to today) and planned to end well after it.
LiveSession makeOnAirLive(
    const SandboxShop &shop, const ShopAnalytics &analytics, const QTimeZone &zone, qint64 referenceTime)
{
    SeedRandom random(onAirSeed(shop.info.id));
    AnalyticsDay today = analytics.days.isEmpty() ? AnalyticsDay{} : analytics.days.last();
    today.date = QDateTime::fromSecsSinceEpoch(referenceTime, zone).date();
    today.liveGmv = qMax<qint64>(today.liveGmv, today.gmv() * 35 / 100);
    LiveSession live = makeLive(random, shop, today, zone);
    const qint64 midnight = QDateTime(today.date, QTime(0, 0), zone).toSecsSinceEpoch();
    live.startTime = qMax(midnight, referenceTime - AnalyticsSeed::onAirStartedBefore);
    live.endTime = referenceTime + AnalyticsSeed::onAirEndsAfter;
    return live;
}

/// 3–6 LIVE days in every block of seven days.
QList<bool> pickLiveDays(SeedRandom &random)
{
    QList<bool> live(AnalyticsSeed::dayCount, false);
    for (int week = 0; week < AnalyticsSeed::dayCount; week += 7) {
        const int span = qMin(7, AnalyticsSeed::dayCount - week);
        int wanted = qMin(span, static_cast<int>(random.between(3, 6)));
        while (wanted > 0) {
            const int day = week + static_cast<int>(random.between(0, span - 1));
            if (!live.at(day)) {
                live[day] = true;
                --wanted;
            }
        }
    }
    return live;
}

} // namespace

AnalyticsDay ShopAnalytics::day(QDate date) const
{
    const qint64 index = days.isEmpty() ? -1 : days.first().date.daysTo(date);
    if (index >= 0 && index < days.size())
        return days.at(index);
    AnalyticsDay empty;
    empty.date = date;
    return empty;
}

ShopAnalytics AnalyticsSeed::generate(SeedRandom &random, const SandboxShop &shop, qint64 referenceTime)
{
    ShopAnalytics analytics;
    const QTimeZone zone(shop.timeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(referenceTime, zone).date();
    const QDate first = today.addDays(-dayCount);
    const qint64 base = shop.currency == u"USD" ? baseDailyGmvUsd : baseDailyGmvUsd * 80 / 100;
    const QList<bool> liveDays = pickLiveDays(random);
    analytics.days.reserve(dayCount);
    for (int i = 0; i < dayCount; ++i) {
        analytics.days.append(makeDay(random, first.addDays(i), i, base, liveDays.at(i)));
        if (liveDays.at(i))
            analytics.lives.append(makeLive(random, shop, analytics.days.last(), zone));
    }
    analytics.lives.append(makeOnAirLive(shop, analytics, zone, referenceTime));
    // Products in seed order get falling weights, so the first few dominate like real top sellers.
    for (qsizetype i = 0; i < shop.products.size(); ++i) {
        const qint64 weight = 100000 / (i + 1) + random.between(0, 50);
        analytics.products.append({shop.products.at(i).id, weight});
        analytics.totalWeight += weight;
    }
    return analytics;
}

} // namespace ShopDesk
