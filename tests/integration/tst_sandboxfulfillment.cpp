#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "api/apiclient.h"
#include "domain/fulfillmentcodec.h"
#include "domain/ordercodec.h"
#include "replywaiter.h"
#include "sandbox/faultplan.h"
#include "sandbox/packageseed.h"
#include "sandbox/sandboxdocuments.h"
#include "sandbox/seeddata.h"
#include "sandbox/shipmentstatemachine.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr quint64 seed = 11;
constexpr int products = 40;
constexpr int orders = 250;
constexpr qint64 day = 86400;
const QString batchRoute = u"POST /fulfillment/{version}/packages/ship"_s;
const QString searchRoute = u"POST /fulfillment/{version}/packages/search"_s;

SandboxOptions sandboxOptions()
{
    // Tokens outlive the longest clock jump of these tests, so no refresh gets in the way.
    return SandboxOptions{
        .seed = seed, .productsPerShop = products, .accessTokenLifetime = 60 * day, .ordersPerShop = orders};
}

/// Shop 0 as the sandbox seeds it, generated again on the test's side.
SandboxShop expectedShop(SandboxFixture &sandbox)
{
    return SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
}

/// Packages a seller may ship right now through TikTok shipping (`frozen` false), or the frozen ones.
QList<SandboxPackage> shippable(const SandboxShop &shop, bool frozen, bool sellerShipping = false)
{
    QList<SandboxPackage> result;
    for (const SandboxPackage &entry : PackageSeed::derive(shop)) {
        const Order &order = shop.orders.at(entry.orderRow);
        if (order.status == OrderStatus::AwaitingShipment && entry.package.status == PackageStatus::Processing
            && entry.frozen == frozen && order.fulfillmentType == u"FULFILLMENT_BY_SELLER"
            && (order.shippingType == u"SELLER") == sellerShipping)
            result.append(entry);
    }
    return result;
}

QString describe(const std::optional<ApiError> &error)
{
    return error ? error->toString() : QString();
}

qint64 writesOf(SandboxFixture &sandbox, const QString &id)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInteger();
}

int requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
}

Finished<QJsonObject> shipOne(ApiClient &client, const ShipRequest &request)
{
    return waitFor(client.send(ApiCall(EndpointId::PackageShip)
                                   .pathArg(u"package_id", request.packageId)
                                   .jsonBody(FulfillmentCodec::encodeShipRequest(request, false))));
}

Finished<QJsonObject> shipBatch(ApiClient &client, const QStringList &ids)
{
    QJsonArray packages;
    for (const QString &id : ids)
        packages.append(FulfillmentCodec::encodeShipRequest({id, HandoverMethod::Pickup, {}, {}, {}}, true));
    return waitFor(client.send(ApiCall(EndpointId::PackagesShip).jsonBody({{u"packages"_s, packages}})));
}

Package getPackage(ApiClient &client, const QString &id)
{
    const Finished<QJsonObject> answer
        = waitFor(client.send(ApiCall(EndpointId::PackageGet).pathArg(u"package_id", id)));
    return answer.error ? Package{} : FulfillmentCodec::decodePackageDetail(answer.value).value();
}

Order getOrder(ApiClient &client, const QString &id)
{
    const Finished<QJsonObject> answer = waitFor(client.send(ApiCall(EndpointId::OrdersGet).query(u"ids"_s, id)));
    const QList<Order> found = answer.error ? QList<Order>() : OrderCodec::decodeOrders(answer.value).value();
    return found.isEmpty() ? Order{} : found.first();
}

QList<TrackingEvent> trackingOf(ApiClient &client, const QString &orderId)
{
    const Finished<QJsonObject> answer
        = waitFor(client.send(ApiCall(EndpointId::OrderTracking).pathArg(u"order_id", orderId)));
    return answer.error ? QList<TrackingEvent>() : FulfillmentCodec::decodeTracking(answer.value).value();
}

