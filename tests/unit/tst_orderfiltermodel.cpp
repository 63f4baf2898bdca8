#include <algorithm>
#include <random>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include "domain/cancellation.h"
#include "models/orderfiltermodel.h"
#include "models/ordertablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 now = 1'764'000'000;
constexpr qint64 hour = 3600;

/// Orders with few distinct keys (ties everywhere), SKUs that share prefixes and names in mixed
/// case: what makes sorting, narrowing and case folding go wrong if anything does.
QList<Order> generatedOrders(int count)
{
    std::mt19937 random(20261129);
    const auto pick = [&random](int bound) { return int(random() % unsigned(bound)); };
    static const QStringList words{
        u"Yoga"_s, u"MAT"_s, u"bottle"_s, u"Blender"_s, u"Earbuds"_s, u"strap"_s, u"Lamp"_s, u"mug"_s};
    static const QList<OrderStatus> statuses{OrderStatus::AwaitingShipment, OrderStatus::InTransit,
        OrderStatus::Delivered, OrderStatus::Cancelled, OrderStatus::PartiallyShipping};
    QList<Order> orders;
    for (int i = 0; i < count; ++i) {
        Order order;
        order.id = QString::number(576'461'413'038'700'000LL + qint64(pick(1'000'000)) * 7 + i);
        order.status = statuses.at(pick(int(statuses.size())));
        order.createTime = now - qint64(pick(40)) * hour;
        order.rtsSlaTime = pick(4) == 0 ? 0 : now + qint64(pick(60) - 20) * hour;
        order.payment.currency = u"USD"_s;
        order.payment.totalAmount = Money{qint64(pick(50)) * 100, u"USD"_s};
        order.shippingType = pick(2) == 0 ? u"SELLER"_s : u"TIKTOK"_s;
        if (pick(3) == 0)
            order.trackingNumber = QString::number(9'400'111'000'000'000LL + pick(100'000));
        const int items = 1 + pick(3);
        for (int n = 0; n < items; ++n) {
            LineItem item;
            item.id = order.id + u'-' + QString::number(n);
            item.skuId = QString::number(pick(30));
            item.sellerSku = u"SKU-%1-%2"_s.arg(pick(30)).arg(pick(10));
            item.productName = words.at(pick(int(words.size()))) + u' ' + words.at(pick(int(words.size())));
            order.lineItems.append(item);
        }
        orders.append(order);
    }
    return orders;
}

/// The rows the filter keeps, sorted the slow and obvious way: the whole orders the model was given
/// (not its rows), QVariant keys and a stable sort.
QList<int> expectedRows(const OrderTableModel &model, const QList<Order> &orders, const OrderFilter &filter, int column,
    Qt::SortOrder order)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (filter.matches(orders.at(row), model.attention()))
            rows.append(row);
    }
    if (column < 0)
        return rows;
    const auto less = [&model, column](int left, int right) {
        const QVariant a = model.index(left, column).data(OrderTableModel::SortRole);
        const QVariant b = model.index(right, column).data(OrderTableModel::SortRole);
        if (!a.isValid())
            return false;
        if (!b.isValid())
            return true;
        if (a.typeId() == QMetaType::LongLong)
            return a.toLongLong() < b.toLongLong();
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&less, order](int left, int right) {
        return order == Qt::AscendingOrder ? less(left, right) : less(right, left);
    });
    return rows;
}

QList<int> shownRows(const OrderFilterModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

} // namespace

class TestOrderFilterModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void matchesABruteForceReferenceWhileTyping_data();
    void matchesABruteForceReferenceWhileTyping();
    void narrowsOnlyWhenNoRowCanComeBack();
    void keepsPersistentIndexesOnTheirOrders();
    void forwardsChangedRowsAndResortsOnNewKeys();
};

void TestOrderFilterModel::matchesABruteForceReferenceWhileTyping_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("source order") << -1 << Qt::AscendingOrder;
    QTest::newRow("newest first") << int(OrderTableModel::CreatedColumn) << Qt::DescendingOrder;
    QTest::newRow("total, ascending") << int(OrderTableModel::TotalColumn) << Qt::AscendingOrder;
    QTest::newRow("ship by, descending") << int(OrderTableModel::ShipByColumn) << Qt::DescendingOrder;
    QTest::newRow("attention") << int(OrderTableModel::AttentionColumn) << Qt::AscendingOrder;
    QTest::newRow("id as text") << int(OrderTableModel::IdColumn) << Qt::DescendingOrder;
    QTest::newRow("shipping as text") << int(OrderTableModel::ShippingColumn) << Qt::AscendingOrder;
    QTest::newRow("tracking, empty ones") << int(OrderTableModel::TrackingColumn) << Qt::DescendingOrder;
}

