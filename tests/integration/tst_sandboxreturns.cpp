#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimer>

#include "api/apiclient.h"
#include "api/returnservice.h"
#include "domain/aftersalecodec.h"
#include "domain/fulfillmentcodec.h"
#include "domain/ordercodec.h"
#include "replywaiter.h"
#include "sandbox/aftersaleseed.h"
#include "sandbox/sandboxaftersales.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr quint64 seed = 11;
constexpr int products = 40;
constexpr int orders = 600;
const QString approveRoute = u"POST /return_refund/{version}/returns/{return_id}/approve"_s;

SandboxOptions sandboxOptions()
{
    return SandboxOptions{.seed = seed, .productsPerShop = products, .ordersPerShop = orders};
}

/// Shop 0 as the sandbox seeds it, generated again on the test's side.
SandboxShop expectedShop(SandboxFixture &sandbox)
{
    return SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
}

qint64 writesOf(SandboxFixture &sandbox, const QString &id)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInteger();
}

Finished<QJsonObject> searchPage(ApiClient &client, EndpointId endpoint, const QString &pageSize,
    const QJsonObject &body = {}, const QString &pageToken = {})
{
    ApiCall call(endpoint);
    if (!pageSize.isEmpty())
        call.query(u"page_size"_s, pageSize);
    if (!pageToken.isEmpty())
        call.query(u"page_token"_s, pageToken);
    return waitFor(client.send(call.jsonBody(body)));
}

Finished<QJsonObject> approve(ApiClient &client, const QString &returnId, ReturnDecision decision, const QString &key)
{
    return waitFor(client.send(ApiCall(EndpointId::ReturnApprove)
                                   .pathArg(u"return_id", returnId)
                                   .query(u"idempotency_key"_s, key)
                                   .jsonBody(AftersaleCodec::encodeReturnApproval(decision))));
}

Finished<QJsonObject> decideCancellation(
    ApiClient &client, EndpointId endpoint, const QString &cancelId, const QJsonObject &body, const QString &key)
{
    return waitFor(
        client.send(ApiCall(endpoint).pathArg(u"cancel_id", cancelId).query(u"idempotency_key"_s, key).jsonBody(body)));
}

ReturnRequest readReturn(ReturnService &service, const QString &id)
{
    AftersaleQuery query;
    query.ids = {id};
    const QList<ReturnRequest> found = waitFor(service.searchReturns(query)).value;
    return found.isEmpty() ? ReturnRequest{} : found.first();
}

Cancellation readCancellation(ReturnService &service, const QString &id)
{
    AftersaleQuery query;
    query.ids = {id};
    const QList<Cancellation> found = waitFor(service.searchCancellations(query)).value;
    return found.isEmpty() ? Cancellation{} : found.first();
}

Order getOrder(ApiClient &client, const QString &id)
{
    const Finished<QJsonObject> answer = waitFor(client.send(ApiCall(EndpointId::OrdersGet).query(u"ids"_s, id)));
    const QList<Order> found = answer.error ? QList<Order>() : OrderCodec::decodeOrders(answer.value).value();
    return found.isEmpty() ? Order{} : found.first();
}

/// How a reply without a value ended.
struct Outcome
{
    bool finished = false;
    std::optional<ApiError> error;
};

Outcome outcomeOf(ApiReply *reply)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, [&outcome, &loop, reply] {
        outcome.finished = true;
        outcome.error = reply->error();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

template <typename T, typename Pick>
QList<T> pick(const QList<T> &items, Pick keep)
{
    QList<T> kept;
    for (const T &item : items) {
        if (keep(item))
            kept.append(item);
    }
    return kept;
}

} // namespace

/// The returns, refunds and cancellations routes of the sandbox over real HTTP (reference section
/// 5.4): the seed tied to the orders, paging and filters, reject reasons, and decisions that act
/// once per idempotency key.
class TestSandboxReturns final : public QObject
{
    Q_OBJECT

private slots:
    void seedsRequestsThatFitTheirOrders();
    void pagesReturnsAndCancellationsWithTokens();
    void refusesPageSizesOutsideTheRange_data();
    void refusesPageSizesOutsideTheRange();
    void filtersAndSorts();
    void decidesOncePerIdempotencyKey();
    void remembersRefusalsUnderTheirKey();
    void offersRejectReasonsPerRequest();
    void approvingACancellationCancelsTheOrderAndItsPackages();
    void rejectingACancellationLeavesTheOrderToShip();
};