/// Ids of the orders an update-time search from `since` finds.
QSet<QString> ordersUpdatedSince(ApiClient &client, qint64 since)
{
    const Finished<QJsonObject> answer = waitFor(client.send(
        ApiCall(EndpointId::OrdersSearch).query(u"page_size"_s, 100).jsonBody({{u"update_time_ge"_s, since}})));
    QSet<QString> ids;
    const QList<Order> found
        = answer.error ? QList<Order>() : OrderCodec::decodeSearchPage(answer.value).value().orders;
    for (const Order &order : found)
        ids.insert(order.id);
    return ids;
}

/// Every object of the file's cross-reference table starts where the table says.
bool hasValidCrossReferences(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (startxref < 0)
        return false;
    const qsizetype table = pdf.mid(startxref + 10).split('\n').first().toLongLong();
    if (!pdf.mid(table).startsWith("xref\n"))
        return false;
    const QList<QByteArray> lines = pdf.mid(table).split('\n');
    const int count = lines.at(1).split(' ').last().toInt();
    for (int object = 1; object < count; ++object) {
        const qsizetype offset = lines.at(2 + object).left(10).toLongLong();
        if (!pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj")))
            return false;
    }
    return count > 1;
}

} // namespace

/// Packages, shipping and tracking of the sandbox over loopback HTTP, through the real client side.
class TestSandboxFulfillment final : public QObject
{
    Q_OBJECT

private slots:
    void seedsPackagesThatMatchTheOrders();
    void pagesThroughEveryPackage();
    void filtersByStatusAndRefusesBadParameters();
    void getsAPackageWithItsDeliveryOption();
    void shipsOnePackageAndMovesItsOrder();
    void refusesToShipTwiceAndCountsOneWrite();
    void batchShipsAroundAFrozenPackage();
    void marksASellerShippedOrderInTwoParts();
    void refusesOrdersThatCannotShip();
    void movesShippedOrdersOnWithTheClock();
    void servesAShippingLabelAsAPdf();
    void listsDeliveryOptionsAndTheirCarriers();
    void obeysAFaultRuleOnTheBatchRoute();
    void obeysTheGateOnShipping();
};

