#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "domain/analyticscodec.h"
#include "models/livesessiontablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 now = 1'764'000'000;

LiveSession session(const QString &id, qint64 start, qint64 end, qint64 gmvMinor, qint64 viewers)
{
    LiveSession live;
    live.id = id;
    live.title = u"Friday Flash Sale"_s;
    live.username = u"mapleco"_s;
    live.startTime = start;
    live.endTime = end;
    live.gmv = Money{gmvMinor, u"USD"_s};
    live.skuOrders = 60;
    live.unitsSold = 71;
    live.viewers = viewers;
    live.pcu = viewers / 10;
    live.clickThroughRate = 523;
    return live;
}

} // namespace

class TestLiveSessionTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsEndedAndOnAirSessions();
    void sortsNumerically();
    void readsASessionStillOnAir_data();
    void readsASessionStillOnAir();
};

void TestLiveSessionTableModel::showsEndedAndOnAirSessions()
{
    LiveSessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(
        {session(u"1"_s, now - 7200, now - 3600, 152040, 4000), session(u"2"_s, now - 1800, 0, 20000, 900)});
    model.setNow(now);
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, LiveSessionTableModel::DurationColumn), u"1 h 00 min"_s);
    QCOMPARE(text(0, LiveSessionTableModel::GmvColumn), u"$1,520.40"_s);
    QCOMPARE(text(0, LiveSessionTableModel::ClickThroughColumn), u"5.23%"_s);
    QCOMPARE(text(0, LiveSessionTableModel::AccountColumn), u"@mapleco"_s);
    QCOMPARE(text(1, LiveSessionTableModel::EndColumn), u"On air"_s);
    QCOMPARE(text(1, LiveSessionTableModel::DurationColumn), u"30 min"_s);
    QVERIFY(model.index(1, 0).data(LiveSessionTableModel::OnAirRole).toBool());
    QVERIFY(!model.index(0, 0).data(LiveSessionTableModel::OnAirRole).toBool());

    // The duration of a session on air grows with the clock.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(now + 3600);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(1, LiveSessionTableModel::DurationColumn), u"1 h 30 min"_s);
    QCOMPARE(text(0, LiveSessionTableModel::DurationColumn), u"1 h 00 min"_s);
}

void TestLiveSessionTableModel::sortsNumerically()
{
    LiveSessionTableModel model;
    model.setRecords({session(u"1"_s, now - 9000, now - 3600, 9000, 12000), session(u"2"_s, now - 1800, 0, 100000, 900),
        session(u"3"_s, now - 99000, now - 90000, 25000, 80)});
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(LiveSessionTableModel::SortRole);
    proxy.sort(LiveSessionTableModel::ViewersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(LiveSessionTableModel::IdRole).toString(), u"1"_s);
    QCOMPARE(proxy.index(2, 0).data(LiveSessionTableModel::IdRole).toString(), u"3"_s);
    proxy.sort(LiveSessionTableModel::EndColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(LiveSessionTableModel::IdRole).toString(), u"2"_s); // on air is latest
    proxy.sort(LiveSessionTableModel::GmvColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, LiveSessionTableModel::GmvColumn).data(LiveSessionTableModel::SortRole).toLongLong(), 9000);
}

void TestLiveSessionTableModel::readsASessionStillOnAir_data()
{
    QTest::addColumn<QJsonValue>("endTime");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("no end time yet") << QJsonValue(QJsonValue::Undefined) << qint64(0) << true;
    QTest::newRow("a null end time") << QJsonValue(QJsonValue::Null) << qint64(0) << true;
    QTest::newRow("an empty end time") << QJsonValue(u""_s) << qint64(0) << true;
    QTest::newRow("an end time of zero") << QJsonValue(u"0"_s) << qint64(0) << true;
    QTest::newRow("an ended session") << QJsonValue(u"1764003600"_s) << qint64(1764003600) << true;
    QTest::newRow("an end time as a number") << QJsonValue(1764003600) << qint64(0) << false;
    QTest::newRow("an end time in words") << QJsonValue(u"soon"_s) << qint64(0) << false;
}

void TestLiveSessionTableModel::readsASessionStillOnAir()
{
    QFETCH(QJsonValue, endTime);
    QFETCH(qint64, expected);
    QFETCH(bool, ok);
    QJsonObject item = AnalyticsCodec::encodeLiveSession(session(u"7381"_s, now, now + 60, 100, 10));
    if (endTime.isUndefined())
        item.remove(u"end_time"_s);
    else
        item.insert(u"end_time"_s, endTime);
    const Result<LiveSessionPage> page
        = AnalyticsCodec::decodeLivePage({{u"live_stream_sessions"_s, QJsonArray{item}}});
    QCOMPARE(page.ok(), ok);
    if (!ok) {
        QCOMPARE(page.error().path, u"data.live_stream_sessions[0].end_time"_s);
        return;
    }
    QCOMPARE(page.value().sessions.first().endTime, expected);
    QCOMPARE(page.value().sessions.first().isOnAir(), expected == 0);
    // And the sandbox writes a session on air without any end time.
    const QJsonObject encoded = AnalyticsCodec::encodeLiveSession(page.value().sessions.first());
    QCOMPARE(encoded.contains(u"end_time"), expected != 0);
}

QTEST_GUILESS_MAIN(TestLiveSessionTableModel)
#include "tst_livesessiontablemodel.moc"
