#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/returnservice.h"
#include "api/shopsession.h"
#include "models/aftersaletablemodel.h"
#include "models/packagetablemodel.h"
#include "models/trackingtimelinemodel.h"
#include "panes/shipments/aftersaleswidget.h"
#include "panes/shipments/packageswidget.h"
#include "panes/shipments/rejectreasondialog.h"
#include "panes/shipments/shipmentspane.h"
#include "panes/shipments/trackingpanel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/aftersalecatalog.h"
#include "sync/packagecatalog.h"
#include "sync/shopoutbox.h"
#include "sync/trackingcatalog.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 day = 24 * 3600;

/// The Shipments pane as the main window builds it, on a real cache file and the sandbox.
class ShipmentsRig
{
public:
    ShipmentsRig()
        : sandbox(
            SandboxOptions{.seed = 4, .productsPerShop = 30, .accessTokenLifetime = 60 * day, .ordersPerShop = 300})
        , session(sandbox.connection(), sandbox.clock())
    {
        cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release();
        const QString shopId = session.connection().shopId;
        packages = std::make_unique<PackageCatalog>(session.fulfillment(), cache, shopId, sandbox.clock());
        aftersales = std::make_unique<AftersaleCatalog>(session.returns(), cache, shopId, sandbox.clock());
        outbox = std::make_unique<ShopOutbox>(session, *cache, sandbox.clock());
        tracking = std::make_unique<TrackingCatalog>(session.fulfillment(), cache, shopId, sandbox.clock());
        pane = std::make_unique<ShipmentsPane>(
            ShipmentsPane::Services{*packages, *aftersales, *tracking, session.returns(), outbox.get()},
            sandbox.clock());
        pane->resize(1280, 760);
        pane->show();
    }
    ~ShipmentsRig()
    {
        pane.reset();
        tracking.reset();
        outbox.reset();
        aftersales.reset();
        packages.reset();
        delete cache;
    }

    template <typename T>
    T *find(const QString &name)
    {
        return pane->findChild<T *>(name);
    }
    QTableView *packageTable() { return find<QTableView>(u"packageTable"_s); }
    QTableView *aftersaleTable() { return find<QTableView>(u"aftersaleTable"_s); }
    QList<Package> serverPackages() { return waitFor(session.fulfillment().searchPackages({})).value; }

    /// Selects the row of the aftersale table whose id is `id`; false when it is not shown.
    bool selectAftersale(const QString &id)
    {
        QTableView *table = aftersaleTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(AftersaleTableModel::IdRole).toString() == id) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }
    QString aftersaleCell(const QString &id, int column)
    {
        const AftersaleTableModel &model = pane->aftersales().model();
        const int row = model.rowOfCase(id);
        return row < 0 ? QString() : model.index(row, column).data().toString();
    }
    qint64 writesOf(const QString &id)
    {
        return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInteger();
    }

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    CacheDatabase *cache = nullptr;
    std::unique_ptr<PackageCatalog> packages;
    std::unique_ptr<AftersaleCatalog> aftersales;
    std::unique_ptr<ShopOutbox> outbox;
    std::unique_ptr<TrackingCatalog> tracking;
    std::unique_ptr<ShipmentsPane> pane;
};

bool stuckAt(const Package &package, qint64 now)
{
    return package.status == PackageStatus::Fulfilling
        && now - package.updateTime >= PackageTableModel::defaultStuckAfterDays * day;
}

} // namespace

/// The Shipments pane against the sandbox: the packages it serves, a shipped package's tracking
/// timeline as the clock moves, the stuck highlight, the CSV export of the view, and decisions on
/// returns and cancellations sent through the outbox from the Returns tab.
class TestShipmentsPane final : public QObject
{
    Q_OBJECT

private slots:
    void listsThePackagesTheSandboxServes();
    void showsTheTimelineOfAShippedPackageAfterTheClockMoves();
    void highlightsStuckPackages();
    void exportsTheViewAsCsv();
    void approvesAReturnFromTheReturnsTab();
    void rejectsACancellationWithAReasonTheServerOffers();
};

void TestShipmentsPane::listsThePackagesTheSandboxServes()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    QCOMPARE(rig.pane->paneId(), u"shipments"_s);
    const QList<Package> server = rig.serverPackages();
    QVERIFY(server.size() > 100);
    QTableView *table = rig.packageTable();
    QCOMPARE(table->model()->rowCount(), server.size());
    QSet<QString> shown;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        shown.insert(index.data(PackageTableModel::IdRole).toString() + u'|'
            + QString::number(index.data(PackageTableModel::StatusRole).toInt()) + u'|'
            + table->model()->index(row, PackageTableModel::TrackingColumn).data().toString() + u'|'
            + table->model()->index(row, PackageTableModel::CarrierColumn).data().toString());
    }
    QSet<QString> served;
    for (const Package &package : server)
        served.insert(package.id + u'|' + QString::number(int(package.status)) + u'|' + package.trackingNumber + u'|'
            + package.shippingProviderName);
    QCOMPARE(shown, served);
    QVERIFY(rig.find<QLabel>(u"packageCount"_s)->text().startsWith(QString::number(server.size())));
    // The first row is selected and its tracking shown beside the table.
    const auto *title = rig.find<QLabel>(u"trackingTitle"_s);
    QVERIFY(title->text().contains(table->model()->index(0, 0).data(PackageTableModel::IdRole).toString()));
}

