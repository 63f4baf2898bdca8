#include <QTest>

#include "io/performancecsv.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// The Analytics pane's CSV records: the same fields in every record, money as decimal amounts.
class TestPerformanceCsv final : public QObject
{
    Q_OBJECT

private slots:
    void writesDailyFiguresWithDecimalMoney();
};

void TestPerformanceCsv::writesDailyFiguresWithDecimalMoney()
{
    AnalyticsSnapshot snapshot;
    PerformanceInterval day;
    day.startDate = QDate(2026, 3, 2);
    day.endDate = day.startDate.addDays(1);
    day.gmv = Money{123'405, u"USD"_s};
    day.gmvBreakdown = {Money{5, u"USD"_s}, Money{400, u"USD"_s}, Money{123'000, u"USD"_s}};
    day.orders = 17;
    day.avgOrderValue = Money{7'259, u"USD"_s};
    day.refunds = Money{0, u"USD"_s};
    snapshot.daily.intervals = {day};
    PerformanceInterval before = day;
    before.startDate = day.startDate.addDays(-1);
    snapshot.daily.comparisonIntervals = {before};
    const QList<QStringList> records = PerformanceCsv::dailyRecords(snapshot);
    QCOMPARE(records.size(), 3);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), records.first().size()); // RFC 4180: the same fields in every record
    QCOMPARE(records.at(0).mid(0, 4), (QStringList{u"period"_s, u"date"_s, u"currency"_s, u"gmv"_s}));
    QCOMPARE(records.at(1).at(0), u"previous"_s);
    QCOMPARE(records.at(2).mid(0, 7),
        (QStringList{u"current"_s, u"2026-03-02"_s, u"USD"_s, u"1234.05"_s, u"0.05"_s, u"4.00"_s, u"1230.00"_s}));

    snapshot.topProducts = {{u"1001"_s, Money{99, u"USD"_s}, 1, 2, 523}};
    const QList<QStringList> products = PerformanceCsv::productRecords(snapshot, {{u"1001"_s, u"Lamp, \"XL\""_s}});
    QCOMPARE(products.size(), 2);
    QCOMPARE(products.at(1),
        (QStringList{u"1"_s, u"1001"_s, u"Lamp, \"XL\""_s, u"USD"_s, u"0.99"_s, u"1"_s, u"2"_s, u"0.0523"_s}));
}

QTEST_GUILESS_MAIN(TestPerformanceCsv)
#include "tst_performancecsv.moc"
