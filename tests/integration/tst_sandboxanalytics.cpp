#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include "api/analyticsservice.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "domain/analyticscodec.h"
#include "domain/shopregion.h"
#include "replywaiter.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// Today in the shop's zone; the US sandbox shop lives in Los Angeles.
QDate shopToday(SandboxFixture &sandbox, const char *zone = "America/Los_Angeles")
{
    return QDateTime::fromSecsSinceEpoch(sandbox.clock().nowSecs(), QTimeZone(zone)).date();
}

template <typename T>
T valueOf(Reply<T> *reply)
{
    const Finished<T> result = waitFor(reply);
    if (!result.finished || result.error)
        qWarning() << "reply failed:" << (result.error ? result.error->toString() : u"timeout"_s);
    return result.value;
}

qint64 sum(const QList<PerformanceInterval> &intervals, qint64 PerformanceInterval::*field)
{
    qint64 total = 0;
    for (const PerformanceInterval &interval : intervals)
        total += interval.*field;
    return total;
}

} // namespace

class TestSandboxAnalytics final : public QObject
{
    Q_OBJECT

private slots:
    void dailyIntervalsAddUpToTheWholeRange();
    void comparesWithThePreviousPeriod();
    void breakdownAddsUpToGmv();
    void liveSessionsOfAWeekAddUpToItsLiveGmv();
    void liveListPagesReturnEverySession();
    void topProductsAreSortedAndLimited();
    void refusesAStartBeyondTheLookback();
    void refusesBadPageSizesAndUnknownProducts();
    void theSameSeedGivesTheSameData();
    void productPerformanceIsTheProductsShare();
    void regionsNameTheShopsTimeZones();
};

void TestSandboxAnalytics::dailyIntervalsAddUpToTheWholeRange()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 11, .productsPerShop = 40});
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const QDate today = shopToday(sandbox);
    const DateRange range{today.addDays(-30), today};

    const ShopPerformance whole = valueOf(service.shopPerformance(range, Granularity::All, false));
    const ShopPerformance daily = valueOf(service.shopPerformance(range, Granularity::Daily, false));
    QCOMPARE(whole.intervals.size(), 1);
    QCOMPARE(daily.intervals.size(), 30);
    QCOMPARE(daily.intervals.first().startDate, range.start);
    QCOMPARE(daily.intervals.last().endDate, range.end);
    // Analytics lag a day: yesterday in the shop's zone is the latest day with data.
    QCOMPARE(whole.latestAvailableDate, today.addDays(-1));
    qint64 gmv = 0;
    for (const PerformanceInterval &day : daily.intervals)
        gmv += day.gmv.minor;
    QVERIFY(gmv > 0);
    QCOMPARE(gmv, whole.intervals.first().gmv.minor);
    for (auto field : {&PerformanceInterval::orders, &PerformanceInterval::skuOrders, &PerformanceInterval::unitsSold,
             &PerformanceInterval::buyers, &PerformanceInterval::productImpressions,
             &PerformanceInterval::productPageViews, &PerformanceInterval::cancellationsAndReturns})
        QCOMPARE(sum(daily.intervals, field), whole.intervals.first().*field);
}

void TestSandboxAnalytics::comparesWithThePreviousPeriod()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 11, .productsPerShop = 40});
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const QDate today = shopToday(sandbox);
    const ShopPerformance performance
        = valueOf(service.shopPerformance({today.addDays(-30), today}, Granularity::All, true));
    QCOMPARE(performance.comparisonIntervals.size(), 1);
    const PerformanceInterval &previous = performance.comparisonIntervals.first();
    QCOMPARE(previous.startDate, today.addDays(-60));
    QCOMPARE(previous.endDate, today.addDays(-30));
    const ShopPerformance asked
        = valueOf(service.shopPerformance({today.addDays(-60), today.addDays(-30)}, Granularity::All, false));
    QCOMPARE(previous, asked.intervals.first());
}

void TestSandboxAnalytics::breakdownAddsUpToGmv()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 3, .productsPerShop = 20});
    ApiClient client(sandbox.connection(1), sandbox.clock());
    AnalyticsService service(client);
    const QDate today = shopToday(sandbox, "Europe/London");
    const ShopPerformance daily
        = valueOf(service.shopPerformance({today.addDays(-30), today}, Granularity::Daily, false));
    QCOMPARE(daily.intervals.size(), 30);
    QCOMPARE(daily.latestAvailableDate, today.addDays(-1));
    int liveDays = 0;
    for (const PerformanceInterval &day : daily.intervals) {
        QCOMPARE(day.gmv.currency, u"GBP"_s);
        QCOMPARE(day.gmvBreakdown.total(), day.gmv);
        liveDays += day.gmvBreakdown.live.minor > 0 ? 1 : 0;
    }
    // 3–6 LIVE days a week.
    QVERIFY2(liveDays >= 12 && liveDays <= 26, qPrintable(QString::number(liveDays)));
}

