#include <QTest>

#include "models/performancechartdata.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QDate monday(2026, 3, 2);

PerformanceInterval day(QDate date, qint64 live, qint64 video, qint64 card, qint64 orders)
{
    PerformanceInterval interval;
    interval.startDate = date;
    interval.endDate = date.addDays(1);
    interval.gmvBreakdown = {Money{live, u"USD"_s}, Money{video, u"USD"_s}, Money{card, u"USD"_s}};
    interval.gmv = interval.gmvBreakdown.total();
    interval.orders = orders;
    interval.unitsSold = orders * 2;
    return interval;
}

/// `days` consecutive days from `first`, day i selling (i + 1) × 1000 minor units.
QList<PerformanceInterval> days(QDate first, int count)
{
    QList<PerformanceInterval> list;
    for (int i = 0; i < count; ++i)
        list.append(day(first.addDays(i), 100 * (i + 1), 300 * (i + 1), 600 * (i + 1), i + 1));
    return list;
}

} // namespace

class TestPerformanceChartData final : public QObject
{
    Q_OBJECT

private slots:
    void drawsEveryDayOfAFullRange();
    void leavesOutDaysAfterTheLatestAvailableDate();
    void laysThePreviousPeriodOverTheSameDays();
    void groupsTheBreakdownByWeekForLongRanges();
    void axisScaleCoversTheMaximumWithRoundSteps_data();
    void axisScaleCoversTheMaximumWithRoundSteps();
    void dateScaleSpansTheRangeOnWholeDays_data();
    void dateScaleSpansTheRangeOnWholeDays();
};

void TestPerformanceChartData::drawsEveryDayOfAFullRange()
{
    const DateRange range{monday, monday.addDays(7)};
    ShopPerformance performance{days(monday, 7), {}, monday.addDays(6)};
    const PerformanceChartData data = PerformanceChartData::build(performance, range);
    QCOMPARE(data.currency, u"USD"_s);
    QCOMPARE(data.gmv.size(), 7);
    QCOMPARE(data.gmv.first(), (ChartPoint{monday, 1000}));
    QCOMPARE(data.gmv.last(), (ChartPoint{monday.addDays(6), 7000}));
    QCOMPARE(data.orders.last().value, 7);
    QCOMPARE(data.units.last().value, 14);
    QCOMPARE(data.maxGmv(), 7000);
    QVERIFY(!data.isLagging());
    QCOMPARE(data.breakdown.size(), 7);
    QCOMPARE(data.breakdown.at(2), (BreakdownBucket{monday.addDays(2), monday.addDays(3), 300, 900, 1800}));
    QCOMPARE(data.breakdown.at(2).total(), data.gmv.at(2).value);
}

void TestPerformanceChartData::leavesOutDaysAfterTheLatestAvailableDate()
{
    // The API answers zeros for days it has no data for yet; they are not sales of zero.
    const DateRange range{monday, monday.addDays(7)};
    QList<PerformanceInterval> intervals = days(monday, 7);
    intervals[5] = day(monday.addDays(5), 0, 0, 0, 0);
    intervals[6] = day(monday.addDays(6), 0, 0, 0, 0);
    const PerformanceChartData data = PerformanceChartData::build({intervals, {}, monday.addDays(4)}, range);
    QVERIFY(data.isLagging());
    QCOMPARE(data.gmv.size(), 5);
    QCOMPARE(data.gmv.last().date, monday.addDays(4));
    QCOMPARE(data.breakdown.size(), 5);
    QCOMPARE(data.orders.size(), 5);
}

void TestPerformanceChartData::laysThePreviousPeriodOverTheSameDays()
{
    const DateRange range{monday, monday.addDays(7)};
    const ShopPerformance performance{days(monday, 7), days(monday.addDays(-7), 7), monday.addDays(6)};
    const PerformanceChartData data = PerformanceChartData::build(performance, range);
    QCOMPARE(data.previousGmv.size(), 7);
    QCOMPARE(data.previousGmv.first().date, monday);
    QCOMPARE(data.previousGmv.first().value, performance.comparisonIntervals.first().gmv.minor);
    QCOMPARE(data.previousGmv.last().date, monday.addDays(6));
}

