#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"
#include "io/pdfmerger.h"
#include "models/orderdaterange.h"
#include "models/orderdetail.h"
#include "models/ordertablemodel.h"
#include "panes/orders/orderdetailpanel.h"
#include "panes/orders/orderspane.h"
#include "panes/orders/shipdialog.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/aftersalecatalog.h"
#include "sync/ordercatalog.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"
#include "sync/trackingcatalog.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// The Orders pane as the main window builds it, on a real cache file and the sandbox.
class ShippingRig
{
public:
    ShippingRig()
        : sandbox(options())
        , session(sandbox.connection(), sandbox.clock())
    {
        cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release();
        catalog = std::make_unique<OrderCatalog>(session.orders(), cache, session.connection().shopId, sandbox.clock());
        outbox = std::make_unique<ShopOutbox>(session, *cache, sandbox.clock());
        aftersales = std::make_unique<AftersaleCatalog>(
            session.returns(), cache, session.connection().shopId, sandbox.clock());
        scans = std::make_unique<TrackingCatalog>(
            session.fulfillment(), cache, session.connection().shopId, sandbox.clock());
        pane = std::make_unique<OrdersPane>(*catalog, session.fulfillment(), *scans, outbox.get(), sandbox.clock());
        pane->setAftersales(*aftersales);
        pane->resize(1400, 800);
        pane->show();
    }
    ~ShippingRig()
    {
        pane.reset();
        scans.reset();
        aftersales.reset();
        outbox.reset();
        catalog.reset();
        delete cache;
    }

    static SandboxOptions options()
    {
        SandboxOptions options;
        options.ordersPerShop = 600;
        options.productsPerShop = 30;
        return options;
    }

    QTableView *table() { return pane->findChild<QTableView *>(u"orderTable"_s); }
    MessageBanner *banner() { return pane->findChild<MessageBanner *>(u"orderBanner"_s); }

    /// Shows the "Awaiting shipment" tab and selects its first `count` rows.
    void selectAwaiting(int count)
    {
        auto *tabs = pane->findChild<QTabBar *>(u"orderStatusTabs"_s);
        tabs->setCurrentIndex(int(OrdersPane::tabStatuses().indexOf(OrderStatus::AwaitingShipment)) + 1);
        table()->clearSelection();
        for (int row = 0; row < count; ++row)
            table()->selectionModel()->select(
                table()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    /// A ready Ship dialog for the selection, with the carrier offered most widely and a tracking
    /// number for every seller-shipped row.
    std::unique_ptr<ShipDialog> shipDialog()
    {
        auto dialog = std::make_unique<ShipDialog>(session.fulfillment(), pane->ordersToShip());
        if (!dialog->isReady()) {
            QSignalSpy ready(dialog.get(), &ShipDialog::ready);
            ready.wait(20000);
        }
        QHash<QString, int> offered;
        for (const QString &option : dialog->plan()->deliveryOptionIds()) {
            for (const ShippingProvider &provider : waitFor(session.fulfillment().shippingProviders(option)).value)
                ++offered[provider.id];
        }
        QString best;
        for (auto it = offered.cbegin(); it != offered.cend(); ++it)
            if (best.isEmpty() || it.value() > offered.value(best))
                best = it.key();
        dialog->setCarrier(best);
        QStringList tracking;
        for (int i = 0; i < dialog->plan()->rows().size(); ++i)
            tracking.append(u"SDGUI%1"_s.arg(200000 + i));
        dialog->pasteTrackingNumbers(tracking.join(u'\n'));
        return dialog;
    }

    QJsonObject writes() { return sandbox.server().stats().value(u"writes"_s).toObject(); }

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    CacheDatabase *cache = nullptr;
    std::unique_ptr<OrderCatalog> catalog;
    std::unique_ptr<ShopOutbox> outbox;
    std::unique_ptr<AftersaleCatalog> aftersales;
    std::unique_ptr<TrackingCatalog> scans;
    std::unique_ptr<OrdersPane> pane;
};

/// The order's shipping result, whichever status tab shows it now (a shipped order leaves the
/// "Awaiting shipment" tab once the orders are synced again).
QString resultOf(QTableView *table, const QString &orderId)
{
    const QAbstractItemModel *orders = qobject_cast<QAbstractProxyModel *>(table->model())->sourceModel();
    for (int row = 0; row < orders->rowCount(); ++row) {
        if (orders->index(row, OrderTableModel::IdColumn).data().toString() == orderId)
            return orders->index(row, OrderTableModel::ShipResultColumn).data().toString();
    }
    return u"(order not found)"_s;
}

/// The row of `orderId` in what the table shows, -1 when it is not shown.
int shownRow(QTableView *table, const QString &orderId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, OrderTableModel::IdColumn).data().toString() == orderId)
            return row;
    }
    return -1;
}

} // namespace