void TestSandboxFulfillment::seedsPackagesThatMatchTheOrders()
{
    const SandboxShop shop = SeedData::generateShops({seed, products, 1'764'000'000, orders}).first();
    const QList<SandboxPackage> packages = PackageSeed::derive(shop);
    QSet<QString> ids;
    int frozen = 0;
    for (const SandboxPackage &entry : packages) {
        const Order &order = shop.orders.at(entry.orderRow);
        const Package &package = entry.package;
        ids.insert(package.id);
        QVERIFY(order.packageIds.contains(package.id));
        QCOMPARE(package.orderIds, QStringList{order.id});
        QVERIFY(!package.orderLineItemIds.isEmpty());
        for (const LineItem &item : order.lineItems)
            QCOMPARE(package.orderLineItemIds.contains(item.id), item.packageId == package.id);
        const bool shipped = package.status != PackageStatus::Processing;
        QCOMPARE(!package.trackingNumber.isEmpty(), shipped);
        QCOMPARE(!entry.tracking.isEmpty(), shipped);
        QVERIFY(!package.deliveryOptionId.isEmpty());
        if (entry.frozen) {
            ++frozen;
            QVERIFY(!shipped);
        }
        for (qsizetype i = 1; i < entry.tracking.size(); ++i)
            QVERIFY(entry.tracking.at(i - 1).timeMs <= entry.tracking.at(i).timeMs);
    }
    qsizetype expected = 0;
    for (const Order &order : shop.orders)
        expected += order.packageIds.size();
    QCOMPARE(ids.size(), expected);
    QVERIFY2(frozen >= 2 && frozen * 5 < packages.size(), qPrintable(QString::number(frozen)));
    // Deriving reads the orders only: the same orders give the same packages.
    const QList<SandboxPackage> again = PackageSeed::derive(shop);
    for (qsizetype i = 0; i < packages.size(); ++i)
        QCOMPARE(again.at(i).package, packages.at(i).package);
}

void TestSandboxFulfillment::pagesThroughEveryPackage()
{
    SandboxFixture sandbox(sandboxOptions());
    QVERIFY(sandbox.isListening());
    const qsizetype expected = PackageSeed::derive(expectedShop(sandbox)).size();
    QVERIFY(expected > 100);
    ApiClient client(sandbox.connection(), sandbox.clock());
    QSet<QString> ids;
    qint64 total = 0;
    QList<qint64> createTimes;
    const ApiReply *pages = client.sendPaged(ApiCall(EndpointId::PackagesSearch).query(u"page_size"_s, 50),
        [&](const QJsonObject &data) -> Result<qsizetype> {
            Result<PackagePage> page = FulfillmentCodec::decodeSearchPage(data);
            if (!page)
                return page.error();
            total = page.value().totalCount;
            for (const Package &package : page.value().packages) {
                ids.insert(package.id);
                createTimes.append(package.createTime);
            }
            return page.value().packages.size();
        });
    QSignalSpy finished(pages, &ApiReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(ids.size(), expected);
    QCOMPARE(total, expected);
    QCOMPARE(requestsTo(sandbox, searchRoute), int((expected + 49) / 50));
    // Newest first by default.
    for (qsizetype i = 1; i < createTimes.size(); ++i)
        QVERIFY(createTimes.at(i - 1) >= createTimes.at(i));
}

void TestSandboxFulfillment::filtersByStatusAndRefusesBadParameters()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    qsizetype processing = 0;
    for (const SandboxPackage &entry : PackageSeed::derive(shop))
        processing += entry.package.status == PackageStatus::Processing;
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> page = waitFor(client.send(ApiCall(EndpointId::PackagesSearch)
                                                               .query(u"page_size"_s, 10)
                                                               .query(u"sort_field"_s, u"order_pay_time"_s)
                                                               .jsonBody({{u"package_status"_s, u"PROCESSING"_s}})));
    QVERIFY2(page.finished && !page.error, qPrintable(describe(page.error)));
    QCOMPARE(page.value.value(u"total_count").toInteger(), processing);
    const PackagePage decoded = FulfillmentCodec::decodeSearchPage(page.value).value();
    QCOMPARE(decoded.packages.size(), 10);
    for (const Package &package : decoded.packages)
        QCOMPARE(package.status, PackageStatus::Processing);

    // The token belongs to its query: with another status it is refused.
    ApiCall other(EndpointId::PackagesSearch);
    other.query(u"page_size"_s, 10).query(u"page_token"_s, decoded.nextPageToken);
    const Finished<QJsonObject> refused = waitFor(client.send(other));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, 21001001);

    for (const auto &[size, body] : {std::pair{u"51"_s, QJsonObject()}, std::pair{u"0"_s, QJsonObject()},
             std::pair{u"10"_s, QJsonObject{{u"package_status"_s, u"LOST"_s}}},
             std::pair{u"10"_s, QJsonObject{{u"update_time_ge"_s, u"yesterday"_s}}}}) {
        const Finished<QJsonObject> bad
            = waitFor(client.send(ApiCall(EndpointId::PackagesSearch).query(u"page_size"_s, size).jsonBody(body)));
        QVERIFY(bad.error);
        QCOMPARE(bad.error->code, 21001001);
        QCOMPARE(bad.error->httpStatus, 400);
    }
}

void TestSandboxFulfillment::getsAPackageWithItsDeliveryOption()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<SandboxPackage> packages = PackageSeed::derive(expectedShop(sandbox));
    ApiClient client(sandbox.connection(), sandbox.clock());
    for (const SandboxPackage &entry : {packages.first(), packages.last()})
        QCOMPARE(getPackage(client, entry.package.id), entry.package);

    const Finished<QJsonObject> missing
        = waitFor(client.send(ApiCall(EndpointId::PackageGet).pathArg(u"package_id", u"1159999999999999999"_s)));
    QVERIFY(missing.error);
    QCOMPARE(missing.error->code, 21011028);
    QCOMPARE(missing.error->httpStatus, 404);
}