void TestPerformanceChartData::groupsTheBreakdownByWeekForLongRanges()
{
    const DateRange range{monday, monday.addDays(30)};
    const QList<PerformanceInterval> intervals = days(monday, 30);
    const PerformanceChartData data = PerformanceChartData::build({intervals, {}, monday.addDays(29)}, range);
    QCOMPARE(data.gmv.size(), 30);
    QCOMPARE(data.breakdown.size(), 5); // four full weeks and two days
    QCOMPARE(data.breakdown.last().start, monday.addDays(28));
    QCOMPARE(data.breakdown.last().end, range.end);
    qint64 firstWeek = 0;
    for (int i = 0; i < 7; ++i)
        firstWeek += intervals.at(i).gmv.minor;
    QCOMPARE(data.breakdown.first().total(), firstWeek);
    qint64 bars = 0;
    for (const BreakdownBucket &bucket : data.breakdown)
        bars += bucket.total();
    qint64 gmv = 0;
    for (const PerformanceInterval &interval : intervals)
        gmv += interval.gmv.minor;
    QCOMPARE(bars, gmv);
    QCOMPARE(data.maxBreakdown(), data.breakdown.at(3).total());
}

void TestPerformanceChartData::axisScaleCoversTheMaximumWithRoundSteps_data()
{
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("minimumStep");
    QTest::addColumn<qint64>("top");
    QTest::addColumn<qint64>("step");
    QTest::newRow("a day of about $3,456 gets $1,000 steps")
        << qint64(345'678) << qint64(100) << qint64(400'000) << qint64(100'000);
    QTest::newRow("an exact multiple is its own top")
        << qint64(500'000) << qint64(100) << qint64(500'000) << qint64(100'000);
    QTest::newRow("small counts step by one") << qint64(3) << qint64(1) << qint64(3) << qint64(1);
    QTest::newRow("nothing still has an axis") << qint64(0) << qint64(100) << qint64(100) << qint64(100);
    QTest::newRow("counts of 730 step by 200") << qint64(730) << qint64(1) << qint64(800) << qint64(200);
}

void TestPerformanceChartData::axisScaleCoversTheMaximumWithRoundSteps()
{
    QFETCH(qint64, max);
    QFETCH(qint64, minimumStep);
    QFETCH(qint64, top);
    QFETCH(qint64, step);
    const AxisScale scale = AxisScale::covering(max, minimumStep);
    QCOMPARE(scale.top, top);
    QCOMPARE(scale.step, step);
    QVERIFY(scale.top >= max);
    QVERIFY(scale.tickCount() <= 6);
}

void TestPerformanceChartData::dateScaleSpansTheRangeOnWholeDays_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("stepDays");
    QTest::addColumn<int>("tickCount");
    QTest::newRow("a week labels every day") << 7 << 1 << 7;
    QTest::newRow("thirty days label every fifth") << 30 << 5 << 7;
    QTest::newRow("ninety days label every thirteenth") << 90 << 13 << 8;
    QTest::newRow("one day still has two ticks") << 1 << 1 << 2;
}

void TestPerformanceChartData::dateScaleSpansTheRangeOnWholeDays()
{
    QFETCH(int, days);
    QFETCH(int, stepDays);
    QFETCH(int, tickCount);
    PerformanceChartData data;
    data.range = {monday, monday.addDays(days)};
    const DateAxisScale scale = data.dateScale();
    QCOMPARE(scale.first, monday);
    QCOMPARE(scale.stepDays, stepDays);
    QCOMPARE(scale.tickCount, tickCount);
    QCOMPARE(scale.last, monday.addDays(qint64(stepDays) * (tickCount - 1)));
    QVERIFY(scale.last >= data.range.end.addDays(-1));
    QVERIFY(scale.tickCount <= 8);
}

QTEST_GUILESS_MAIN(TestPerformanceChartData)
#include "tst_performancechartdata.moc"