/// The Orders table against the sandbox: triage, the order detail and batch shipping.
class TestShipping final : public QObject
{
    Q_OBJECT

private slots:
    void needsActionListsOverdueOrdersAndBuyersRequests();
    void dateFilterShowsTheOrdersOfTheChosenDays();
    void detailPanelShowsTheCurrentOrder();
    void shipsFiftySelectedOrders();
    void failedRowsStayRetryableAndSucceedOnRetry();
    void mergesTheSelectedOrdersDocumentsIntoOnePdf();
};

void TestShipping::needsActionListsOverdueOrdersAndBuyersRequests()
{
    ShippingRig rig;
    QSignalSpy aftersalesLoaded(rig.aftersales.get(), &AftersaleCatalog::aftersalesLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!aftersalesLoaded.isEmpty()
            && aftersalesLoaded.last().at(2).value<AftersaleCatalog::Source>() == AftersaleCatalog::Source::Server,
        20000);
    const auto returns = aftersalesLoaded.last().at(0).value<QList<ReturnRequest>>();
    const auto cancellations = aftersalesLoaded.last().at(1).value<QList<Cancellation>>();

    // What the sandbox holds: an order past its ship-by time, a buyer's cancellation request and a
    // return waiting for the seller.
    const auto *orders = qobject_cast<QAbstractProxyModel *>(rig.table()->model())->sourceModel();
    const auto &model = *qobject_cast<const OrderTableModel *>(orders);
    QString overdue;
    for (int row = 0; row < model.rowCount() && overdue.isEmpty(); ++row) {
        const OrderRow &order = model.rowAt(row);
        if (order.status == OrderStatus::AwaitingShipment && order.rtsSlaTime > 0
            && order.rtsSlaTime < rig.sandbox.clock().nowSecs())
            overdue = order.id;
    }
    QString cancelling;
    for (const Cancellation &cancellation : cancellations) {
        if (cancellation.awaitsSeller())
            cancelling = cancellation.orderId;
    }
    QString returning;
    for (const ReturnRequest &request : returns) {
        if (request.awaitsSeller() && model.rowOfOrder(request.orderId) >= 0)
            returning = request.orderId;
    }
    QVERIFY(!overdue.isEmpty());
    QVERIFY(!cancelling.isEmpty());
    QVERIFY(!returning.isEmpty());

    auto *tabs = rig.pane->findChild<QTabBar *>(u"orderStatusTabs"_s);
    tabs->setCurrentIndex(OrdersPane::needsActionTab());
    QTableView *table = rig.table();
    QCOMPARE(tabs->tabText(OrdersPane::needsActionTab()), u"Needs action (%1)"_s.arg(table->model()->rowCount()));
    QVERIFY(table->model()->rowCount() < model.rowCount());
    const QString count = rig.pane->findChild<QLabel *>(u"orderCount"_s)->text();
    QVERIFY2(count.startsWith(u"%1 of "_s.arg(table->model()->rowCount())), qPrintable(count));
    const QList<std::pair<QString, QString>> expected{
        {overdue, u"Overdue"_s}, {cancelling, u"Cancellation requested"_s}, {returning, u"Return requested"_s}};
    for (const auto &[orderId, reason] : expected) {
        const int row = shownRow(table, orderId);
        QVERIFY2(row >= 0, qPrintable(orderId));
        const QString shown = table->model()->index(row, OrderTableModel::AttentionColumn).data().toString();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
    }
    // Every row listed gives a reason; none is there by accident.
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!table->model()->index(row, OrderTableModel::AttentionColumn).data().toString().isEmpty());
}

void TestShipping::dateFilterShowsTheOrdersOfTheChosenDays()
{
    ShippingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(rig.table()->model());
    const auto &model = *qobject_cast<const OrderTableModel *>(proxy->sourceModel());
    const QDate today = QDateTime::fromSecsSinceEpoch(rig.sandbox.clock().nowSecs()).toLocalTime().date();
    auto expected = [&model](const OrderDateRange &range) {
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            count += range.contains(model.rowAt(row).createTime);
        return count;
    };
    auto *preset = rig.pane->findChild<QComboBox *>(u"orderDatePreset"_s);
    QVERIFY(preset);
    preset->setCurrentIndex(preset->findData(int(OrderDateRange::Preset::Last7Days)));
    const int lastWeek = expected(OrderDateRange::days(today.addDays(-6), today));
    QVERIFY(lastWeek > 0 && lastWeek < model.rowCount());
    QCOMPARE(proxy->rowCount(), lastWeek);

    // A custom span shows its two dates; the day before yesterday alone.
    preset->setCurrentIndex(preset->findData(int(OrderDateRange::Preset::Custom)));
    auto *from = rig.pane->findChild<QDateEdit *>(u"orderDateFrom"_s);
    auto *to = rig.pane->findChild<QDateEdit *>(u"orderDateTo"_s);
    QVERIFY(from->isVisible() && to->isVisible());
    to->setDate(today.addDays(-2));
    from->setDate(today.addDays(-2));
    QCOMPARE(proxy->rowCount(), expected(OrderDateRange::days(today.addDays(-2), today.addDays(-2))));
    preset->setCurrentIndex(preset->findData(int(OrderDateRange::Preset::AllTime)));
    QVERIFY(!from->isVisible());
    QCOMPARE(proxy->rowCount(), model.rowCount());
}