void TestSandboxFulfillment::shipsOnePackageAndMovesItsOrder()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const SandboxPackage entry = shippable(shop, false).first();
    const QString orderId = entry.package.orderIds.first();
    const qint64 now = sandbox.clock().nowSecs();
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!ordersUpdatedSince(client, now).contains(orderId));

    const Finished<QJsonObject> shipped
        = shipOne(client, {entry.package.id, HandoverMethod::DropOff, PickupSlot{now, now + 7200}, {}, {}});
    QVERIFY2(shipped.finished && !shipped.error, qPrintable(describe(shipped.error)));
    QCOMPARE(writesOf(sandbox, entry.package.id), 1);

    const Package package = getPackage(client, entry.package.id);
    QCOMPARE(package.status, PackageStatus::Fulfilling);
    QCOMPARE(package.handoverMethod, HandoverMethod::DropOff);
    QCOMPARE(package.pickupSlot, (PickupSlot{now, now + 7200}));
    QCOMPARE(package.updateTime, now);
    QVERIFY(!package.trackingNumber.isEmpty());
    QCOMPARE(package.shippingProviderId, entry.package.shippingProviderId);

    const Order order = getOrder(client, orderId);
    QCOMPARE(order.status, OrderStatus::AwaitingCollection);
    QCOMPARE(order.updateTime, now);
    QCOMPARE(order.trackingNumber, package.trackingNumber);
    for (const LineItem &item : order.lineItems) {
        QCOMPARE(item.packageStatus, u"FULFILLING"_s);
        QCOMPARE(item.trackingNumber, package.trackingNumber);
        QCOMPARE(item.shippingProviderName, package.shippingProviderName);
    }
    // An incremental sync by update time picks the shipped order up.
    QVERIFY(ordersUpdatedSince(client, now).contains(orderId));
    const QList<TrackingEvent> tracking = trackingOf(client, orderId);
    QCOMPARE(tracking.size(), 1);
    QCOMPARE(tracking.first().timeMs, now * 1000);
    QVERIFY(tracking.first().description.contains(package.shippingProviderName));
}

void TestSandboxFulfillment::refusesToShipTwiceAndCountsOneWrite()
{
    SandboxFixture sandbox(sandboxOptions());
    const QString id = shippable(expectedShop(sandbox), false).first().package.id;
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!shipOne(client, {id, HandoverMethod::Pickup, {}, {}, {}}).error);
    const Package first = getPackage(client, id);

    const Finished<QJsonObject> again = shipOne(client, {id, HandoverMethod::Pickup, {}, {}, {}});
    QVERIFY(again.error);
    QCOMPARE(again.error->code, ShipmentStateMachine::alreadyShipped);
    QVERIFY(again.error->message.contains(u"already been shipped"_s));
    const Finished<QJsonObject> batch = shipBatch(client, {id});
    QVERIFY2(!batch.error, qPrintable(describe(batch.error)));
    const BatchOutcome outcome = FulfillmentCodec::decodeBatchShip(batch.value).value();
    QCOMPARE(outcome.failures.size(), 1);
    QCOMPARE(outcome.failures.first().code, ShipmentStateMachine::alreadyShipped);

    QCOMPARE(writesOf(sandbox, id), 1);
    QCOMPARE(getPackage(client, id), first);
}

