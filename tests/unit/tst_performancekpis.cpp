#include <QLocale>
#include <QTest>

#include "models/performancekpis.h"
#include "models/productfunnel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

PerformanceInterval interval(qint64 gmv, qint64 orders, qint64 refunds)
{
    PerformanceInterval result;
    result.gmv = Money{gmv, u"GBP"_s};
    result.gmvBreakdown = {Money{gmv, u"GBP"_s}, Money{0, u"GBP"_s}, Money{0, u"GBP"_s}};
    result.orders = orders;
    result.unitsSold = orders + 1;
    result.buyers = orders - 1;
    result.avgOrderValue = Money{gmv / orders, u"GBP"_s};
    result.refunds = Money{refunds, u"GBP"_s};
    result.productImpressions = orders * 200;
    result.productPageViews = orders * 15;
    return result;
}

const Kpi &find(const QList<Kpi> &kpis, KpiId id)
{
    return *std::find_if(kpis.cbegin(), kpis.cend(), [id](const Kpi &kpi) { return kpi.id == id; });
}

} // namespace

class TestPerformanceKpis final : public QObject
{
    Q_OBJECT

private slots:
    void comparesTheRangeWithThePreviousPeriod();
    void addsUpDaysWhenTheTotalIsUnknown();
    void formatsValuesAndChanges_data();
    void formatsValuesAndChanges();
    void fallingRefundsAreAnImprovement();
    void funnelConvertsStepByStep();
};

void TestPerformanceKpis::comparesTheRangeWithThePreviousPeriod()
{
    AnalyticsSnapshot snapshot;
    snapshot.total = interval(250'000, 100, 5'000);
    snapshot.previousTotal = interval(200'000, 80, 2'000);
    snapshot.liveViewers = 1'200;
    snapshot.previousLiveViewers = 1'500;
    const QList<Kpi> kpis = PerformanceKpis::compute(snapshot);
    QCOMPARE(kpis.size(), 10);
    const Kpi &gmv = find(kpis, KpiId::Gmv);
    QCOMPARE(gmv.value, 250'000);
    QCOMPARE(gmv.currency, u"GBP"_s);
    QCOMPARE(gmv.change(), 2'500); // +25 %
    QCOMPARE(find(kpis, KpiId::Orders).change(), 2'500);
    QCOMPARE(find(kpis, KpiId::AvgOrderValue).value, 2'500);
    QCOMPARE(find(kpis, KpiId::Refunds).value, 5'000);
    const Kpi &rate = find(kpis, KpiId::RefundRate);
    QCOMPARE(rate.value, 200); // 2 %
    QCOMPARE(rate.previous, 100);
    QCOMPARE(rate.change(), 100); // one percentage point
    QCOMPARE(find(kpis, KpiId::LiveViewers).change(), -2'000);
    QCOMPARE(find(kpis, KpiId::PageViews).value, 1'500);
}

void TestPerformanceKpis::addsUpDaysWhenTheTotalIsUnknown()
{
    AnalyticsSnapshot snapshot;
    snapshot.daily.intervals = {interval(1'000, 10, 0), interval(3'001, 20, 100)};
    const PerformanceInterval sum = PerformanceKpis::sum(snapshot.daily.intervals);
    QCOMPARE(sum.gmv, (Money{4'001, u"GBP"_s}));
    QCOMPARE(sum.orders, 30);
    QCOMPARE(sum.avgOrderValue, (Money{133, u"GBP"_s}));
    const QList<Kpi> kpis = PerformanceKpis::compute(snapshot);
    QCOMPARE(find(kpis, KpiId::Gmv).value, 4'001);
    QVERIFY(!find(kpis, KpiId::Gmv).previous);
    QCOMPARE(find(kpis, KpiId::Gmv).trend(), Kpi::Trend::Unknown);
    QVERIFY(!find(kpis, KpiId::LiveViewers).value);
}

void TestPerformanceKpis::formatsValuesAndChanges_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<QString>("changeText");
    QTest::newRow("money that grew by an eighth")
        << int(Kpi::Kind::Money) << qint64(123'456) << qint64(109'739) << u"£1,234.56"_s << u"↑ 12.5%"_s;
    QTest::newRow("counts that fell") << int(Kpi::Kind::Count) << qint64(9'000) << qint64(12'000) << u"9,000"_s
                                      << u"↓ 25.0%"_s;
    QTest::newRow("unchanged counts") << int(Kpi::Kind::Count) << qint64(7) << qint64(7) << u"7"_s << u"0.0%"_s;
    QTest::newRow("rates change in points")
        << int(Kpi::Kind::Rate) << qint64(235) << qint64(275) << u"2.35%"_s << u"↓ 0.40 pp"_s;
    QTest::newRow("nothing to compare with") << int(Kpi::Kind::Count) << qint64(5) << qint64(0) << u"5"_s << u"—"_s;
}

void TestPerformanceKpis::formatsValuesAndChanges()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, previous);
    QFETCH(QString, valueText);
    QFETCH(QString, changeText);
    const Kpi kpi{KpiId::Gmv, Kpi::Kind(kind), value, previous, u"GBP"_s, true};
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(PerformanceKpis::valueText(kpi, english), valueText);
    QCOMPARE(PerformanceKpis::changeText(kpi, english), changeText);
}

void TestPerformanceKpis::fallingRefundsAreAnImprovement()
{
    const Kpi refunds{KpiId::Refunds, Kpi::Kind::Money, 100, 200, u"USD"_s, false};
    QCOMPARE(refunds.trend(), Kpi::Trend::Down);
    QVERIFY(refunds.isImprovement());
    const Kpi gmv{KpiId::Gmv, Kpi::Kind::Money, 100, 200, u"USD"_s, true};
    QVERIFY(!gmv.isImprovement());
    QVERIFY(!Kpi{}.isImprovement());
}

void TestPerformanceKpis::funnelConvertsStepByStep()
{
    PerformanceInterval product;
    product.productImpressions = 20'000;
    product.productPageViews = 1'500;
    product.orders = 45;
    const ProductFunnel funnel = ProductFunnel::fromInterval(u"1729"_s, product);
    QCOMPARE(funnel.steps.size(), 3);
    QCOMPARE(funnel.steps.at(0).stage, ProductFunnel::Stage::Impressions);
    QVERIFY(!funnel.steps.at(0).conversion);
    QCOMPARE(funnel.steps.at(1).conversion, 750); // 7.5 %
    QCOMPARE(funnel.steps.at(2).conversion, 300); // 3 %
    QCOMPARE(funnel.overallConversion(), 23); // 0.225 % rounds to 0.23 %
    const ProductFunnel empty = ProductFunnel::fromInterval(u"1"_s, PerformanceInterval{});
    QVERIFY(!empty.steps.at(1).conversion);
    QVERIFY(!empty.overallConversion());
}

QTEST_GUILESS_MAIN(TestPerformanceKpis)
#include "tst_performancekpis.moc"