void TestShipping::detailPanelShowsTheCurrentOrder()
{
    ShippingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    auto *detail = rig.pane->findChild<OrderDetailPanel *>(u"orderDetailPanel"_s);
    QVERIFY(detail && detail->isVisible());
    // The newest order is shown at first, without being selected.
    QVERIFY(!detail->shownOrderId().isEmpty());
    QVERIFY(rig.table()->selectionModel()->selectedRows().isEmpty());

    // An order with more than one product, in transit so that its scans are read as well.
    QTableView *table = rig.table();
    int chosen = -1;
    for (int row = 0; row < table->model()->rowCount() && chosen < 0; ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        const auto *orders = qobject_cast<QAbstractProxyModel *>(table->model());
        const QString id
            = qobject_cast<const OrderTableModel *>(orders->sourceModel())->rowAt(orders->mapToSource(index).row()).id;
        const Order order = rig.catalog->order(id).value();
        if (order.status == OrderStatus::InTransit && OrderDetail::linesOf(order).size() >= 2)
            chosen = row;
    }
    QVERIFY(chosen >= 0);
    QSignalSpy scans(detail, &OrderDetailPanel::trackingLoaded);
    table->setCurrentIndex(table->model()->index(chosen, 0));
    const QString orderId = table->model()->index(chosen, OrderTableModel::IdColumn).data().toString();
    QCOMPARE(detail->shownOrderId(), orderId);
    QVERIFY(detail->findChild<QLabel *>(u"orderDetailTitle"_s)->text().contains(orderId));

    const Order order = waitFor(rig.session.orders().getOrders({orderId})).value.first();
    auto *items = detail->findChild<QTableWidget *>(u"orderDetailItems"_s);
    QVERIFY(items);
    const QList<OrderDetail::Line> lines = OrderDetail::linesOf(order);
    QCOMPARE(items->rowCount(), lines.size());
    int units = 0;
    for (int row = 0; row < items->rowCount(); ++row) {
        QVERIFY(items->item(row, 0)->text().startsWith(lines.at(row).productName));
        QCOMPARE(items->item(row, 1)->text(), lines.at(row).sellerSku);
        units += items->item(row, 2)->text().toInt();
    }
    QCOMPARE(units, order.lineItems.size());
    const QString packages = detail->findChild<QLabel *>(u"orderDetailPackages"_s)->text();
    QVERIFY2(packages.contains(order.lineItems.first().trackingNumber), qPrintable(packages));
    QTRY_VERIFY_WITH_TIMEOUT(!scans.isEmpty(), 20000);
    QCOMPARE(scans.first().first().toString(), orderId);
    QVERIFY(detail->findChild<QLabel *>(u"orderDetailTimeline"_s)->text().contains(u"Carrier: "_s));
}

void TestShipping::shipsFiftySelectedOrders()
{
    ShippingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectAwaiting(50);
    QCOMPARE(rig.pane->ordersToShip().size(), 50);
    const auto dialog = rig.shipDialog();
    const ShipPlan &plan = *dialog->plan();
    QVERIFY(plan.validCount() >= 30);

    rig.pane->ship(plan);
    QTRY_VERIFY_WITH_TIMEOUT(rig.banner()->isVisible() && rig.banner()->text().contains(u"shipped"_s), 30000);

    int shipped = 0;
    QStringList shippedOrders;
    for (const ShipPlanRow &row : plan.rows()) {
        if (!row.isValid())
            continue;
        const QString result = resultOf(rig.table(), row.orderId);
        if (result == u"Shipped"_s) {
            ++shipped;
            shippedOrders.append(row.orderId);
            QCOMPARE(rig.writes().value(row.packageId).toInt(), 1);
        } else {
            QVERIFY2(result.startsWith(u"Failed: "_s), qPrintable(result)); // a frozen package, with the reason
            QCOMPARE(rig.writes().value(row.packageId).toInt(), 0);
        }
    }
    QVERIFY(shipped >= plan.validCount() / 2);
    for (const Order &order : waitFor(rig.session.orders().getOrders(shippedOrders)).value)
        QVERIFY(order.status == OrderStatus::AwaitingCollection || order.status == OrderStatus::PartiallyShipping);
}