void TestSandboxReturns::seedsRequestsThatFitTheirOrders()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const AftersaleSeed::Seeded seeded = AftersaleSeed::derive(shop);
    const AftersaleSeed::Seeded again = AftersaleSeed::derive(shop);
    QCOMPARE(again.returns, seeded.returns);
    QCOMPARE(again.cancellations, seeded.cancellations);
    QHash<QString, Order> byId;
    for (const Order &order : shop.orders)
        byId.insert(order.id, order);

    QSet<QString> ids;
    int pending = 0;
    for (const ReturnRequest &request : seeded.returns) {
        const Order order = byId.value(request.orderId);
        QVERIFY(order.status == OrderStatus::Delivered || order.status == OrderStatus::Completed);
        QVERIFY(request.status != ReturnStatus::Unknown && request.type != ReturnType::Unknown);
        // Completed orders' requests are settled; only delivered ones may wait for the seller.
        QVERIFY(order.status == OrderStatus::Delivered || !request.awaitsSeller());
        QVERIFY(request.createTime >= order.paidTime && request.updateTime >= request.createTime);
        QVERIFY(!request.lineItems.isEmpty());
        QVERIFY(request.type == ReturnType::Replacement || request.refund.total.currency == shop.currency);
        QVERIFY(request.refund.total.minor <= order.payment.totalAmount.minor);
        pending += request.awaitsSeller() ? 1 : 0;
        ids.insert(request.id);
    }
    QVERIFY2(pending >= 5, qPrintable(QString::number(pending)));
    int paidCancelled = 0;
    int pendingCancellations = 0;
    for (const Order &order : shop.orders)
        paidCancelled += order.status == OrderStatus::Cancelled && order.paidTime != 0 ? 1 : 0;
    for (const Cancellation &cancellation : seeded.cancellations) {
        const Order order = byId.value(cancellation.orderId);
        QCOMPARE(cancellation.awaitsSeller(), order.isBuyerRequestCancel);
        QVERIFY(cancellation.awaitsSeller() || order.status == OrderStatus::Cancelled);
        QCOMPARE(cancellation.refund.total, order.payment.totalAmount);
        QCOMPARE(cancellation.lineItems.size(), order.lineItems.size());
        pendingCancellations += cancellation.awaitsSeller() ? 1 : 0;
        ids.insert(cancellation.id);
    }
    QCOMPARE(seeded.cancellations.size() - pendingCancellations, paidCancelled);
    QVERIFY2(pendingCancellations >= 2, qPrintable(QString::number(pendingCancellations)));
    // Ids are unique across both kinds.
    QCOMPARE(ids.size(), seeded.returns.size() + seeded.cancellations.size());
}

void TestSandboxReturns::pagesReturnsAndCancellationsWithTokens()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const AftersaleSeed::Seeded seeded = AftersaleSeed::derive(expectedShop(sandbox));
    QVERIFY(seeded.returns.size() > 20);

    // Pages of 10, oldest first by default, through opaque tokens.
    QStringList paged;
    QString token;
    int pages = 0;
    do {
        const Finished<QJsonObject> page = searchPage(client, EndpointId::ReturnsSearch, u"10"_s, {}, token);
        QVERIFY2(!page.error, qPrintable(page.error ? page.error->toString() : QString()));
        const ReturnPage decoded = AftersaleCodec::decodeReturnsPage(page.value).value();
        QCOMPARE(decoded.totalCount, seeded.returns.size());
        QVERIFY(decoded.returns.size() <= 10);
        for (const ReturnRequest &request : decoded.returns)
            paged.append(request.id);
        token = decoded.nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QCOMPARE(pages, int((seeded.returns.size() + 9) / 10));
    QList<ReturnRequest> oldestFirst = seeded.returns;
    std::sort(oldestFirst.begin(), oldestFirst.end(), [](const ReturnRequest &a, const ReturnRequest &b) {
        return a.createTime != b.createTime ? a.createTime < b.createTime : a.id < b.id;
    });
    QStringList expected;
    for (const ReturnRequest &request : oldestFirst)
        expected.append(request.id);
    QCOMPARE(paged, expected);

    // The service reads the same with pages of 50, every field as seeded.
    const Finished<QList<ReturnRequest>> all = waitFor(service.searchReturns({}));
    QVERIFY(!all.error);
    QCOMPARE(all.value, oldestFirst);
    const Finished<QList<Cancellation>> cancellations = waitFor(service.searchCancellations({}));
    QVERIFY(!cancellations.error);
    QCOMPARE(cancellations.value.size(), seeded.cancellations.size());
    // A token from one search is refused by another.
    const Finished<QJsonObject> first = searchPage(client, EndpointId::ReturnsSearch, u"10"_s);
    const QString next = AftersaleCodec::decodeReturnsPage(first.value).value().nextPageToken;
    const Finished<QJsonObject> foreign
        = searchPage(client, EndpointId::ReturnsSearch, u"10"_s, {{u"return_types"_s, QJsonArray{u"REFUND"_s}}}, next);
    QVERIFY(foreign.error);
    QCOMPARE(foreign.error->category, ApiErrorCategory::InvalidParameter);
}