void TestShipmentsPane::showsTheTimelineOfAShippedPackageAfterTheClockMoves()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    QString shipped;
    for (const Package &package : rig.serverPackages()) {
        if (package.status != PackageStatus::Processing
            || waitFor(rig.session.fulfillment().getPackage(package.id)).value.shippingType != u"TIKTOK")
            continue;
        ApiReply *ship = rig.session.fulfillment().shipPackage({package.id, HandoverMethod::Pickup, {}, {}, {}});
        QSignalSpy done(ship, &ApiReply::finished);
        QVERIFY(done.wait());
        if (!ship->hasError()) {
            shipped = package.id;
            break;
        }
    }
    QVERIFY(!shipped.isEmpty());
    // Two days on the carrier has collected it.
    rig.sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 2 * day}});
    rig.pane->reload();
    const PackageTableModel &model = rig.pane->packages().model();
    QTRY_COMPARE_WITH_TIMEOUT(model.packageAt(model.rowOfPackage(shipped)).status, PackageStatus::Fulfilling, 20000);
    QVERIFY(rig.pane->packages().selectPackage(shipped));

    const TrackingTimelineModel &timeline = rig.pane->packages().trackingPanel().timeline();
    QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), 2, 20000);
    QVERIFY2(timeline.index(0).data().toString().startsWith(u"Parcel collected"_s),
        qPrintable(timeline.index(0).data().toString()));
    QVERIFY(timeline.index(1).data().toString().startsWith(u"Shipping label created"_s));
    QVERIFY(timeline.index(0).data(TrackingTimelineModel::LatestRole).toBool());
    QCOMPARE(rig.find<QListView>(u"trackingTimeline"_s)->model()->rowCount(), 2);
    QVERIFY(rig.find<QLabel>(u"trackingTitle"_s)->text().contains(shipped));
    QVERIFY(rig.find<QLabel>(u"trackingNote"_s)->isHidden());

    // Three more days and it is delivered: the newest scan says so.
    rig.sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 3 * day}});
    rig.pane->reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.packageAt(model.rowOfPackage(shipped)).status, PackageStatus::Completed, 20000);
    QVERIFY(rig.pane->packages().selectPackage(shipped));
    QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), 3, 20000);
    QCOMPARE(timeline.index(0).data().toString(), u"Delivered to the recipient"_s);
}

void TestShipmentsPane::highlightsStuckPackages()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const qint64 now = rig.sandbox.clock().nowSecs();
    const QList<Package> server = rig.serverPackages();
    const int stuck = int(
        std::count_if(server.cbegin(), server.cend(), [now](const Package &package) { return stuckAt(package, now); }));
    QVERIFY2(stuck > 0, "the seed has in-transit parcels without a scan for days");
    QTableView *table = rig.packageTable();
    int marked = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const bool isStuck = table->model()->index(row, 0).data(PackageTableModel::StuckRole).toBool();
        const QString id = table->model()->index(row, 0).data(PackageTableModel::IdRole).toString();
        const auto package = std::find_if(
            server.cbegin(), server.cend(), [&id](const Package &candidate) { return candidate.id == id; });
        QCOMPARE(isStuck, stuckAt(*package, now));
        marked += isStuck ? 1 : 0;
    }
    QCOMPARE(marked, stuck);
    // Stuck ones come first, and the count says how many there are.
    QVERIFY(table->model()->index(0, 0).data(PackageTableModel::StuckRole).toBool());
    QVERIFY2(rig.find<QLabel>(u"packageCount"_s)->text().contains(u"%1 stuck"_s.arg(stuck)),
        qPrintable(rig.find<QLabel>(u"packageCount"_s)->text()));
    // Selecting one warns beside the timeline.
    table->selectRow(0);
    QVERIFY(rig.find<QLabel>(u"trackingStuckWarning"_s)->isVisible());
    QVERIFY(rig.find<QLabel>(u"trackingStuckWarning"_s)->text().contains(u"check with the carrier"_s));
    table->selectRow(table->model()->rowCount() - 1);
    QVERIFY(!rig.find<QLabel>(u"trackingStuckWarning"_s)->isVisible());

    // The stuck filter shows exactly those.
    auto *filter = rig.find<QComboBox>(u"packageStatusFilter"_s);
    filter->setCurrentIndex(filter->findData(-2));
    QCOMPARE(table->model()->rowCount(), stuck);

    // Three days later more parcels have gone quiet; the seed ones never move on.
    rig.sandbox.clock().advance(3 * day);
    rig.pane->reload();
    const qint64 later = rig.sandbox.clock().nowSecs();
    const int stuckLater = int(std::count_if(
        server.cbegin(), server.cend(), [later](const Package &package) { return stuckAt(package, later); }));
    QVERIFY(stuckLater > stuck);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), stuckLater, 20000);
}