void TestShipping::failedRowsStayRetryableAndSucceedOnRetry()
{
    ShippingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectAwaiting(10);
    const auto dialog = rig.shipDialog();
    // Every ship call fails with a server error until the fault plan is lifted: the rows end failed.
    rig.sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"route"_s, u"POST /fulfillment/{version}/packages/ship"_s}, {u"fault"_s, u"503"_s},
                {u"fraction"_s, 1.0}}}}});
    rig.pane->ship(*dialog->plan());
    QTRY_VERIFY_WITH_TIMEOUT(rig.banner()->isVisible() && rig.banner()->text().contains(u"failed"_s), 30000);
    QStringList failedOrders;
    for (const ShipPlanRow &row : dialog->plan()->rows()) {
        if (row.isValid()) {
            QVERIFY(resultOf(rig.table(), row.orderId).startsWith(u"Failed"_s));
            failedOrders.append(row.orderId);
            QCOMPARE(rig.writes().value(row.packageId).toInt(), 0);
        }
    }

    rig.sandbox.admin("POST", u"/sandbox/faults"_s, {{u"rules"_s, QJsonArray{}}});
    auto *retry = rig.banner()->findChild<QPushButton *>(u"bannerAction"_s);
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rig.banner()->isVisible() && rig.banner()->text().contains(u"shipped"_s)
            && !rig.outbox->processor().isRunning(),
        30000);
    for (const ShipPlanRow &row : dialog->plan()->rows()) {
        if (!row.isValid())
            continue;
        const QString result = resultOf(rig.table(), row.orderId);
        QVERIFY2(result == u"Shipped"_s || result == u"Failed: package in freeze status"_s, qPrintable(result));
        QVERIFY(rig.writes().value(row.packageId).toInt() <= 1);
    }
}

void TestShipping::mergesTheSelectedOrdersDocumentsIntoOnePdf()
{
    ShippingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectAwaiting(12);
    const auto dialog = rig.shipDialog();
    rig.pane->ship(*dialog->plan());
    QTRY_VERIFY_WITH_TIMEOUT(rig.banner()->isVisible() && !rig.outbox->processor().isRunning(), 30000);

    // Labels exist for shipped packages: select the orders whose package shipped.
    QStringList shipped;
    for (const ShipPlanRow &row : dialog->plan()->rows()) {
        if (resultOf(rig.table(), row.orderId) == u"Shipped"_s)
            shipped.append(row.orderId);
    }
    QVERIFY(shipped.size() >= 5);
    rig.pane->findChild<QTabBar *>(u"orderStatusTabs"_s)->setCurrentIndex(0);
    QTableView *table = rig.table();
    table->clearSelection();
    int packages = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (shipped.contains(table->model()->index(row, OrderTableModel::IdColumn).data().toString()))
            table->selectionModel()->select(
                table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QList<Order> selected = rig.pane->ordersToShip();
    QCOMPARE(selected.size(), shipped.size());
    for (const Order &order : selected)
        packages += int(order.packageIds.size());

    const QString labels = rig.folder.filePath(u"labels.pdf"_s);
    ApiReply *saved = rig.pane->saveShippingLabels(labels);
    QSignalSpy done(saved, &ApiReply::finished);
    QVERIFY(done.wait(30000));
    QFile labelFile(labels);
    QVERIFY(labelFile.open(QIODevice::ReadOnly));
    const QByteArray merged = labelFile.readAll();
    QVERIFY(merged.startsWith("%PDF-"));
    QCOMPARE(PdfMerger::pageCount(merged).value(), packages); // one label page per package, in order

    const QString slips = rig.folder.filePath(u"slips.pdf"_s);
    QCOMPARE(rig.pane->savePackingSlips(slips, false), QString());
    QFile slipFile(slips);
    QVERIFY(slipFile.open(QIODevice::ReadOnly));
    QCOMPARE(rig.pane->ordersToShip().size(), selected.size());
    const QString pickList = rig.folder.filePath(u"pick.pdf"_s);
    QCOMPARE(rig.pane->savePackingSlips(pickList, true), QString());
    QFile pickFile(pickList);
    QVERIFY(pickFile.open(QIODevice::ReadOnly));
    const int pickPages = PdfMerger::pageCount(pickFile.readAll()).value();
    QVERIFY(pickPages >= 1);
    // A page per order, then the pick list.
    QCOMPARE(PdfMerger::pageCount(slipFile.readAll()).value(), int(selected.size()) + pickPages);
}

QTEST_MAIN(TestShipping)
#include "tst_shipping.moc"