void TestSandboxReturns::refusesPageSizesOutsideTheRange_data()
{
    QTest::addColumn<bool>("returns");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("rows");

    QTest::newRow("returns take 10 when not asked") << true << QString() << true << 10;
    QTest::newRow("returns refuse 9") << true << u"9"_s << false << 0;
    QTest::newRow("returns take 50") << true << u"50"_s << true << 50;
    QTest::newRow("returns refuse 51") << true << u"51"_s << false << 0;
    QTest::newRow("cancellations take 1") << false << u"1"_s << true << 1;
    QTest::newRow("cancellations refuse 0") << false << u"0"_s << false << 0;
    QTest::newRow("cancellations refuse 51") << false << u"51"_s << false << 0;
}

void TestSandboxReturns::refusesPageSizesOutsideTheRange()
{
    QFETCH(bool, returns);
    QFETCH(QString, pageSize);
    QFETCH(bool, accepted);
    QFETCH(int, rows);
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> page
        = searchPage(client, returns ? EndpointId::ReturnsSearch : EndpointId::CancellationsSearch, pageSize);
    QCOMPARE(!page.error, accepted);
    if (!accepted) {
        QCOMPARE(page.error->code, 12019109);
        return;
    }
    const qsizetype total = page.value.value(u"total_count").toInteger();
    const qsizetype got = returns ? AftersaleCodec::decodeReturnsPage(page.value).value().returns.size()
                                  : AftersaleCodec::decodeCancellationsPage(page.value).value().cancellations.size();
    QVERIFY(total > 10);
    QCOMPARE(got, std::min<qsizetype>(rows, total));
}

void TestSandboxReturns::filtersAndSorts()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const SandboxShop shop = expectedShop(sandbox);
    const AftersaleSeed::Seeded seeded = AftersaleSeed::derive(shop);
    const auto idsOf = [](const QList<ReturnRequest> &requests) {
        QSet<QString> ids;
        for (const ReturnRequest &request : requests)
            ids.insert(request.id);
        return ids;
    };

    const Finished<QJsonObject> pendingRefunds = searchPage(client, EndpointId::ReturnsSearch, u"50"_s,
        {{u"return_status"_s, QJsonArray{u"RETURN_OR_REFUND_REQUEST_PENDING"_s}},
            {u"return_types"_s, QJsonArray{u"REFUND"_s, u"REPLACEMENT"_s}}});
    QVERIFY(!pendingRefunds.error);
    QCOMPARE(idsOf(AftersaleCodec::decodeReturnsPage(pendingRefunds.value).value().returns),
        idsOf(pick(seeded.returns, [](const ReturnRequest &r) {
            return r.status == ReturnStatus::RequestPending && r.type != ReturnType::ReturnAndRefund;
        })));

    // By order and by buyer.
    const ReturnRequest some = seeded.returns.at(3);
    AftersaleQuery byOrder;
    byOrder.orderIds = {some.orderId, u"000"_s};
    QCOMPARE(idsOf(waitFor(service.searchReturns(byOrder)).value), QSet<QString>{some.id});
    QString buyer;
    for (const Order &order : shop.orders)
        buyer = order.id == some.orderId ? order.userId : buyer;
    const Finished<QJsonObject> byBuyer
        = searchPage(client, EndpointId::ReturnsSearch, u"50"_s, {{u"buyer_user_ids"_s, QJsonArray{buyer}}});
    QVERIFY(idsOf(AftersaleCodec::decodeReturnsPage(byBuyer.value).value().returns).contains(some.id));

    // A window on update times, newest first.
    AftersaleQuery recent;
    recent.updateTimeGe = some.updateTime;
    recent.byUpdateTime = true;
    recent.sortOrder = Qt::DescendingOrder;
    const QList<ReturnRequest> found = waitFor(service.searchReturns(recent)).value;
    QCOMPARE(idsOf(found),
        idsOf(pick(seeded.returns, [&some](const ReturnRequest &r) { return r.updateTime >= some.updateTime; })));
    for (qsizetype i = 1; i < found.size(); ++i)
        QVERIFY(found.at(i - 1).updateTime >= found.at(i).updateTime);

    // Unknown values are refused, not ignored.
    const Finished<QJsonObject> unknown
        = searchPage(client, EndpointId::CancellationsSearch, u"10"_s, {{u"cancel_status"_s, QJsonArray{u"DONE"_s}}});
    QVERIFY(unknown.error);
    QVERIFY(unknown.error->message.contains(u"cancel_status"_s));
}