void TestSandboxFulfillment::batchShipsAroundAFrozenPackage()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const QList<SandboxPackage> open = shippable(shop, false);
    const QList<SandboxPackage> frozen = shippable(shop, true);
    QVERIFY(open.size() >= 2 && !frozen.isEmpty());
    const QStringList ids{open.at(0).package.id, frozen.first().package.id, open.at(1).package.id};
    ApiClient client(sandbox.connection(), sandbox.clock());

    const Finished<QJsonObject> batch = shipBatch(client, ids);
    QVERIFY2(batch.finished && !batch.error, qPrintable(describe(batch.error))); // partial failure inside code 0
    const BatchOutcome outcome = FulfillmentCodec::decodeBatchShip(batch.value).value();
    QCOMPARE(outcome.failures,
        (QList<ItemFailure>{{ids.at(1), {}, ShipmentStateMachine::packageFrozen, u"package in freeze status"_s}}));
    QCOMPARE(writesOf(sandbox, ids.at(0)), 1);
    QCOMPARE(writesOf(sandbox, ids.at(1)), 0);
    QCOMPARE(writesOf(sandbox, ids.at(2)), 1);
    QCOMPARE(getPackage(client, ids.at(0)).status, PackageStatus::Fulfilling);
    QCOMPARE(getPackage(client, ids.at(1)).status, PackageStatus::Processing);
    QCOMPARE(getPackage(client, ids.at(2)).status, PackageStatus::Fulfilling);
}

void TestSandboxFulfillment::marksASellerShippedOrderInTwoParts()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const auto candidates = shippable(shop, false, true);
    const auto twoItems = std::find_if(candidates.cbegin(), candidates.cend(),
        [](const SandboxPackage &entry) { return entry.package.orderLineItemIds.size() >= 2; });
    QVERIFY(twoItems != candidates.cend());
    const QString orderId = twoItems->package.orderIds.first();
    const QString firstItem = twoItems->package.orderLineItemIds.first();
    const QString chinaPost = u"6617675021119438849"_s;
    ApiClient client(sandbox.connection(), sandbox.clock());

    const auto mark = [&](const MarkShippedRequest &request) {
        return waitFor(client.send(ApiCall(EndpointId::OrderPackagesMarkShipped)
                                       .pathArg(u"order_id", orderId)
                                       .jsonBody(FulfillmentCodec::encodeMarkShippedRequest(request))));
    };
    const Finished<QJsonObject> part = mark({u"LZ123456789CN"_s, chinaPost, {firstItem}});
    QVERIFY2(!part.error, qPrintable(describe(part.error)));
    const ShippedPackage split = FulfillmentCodec::decodeShippedPackage(part.value).value();
    QCOMPARE(split.orderId, orderId);
    QCOMPARE(split.lineItemIds, QStringList{firstItem});
    QVERIFY(split.packageId != twoItems->package.id);
    Order order = getOrder(client, orderId);
    QCOMPARE(order.status, OrderStatus::PartiallyShipping);
    QCOMPARE(order.packageIds.size(), 2);
    QCOMPARE(getPackage(client, split.packageId).shippingProviderName, u"China Post"_s);

    const Finished<QJsonObject> rest = mark({u"LZ987654321CN"_s, chinaPost, {}});
    QVERIFY2(!rest.error, qPrintable(describe(rest.error)));
    QCOMPARE(FulfillmentCodec::decodeShippedPackage(rest.value).value().packageId, twoItems->package.id);
    order = getOrder(client, orderId);
    QCOMPARE(order.status, OrderStatus::AwaitingCollection);
    QCOMPARE(writesOf(sandbox, split.packageId), 1);
    QCOMPARE(writesOf(sandbox, twoItems->package.id), 1);
    QCOMPARE(trackingOf(client, orderId).size(), 2);

    const Finished<QJsonObject> third = mark({u"LZ555555555CN"_s, chinaPost, {}});
    QVERIFY(third.error);
    QCOMPARE(third.error->code, ShipmentStateMachine::alreadyShipped);
}

