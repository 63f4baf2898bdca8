#include <algorithm>

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "replywaiter.h"
#include "sandbox/faultplan.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr quint64 seed = 11;
constexpr int products = 40;
constexpr int orders = 250;
const QString searchRoute = u"POST /order/{version}/orders/search"_s;
const QString getRoute = u"GET /order/{version}/orders"_s;

SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.seed = seed;
    options.productsPerShop = products;
    options.ordersPerShop = orders;
    return options;
}

/// The orders the sandbox serves to shop 0, generated again on the test's side.
QList<Order> expectedOrders(SandboxFixture &sandbox)
{
    return SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first().orders;
}

QList<Order> sortedBy(QList<Order> list, bool byUpdateTime, bool ascending)
{
    std::sort(list.begin(), list.end(), [byUpdateTime, ascending](const Order &a, const Order &b) {
        const auto key = [byUpdateTime](const Order &o) {
            return std::pair{byUpdateTime ? o.updateTime : o.createTime, o.id};
        };
        return ascending ? key(a) < key(b) : key(b) < key(a);
    });
    return list;
}

int requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
}

QString describe(const std::optional<ApiError> &error)
{
    return error ? error->toString() : QString();
}

} // namespace

/// The orders of the sandbox seen through OrderService and raw calls over loopback HTTP: the seed,
/// filters, sorting, paging and the production error codes of bad parameters.
class TestSandboxOrders final : public QObject
{
    Q_OBJECT

private slots:
    void seedsEveryStatusConsistently();
    void seedsTheSameOrdersForTheSameSeed();
    void searchesEveryOrderAcrossThreePages();
    void filtersByStatusWithAMatchingTotalCount();
    void filtersAnUpdateWindowWithInclusiveStartAndExclusiveEnd();
    void sortsByUpdateTimeAscending();
    void getsSixtyOrdersInTwoCalls();
    void failsAGetAsAWholeOnTheFirstFailedCall();
    void getsNothingForNoIds();
    void refusesAPageSizeOutOfRange_data();
    void refusesAPageSizeOutOfRange();
    void refusesInvalidParameters_data();
    void refusesInvalidParameters();
    void refusesAPageTokenOfAnotherQuery();
    void refusesMoreThanFiftyIds();
};

void TestSandboxOrders::seedsEveryStatusConsistently()
{
    const qint64 now = 1'764'000'000;
    const QList<SandboxShop> shops = SeedData::generateShops({seed, products, now, orders});
    QCOMPARE(shops.size(), 2);
    for (const SandboxShop &shop : shops) {
        QCOMPARE(shop.orders.size(), orders);
        QSet<OrderStatus> statuses;
        QSet<QString> ids;
        QSet<QString> skuIds;
        for (const Product &product : shop.products) {
            for (const Sku &sku : product.skus)
                skuIds.insert(sku.id);
        }
        for (const Order &order : shop.orders) {
            statuses.insert(order.status);
            ids.insert(order.id);
            QCOMPARE(order.id.size(), 18);
            QVERIFY(order.id.startsWith(u"57"));
            QVERIFY(order.createTime >= now - 90 * 86400 && order.createTime <= order.updateTime);
            QVERIFY(order.updateTime <= now);
            const bool unpaid = order.paidTime == 0;
            QCOMPARE(order.recipientAddress.has_value(), !unpaid && order.status != OrderStatus::OnHold);
            QCOMPARE(unpaid, order.status == OrderStatus::Unpaid || (order.status == OrderStatus::Cancelled && unpaid));
            QVERIFY(order.lineItems.size() >= 1 && order.lineItems.size() <= 4);
            QCOMPARE(order.payment.currency, shop.currency);
            qint64 sale = 0;
            for (const LineItem &item : order.lineItems) {
                QVERIFY(skuIds.contains(item.skuId));
                QCOMPARE(item.salePrice.currency, shop.currency);
                sale += item.salePrice.minor;
            }
            QCOMPARE(order.payment.subTotal.minor, sale - order.payment.platformDiscount.minor);
            QCOMPARE(order.payment.totalAmount.minor,
                order.payment.subTotal.minor + order.payment.shippingFee.minor + order.payment.tax.minor);
            const bool shipped
                = order.status >= OrderStatus::AwaitingCollection && order.status <= OrderStatus::Completed;
            QCOMPARE(!order.trackingNumber.isEmpty(), shipped || order.status == OrderStatus::PartiallyShipping);
            QCOMPARE(order.rtsSlaTime != 0,
                !unpaid && order.status != OrderStatus::OnHold && order.status != OrderStatus::Cancelled);
            if (order.recipientAddress)
                QCOMPARE(order.recipientAddress->regionCode, shop.info.region);
        }
        QCOMPARE(ids.size(), orders);
        QCOMPARE(statuses.size(), 9);
        QVERIFY(!statuses.contains(OrderStatus::Unknown));
    }
}