void TestSandboxReturns::decidesOncePerIdempotencyKey()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const QList<ReturnRequest> waiting = pick(AftersaleSeed::derive(expectedShop(sandbox)).returns,
        [](const ReturnRequest &r) { return r.type == ReturnType::ReturnAndRefund && r.awaitsSeller(); });
    QVERIFY(waiting.size() >= 2);
    const ReturnRequest target = waiting.first();
    QCOMPARE(target.status, ReturnStatus::RequestPending);

    const Finished<QJsonObject> first = approve(client, target.id, ReturnDecision::ApproveReturn, u"key-1"_s);
    QVERIFY2(!first.error, qPrintable(first.error ? first.error->toString() : QString()));
    QCOMPARE(writesOf(sandbox, target.id), 1);
    const ReturnRequest after = readReturn(service, target.id);
    QCOMPARE(after.status, ReturnStatus::AwaitingBuyerShip);
    QCOMPARE(after.updateTime, sandbox.clock().nowSecs());

    // The same key again: the same answer, nothing decided a second time.
    const Finished<QJsonObject> repeat = approve(client, target.id, ReturnDecision::ApproveReturn, u"key-1"_s);
    QVERIFY(!repeat.error);
    QCOMPARE(repeat.value, first.value);
    QCOMPARE(writesOf(sandbox, target.id), 1);
    QCOMPARE(readReturn(service, target.id), after);
    QCOMPARE(sandbox.server().stats().value(u"requests"_s).toObject().value(approveRoute).toInt(), 2);

    // A fresh key is a fresh decision: the return no longer waits for one.
    const Finished<QJsonObject> again = approve(client, target.id, ReturnDecision::ApproveReturn, u"key-2"_s);
    QVERIFY(again.error);
    QCOMPARE(again.error->code, SandboxAftersales::notAllowed);
    QCOMPARE(writesOf(sandbox, target.id), 1);
    // A key belongs to one request: on another return it is refused, and that return stays as it was.
    const ReturnRequest other = waiting.at(1);
    const Finished<QJsonObject> reused = approve(client, other.id, ReturnDecision::ApproveReturn, u"key-1"_s);
    QVERIFY(reused.error);
    QVERIFY(reused.error->message.contains(u"idempotency_key"_s));
    QCOMPARE(readReturn(service, other.id).status, ReturnStatus::RequestPending);
    QCOMPARE(writesOf(sandbox, other.id), 0);
    // Keys are at most 255 characters.
    const Finished<QJsonObject> longKey = approve(client, other.id, ReturnDecision::ApproveReturn, QString(256, u'k'));
    QVERIFY(longKey.error);
    QCOMPARE(writesOf(sandbox, other.id), 0);
}

void TestSandboxReturns::remembersRefusalsUnderTheirKey()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const ReturnRequest target = pick(AftersaleSeed::derive(expectedShop(sandbox)).returns, [](const ReturnRequest &r) {
        return r.status == ReturnStatus::RequestPending;
    }).first();
    const ReturnRejectDecision decision = *target.rejectDecision();
    const QString valid = AftersaleSeed::returnRejectReasons(target.status).first().name;

    const Outcome refused = outcomeOf(service.rejectReturn(target.id, decision, {u"not_a_reason"_s, {}}, u"r-1"_s));
    QVERIFY(refused.finished && refused.error);
    QCOMPARE(refused.error->code, SandboxAftersales::invalidReason);
    // The same key with a valid reason gets the first answer back: a key is one decision.
    const Outcome repeated = outcomeOf(service.rejectReturn(target.id, decision, {valid, {}}, u"r-1"_s));
    QVERIFY(repeated.finished && repeated.error);
    QCOMPARE(repeated.error->code, SandboxAftersales::invalidReason);
    QCOMPARE(readReturn(service, target.id).status, ReturnStatus::RequestPending);
    // A new key with the valid reason rejects it, once.
    const Outcome rejected = outcomeOf(service.rejectReturn(target.id, decision, {valid, u"Used"_s}, u"r-2"_s));
    QVERIFY(rejected.finished && !rejected.error);
    QCOMPARE(readReturn(service, target.id).status, returnStatusAfter(decision));
    QCOMPARE(writesOf(sandbox, target.id), 1);
}