void TestSandboxFulfillment::refusesOrdersThatCannotShip()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const auto unpaid = std::find_if(shop.orders.cbegin(), shop.orders.cend(),
        [](const Order &order) { return order.status == OrderStatus::Unpaid && order.shippingType == u"SELLER"; });
    QVERIFY(unpaid != shop.orders.cend());
    const SandboxPackage tiktok = shippable(shop, false).first();
    const SandboxPackage seller = shippable(shop, false, true).first();
    ApiClient client(sandbox.connection(), sandbox.clock());
    const auto mark = [&](const QString &orderId, const MarkShippedRequest &request) {
        return waitFor(client.send(ApiCall(EndpointId::OrderPackagesMarkShipped)
                                       .pathArg(u"order_id", orderId)
                                       .jsonBody(FulfillmentCodec::encodeMarkShippedRequest(request))));
    };
    const MarkShippedRequest valid{u"LZ123456789CN"_s, u"6617675021119438849"_s, {}};

    QCOMPARE(mark(unpaid->id, valid).error->code, ShipmentStateMachine::notAwaitingShipment);
    QCOMPARE(mark(tiktok.package.orderIds.first(), valid).error->code, 21011004);
    QCOMPARE(mark(u"579999999999999999"_s, valid).error->code, 21008111);
    // A carrier the seller's delivery option does not offer, and a tracking number with spaces.
    QCOMPARE(mark(seller.package.orderIds.first(), {u"LZ123456789CN"_s, u"7208502187360552750"_s, {}}).error->code,
        21011022);
    QCOMPARE(
        mark(seller.package.orderIds.first(), {u"LZ 1234 5678"_s, valid.shippingProviderId, {}}).error->code, 21011022);
    // Seller-shipped packages must say who carries them.
    QCOMPARE(shipOne(client, {seller.package.id, HandoverMethod::DropOff, {}, {}, {}}).error->code, 21011022);
    QCOMPARE(writesOf(sandbox, seller.package.id), 0);
    QCOMPARE(getOrder(client, seller.package.orderIds.first()).status, OrderStatus::AwaitingShipment);
}

void TestSandboxFulfillment::movesShippedOrdersOnWithTheClock()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxPackage entry = shippable(expectedShop(sandbox), false).first();
    const QString orderId = entry.package.orderIds.first();
    const qint64 shippedAt = sandbox.clock().nowSecs();
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!shipOne(client, {entry.package.id, HandoverMethod::Pickup, {}, {}, {}}).error);

    struct Stage
    {
        qint64 advance;
        OrderStatus order;
        PackageStatus package;
        qint64 updateTime;
        qsizetype scans;
    };
    const qint64 collected = shippedAt + ShipmentStateMachine::collectionDelay;
    const qint64 delivered = collected + ShipmentStateMachine::transitDelay;
    const qint64 completed = delivered + ShipmentStateMachine::completionDelay;
    const Stage stages[] = {
        {ShipmentStateMachine::collectionDelay - 60, OrderStatus::AwaitingCollection, PackageStatus::Fulfilling,
            shippedAt, 1},
        {60, OrderStatus::InTransit, PackageStatus::Fulfilling, collected, 2},
        {ShipmentStateMachine::transitDelay, OrderStatus::Delivered, PackageStatus::Completed, delivered, 3},
        {ShipmentStateMachine::completionDelay + day, OrderStatus::Completed, PackageStatus::Completed, completed, 3},
    };
    qint64 now = shippedAt;
    for (const Stage &stage : stages) {
        sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, stage.advance}});
        const qint64 before = now;
        now += stage.advance;
        const Order order = getOrder(client, orderId);
        QCOMPARE(order.status, stage.order);
        QCOMPARE(order.updateTime, stage.updateTime);
        const Package package = getPackage(client, entry.package.id);
        QCOMPARE(package.status, stage.package);
        QCOMPARE(order.lineItems.first().packageStatus, packageStatusToApi(stage.package));
        const QList<TrackingEvent> tracking = trackingOf(client, orderId);
        QCOMPARE(tracking.size(), stage.scans);
        QCOMPARE(tracking.last().timeMs, qMin(stage.updateTime, delivered) * 1000);
        // Each step is seen by an incremental sync from the previous look.
        QCOMPARE(ordersUpdatedSince(client, before + 1).contains(orderId), stage.updateTime > before);
    }
}

