#include <QTemporaryDir>
#include <QTest>

#include "store/cachedatabase.h"
#include "store/performancerepository.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QDate first(2026, 1, 30);

PerformanceInterval interval(QDate start, QDate end, qint64 seed, const QString &currency = u"GBP"_s)
{
    PerformanceInterval result;
    result.startDate = start;
    result.endDate = end;
    result.gmvBreakdown = {Money{seed * 3, currency}, Money{seed * 5, currency}, Money{seed * 7 + 1, currency}};
    result.gmv = result.gmvBreakdown.total();
    result.orders = seed;
    result.skuOrders = seed + 2;
    result.unitsSold = seed + 5;
    result.buyers = seed - 1;
    result.avgOrderValue = Money{result.gmv.minor / seed, currency};
    result.productImpressions = seed * 211;
    result.productPageViews = seed * 17;
    result.avgProductPageVisitors = seed * 11;
    result.refunds = Money{seed / 3, currency};
    result.cancellationsAndReturns = seed % 7;
    return result;
}

QList<PerformanceInterval> days(QDate start, int count)
{
    QList<PerformanceInterval> list;
    for (int i = 0; i < count; ++i)
        list.append(interval(start.addDays(i), start.addDays(i + 1), 40 + i * 13));
    return list;
}

} // namespace

/// The analytics cache on a real SQLite file.
class TestPerformanceRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsDailyIntervalsExactly();
    void keepsTotalsApartFromDays();
    void keepsShopsAndSeriesApart();
    void replacesARankingAndKeepsItsOrder();
    void roundTripsLiveViewerDays();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestPerformanceRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto cache = CacheDatabase::open(m_dir->filePath(u"shop.sqlite"_s));
    QVERIFY(cache.ok());
    m_cache = std::move(cache).value();
}

void TestPerformanceRepository::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestPerformanceRepository::roundTripsDailyIntervalsExactly()
{
    PerformanceRepository repository(*m_cache);
    const QList<PerformanceInterval> saved = days(first, 40);
    QVERIFY(!repository.saveIntervals(u"A"_s, PerformanceRepository::shopSeries(), saved));
    // Across a month end, a window in the middle.
    const Result<QList<PerformanceInterval>> loaded
        = repository.loadDays(u"A"_s, PerformanceRepository::shopSeries(), {first.addDays(5), first.addDays(12)});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), saved.mid(5, 7));
    // Saving a day again replaces it.
    PerformanceInterval changed = saved.at(6);
    changed.gmv.minor += 1;
    QVERIFY(!repository.saveIntervals(u"A"_s, PerformanceRepository::shopSeries(), {changed}));
    QCOMPARE(
        repository.loadDays(u"A"_s, PerformanceRepository::shopSeries(), {changed.startDate, changed.endDate}).value(),
        QList<PerformanceInterval>{changed});
}

void TestPerformanceRepository::keepsTotalsApartFromDays()
{
    PerformanceRepository repository(*m_cache);
    const DateRange week{first, first.addDays(7)};
    const PerformanceInterval total = interval(week.start, week.end, 999);
    QVERIFY(!repository.saveIntervals(u"A"_s, PerformanceRepository::shopSeries(), days(first, 7) + QList{total}));
    QCOMPARE(repository.loadDays(u"A"_s, PerformanceRepository::shopSeries(), week).value().size(), 7);
    const auto loaded = repository.loadInterval(u"A"_s, PerformanceRepository::shopSeries(), week);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(*loaded.value(), total);
    QVERIFY(!repository.loadInterval(u"A"_s, PerformanceRepository::shopSeries(), {first, first.addDays(8)}).value());
}

void TestPerformanceRepository::keepsShopsAndSeriesApart()
{
    PerformanceRepository repository(*m_cache);
    const DateRange range{first, first.addDays(3)};
    const QString product = PerformanceRepository::productSeries(u"1729"_s);
    QVERIFY(!repository.saveIntervals(u"A"_s, PerformanceRepository::shopSeries(), days(first, 3)));
    QVERIFY(!repository.saveIntervals(u"A"_s, product, {interval(range.start, range.end, 5, u"USD"_s)}));
    QVERIFY(repository.loadDays(u"B"_s, PerformanceRepository::shopSeries(), range).value().isEmpty());
    QVERIFY(repository.loadDays(u"A"_s, product, range).value().isEmpty());
    QCOMPARE(repository.loadInterval(u"A"_s, product, range).value()->gmv.currency, u"USD"_s);
    QVERIFY(!repository.loadInterval(u"B"_s, product, range).value());
}

void TestPerformanceRepository::replacesARankingAndKeepsItsOrder()
{
    PerformanceRepository repository(*m_cache);
    const DateRange range{first, first.addDays(30)};
    const QList<ProductPerformance> ranking{
        {u"3"_s, Money{90'000, u"USD"_s}, 40, 44, 812},
        {u"1"_s, Money{80'000, u"USD"_s}, 30, 31, 57},
        {u"2"_s, Money{10, u"USD"_s}, 1, 1, 0},
    };
    QVERIFY(!repository.saveRanking(u"A"_s, range, ranking));
    QCOMPARE(repository.loadRanking(u"A"_s, range).value(), ranking);
    QVERIFY(!repository.saveRanking(u"A"_s, range, ranking.mid(1)));
    QCOMPARE(repository.loadRanking(u"A"_s, range).value(), ranking.mid(1));
    QVERIFY(repository.loadRanking(u"A"_s, {first, first.addDays(7)}).value().isEmpty());
}

void TestPerformanceRepository::roundTripsLiveViewerDays()
{
    PerformanceRepository repository(*m_cache);
    const QList<LiveViewerDay> saved{{first, 0, 0}, {first.addDays(1), 2, 3'456}, {first.addDays(2), 1, 789}};
    QVERIFY(!repository.saveLiveViewerDays(u"A"_s, saved));
    QCOMPARE(repository.loadLiveViewerDays(u"A"_s, {first, first.addDays(3)}).value(), saved);
    QCOMPARE(repository.loadLiveViewerDays(u"A"_s, {first.addDays(1), first.addDays(2)}).value(), saved.mid(1, 1));
}

QTEST_GUILESS_MAIN(TestPerformanceRepository)
#include "tst_performancerepository.moc"