void TestSandboxOrders::seedsTheSameOrdersForTheSameSeed()
{
    const SeedOptions options{seed, products, 1'764'000'000, orders};
    const QList<SandboxShop> first = SeedData::generateShops(options);
    const QList<SandboxShop> second = SeedData::generateShops(options);
    QCOMPARE(first.at(0).orders, second.at(0).orders);
    QCOMPARE(first.at(1).orders, second.at(1).orders);
    QVERIFY(first.at(0).orders != first.at(1).orders);

    // Orders come from a generator of their own: the products do not depend on them.
    const QList<SandboxShop> withoutOrders = SeedData::generateShops({seed, products, 1'764'000'000, 0});
    QCOMPARE(withoutOrders.at(0).products, first.at(0).products);
    QVERIFY(withoutOrders.at(0).orders.isEmpty());
    const QList<SandboxShop> otherSeed = SeedData::generateShops({seed + 1, products, 1'764'000'000, orders});
    QVERIFY(otherSeed.at(0).orders != first.at(0).orders);
}

void TestSandboxOrders::searchesEveryOrderAcrossThreePages()
{
    SandboxFixture sandbox(sandboxOptions());
    QVERIFY(sandbox.isListening());
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);

    const Finished<QList<Order>> result = waitFor(service.search({}));
    QVERIFY(result.finished);
    QVERIFY2(!result.error, qPrintable(describe(result.error)));
    QCOMPARE(result.value.size(), orders);
    QCOMPARE(requestsTo(sandbox, searchRoute), 3);
    QCOMPARE(result.progress.last(), (std::pair<qint64, qint64>(orders, orders)));
    // Everything the sandbox holds, decoded equal to what it generated, newest first.
    QCOMPARE(result.value, sortedBy(expectedOrders(sandbox), false, false));
    for (qsizetype i = 1; i < result.value.size(); ++i)
        QVERIFY(result.value.at(i - 1).createTime >= result.value.at(i).createTime);
}

void TestSandboxOrders::filtersByStatusWithAMatchingTotalCount()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<Order> all = expectedOrders(sandbox);
    const auto expected = std::count_if(
        all.begin(), all.end(), [](const Order &o) { return o.status == OrderStatus::AwaitingShipment; });
    QVERIFY(expected > 1 && expected < orders);

    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    OrderQuery query;
    query.status = OrderStatus::AwaitingShipment;
    const Finished<QList<Order>> result = waitFor(service.search(query));
    QVERIFY2(result.finished && !result.error, qPrintable(describe(result.error)));
    QCOMPARE(result.value.size(), expected);
    for (const Order &order : result.value)
        QCOMPARE(order.status, OrderStatus::AwaitingShipment);

    ApiCall call(EndpointId::OrdersSearch);
    call.query(u"page_size"_s, 5).jsonBody({{u"order_status"_s, u"AWAITING_SHIPMENT"_s}});
    const Finished<QJsonObject> page = waitFor(client.send(call));
    QVERIFY2(page.finished && !page.error, qPrintable(describe(page.error)));
    QCOMPARE(page.value.value(u"total_count").toInteger(), expected);
    QCOMPARE(page.value.value(u"orders").toArray().size(), 5);
    QVERIFY(!page.value.value(u"next_page_token").toString().isEmpty());
}

void TestSandboxOrders::filtersAnUpdateWindowWithInclusiveStartAndExclusiveEnd()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<Order> byUpdate = sortedBy(expectedOrders(sandbox), true, true);
    // A window whose both ends are update times of real orders, so both boundaries are hit.
    const Order &start = byUpdate.at(60);
    const Order &end = byUpdate.at(140);
    QVERIFY(start.updateTime < end.updateTime);
    QSet<QString> expected;
    for (const Order &order : byUpdate) {
        if (order.updateTime >= start.updateTime && order.updateTime < end.updateTime)
            expected.insert(order.id);
    }

    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    OrderQuery query;
    query.updateTimeGe = start.updateTime;
    query.updateTimeLt = end.updateTime;
    const Finished<QList<Order>> result = waitFor(service.search(query));
    QVERIFY2(result.finished && !result.error, qPrintable(describe(result.error)));
    QSet<QString> ids;
    for (const Order &order : result.value)
        ids.insert(order.id);
    QCOMPARE(ids, expected);
    QCOMPARE(result.value.size(), expected.size());
    QVERIFY(ids.contains(start.id));
    QVERIFY(!ids.contains(end.id));
}

void TestSandboxOrders::sortsByUpdateTimeAscending()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    OrderQuery query;
    query.sortField = OrderSortField::UpdateTime;
    query.sortOrder = Qt::AscendingOrder;
    const Finished<QList<Order>> result = waitFor(service.search(query));
    QVERIFY2(result.finished && !result.error, qPrintable(describe(result.error)));
    QCOMPARE(result.value.size(), orders);
    for (qsizetype i = 1; i < result.value.size(); ++i) {
        const Order &previous = result.value.at(i - 1);
        const Order &current = result.value.at(i);
        QVERIFY(previous.updateTime < current.updateTime
            || (previous.updateTime == current.updateTime && previous.id < current.id));
    }
    QCOMPARE(result.value, sortedBy(expectedOrders(sandbox), true, true));
}

void TestSandboxOrders::getsSixtyOrdersInTwoCalls()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<Order> all = expectedOrders(sandbox);
    QStringList ids;
    for (qsizetype i = 0; i < 60; ++i)
        ids.append(all.at(i * 4).id);

    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const Finished<QList<Order>> result = waitFor(service.getOrders(ids));
    QVERIFY2(result.finished && !result.error, qPrintable(describe(result.error)));
    QCOMPARE(requestsTo(sandbox, getRoute), 2);
    QStringList received;
    for (const Order &order : result.value)
        received.append(order.id);
    QCOMPARE(received, ids);
    QCOMPARE(result.value.at(59), all.at(59 * 4));
    QCOMPARE(result.progress.last(), (std::pair<qint64, qint64>(60, 60)));

    // An id the shop does not know is left out rather than failing the call.
    const Finished<QList<Order>> partial = waitFor(service.getOrders({ids.first(), u"579999999999999999"_s}));
    QVERIFY2(partial.finished && !partial.error, qPrintable(describe(partial.error)));
    QCOMPARE(partial.value.size(), 1);
}