void TestSandboxFulfillment::servesAShippingLabelAsAPdf()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxPackage entry = shippable(expectedShop(sandbox), false).first();
    ApiClient client(sandbox.connection(), sandbox.clock());
    const auto document = [&](const QString &type) {
        return waitFor(client.send(ApiCall(EndpointId::PackageShippingDocuments)
                                       .pathArg(u"package_id", entry.package.id)
                                       .query(u"document_type"_s, type)
                                       .query(u"document_format"_s, u"PDF"_s)));
    };
    // No label before the package ships; a packing slip at any time.
    QCOMPARE(document(u"SHIPPING_LABEL"_s).error->code, 21011003);
    QVERIFY(!document(u"PACKING_SLIP"_s).error);
    QCOMPARE(document(u"INVOICE"_s).error->code, 21001001);

    QVERIFY(!shipOne(client, {entry.package.id, HandoverMethod::Pickup, {}, {}, {}}).error);
    const Finished<QJsonObject> label = document(u"SHIPPING_LABEL"_s);
    QVERIFY2(!label.error, qPrintable(describe(label.error)));
    const ShippingDocument doc = FulfillmentCodec::decodeShippingDocument(label.value).value();
    const Package shipped = getPackage(client, entry.package.id);
    QCOMPARE(doc.trackingNumber, shipped.trackingNumber);
    QCOMPARE(doc.url.host(), u"127.0.0.1"_s);
    QCOMPARE(doc.url.port(), sandbox.server().baseUrl().port());
    QVERIFY(doc.url.path().startsWith(u"/sandbox/documents/"_s));

    const auto [status, pdf] = sandbox.httpCall("GET", doc.url.path(QUrl::FullyEncoded));
    QCOMPARE(status, 200);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    QVERIFY(hasValidCrossReferences(pdf));
    QVERIFY(pdf.contains("SHIPPING LABEL"));
    QVERIFY(pdf.contains(entry.package.id.toLatin1()));
    QVERIFY(pdf.contains(shipped.trackingNumber.toLatin1()));
    QCOMPARE(pdf.count("/Type /Page "), 1);

    QCOMPARE(sandbox.httpCall("GET", u"/sandbox/documents/bm90LWEtdG9rZW4.pdf"_s).first, 404);
    sandbox.server().advanceClock(SandboxDocuments::linkLifetime + 1);
    QCOMPARE(sandbox.httpCall("GET", doc.url.path(QUrl::FullyEncoded)).first, 410);
}

void TestSandboxFulfillment::listsDeliveryOptionsAndTheirCarriers()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> answer = waitFor(
        client.send(ApiCall(EndpointId::WarehouseDeliveryOptions).pathArg(u"warehouse_id", shop.warehouseIds.first())));
    QVERIFY2(!answer.error, qPrintable(describe(answer.error)));
    const QList<DeliveryOption> options = FulfillmentCodec::decodeDeliveryOptions(answer.value).value();
    QCOMPARE(options.size(), 4);
    const auto seller = std::find_if(
        options.cbegin(), options.cend(), [](const DeliveryOption &o) { return o.type == u"SEND_BY_SELLER"; });
    QVERIFY(seller != options.cend());

    const Finished<QJsonObject> carriers = waitFor(
        client.send(ApiCall(EndpointId::DeliveryOptionShippingProviders).pathArg(u"delivery_option_id", seller->id)));
    QVERIFY2(!carriers.error, qPrintable(describe(carriers.error)));
    QStringList names;
    const QList<ShippingProvider> providers = FulfillmentCodec::decodeShippingProviders(carriers.value).value();
    for (const ShippingProvider &provider : providers)
        names.append(provider.name);
    for (const QString &name : {u"China Post"_s, u"YunExpress"_s, u"J&T Express"_s, u"DHL eCommerce"_s, u"USPS"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", ")));

    // Every package's delivery option offers its carrier.
    const SandboxPackage entry = shippable(shop, false).first();
    const Finished<QJsonObject> ofPackage
        = waitFor(client.send(ApiCall(EndpointId::DeliveryOptionShippingProviders)
                                  .pathArg(u"delivery_option_id", entry.package.deliveryOptionId)));
    QVERIFY(!ofPackage.error);
    QVERIFY(FulfillmentCodec::decodeShippingProviders(ofPackage.value)
                .value()
                .contains(ShippingProvider{entry.package.shippingProviderId, entry.package.shippingProviderName}));

    const Finished<QJsonObject> unknown = waitFor(
        client.send(ApiCall(EndpointId::WarehouseDeliveryOptions).pathArg(u"warehouse_id", u"7200000000000999"_s)));
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->code, 11005004);
}

