#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/analyticscodec.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray shopPerformance = R"({
  "latest_available_date": "2026-11-27",
  "performance": {
    "intervals": [{
      "start_date": "2026-10-28", "end_date": "2026-11-27",
      "gmv": {"amount": "12345.67", "currency": "USD"},
      "gmv_breakdowns": [{"type": "LIVE", "amount": "4000.00"}, {"type": "VIDEO", "amount": "3000.5"},
                         {"type": "PRODUCT_CARD", "amount": "5345.17"}],
      "orders": 512, "sku_orders": 600, "units_sold": 700, "buyers": 480,
      "avg_order_value": {"amount": "24.11", "currency": "USD"},
      "product_impressions": 120000, "product_page_views": 8000, "avg_product_page_visitors": 266,
      "refunds": {"amount": "310.00", "currency": "USD"}, "cancellations_and_returns": 14
    }],
    "comparison_intervals": []
  }
})";

const QByteArray livePage = R"({
  "live_stream_sessions": [{
    "id": "7381234567890123456", "title": "Friday Flash Sale – Earbuds 40% off", "username": "mapleco_us",
    "start_time": "1732845600", "end_time": "1732856400",
    "sales_performance": {"gmv": {"amount": "1520.40", "currency": "USD"}, "products_added": 12,
      "different_products_sold": 7, "created_sku_orders": 64, "sku_orders": 60, "unit_sold": 71,
      "customers": 55, "avg_price": {"amount": "21.41", "currency": "USD"}, "click_to_order_rate": "0.0835",
      "24h_live_gmv": {"amount": "1600.00", "currency": "USD"}},
    "interaction_performance": {"acu": 140, "pcu": 612, "viewers": 5400, "views": 9100,
      "avg_viewing_duration": 95, "comments": 830, "shares": 41, "likes": 12000, "new_followers": 88,
      "product_impressions": 20000, "product_clicks": 1500, "click_through_rate": 0.075}
  }],
  "next_page_token": "abc", "total_count": 9
})";

} // namespace

class TestAnalyticsCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesShopPerformance();
    void decodesLiveSessionsWithTimesAsDigitStrings();
    void decodesProductPages();
    void parsesRates_data();
    void parsesRates();
    void namesTheFieldOfHostileInput_data();
    void namesTheFieldOfHostileInput();
    void roundTripsThroughTheSandboxEncoding();
};

void TestAnalyticsCodec::decodesShopPerformance()
{
    const Result<ShopPerformance> result = AnalyticsCodec::decodePerformance(parse(shopPerformance));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const ShopPerformance &performance = result.value();
    QCOMPARE(performance.latestAvailableDate, QDate(2026, 11, 27));
    QCOMPARE(performance.intervals.size(), 1);
    QVERIFY(performance.comparisonIntervals.isEmpty());
    const PerformanceInterval &interval = performance.intervals.first();
    QCOMPARE(interval.startDate, QDate(2026, 10, 28));
    QCOMPARE(interval.endDate, QDate(2026, 11, 27));
    QCOMPARE(interval.gmv, (Money{1234567, u"USD"_s}));
    QCOMPARE(interval.gmvBreakdown.live, (Money{400000, u"USD"_s}));
    QCOMPARE(interval.gmvBreakdown.video, (Money{300050, u"USD"_s}));
    QCOMPARE(interval.gmvBreakdown.total(), interval.gmv);
    QCOMPARE(interval.orders, 512);
    QCOMPARE(interval.avgOrderValue, (Money{2411, u"USD"_s}));
    QCOMPARE(interval.refunds, (Money{31000, u"USD"_s}));
    QCOMPARE(interval.cancellationsAndReturns, 14);
}

void TestAnalyticsCodec::decodesLiveSessionsWithTimesAsDigitStrings()
{
    const Result<LiveSessionPage> result = AnalyticsCodec::decodeLivePage(parse(livePage));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().totalCount, 9);
    QCOMPARE(result.value().nextPageToken, u"abc"_s);
    const LiveSession &session = result.value().sessions.first();
    QCOMPARE(session.id, u"7381234567890123456"_s);
    QCOMPARE(session.title, u"Friday Flash Sale – Earbuds 40% off"_s);
    QCOMPARE(session.startTime, 1732845600);
    QCOMPARE(session.endTime, 1732856400);
    QCOMPARE(session.gmv, (Money{152040, u"USD"_s}));
    QCOMPARE(session.unitsSold, 71);
    QCOMPARE(session.clickToOrderRate, 835);
    QCOMPARE(session.pcu, 612);
    QCOMPARE(session.clickThroughRate, 750);
}

void TestAnalyticsCodec::decodesProductPages()
{
    const QByteArray json = R"({"products": [{"id": "1729000000000000001", "gmv": {"amount": "99.90",
        "currency": "GBP"}, "orders": 5, "units_sold": 6, "click_through_rate": "0.12"}], "total_count": 40})";
    const Result<ProductPerformancePage> result = AnalyticsCodec::decodeProductPage(parse(json));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().totalCount, 40);
    QVERIFY(result.value().nextPageToken.isEmpty());
    const ProductPerformance &product = result.value().products.first();
    QCOMPARE(product.gmv, (Money{9990, u"GBP"_s}));
    QCOMPARE(product.unitsSold, 6);
    QCOMPARE(product.clickThroughRate, 1200);
}

