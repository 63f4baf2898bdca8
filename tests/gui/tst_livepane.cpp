#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "api/shopsession.h"
#include "domain/shopregion.h"
#include "mainwindow.h"
#include "models/displayformat.h"
#include "models/livesessiontablemodel.h"
#include "notifier.h"
#include "panes/live/livepane.h"
#include "panes/live/livesessiondetail.h"
#include "panes/pane.h"
#include "replywaiter.h"
#include "sandbox/analyticsseed.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/liveendwatcher.h"
#include "sync/livesessioncatalog.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// What the sandbox serves for the days the pane asks for: the last `days` up to today.
QList<LiveSession> served(ShopSession &session, const Clock &clock, int days)
{
    const QDate today = clock.now().toLocalTime().date();
    return waitFor(session.analytics().liveSessions({today.addDays(1 - days), today.addDays(1)})).value;
}

QStringList idsShown(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(LiveSessionTableModel::IdRole).toString());
    ids.sort();
    return ids;
}

} // namespace

class TestLivePane final : public QObject
{
    Q_OBJECT

private slots:
    void listsTheSessionsTheSandboxServes();
    void showsTheSelectedSessionInFull();
    void saysWhenALiveEnds();
    void showsTheSavedSessionsOffline();
};

void TestLivePane::listsTheSessionsTheSandboxServes()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    ProductCatalog catalog(session.products(), nullptr, session.connection().shopId, sandbox.clock());
    LiveSessionCatalog sessions(session.analytics(), nullptr, session.connection().shopId,
        ShopRegion::timeZone(session.connection().region), sandbox.clock());
    LivePane pane(session.analytics(), sessions, catalog, sandbox.clock());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    auto *table = pane.findChild<QTableView *>(u"liveTable"_s);
    QVERIFY(table);

    const QList<LiveSession> week = served(session, sandbox.clock(), 7);
    QVERIFY(week.size() >= 2);
    QCOMPARE(table->model()->rowCount(), week.size());
    QStringList expected;
    for (const LiveSession &live : week)
        expected.append(live.id);
    expected.sort();
    QCOMPARE(idsShown(table->model()), expected);
    // Every figure as served, row by row.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data(LiveSessionTableModel::IdRole).toString();
        const LiveSession &live
            = *std::find_if(week.cbegin(), week.cend(), [&id](const LiveSession &s) { return s.id == id; });
        auto cell = [&](int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(LiveSessionTableModel::GmvColumn), DisplayFormat::money(live.gmv));
        QCOMPARE(cell(LiveSessionTableModel::PeakViewersColumn), DisplayFormat::count(live.pcu));
        QCOMPARE(cell(LiveSessionTableModel::OrdersColumn), DisplayFormat::count(live.skuOrders));
        QCOMPARE(cell(LiveSessionTableModel::EndColumn) == u"On air"_s, live.isOnAir());
    }
    auto *count = pane.findChild<QLabel *>(u"liveCount"_s);
    QVERIFY2(count->text().contains(u"1 on air"_s), qPrintable(count->text()));

    // Sorted by GMV, the biggest first.
    table->sortByColumn(LiveSessionTableModel::GmvColumn, Qt::DescendingOrder);
    for (int row = 1; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()
                    ->index(row - 1, LiveSessionTableModel::GmvColumn)
                    .data(LiveSessionTableModel::SortRole)
                    .toLongLong()
            >= table->model()
                   ->index(row, LiveSessionTableModel::GmvColumn)
                   .data(LiveSessionTableModel::SortRole)
                   .toLongLong());

    // A longer period asks again and shows what the sandbox has for it.
    auto *period = pane.findChild<QComboBox *>(u"periodChoice"_s);
    period->setCurrentIndex(period->findText(u"Last 30 days"_s));
    const QList<LiveSession> month = served(session, sandbox.clock(), 30);
    QVERIFY(month.size() > week.size());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), month.size(), 10000);
}

void TestLivePane::showsTheSelectedSessionInFull()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    ProductCatalog catalog(session.products(), nullptr, session.connection().shopId, sandbox.clock());
    LiveSessionCatalog sessions(session.analytics(), nullptr, session.connection().shopId,
        ShopRegion::timeZone(session.connection().region), sandbox.clock());
    LivePane pane(session.analytics(), sessions, catalog, sandbox.clock());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    auto *table = pane.findChild<QTableView *>(u"liveTable"_s);
    auto *detail = pane.findChild<LiveSessionDetail *>(u"liveDetail"_s);
    QVERIFY(table && detail);
    table->sortByColumn(LiveSessionTableModel::StartColumn, Qt::AscendingOrder);
    table->selectRow(0); // the oldest: ended, with product figures for its day
    const QString id = table->model()->index(0, 0).data(LiveSessionTableModel::IdRole).toString();
    const QList<LiveSession> week = served(session, sandbox.clock(), 7);
    const LiveSession &live
        = *std::find_if(week.cbegin(), week.cend(), [&id](const LiveSession &s) { return s.id == id; });
    QCOMPARE(detail->findChild<QLabel *>(u"liveDetailTitle"_s)->text(), live.title);
    QCOMPARE(detail->figure(u"gmv"_s), DisplayFormat::money(live.gmv));
    QCOMPARE(detail->figure(u"pcu"_s), DisplayFormat::count(live.pcu));
    QCOMPARE(detail->figure(u"likes"_s), DisplayFormat::count(live.likes));
    QCOMPARE(detail->figure(u"ctr"_s), DisplayFormat::rate(live.clickThroughRate));
    // The products are the day's best sellers, and the panel says that is what they are.
    auto *products = detail->findChild<QTableWidget *>(u"liveProducts"_s);
    QTRY_VERIFY_WITH_TIMEOUT(products->rowCount() > 0, 10000);
    QVERIFY(detail->findChild<QLabel *>(u"liveProductNote"_s)->text().contains(u"no per-LIVE product figures"_s));
}