void TestSandboxOrders::failsAGetAsAWholeOnTheFirstFailedCall()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<Order> all = expectedOrders(sandbox);
    QStringList ids;
    for (qsizetype i = 0; i < 60; ++i)
        ids.append(all.at(i).id);
    // The first answer arrives broken; the orders of the second call must not be handed out alone.
    Result<FaultPlan> plan = FaultPlan::fromJson(QJsonObject{
        {u"rules"_s, QJsonArray{QJsonObject{{u"route"_s, getRoute}, {u"fault"_s, u"malformed"_s}, {u"count"_s, 1}}}}});
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    sandbox.server().setFaultPlan(plan.value());

    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const Finished<QList<Order>> result = waitFor(service.getOrders(ids));
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->category, ApiErrorCategory::Decode);
    QVERIFY(result.value.isEmpty());
    QCOMPARE(requestsTo(sandbox, getRoute), 1);
}

void TestSandboxOrders::getsNothingForNoIds()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const Finished<QList<Order>> result = waitFor(service.getOrders({}));
    QVERIFY(result.finished);
    QVERIFY2(!result.error, qPrintable(describe(result.error)));
    QVERIFY(result.value.isEmpty());
    QCOMPARE(requestsTo(sandbox, getRoute), 0);
}

void TestSandboxOrders::refusesAPageSizeOutOfRange_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("zero orders a page") << u"0"_s;
    QTest::newRow("one more than the maximum of 100") << u"101"_s;
    QTest::newRow("a page size that is no number") << u"ten"_s;
}

