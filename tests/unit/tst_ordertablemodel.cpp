#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

#include "domain/cancellation.h"
#include "domain/returnrequest.h"
#include "models/orderdetail.h"
#include "models/orderfiltermodel.h"
#include "models/ordertablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

Order makeOrder(const QString &id, OrderStatus status, qint64 totalMinor, qint64 rtsSla, const QString &tracking,
    const QString &product, const QString &sellerSku)
{
    Order order;
    order.id = id;
    order.status = status;
    order.createTime = 1'764'000'000;
    order.payment.currency = u"USD"_s;
    order.payment.totalAmount = Money{totalMinor, u"USD"_s};
    order.rtsSlaTime = rtsSla;
    order.trackingNumber = tracking;
    LineItem item;
    item.id = id + u"-1"_s;
    item.productName = product;
    item.sellerSku = sellerSku;
    order.lineItems = {item, item};
    return order;
}

QList<Order> sampleOrders()
{
    return {
        makeOrder(u"5761"_s, OrderStatus::AwaitingShipment, 4299, 1'764'010'000, {}, u"Yoga Mat"_s, u"YM-1"_s),
        makeOrder(u"5762"_s, OrderStatus::InTransit, 1999, 1'764'001'000, u"9400111"_s, u"Water Bottle"_s, u"WB-2"_s),
        makeOrder(u"5763"_s, OrderStatus::AwaitingShipment, 10500, 1'763'990'000, {}, u"Blender"_s, u"BL-3"_s),
    };
}

constexpr qint64 now = 1'764'000'000;
constexpr qint64 hour = 3600;

ReturnRequest returnOf(const QString &orderId, ReturnStatus status)
{
    ReturnRequest request;
    request.id = orderId + u"-R"_s;
    request.orderId = orderId;
    request.type = ReturnType::ReturnAndRefund;
    request.status = status;
    return request;
}

Cancellation cancellationOf(const QString &orderId, CancelStatus status)
{
    Cancellation cancellation;
    cancellation.id = orderId + u"-C"_s;
    cancellation.orderId = orderId;
    cancellation.type = CancelType::BuyerCancel;
    cancellation.status = status;
    return cancellation;
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(OrderTableModel::IdRole).toString());
    return ids;
}

} // namespace

class TestOrderTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesTheModelTester();
    void countsDownToTheShipByTime_data();
    void countsDownToTheShipByTime();
    void showsTheDeadlineOnlyWhileThereIsSomethingToShip();
    void sortsTotalsAndDeadlinesNumerically();
    void filtersByStatusAndPastedLists_data();
    void filtersByStatusAndPastedLists();
    void matchesWholeIdsAndTrackingNumbersInLongLists();
    void tellsWhyAnOrderNeedsAction_data();
    void tellsWhyAnOrderNeedsAction();
    void readsOpenRequestsOffReturnsAndCancellations();
    void needsActionViewFollowsTimeAndRequests();
    void daysRunFromLocalMidnightToMidnight();
    void presetsCountBackFromToday();
    void filtersByCreationDate();
    void groupsLineItemsIntoLinesAndParcels();
    void buildsATimelineFromTheOrdersTimes();
};