void TestSandboxAnalytics::liveSessionsOfAWeekAddUpToItsLiveGmv()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 20});
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const QDate today = shopToday(sandbox);
    const DateRange week{today.addDays(-8), today.addDays(-1)};
    const QList<LiveSession> sessions = valueOf(service.liveSessions(week));
    const ShopPerformance performance = valueOf(service.shopPerformance(week, Granularity::All, false));
    QVERIFY(sessions.size() >= 1 && sessions.size() <= 7);
    qint64 liveGmv = 0;
    for (const LiveSession &session : sessions) {
        liveGmv += session.gmv.minor;
        QVERIFY(session.endTime - session.startTime >= 3600 && session.endTime - session.startTime <= 4 * 3600);
        QVERIFY(!session.title.isEmpty());
    }
    QCOMPARE(liveGmv, performance.intervals.first().gmvBreakdown.live.minor);
    const ShopPerformance overview = valueOf(service.liveOverview(week));
    QCOMPARE(overview.intervals.first().gmv.minor, liveGmv);
}

void TestSandboxAnalytics::liveListPagesReturnEverySession()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 20});
    const QDate today = shopToday(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const DateRange range{today.addDays(-60), today};
    const QList<LiveSession> all = valueOf(service.liveSessions(range));
    QVERIFY(all.size() >= 3 * 8);

    // Page by page at five per page through the raw client, following the tokens.
    QSet<QString> ids;
    QString token;
    int pages = 0;
    do {
        ApiCall call(EndpointId::AnalyticsLiveSessions);
        call.query(u"start_date_ge"_s, range.start.toString(Qt::ISODate));
        call.query(u"end_date_lt"_s, range.end.toString(Qt::ISODate));
        call.query(u"page_size"_s, 5);
        if (!token.isEmpty())
            call.query(u"page_token"_s, token);
        const Finished<QJsonObject> page = waitFor(client.send(call));
        QVERIFY(page.finished && !page.error);
        const QJsonArray list = page.value.value(u"live_stream_sessions").toArray();
        QVERIFY(list.size() <= 5);
        for (const QJsonValue &session : list)
            ids.insert(session.toObject().value(u"id").toString());
        token = page.value.value(u"next_page_token").toString();
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(pages, (all.size() + 4) / 5);
}

void TestSandboxAnalytics::topProductsAreSortedAndLimited()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 40});
    const QDate today = shopToday(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const QList<ProductPerformance> top
        = valueOf(service.topProducts({today.addDays(-30), today}, AnalyticsService::ProductSort::Gmv, 7));
    QCOMPARE(top.size(), 7);
    for (qsizetype i = 1; i < top.size(); ++i)
        QVERIFY(top.at(i - 1).gmv.minor >= top.at(i).gmv.minor);
    QVERIFY(top.first().gmv.minor > 3 * top.last().gmv.minor);
}

void TestSandboxAnalytics::refusesAStartBeyondTheLookback()
{
    SandboxFixture sandbox;
    const QDate today = shopToday(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const Finished<ShopPerformance> old
        = waitFor(service.shopPerformance({today.addDays(-181), today.addDays(-150)}, Granularity::All, false));
    QVERIFY(old.finished && old.error);
    QCOMPARE(old.error->code, 28001022);
    const Finished<QList<LiveSession>> reversed = waitFor(service.liveSessions({today, today.addDays(-3)}));
    QVERIFY(reversed.finished && reversed.error);
    QCOMPARE(reversed.error->code, 28001022);
    const Finished<ShopPerformance> allowed
        = waitFor(service.shopPerformance({today.addDays(-180), today.addDays(-150)}, Granularity::All, false));
    QVERIFY(allowed.finished && !allowed.error);
}

void TestSandboxAnalytics::refusesBadPageSizesAndUnknownProducts()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 20});
    const QDate today = shopToday(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    auto ranged = [today](EndpointId endpoint) {
        ApiCall call(endpoint);
        call.query(u"start_date_ge"_s, today.addDays(-7).toString(Qt::ISODate));
        call.query(u"end_date_lt"_s, today.toString(Qt::ISODate));
        return call;
    };
    const Finished<QJsonObject> tooBig
        = waitFor(client.send(ranged(EndpointId::AnalyticsLiveSessions).query(u"page_size"_s, 101)));
    QVERIFY(tooBig.finished && tooBig.error);
    QCOMPARE(tooBig.error->code, 12019109);
    const Finished<QJsonObject> unknown = waitFor(
        client.send(ranged(EndpointId::AnalyticsProductPerformance).pathArg(u"product_id", u"1729000000000000999"_s)));
    QVERIFY(unknown.finished && unknown.error);
    QCOMPARE(unknown.error->code, 12052910);

    // A known product's performance is a part of the shop's.
    AnalyticsService service(client);
    const DateRange week{today.addDays(-7), today};
    const QList<ProductPerformance> top = valueOf(service.topProducts(week, AnalyticsService::ProductSort::Gmv, 1));
    QCOMPARE(top.size(), 1);
    const Finished<QJsonObject> known = waitFor(
        client.send(ranged(EndpointId::AnalyticsProductPerformance).pathArg(u"product_id", top.first().productId)));
    QVERIFY(known.finished && !known.error);
    const Result<ShopPerformance> product = AnalyticsCodec::decodePerformance(known.value);
    QVERIFY(product.ok());
    const ShopPerformance shop = valueOf(service.shopPerformance(week, Granularity::All, false));
    const qint64 productGmv = product.value().intervals.first().gmv.minor;
    QVERIFY(productGmv > 0 && productGmv < shop.intervals.first().gmv.minor);
}