void TestLivePane::saysWhenALiveEnds()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();
    auto *watcher = window.findChild<LiveEndWatcher *>(u"liveEndWatcher"_s);
    auto *notifier = window.findChild<Notifier *>(u"notifier"_s);
    auto *banner = window.findChild<MessageBanner *>(u"windowBanner"_s);
    QVERIFY(watcher && notifier && banner);
    QTRY_COMPARE_WITH_TIMEOUT(watcher->sessionsOnAir().size(), 1, 20000);
    const QString onAir = watcher->sessionsOnAir().first();
    // The orders' notifications come with the first sync; the LIVE news must come after them.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Pane *>(u"ordersPane"_s)->isLoaded(), 20000);
    QVERIFY(!banner->text().contains(u"LIVE"_s));

    // The sandbox clock passes the session's end; the watcher's next poll notices.
    QSignalSpy notified(notifier, &Notifier::notified);
    sandbox.clock().advance(AnalyticsSeed::onAirEndsAfter + LiveEndWatcher::pollIntervalSeconds);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(notified.cbegin(), notified.cend(),
                                 [](const QList<QVariant> &args) {
                                     return args.at(2).value<Notifier::Kind>() == Notifier::Kind::LiveEnded;
                                 }),
        15000);
    notified.removeIf(
        [](const QList<QVariant> &args) { return args.at(2).value<Notifier::Kind>() != Notifier::Kind::LiveEnded; });
    QCOMPARE(notified.count(), 1);
    const QList<LiveSession> today = served(session, sandbox.clock(), 1);
    const auto ended
        = std::find_if(today.cbegin(), today.cend(), [&onAir](const LiveSession &s) { return s.id == onAir; });
    QVERIFY(ended != today.cend() && !ended->isOnAir());
    const QString headline = u"LIVE ended: GMV %1"_s.arg(DisplayFormat::money(ended->gmv));
    QCOMPARE(notified.first().first().toString(), headline);
    // Offscreen there is no system tray, so the window says it.
    QVERIFY(!notifier->usesTray());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(headline), qPrintable(banner->text()));
    // And the LIVE list shows the session as ended.
    auto *table = window.findChild<QTableView *>(u"liveTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(LiveSessionTableModel::IdRole).toString() == onAir)
                    return !table->model()->index(row, 0).data(LiveSessionTableModel::OnAirRole).toBool();
            }
            return false;
        }(),
        10000);
}

void TestLivePane::showsTheSavedSessionsOffline()
{
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopConnection connection;
    FakeClock clock;
    QStringList online;
    {
        SandboxFixture sandbox;
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        ShopSession session(connection, sandbox.clock());
        ProductCatalog catalog(session.products(), nullptr, connection.shopId, sandbox.clock());
        LiveSessionCatalog sessions(session.analytics(), cache.get(), connection.shopId,
            ShopRegion::timeZone(connection.region), sandbox.clock());
        LivePane pane(session.analytics(), sessions, catalog, sandbox.clock());
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
        online = idsShown(pane.findChild<QTableView *>(u"liveTable"_s)->model());
        QVERIFY(!online.isEmpty());
    }
    // Nobody listens now: the week's sessions come from the cache, and the banner says since when.
    ShopSession session(connection, clock);
    session.client().setRetryPolicy({.maxAttempts = 1});
    ProductCatalog catalog(session.products(), nullptr, connection.shopId, clock);
    LiveSessionCatalog sessions(
        session.analytics(), cache.get(), connection.shopId, ShopRegion::timeZone(connection.region), clock);
    LivePane pane(session.analytics(), sessions, catalog, clock);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    QCOMPARE(idsShown(pane.findChild<QTableView *>(u"liveTable"_s)->model()), online);
    auto *banner = pane.findChild<MessageBanner *>(u"liveBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(DisplayFormat::dateTime(clock.nowSecs())), qPrintable(banner->text()));
}

QTEST_MAIN(TestLivePane)
#include "tst_livepane.moc"