void TestSandboxOrders::refusesAPageSizeOutOfRange()
{
    QFETCH(QString, pageSize);
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ApiCall call(EndpointId::OrdersSearch);
    call.query(u"page_size"_s, pageSize);
    const Finished<QJsonObject> result = waitFor(client.send(call));
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->code, 12019109);
    QCOMPARE(result.error->httpStatus, 400);
}

void TestSandboxOrders::refusesInvalidParameters_data()
{
    QTest::addColumn<QString>("sortField");
    QTest::addColumn<QString>("sortOrder");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");

    QTest::newRow("sorting by a field the endpoint does not know")
        << u"paid_time"_s << u"DESC"_s << QJsonObject() << u"sort_field"_s;
    QTest::newRow("a sort order in lower case") << u"create_time"_s << u"asc"_s << QJsonObject() << u"sort_order"_s;
    QTest::newRow("a time window given as text")
        << u"create_time"_s << u"DESC"_s << QJsonObject{{u"create_time_ge"_s, u"1700000000"_s}} << u"create_time_ge"_s;
    QTest::newRow("a status the API does not have")
        << u"create_time"_s << u"DESC"_s << QJsonObject{{u"order_status"_s, u"LOST"_s}} << u"order_status"_s;
    QTest::newRow("a cancel-request flag given as a number")
        << u"update_time"_s << u"ASC"_s << QJsonObject{{u"is_buyer_request_cancel"_s, 1}}
        << u"is_buyer_request_cancel"_s;
    QTest::newRow("warehouse ids as one string")
        << u"create_time"_s << u"DESC"_s << QJsonObject{{u"warehouse_ids"_s, u"7200000000000001"_s}}
        << u"warehouse_ids"_s;
}

void TestSandboxOrders::refusesInvalidParameters()
{
    QFETCH(QString, sortField);
    QFETCH(QString, sortOrder);
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ApiCall call(EndpointId::OrdersSearch);
    call.query(u"page_size"_s, 10).query(u"sort_field"_s, sortField).query(u"sort_order"_s, sortOrder).jsonBody(body);
    const Finished<QJsonObject> result = waitFor(client.send(call));
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->code, 12052910);
    QCOMPARE(result.error->httpStatus, 400);
    QVERIFY2(result.error->message.contains(named), qPrintable(result.error->message));
}

void TestSandboxOrders::refusesAPageTokenOfAnotherQuery()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ApiCall first(EndpointId::OrdersSearch);
    first.query(u"page_size"_s, 10);
    const Finished<QJsonObject> page = waitFor(client.send(first));
    QVERIFY2(page.finished && !page.error, qPrintable(describe(page.error)));
    const QString token = page.value.value(u"next_page_token").toString();
    QVERIFY(!token.isEmpty());

    // The same token with the same query reads on; with another sort order it is refused.
    ApiCall same(EndpointId::OrdersSearch);
    same.query(u"page_size"_s, 10).query(u"page_token"_s, token);
    const Finished<QJsonObject> next = waitFor(client.send(same));
    QVERIFY2(next.finished && !next.error, qPrintable(describe(next.error)));
    QCOMPARE(next.value.value(u"orders").toArray().size(), 10);
    ApiCall other(EndpointId::OrdersSearch);
    other.query(u"page_size"_s, 10).query(u"sort_order"_s, u"ASC"_s).query(u"page_token"_s, token);
    const Finished<QJsonObject> refused = waitFor(client.send(other));
    QVERIFY(refused.finished && refused.error);
    QCOMPARE(refused.error->code, 12052910);
}

void TestSandboxOrders::refusesMoreThanFiftyIds()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ApiCall tooMany(EndpointId::OrdersGet);
    QStringList ids;
    for (int i = 0; i < 51; ++i)
        ids.append(u"57000000000000%1"_s.arg(1000 + i));
    tooMany.query(u"ids"_s, ids.join(u','));
    const Finished<QJsonObject> get = waitFor(client.send(tooMany));
    QVERIFY(get.finished && get.error);
    QCOMPARE(get.error->code, 12052910);
}

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "tst_sandboxorders.moc"