void TestOrderFilterModel::matchesABruteForceReferenceWhileTyping()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    OrderTableModel model;
    OrderFilterModel proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Order> orders = generatedOrders(3000);
    model.setNow(now);
    model.setOrders(orders);
    proxy.sort(column, order);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, {}, column, order));

    // Typing a SKU (its prefix matches many), then erasing it, then a name in the other case; a
    // pasted list with whole ids; a status tab and the needs-action view on top of a text.
    QStringList texts;
    const QString sku = orders.at(17).lineItems.constFirst().sellerSku;
    for (qsizetype length = 1; length <= sku.size(); ++length)
        texts.append(sku.left(length));
    for (qsizetype length = sku.size() - 1; length >= 0; --length)
        texts.append(sku.left(length));
    for (const QString &text : {u"b"_s, u"bl"_s, u"BLE"_s, u"blender"_s, u"blender, mug"_s, u"mug"_s, u"mu"_s})
        texts.append(text);
    texts.append(orders.at(3).id + u'\n' + orders.at(2000).id);
    texts.append(orders.at(3).id);
    texts.append(orders.at(3).id.left(8));
    texts.append(QString());
    for (const QString &text : std::as_const(texts)) {
        OrderFilter filter;
        filter.text = text;
        proxy.setFilter(filter);
        QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    }
    OrderFilter filter;
    filter.text = u"sku-1"_s;
    filter.status = OrderStatus::AwaitingShipment;
    proxy.setFilter(filter);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    filter.needsAction = true;
    proxy.setFilter(filter);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    model.setNow(now + 10 * hour);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    filter.status.reset();
    proxy.setFilter(filter);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    filter.created = OrderDateRange{now - 10 * hour, now};
    proxy.setFilter(filter);
    QCOMPARE(shownRows(proxy), expectedRows(model, orders, filter, column, order));
    filter = {};
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestOrderFilterModel::narrowsOnlyWhenNoRowCanComeBack()
{
    const auto narrows = [](const QString &next, const QString &before) {
        return OrderFilterTerms(next).narrows(OrderFilterTerms(before));
    };
    QVERIFY(narrows(u"ab"_s, u"a"_s));
    QVERIFY(narrows(u"AB"_s, u"a"_s));
    QVERIFY(narrows(u"xab"_s, u"ab"_s));
    QVERIFY(narrows(u"anything"_s, QString()));
    QVERIFY(!narrows(QString(), u"a"_s));
    QVERIFY(!narrows(u"a"_s, u"ab"_s));
    // A list matches any of its terms: another term can bring orders back.
    QVERIFY(!narrows(u"ab, c"_s, u"ab"_s));
    QVERIFY(narrows(u"abc"_s, u"ab, x"_s));
    // A whole id matches only itself, but it is in the search text like any fragment.
    QVERIFY(narrows(u"576461413038785752"_s, u"5764"_s));
    QVERIFY(narrows(u"576461413038785752"_s, u"576461413038785752\n576461413038785753"_s));
    QVERIFY(!narrows(u"5764614130387857521"_s, u"576461413038785752"_s));
}

void TestOrderFilterModel::keepsPersistentIndexesOnTheirOrders()
{
    OrderTableModel model;
    OrderFilterModel proxy(model);
    const QList<Order> orders = generatedOrders(2000);
    model.setOrders(orders);
    proxy.sort(OrderTableModel::CreatedColumn, Qt::DescendingOrder);
    const int sourceRow = 1234;
    const QPersistentModelIndex kept(proxy.mapFromSource(model.index(sourceRow, OrderTableModel::TotalColumn)));
    QVERIFY(kept.isValid());
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    OrderFilter filter;
    filter.text = orders.at(sourceRow).lineItems.constFirst().productName.left(3);
    proxy.setFilter(filter);
    QCOMPARE(layouts.size(), 1);
    QVERIFY(proxy.rowCount() < model.rowCount());
    QCOMPARE(proxy.mapToSource(kept).row(), sourceRow);
    QCOMPARE(kept.column(), int(OrderTableModel::TotalColumn));
    proxy.sort(OrderTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.mapToSource(kept).row(), sourceRow);
    filter.text = u"no such order"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!kept.isValid());
}

void TestOrderFilterModel::forwardsChangedRowsAndResortsOnNewKeys()
{
    OrderTableModel model;
    OrderFilterModel proxy(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Order> orders = generatedOrders(500);
    model.setOrders(orders);
    model.setNow(now);
    OrderFilter filter;
    filter.status = OrderStatus::AwaitingShipment;
    proxy.setFilter(filter);

    // A ship result changes one row: that row, mapped, and no layout change.
    QSignalSpy changes(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    const int shipped = proxy.mapToSource(proxy.index(5, 0)).row();
    model.setShipResult(model.rowAt(shipped).id, OutboxState::Done, {});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<QModelIndex>(), proxy.index(5, OrderTableModel::ShipResultColumn));
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(proxy.index(5, OrderTableModel::ShipResultColumn).data().toString(), u"Shipped"_s);
    // An order filtered out changes nothing shown.
    const int hidden = int(std::find_if(orders.cbegin(), orders.cend(), [](const Order &order) {
        return order.status != OrderStatus::AwaitingShipment;
    }) - orders.cbegin());
    changes.clear();
    model.setShipResult(model.rowAt(hidden).id, OutboxState::Failed, u"no"_s);
    QCOMPARE(changes.size(), 0);

    // Sorted by what needs action, time passing moves rows; a countdown alone does not.
    proxy.sort(OrderTableModel::AttentionColumn, Qt::DescendingOrder);
    layouts.clear();
    model.setNow(now + 30 * hour);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(
        shownRows(proxy), expectedRows(model, orders, filter, OrderTableModel::AttentionColumn, Qt::DescendingOrder));
    proxy.sort(OrderTableModel::ShipByColumn, Qt::AscendingOrder);
    layouts.clear();
    model.setNow(now + 31 * hour);
    QCOMPARE(layouts.size(), 0);

    // New orders: sorted and filtered afresh.
    const QList<Order> more = generatedOrders(800);
    model.setOrders(more);
    QCOMPARE(shownRows(proxy), expectedRows(model, more, filter, OrderTableModel::ShipByColumn, Qt::AscendingOrder));
}

QTEST_GUILESS_MAIN(TestOrderFilterModel)
#include "tst_orderfiltermodel.moc"