void TestOrderTableModel::passesTheModelTester()
{
    OrderTableModel model;
    OrderFilterModel proxy(model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOrders(sampleOrders());
    model.setNow(1'764'000'000);
    proxy.sort(OrderTableModel::TotalColumn);
    proxy.setFilter(OrderFilter{u"YM-1"_s, std::nullopt});
    QCOMPARE(proxy.rowCount(), 1);
    OrderFilter needsAction;
    needsAction.needsAction = true;
    proxy.setFilter(needsAction);
    QCOMPARE(proxy.rowCount(), 2);
    model.setOpenRequests({returnOf(u"5762"_s, ReturnStatus::RequestPending)}, {});
    QCOMPARE(proxy.rowCount(), 3);
    model.setNow(now - 30 * hour);
    QCOMPARE(proxy.rowCount(), 1);
    model.setOrders({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestOrderTableModel::countsDownToTheShipByTime_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes left") << qint64(25 * 60) << u"in 25 min"_s;
    QTest::newRow("hours and minutes left") << qint64(5 * 3600 + 20 * 60) << u"in 5 h 20 min"_s;
    // Plural forms come from the translation files, which a core test does not load.
    QTest::newRow("days left") << qint64(3 * 86400 + 100) << u"in 3 day"_s;
    QTest::newRow("overdue") << qint64(-2 * 3600) << u"overdue by 2 h 0 min"_s;
}

void TestOrderTableModel::countsDownToTheShipByTime()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, text);
    const QString shown = OrderTableModel::countdownText(1'764'000'000 + secondsLeft, 1'764'000'000);
    QVERIFY2(shown.startsWith(text), qPrintable(shown));
    QCOMPARE(OrderTableModel::countdownText(0, 1'764'000'000), QString());
}

void TestOrderTableModel::showsTheDeadlineOnlyWhileThereIsSomethingToShip()
{
    OrderTableModel model;
    model.setOrders(sampleOrders());
    model.setNow(1'764'000'000);
    QCOMPARE(model.index(0, OrderTableModel::ShipByColumn).data().toString(), u"in 2 h 46 min"_s);
    QCOMPARE(model.index(1, OrderTableModel::ShipByColumn).data().toString(), QString()); // in transit
    QCOMPARE(model.index(2, OrderTableModel::ShipByColumn).data().toString(), u"overdue by 2 h 46 min"_s);
    model.setNow(1'764'009'000);
    QCOMPARE(model.index(0, OrderTableModel::ShipByColumn).data().toString(), u"in 16 min"_s);
    QCOMPARE(model.index(0, OrderTableModel::TotalColumn).data().toString(), u"$42.99"_s);
    QCOMPARE(model.index(0, OrderTableModel::ItemsColumn).data().toString(), u"Yoga Mat (+1 more)"_s);
    QCOMPARE(model.index(1, OrderTableModel::StatusColumn).data().toString(), u"In transit"_s);
}

void TestOrderTableModel::sortsTotalsAndDeadlinesNumerically()
{
    OrderTableModel model;
    OrderFilterModel proxy(model);
    model.setOrders(sampleOrders());
    proxy.sort(OrderTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(proxy), (QStringList{u"5762"_s, u"5761"_s, u"5763"_s}));
    // The most urgent first; orders with nothing to ship go last.
    proxy.sort(OrderTableModel::ShipByColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(proxy), (QStringList{u"5763"_s, u"5761"_s, u"5762"_s}));
}

void TestOrderTableModel::filtersByStatusAndPastedLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("everything") << QString() << -1 << QStringList{u"5761"_s, u"5762"_s, u"5763"_s};
    QTest::newRow("a status tab") << QString() << int(OrderStatus::AwaitingShipment)
                                  << QStringList{u"5761"_s, u"5763"_s};
    QTest::newRow("pasted order ids") << u"5761\n5762"_s << -1 << QStringList{u"5761"_s, u"5762"_s};
    QTest::newRow("a tracking number") << u"9400111"_s << -1 << QStringList{u"5762"_s};
    QTest::newRow("a product name, any case") << u"blender"_s << -1 << QStringList{u"5763"_s};
    QTest::newRow("a list within a tab") << u"5761, 5762"_s << int(OrderStatus::InTransit) << QStringList{u"5762"_s};
}

void TestOrderTableModel::filtersByStatusAndPastedLists()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(QStringList, ids);
    OrderTableModel model;
    OrderFilterModel proxy(model);
    model.setOrders(sampleOrders());
    OrderFilter filter;
    filter.text = text;
    if (status >= 0)
        filter.status = static_cast<OrderStatus>(status);
    proxy.setFilter(filter);
    QStringList shown = shownIds(proxy);
    shown.sort();
    QCOMPARE(shown, ids);
}

void TestOrderTableModel::matchesWholeIdsAndTrackingNumbersInLongLists()
{
    QList<Order> orders = sampleOrders();
    orders[0].id = u"576461413038785752"_s;
    orders[1].lineItems[1].trackingNumber = u"9400111899223344556677"_s;
    OrderTableModel model;
    OrderFilterModel proxy(model);
    model.setOrders(orders);
    OrderFilter filter;
    // Long digit strings match only whole ids and tracking numbers, in any number.
    filter.text = u"576461413038785752\n9400111899223344556677\n111111111111111111"_s;
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), (QStringList{u"576461413038785752"_s, u"5762"_s}));
    filter.text = u"5764614130387857"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    // Shorter ones still match inside, and the same filter matches alone as in the view.
    filter.text = u" 57646141 ; wb-2 "_s;
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), (QStringList{u"576461413038785752"_s, u"5762"_s}));
    QVERIFY(filter.matches(orders.at(1)));
    QVERIFY(!filter.matches(orders.at(2)));
}