void TestShipmentsPane::exportsTheViewAsCsv()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    auto *filter = rig.find<QComboBox>(u"packageStatusFilter"_s);
    filter->setCurrentIndex(filter->findData(int(PackageStatus::Fulfilling)));
    QTableView *table = rig.packageTable();
    const int shown = table->model()->rowCount();
    QVERIFY(shown > 5);

    const QString path = rig.folder.filePath(u"packages.csv"_s);
    QCOMPARE(rig.pane->exportCurrentView(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Package ID,Status,Last event,Carrier,Tracking number,Orders,Created\r\n"));
    QCOMPARE(csv.count("\r\n"), shown + 1);
    for (int row = 0; row < shown; ++row) {
        const QByteArray tracking
            = table->model()->index(row, PackageTableModel::TrackingColumn).data().toString().toUtf8();
        QVERIFY(csv.contains(tracking));
    }
    // The Returns tab exports its own table.
    rig.pane->showReturns();
    rig.pane->aftersales().setView(AftersaleFilter::View::All);
    QCOMPARE(rig.pane->exportCurrentView(path), std::nullopt);
    file.close(); // the export replaced the file: read the new one
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray returns = file.readAll();
    QVERIFY(returns.contains("Request ID,Order ID,Status,Reason,Refund"));
    QCOMPARE(returns.count("\r\n"), rig.aftersaleTable()->model()->rowCount() + 1);
    // A folder that cannot be written is said, not ignored.
    QVERIFY(rig.pane->exportCurrentView(rig.folder.filePath(u"missing/folder/x.csv"_s)).has_value());
}

void TestShipmentsPane::approvesAReturnFromTheReturnsTab()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.pane->showReturns();
    auto *approve = rig.find<QPushButton>(u"aftersaleApprove"_s);
    QVERIFY(!approve->isEnabled()); // nothing selected

    QTableView *table = rig.aftersaleTable();
    QVERIFY(table->model()->rowCount() > 0);
    QString target;
    for (int row = 0; row < table->model()->rowCount() && target.isEmpty(); ++row) {
        const AftersaleCase &item = rig.pane->aftersales().model().caseAt(row);
        if (item.isReturn() && item.returnRequest.type == ReturnType::ReturnAndRefund && item.awaitsSeller())
            target = item.id();
    }
    QVERIFY(!target.isEmpty());
    QVERIFY(rig.selectAftersale(target));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(rig.aftersaleCell(target, AftersaleTableModel::ChangeColumn), u"Sent"_s, 20000);
    QCOMPARE(rig.aftersaleCell(target, AftersaleTableModel::StatusColumn), u"Buyer to send it back"_s);
    QCOMPARE(rig.writesOf(target), 1);
    AftersaleQuery query;
    query.ids = {target};
    QCOMPARE(waitFor(rig.session.returns().searchReturns(query)).value.first().status, ReturnStatus::AwaitingBuyerShip);
    // It stays in view with its result, and the banner sums up.
    QVERIFY(rig.selectAftersale(target));
    QVERIFY(!approve->isEnabled());
    auto *banner = rig.find<MessageBanner>(u"aftersaleBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"sent"_s), qPrintable(banner->text()));
}

void TestShipmentsPane::rejectsACancellationWithAReasonTheServerOffers()
{
    ShipmentsRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.pane->showReturns();
    rig.pane->aftersales().setView(AftersaleFilter::View::Cancellations);
    QString target;
    QString orderId;
    const AftersaleTableModel &model = rig.pane->aftersales().model();
    for (int row = 0; row < model.rowCount() && target.isEmpty(); ++row) {
        if (!model.caseAt(row).isReturn() && model.caseAt(row).awaitsSeller()) {
            target = model.caseAt(row).id();
            orderId = model.caseAt(row).orderId();
        }
    }
    QVERIFY(!target.isEmpty());
    QVERIFY(rig.selectAftersale(target));

    // The dialog offers the server's reasons for this request.
    RejectReasonDialog dialog(rig.session.returns(), target, 1, rig.pane.get());
    auto *reasons = dialog.findChild<QComboBox *>(u"rejectReason"_s);
    QTRY_COMPARE_WITH_TIMEOUT(reasons->count(), 3, 20000);
    reasons->setCurrentIndex(1);
    QCOMPARE(dialog.reason(), waitFor(rig.session.returns().rejectReasons(target)).value.at(1));

    QCOMPARE(rig.pane->aftersales().rejectSelected(dialog.reason(), u"Already packed"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.aftersaleCell(target, AftersaleTableModel::ChangeColumn), u"Sent"_s, 20000);
    QCOMPARE(rig.aftersaleCell(target, AftersaleTableModel::StatusColumn), u"Closed"_s);
    QCOMPARE(rig.writesOf(target), 1);
    const QList<Order> orders = waitFor(rig.session.orders().getOrders({orderId})).value;
    QCOMPARE(orders.first().status, OrderStatus::AwaitingShipment);
    QVERIFY(!orders.first().isBuyerRequestCancel);
}

QTEST_MAIN(TestShipmentsPane)
#include "tst_shipmentspane.moc"
