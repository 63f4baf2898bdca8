#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