void TestOrderTableModel::tellsWhyAnOrderNeedsAction_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("deadline");
    QTest::addColumn<bool>("buyerCancels");
    QTest::addColumn<qint64>("clock");
    QTest::addColumn<QString>("reasons");
    const int awaiting = int(OrderStatus::AwaitingShipment);
    QTest::newRow("ships in 5 h") << awaiting << now + 5 * hour << false << now << u"Ship within 24 h"_s;
    QTest::newRow("ships in exactly 24 h") << awaiting << now + 24 * hour << false << now << u"Ship within 24 h"_s;
    QTest::newRow("ships in 25 h") << awaiting << now + 25 * hour << false << now << QString();
    QTest::newRow("deadline passed") << awaiting << now - 1 << false << now << u"Overdue"_s;
    QTest::newRow("partly shipped, late")
        << int(OrderStatus::PartiallyShipping) << now - hour << false << now << u"Overdue"_s;
    QTest::newRow("shipped late: nothing to do")
        << int(OrderStatus::InTransit) << now - hour << false << now << QString();
    QTest::newRow("no clock yet") << awaiting << now - hour << false << qint64(0) << QString();
    QTest::newRow("overdue and the buyer cancels")
        << awaiting << now - hour << true << now << u"Overdue, Cancellation requested"_s;
    QTest::newRow("cancelled already") << int(OrderStatus::Cancelled) << qint64(0) << true << now << QString();
}

void TestOrderTableModel::tellsWhyAnOrderNeedsAction()
{
    QFETCH(int, status);
    QFETCH(qint64, deadline);
    QFETCH(bool, buyerCancels);
    QFETCH(qint64, clock);
    QFETCH(QString, reasons);
    Order order = makeOrder(u"5761"_s, static_cast<OrderStatus>(status), 100, deadline, {}, u"Mat"_s, u"M-1"_s);
    order.isBuyerRequestCancel = buyerCancels;
    OrderAttention attention;
    attention.setNow(clock);
    QCOMPARE(OrderAttention::text(attention.reasonsFor(order)), reasons);
    QCOMPARE(attention.needsAction(order), !reasons.isEmpty());
    OrderFilter filter;
    filter.needsAction = true;
    QCOMPARE(filter.matches(order, attention), !reasons.isEmpty());
    QCOMPARE(attention.explanation(order, attention.reasonsFor(order)).isEmpty(), reasons.isEmpty());
}

void TestOrderTableModel::readsOpenRequestsOffReturnsAndCancellations()
{
    const Order pendingCancel = makeOrder(u"1"_s, OrderStatus::AwaitingShipment, 100, 0, {}, u"A"_s, u"A"_s);
    const Order closedCancel = makeOrder(u"2"_s, OrderStatus::AwaitingShipment, 100, 0, {}, u"B"_s, u"B"_s);
    const Order pendingReturn = makeOrder(u"3"_s, OrderStatus::Delivered, 100, 0, {}, u"C"_s, u"C"_s);
    const Order parcelBack = makeOrder(u"4"_s, OrderStatus::Completed, 100, 0, {}, u"D"_s, u"D"_s);
    const Order refunded = makeOrder(u"5"_s, OrderStatus::Completed, 100, 0, {}, u"E"_s, u"E"_s);
    OrderAttention attention;
    attention.setOpenRequests(
        {returnOf(u"3"_s, ReturnStatus::RequestPending), returnOf(u"4"_s, ReturnStatus::BuyerShippedItem),
            returnOf(u"5"_s, ReturnStatus::RequestComplete)},
        {cancellationOf(u"1"_s, CancelStatus::RequestPending), cancellationOf(u"2"_s, CancelStatus::RequestCancelled)});
    using Reason = OrderAttention::Reason;
    QCOMPARE(attention.reasonsFor(pendingCancel), OrderAttention::Reasons(Reason::CancellationRequested));
    QCOMPARE(attention.reasonsFor(closedCancel), OrderAttention::Reasons());
    QCOMPARE(attention.reasonsFor(pendingReturn), OrderAttention::Reasons(Reason::ReturnRequested));
    QCOMPARE(attention.reasonsFor(parcelBack), OrderAttention::Reasons(Reason::ReturnRequested));
    QCOMPARE(attention.reasonsFor(refunded), OrderAttention::Reasons());
}