void TestSandboxFulfillment::obeysAFaultRuleOnTheBatchRoute()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<SandboxPackage> open = shippable(expectedShop(sandbox), false);
    const QStringList ids{open.at(0).package.id, open.at(1).package.id};
    Result<FaultPlan> plan = FaultPlan::fromJson({{u"rules"_s,
        QJsonArray{QJsonObject{{u"route"_s, batchRoute}, {u"fault"_s, u"503"_s}, {u"count"_s, 1}},
            QJsonObject{{u"route"_s, batchRoute}, {u"fault"_s, u"truncate"_s}, {u"count"_s, 1}}}}});
    QVERIFY(plan.ok());
    sandbox.server().setFaultPlan(plan.value());
    ApiClient client(sandbox.connection(), sandbox.clock());

    // Refused before it took effect, and a ship is not repeated blindly.
    const Finished<QJsonObject> overloaded = shipBatch(client, ids);
    QVERIFY(overloaded.error);
    QCOMPARE(overloaded.error->httpStatus, 503);
    QCOMPARE(requestsTo(sandbox, batchRoute), 1);
    QCOMPARE(writesOf(sandbox, ids.at(0)), 0);

    // Shipped, but the answer broke on the way back: the next try finds the packages shipped.
    const Finished<QJsonObject> truncated = shipBatch(client, ids);
    QVERIFY(truncated.error);
    QCOMPARE(truncated.error->category, ApiErrorCategory::Decode);
    QCOMPARE(writesOf(sandbox, ids.at(0)), 1);
    const Finished<QJsonObject> again = shipBatch(client, ids);
    QVERIFY(!again.error);
    QCOMPARE(FulfillmentCodec::decodeBatchShip(again.value).value().failures.size(), 2);
    QCOMPARE(writesOf(sandbox, ids.at(0)), 1);
    QCOMPARE(writesOf(sandbox, ids.at(1)), 1);
    QCOMPARE(requestsTo(sandbox, batchRoute), 3);
}

void TestSandboxFulfillment::obeysTheGateOnShipping()
{
    SandboxFixture sandbox(sandboxOptions());
    const QString id = shippable(expectedShop(sandbox), false).first().package.id;
    ShopConnection wrongSecret = sandbox.connection();
    wrongSecret.appSecret = Secret("not-the-app-secret");
    ApiClient wrongSigner(wrongSecret, sandbox.clock());
    const Finished<QJsonObject> badSign = shipBatch(wrongSigner, {id});
    QVERIFY(badSign.error);
    QCOMPARE(badSign.error->code, 106001);

    ShopConnection otherCipher = sandbox.connection();
    otherCipher.shopCipher = u"ROW_notacipherofthisapp"_s;
    ApiClient stranger(otherCipher, sandbox.clock());
    const Finished<QJsonObject> badShop = shipOne(stranger, {id, HandoverMethod::Pickup, {}, {}, {}});
    QVERIFY(badShop.error);
    QCOMPARE(badShop.error->code, 36009004);

    // The second shop cannot ship the first shop's package.
    ApiClient secondShop(sandbox.connection(1), sandbox.clock());
    QCOMPARE(shipOne(secondShop, {id, HandoverMethod::Pickup, {}, {}, {}}).error->code, 21011028);
    QCOMPARE(writesOf(sandbox, id), 0);
}

QTEST_GUILESS_MAIN(TestSandboxFulfillment)
#include "tst_sandboxfulfillment.moc"