void TestSandboxReturns::offersRejectReasonsPerRequest()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const AftersaleSeed::Seeded seeded = AftersaleSeed::derive(expectedShop(sandbox));
    const ReturnRequest pending
        = pick(seeded.returns, [](const ReturnRequest &r) { return r.status == ReturnStatus::RequestPending; }).first();
    const QList<RejectReason> forReturn = waitFor(service.rejectReasons(pending.id)).value;
    QCOMPARE(forReturn, AftersaleSeed::returnRejectReasons(ReturnStatus::RequestPending));
    QVERIFY(forReturn.size() >= 2);
    const QList<ReturnRequest> shipped
        = pick(seeded.returns, [](const ReturnRequest &r) { return r.status == ReturnStatus::BuyerShippedItem; });
    if (!shipped.isEmpty())
        QCOMPARE(waitFor(service.rejectReasons(shipped.first().id)).value.size(), 1);
    const Cancellation cancellation = seeded.cancellations.first();
    QCOMPARE(waitFor(service.rejectReasons(cancellation.id)).value, AftersaleSeed::cancellationRejectReasons());
    const Finished<QList<RejectReason>> unknown = waitFor(service.rejectReasons(u"4035999"_s));
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->code, SandboxAftersales::notFound);
}

void TestSandboxReturns::approvingACancellationCancelsTheOrderAndItsPackages()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const Cancellation target
        = pick(AftersaleSeed::derive(expectedShop(sandbox)).cancellations, [](const Cancellation &c) {
              return c.awaitsSeller();
          }).first();
    const Order before = getOrder(client, target.orderId);
    QCOMPARE(before.status, OrderStatus::AwaitingShipment);
    QVERIFY(before.isBuyerRequestCancel);
    QVERIFY(!before.packageIds.isEmpty());

    const Finished<QJsonObject> approved
        = decideCancellation(client, EndpointId::CancellationApprove, target.id, {}, u"c-1"_s);
    QVERIFY2(!approved.error, qPrintable(approved.error ? approved.error->toString() : QString()));
    QCOMPARE(writesOf(sandbox, target.id), 1);
    QCOMPARE(readCancellation(service, target.id).status, CancelStatus::RequestSuccess);
    const Order after = getOrder(client, target.orderId);
    QCOMPARE(after.status, OrderStatus::Cancelled);
    QVERIFY(!after.isBuyerRequestCancel);
    QCOMPARE(after.cancellationInitiator, u"BUYER"_s);
    QCOMPARE(after.rtsSlaTime, 0);
    const Finished<QJsonObject> package
        = waitFor(client.send(ApiCall(EndpointId::PackageGet).pathArg(u"package_id", before.packageIds.first())));
    QCOMPARE(FulfillmentCodec::decodePackageDetail(package.value).value().status, PackageStatus::Cancelled);
    // The order can no longer ship.
    const Finished<QJsonObject> ship = waitFor(
        client.send(ApiCall(EndpointId::PackageShip).pathArg(u"package_id", before.packageIds.first()).jsonBody({})));
    QVERIFY(ship.error);
}

void TestSandboxReturns::rejectingACancellationLeavesTheOrderToShip()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ReturnService service(client);
    const Cancellation target
        = pick(AftersaleSeed::derive(expectedShop(sandbox)).cancellations, [](const Cancellation &c) {
              return c.awaitsSeller();
          }).last();
    const QString reason = AftersaleSeed::cancellationRejectReasons().first().name;
    const Finished<QJsonObject> rejected = decideCancellation(client, EndpointId::CancellationReject, target.id,
        AftersaleCodec::encodeCancellationRejection({reason, u"Already packed"_s}), u"c-2"_s);
    QVERIFY2(!rejected.error, qPrintable(rejected.error ? rejected.error->toString() : QString()));
    QCOMPARE(readCancellation(service, target.id).status, CancelStatus::RequestCancelled);
    const Order after = getOrder(client, target.orderId);
    QCOMPARE(after.status, OrderStatus::AwaitingShipment);
    QVERIFY(!after.isBuyerRequestCancel);
    QCOMPARE(writesOf(sandbox, target.id), 1);
    // Approving it now is too late.
    const Finished<QJsonObject> late
        = decideCancellation(client, EndpointId::CancellationApprove, target.id, {}, u"c-3"_s);
    QVERIFY(late.error);
    QCOMPARE(late.error->code, SandboxAftersales::notAllowed);
    QCOMPARE(writesOf(sandbox, target.id), 1);
}

QTEST_GUILESS_MAIN(TestSandboxReturns)
#include "tst_sandboxreturns.moc"