void TestOrderTableModel::needsActionViewFollowsTimeAndRequests()
{
    OrderTableModel model;
    OrderFilterModel proxy(model);
    model.setOrders(sampleOrders());
    model.setNow(now);
    OrderFilter filter;
    filter.needsAction = true;
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), (QStringList{u"5761"_s, u"5763"_s}));
    QCOMPARE(model.index(0, OrderTableModel::AttentionColumn).data().toString(), u"Ship within 24 h"_s);
    QCOMPARE(model.index(2, OrderTableModel::AttentionColumn).data().toString(), u"Overdue"_s);
    QVERIFY(model.index(2, OrderTableModel::AttentionColumn).data(Qt::ToolTipRole).toString().contains(u"shipped by"));

    // A cancellation request brings an order in; once answered it leaves again.
    model.setOpenRequests({}, {cancellationOf(u"5762"_s, CancelStatus::RequestPending)});
    QCOMPARE(shownIds(proxy), (QStringList{u"5761"_s, u"5762"_s, u"5763"_s}));
    QCOMPARE(model.index(1, OrderTableModel::AttentionColumn).data().toString(), u"Cancellation requested"_s);
    model.setOpenRequests({}, {cancellationOf(u"5762"_s, CancelStatus::RequestSuccess)});
    QCOMPARE(shownIds(proxy), (QStringList{u"5761"_s, u"5763"_s}));

    // A day later the first one is overdue as well; a filter within the view still narrows it.
    model.setNow(now + 24 * hour);
    QCOMPARE(model.index(0, OrderTableModel::AttentionColumn).data().toString(), u"Overdue"_s);
    filter.text = u"blender"_s;
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), QStringList{u"5763"_s});
}

void TestOrderTableModel::daysRunFromLocalMidnightToMidnight()
{
    const QTimeZone shanghai("Asia/Shanghai");
    const OrderDateRange day = OrderDateRange::days(QDate(2026, 11, 29), QDate(2026, 11, 29), shanghai);
    QCOMPARE(day.from, QDateTime(QDate(2026, 11, 28), QTime(16, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(day.until - day.from, 24 * hour);
    QVERIFY(day.contains(day.from));
    QVERIFY(day.contains(day.until - 1));
    QVERIFY(!day.contains(day.until));
    QVERIFY(!day.contains(day.from - 1));
    // Backwards is the same span; a day the clocks go forward is 23 hours long.
    QCOMPARE(OrderDateRange::days(QDate(2026, 12, 1), QDate(2026, 11, 29), shanghai),
        OrderDateRange::days(QDate(2026, 11, 29), QDate(2026, 12, 1), shanghai));
    const OrderDateRange shortDay
        = OrderDateRange::days(QDate(2026, 3, 29), QDate(2026, 3, 29), QTimeZone("Europe/London"));
    QCOMPARE(shortDay.until - shortDay.from, 23 * hour);
    QVERIFY(OrderDateRange::days({}, QDate(2026, 1, 1)).isOpen());
}

void TestOrderTableModel::presetsCountBackFromToday()
{
    const QTimeZone zone("America/New_York");
    const QDate today(2026, 11, 29);
    using Preset = OrderDateRange::Preset;
    QCOMPARE(OrderDateRange::ofPreset(Preset::Today, today, zone), OrderDateRange::days(today, today, zone));
    QCOMPARE(OrderDateRange::ofPreset(Preset::Last7Days, today, zone),
        OrderDateRange::days(QDate(2026, 11, 23), today, zone));
    QCOMPARE(OrderDateRange::ofPreset(Preset::Last30Days, today, zone),
        OrderDateRange::days(QDate(2026, 10, 31), today, zone));
    QVERIFY(OrderDateRange::ofPreset(Preset::AllTime, today, zone).isOpen());
    QVERIFY(OrderDateRange::ofPreset(Preset::Custom, today, zone).isOpen());
    // New York's midnight, not UTC's: 05:00 UTC in winter.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(OrderDateRange::ofPreset(Preset::Today, today, zone).from, QTimeZone::utc())
                 .time(),
        QTime(5, 0));
}

void TestOrderTableModel::filtersByCreationDate()
{
    QList<Order> orders = sampleOrders();
    const QTimeZone utc = QTimeZone::utc();
    orders[0].createTime = QDateTime(QDate(2026, 11, 29), QTime(0, 0), utc).toSecsSinceEpoch();
    orders[1].createTime = QDateTime(QDate(2026, 11, 28), QTime(23, 59, 59), utc).toSecsSinceEpoch();
    orders[2].createTime = QDateTime(QDate(2026, 11, 20), QTime(12, 0), utc).toSecsSinceEpoch();
    OrderTableModel model;
    OrderFilterModel proxy(model);
    model.setOrders(orders);
    OrderFilter filter;
    filter.created = OrderDateRange::ofPreset(OrderDateRange::Preset::Today, QDate(2026, 11, 29), utc);
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), QStringList{u"5761"_s});
    filter.created = OrderDateRange::ofPreset(OrderDateRange::Preset::Last7Days, QDate(2026, 11, 29), utc);
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), (QStringList{u"5761"_s, u"5762"_s}));
    filter.created = OrderDateRange::days(QDate(2026, 11, 20), QDate(2026, 11, 20), utc);
    filter.status = OrderStatus::AwaitingShipment;
    proxy.setFilter(filter);
    QCOMPARE(shownIds(proxy), QStringList{u"5763"_s});
}