void TestAnalyticsCodec::parsesRates_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("basisPoints");
    QTest::newRow("a four-digit fraction string is whole basis points") << QJsonValue(u"0.0523"_s) << 523LL;
    QTest::newRow("a short fraction string is padded") << QJsonValue(u"0.5"_s) << 5000LL;
    QTest::newRow("a fifth digit of five rounds up") << QJsonValue(u"0.01235"_s) << 124LL;
    QTest::newRow("a fifth digit of four rounds down") << QJsonValue(u"0.01234"_s) << 123LL;
    QTest::newRow("a number close to a basis point is not truncated") << QJsonValue(0.0029) << 29LL;
    QTest::newRow("one whole is ten thousand basis points") << QJsonValue(u"1"_s) << 10000LL;
    QTest::newRow("zero is zero") << QJsonValue(0) << 0LL;
}

void TestAnalyticsCodec::parsesRates()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, basisPoints);
    const Result<BasisPoints> rate = AnalyticsCodec::parseRate(value);
    QVERIFY2(rate.ok(), qPrintable(rate.ok() ? QString() : rate.error().toString()));
    QCOMPARE(rate.value(), basisPoints);
    QCOMPARE(AnalyticsCodec::parseRate(AnalyticsCodec::rateToApi(basisPoints)).value(), basisPoints);
}

void TestAnalyticsCodec::namesTheFieldOfHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::newRow("a LIVE start time as a bare number")
        << livePage << QByteArray(R"("1732845600")") << QByteArray("1732845600")
        << u"data.live_stream_sessions[0].start_time"_s;
    QTest::newRow("a LIVE end time with letters")
        << livePage << QByteArray(R"("1732856400")") << QByteArray(R"("17328x6400")")
        << u"data.live_stream_sessions[0].end_time"_s;
    QTest::newRow("a negative click-to-order rate")
        << livePage << QByteArray(R"("0.0835")") << QByteArray(R"("-0.08")")
        << u"data.live_stream_sessions[0].sales_performance.click_to_order_rate"_s;
    QTest::newRow("a rate that is an object")
        << livePage << QByteArray("0.075") << QByteArray("{}")
        << u"data.live_stream_sessions[0].interaction_performance.click_through_rate"_s;
    QTest::newRow("a date in another format")
        << shopPerformance << QByteArray(R"("2026-10-28")") << QByteArray(R"("28/10/2026")")
        << u"data.performance.intervals[0].start_date"_s;
    QTest::newRow("an unknown GMV type") << shopPerformance << QByteArray(R"("VIDEO")") << QByteArray(R"("RADIO")")
                                         << u"data.performance.intervals[0].gmv_breakdowns[1].type"_s;
    QTest::newRow("a GMV with too many decimals")
        << shopPerformance << QByteArray(R"("12345.67")") << QByteArray(R"("12345.678")")
        << u"data.performance.intervals[0].gmv.amount"_s;
    QTest::newRow("a missing latest available date") << shopPerformance << QByteArray("latest_available_date")
                                                     << QByteArray("latest_date") << u"data.latest_available_date"_s;
}

void TestAnalyticsCodec::namesTheFieldOfHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QVERIFY(json.contains(from));
    const QJsonObject data = parse(QByteArray(json).replace(from, to));
    QVERIFY(!data.isEmpty());
    const Error error = json == livePage ? AnalyticsCodec::decodeLivePage(data).error()
                                         : AnalyticsCodec::decodePerformance(data).error();
    QCOMPARE(error.path, path);
}

void TestAnalyticsCodec::roundTripsThroughTheSandboxEncoding()
{
    const ShopPerformance performance = AnalyticsCodec::decodePerformance(parse(shopPerformance)).value();
    ShopPerformance withComparison = performance;
    withComparison.comparisonIntervals = performance.intervals;
    const Result<ShopPerformance> again
        = AnalyticsCodec::decodePerformance(AnalyticsCodec::encodePerformance(withComparison));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), withComparison);

    const LiveSession session = AnalyticsCodec::decodeLivePage(parse(livePage)).value().sessions.first();
    const QJsonObject encoded = AnalyticsCodec::encodeLiveSession(session);
    QVERIFY(encoded.value(u"start_time").isString());
    const Result<LiveSessionPage> page
        = AnalyticsCodec::decodeLivePage({{u"live_stream_sessions"_s, QJsonArray{encoded}}});
    QVERIFY(page.ok());
    QCOMPARE(page.value().sessions.first(), session);

    const ProductPerformance product{u"1729000000000000002"_s, {4999, u"USD"_s}, 3, 4, 87};
    const Result<ProductPerformancePage> products
        = AnalyticsCodec::decodeProductPage({{u"products"_s, QJsonArray{AnalyticsCodec::encodeProduct(product)}}});
    QVERIFY(products.ok());
    QCOMPARE(products.value().products.first(), product);
}

QTEST_GUILESS_MAIN(TestAnalyticsCodec)
#include "tst_analyticscodec.moc"