void TestSandboxAnalytics::theSameSeedGivesTheSameData()
{
    QList<LiveSession> sessions[2];
    ShopPerformance performance[2];
    for (int run = 0; run < 2; ++run) {
        SandboxFixture sandbox(SandboxOptions{.seed = 21, .productsPerShop = 20});
        const QDate today = shopToday(sandbox);
        ApiClient client(sandbox.connection(), sandbox.clock());
        AnalyticsService service(client);
        sessions[run] = valueOf(service.liveSessions({today.addDays(-30), today}));
        performance[run] = valueOf(service.shopPerformance({today.addDays(-30), today}, Granularity::Daily, true));
    }
    QVERIFY(!sessions[0].isEmpty());
    QCOMPARE(sessions[0], sessions[1]);
    QCOMPARE(performance[0].intervals.size(), 30);
    QCOMPARE(performance[0], performance[1]);
}

void TestSandboxAnalytics::productPerformanceIsTheProductsShare()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 20});
    const QDate today = shopToday(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const DateRange range{today.addDays(-14), today};
    const QList<ProductPerformance> top = valueOf(service.topProducts(range, AnalyticsService::ProductSort::Gmv, 2));
    QCOMPARE(top.size(), 2);
    const ShopPerformance first = valueOf(service.productPerformance(top.at(0).productId, range, Granularity::All));
    const ShopPerformance daily = valueOf(service.productPerformance(top.at(0).productId, range, Granularity::Daily));
    const ShopPerformance second = valueOf(service.productPerformance(top.at(1).productId, range, Granularity::All));
    QCOMPARE(first.intervals.size(), 1);
    QCOMPARE(daily.intervals.size(), 14);
    QCOMPARE(first.latestAvailableDate, today.addDays(-1));
    const PerformanceInterval &whole = first.intervals.first();
    QCOMPARE(whole.startDate, range.start);
    QCOMPARE(whole.endDate, range.end);
    QVERIFY(whole.gmv.minor > second.intervals.first().gmv.minor);
    QVERIFY(whole.productImpressions > whole.productPageViews && whole.productPageViews > whole.orders);
    QVERIFY(whole.orders > 0);
    // The list's row for the product adds up the same days as its own route.
    QCOMPARE(top.at(0).gmv, whole.gmv);
    QCOMPARE(top.at(0).orders, whole.orders);
    QCOMPARE(top.at(0).unitsSold, whole.unitsSold);
    QCOMPARE(top.at(0).clickThroughRate, whole.productPageViews * 10000 / whole.productImpressions);
    QCOMPARE(sum(daily.intervals, &PerformanceInterval::orders), sum(QList{whole}, &PerformanceInterval::orders));

    const Finished<ShopPerformance> unknown
        = waitFor(service.productPerformance(u"1729000000000000999"_s, range, Granularity::All));
    QVERIFY(unknown.finished && unknown.error);
    QCOMPARE(unknown.error->category, ApiErrorCategory::InvalidParameter);
}

void TestSandboxAnalytics::regionsNameTheShopsTimeZones()
{
    // The client derives the zone of analytics days from the region; the sandbox's shops agree.
    for (const SandboxShop &shop : SeedData::generateShops({.seed = 1, .productsPerShop = 1}))
        QCOMPARE(ShopRegion::timeZone(shop.info.region).id(), shop.timeZone.toUtf8());
    SandboxFixture sandbox;
    QCOMPARE(sandbox.connection(0).region, u"US"_s);
    QCOMPARE(sandbox.connection(1).region, u"GB"_s);
    QCOMPARE(ShopRegion::timeZone(u"XX"), QTimeZone::utc());
}

QTEST_GUILESS_MAIN(TestSandboxAnalytics)
#include "tst_sandboxanalytics.moc"