void TestOrderTableModel::groupsLineItemsIntoLinesAndParcels()
{
    Order order = makeOrder(u"5761"_s, OrderStatus::InTransit, 4299, 0, {}, u"Yoga Mat"_s, u"YM-1"_s);
    for (LineItem &item : order.lineItems) {
        item.salePrice = Money{1500, u"USD"_s};
        item.packageId = u"P1"_s;
        item.packageStatus = u"FULFILLING"_s;
        item.trackingNumber = u"9400111"_s;
        item.shippingProviderName = u"USPS"_s;
    }
    LineItem other = order.lineItems.first();
    other.productName = u"Strap"_s;
    other.sellerSku = u"ST-1"_s;
    other.salePrice = Money{299, u"USD"_s};
    other.packageId.clear();
    other.packageStatus = u"TO_FULFILL"_s;
    other.trackingNumber.clear();
    order.lineItems.append(other);

    const QList<OrderDetail::Line> lines = OrderDetail::linesOf(order);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).productName, u"Yoga Mat"_s);
    QCOMPARE(lines.at(0).quantity, 2);
    QCOMPARE(lines.at(0).unitPrice, (Money{1500, u"USD"_s}));
    QCOMPARE(lines.at(0).amount, (Money{3000, u"USD"_s}));
    QCOMPARE(lines.at(1).quantity, 1);

    const QList<OrderDetail::Parcel> parcels = OrderDetail::parcelsOf(order);
    QCOMPARE(parcels.size(), 2);
    QCOMPARE(parcels.at(0).packageId, u"P1"_s);
    QCOMPARE(parcels.at(0).itemCount, 2);
    QCOMPARE(parcels.at(0).trackingNumber, u"9400111"_s);
    QCOMPARE(OrderDetail::packageStatusText(parcels.at(0).status), u"Shipped"_s);
    QVERIFY(parcels.at(1).packageId.isEmpty());
    QCOMPARE(OrderDetail::packageStatusText(parcels.at(1).status), u"To ship"_s);
}

void TestOrderTableModel::buildsATimelineFromTheOrdersTimes()
{
    Order order = makeOrder(u"5761"_s, OrderStatus::AwaitingShipment, 4299, now + 5 * hour, {}, u"Mat"_s, u"M"_s);
    order.createTime = now - 2 * hour;
    order.paidTime = now - hour;
    order.updateTime = now - hour + 60;
    const QList<OrderDetail::Milestone> milestones = OrderDetail::milestonesOf(order, now);
    QStringList texts;
    for (const OrderDetail::Milestone &milestone : milestones)
        texts.append(milestone.text);
    QCOMPARE(texts, (QStringList{u"Placed"_s, u"Paid"_s, u"Last update: Awaiting shipment"_s, u"Ship by"_s}));
    QVERIFY(!milestones.at(2).upcoming);
    QVERIFY(milestones.at(3).upcoming);
    QCOMPARE(OrderDetail::milestonesOf(order, now + 6 * hour).at(3).text, u"Ship-by time passed"_s);
}

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
