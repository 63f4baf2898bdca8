#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "api/apiclient.h"
#include "api/fulfillmentservice.h"
#include "api/shopsession.h"
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

constexpr quint64 seed = 5;
constexpr int products = 40;
// Enough orders for more than one ship batch of packages that can ship.
constexpr int orders = 1000;
const QString batchRoute = u"POST /fulfillment/{version}/packages/ship"_s;
const QString searchRoute = u"POST /fulfillment/{version}/packages/search"_s;

SandboxOptions sandboxOptions()
{
    return SandboxOptions{.seed = seed, .productsPerShop = products, .ordersPerShop = orders};
}

SandboxShop expectedShop(SandboxFixture &sandbox)
{
    return SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
}

/// Ids of packages of orders awaiting shipment that ship with TikTok shipping (or by the seller).
QStringList shippable(const SandboxShop &shop, bool frozen, bool sellerShipping = false)
{
    QStringList ids;
    for (const SandboxPackage &entry : PackageSeed::derive(shop)) {
        const Order &order = shop.orders.at(entry.orderRow);
        if (order.status == OrderStatus::AwaitingShipment && entry.frozen == frozen
            && order.fulfillmentType == u"FULFILLMENT_BY_SELLER" && (order.shippingType == u"SELLER") == sellerShipping)
            ids.append(entry.package.id);
    }
    return ids;
}

QList<ShipRequest> tiktokShipping(const QStringList &ids)
{
    QList<ShipRequest> requests;
    for (const QString &id : ids)
        requests.append({id, HandoverMethod::Pickup, std::nullopt, {}, {}});
    return requests;
}

QString describe(const std::optional<ApiError> &error)
{
    return error ? error->toString() : QString();
}

int requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
}

qint64 writesOf(SandboxFixture &sandbox, const QString &id)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInteger();
}

void setFaults(SandboxFixture &sandbox, const QJsonArray &rules)
{
    const Result<FaultPlan> plan = FaultPlan::fromJson({{u"rules"_s, rules}});
    QVERIFY(plan.ok());
    sandbox.server().setFaultPlan(plan.value());
}

} // namespace

/// FulfillmentService through a ShopSession against the sandbox over loopback HTTP.
class TestFulfillmentService final : public QObject
{
    Q_OBJECT

private slots:
    void searchesEveryPackageWithProgress();
    void cancelsASearchBeforeTheLastPage();
    void shipsOnePackageAndRefusesItTwice();
    void shipsInServerSizedBatchesWithAResultPerPackage();
    void retriesOnlyThePackagesThatDidNotShip();
    void marksASellerShipmentAndFollowsItsTracking();
    void downloadsAShippingLabel();
    void listsDeliveryOptionsAndTheirCarriers();
};

void TestFulfillmentService::searchesEveryPackageWithProgress()
{
    SandboxFixture sandbox(sandboxOptions());
    const QList<SandboxPackage> expected = PackageSeed::derive(expectedShop(sandbox));
    ShopSession session(sandbox.connection(), sandbox.clock());

    const Finished<QList<Package>> all = waitFor(session.fulfillment().searchPackages({}));
    QVERIFY2(all.finished && !all.error, qPrintable(describe(all.error)));
    QCOMPARE(all.value.size(), expected.size());
    QCOMPARE(requestsTo(sandbox, searchRoute), int((expected.size() + 49) / 50));
    QCOMPARE(all.progress.last(), (std::pair<qint64, qint64>(expected.size(), expected.size())));

    PackageQuery query;
    query.status = PackageStatus::Processing;
    query.sortField = PackageSortField::UpdateTime;
    query.sortOrder = Qt::AscendingOrder;
    const Finished<QList<Package>> processing = waitFor(session.fulfillment().searchPackages(query));
    QVERIFY2(processing.finished && !processing.error, qPrintable(describe(processing.error)));
    const auto count = std::count_if(expected.cbegin(), expected.cend(),
        [](const SandboxPackage &entry) { return entry.package.status == PackageStatus::Processing; });
    QCOMPARE(processing.value.size(), count);
    for (qsizetype i = 0; i < processing.value.size(); ++i) {
        QCOMPARE(processing.value.at(i).status, PackageStatus::Processing);
        if (i > 0)
            QVERIFY(processing.value.at(i - 1).updateTime <= processing.value.at(i).updateTime);
    }

    const Finished<Package> one = waitFor(session.fulfillment().getPackage(expected.first().package.id));
    QVERIFY2(one.finished && !one.error, qPrintable(describe(one.error)));
    QCOMPARE(one.value, expected.first().package);
}

void TestFulfillmentService::cancelsASearchBeforeTheLastPage()
{
    SandboxFixture sandbox(sandboxOptions());
    ShopSession session(sandbox.connection(), sandbox.clock());
    Reply<QList<Package>> *reply = session.fulfillment().searchPackages({});
    QObject context;
    connect(reply, &ApiReply::progress, &context, [reply] { reply->cancel(); });
    const Finished<QList<Package>> result = waitFor(reply);
    QVERIFY(result.finished);
    QVERIFY(result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Cancelled);
    QCOMPARE(requestsTo(sandbox, searchRoute), 1);
}

void TestFulfillmentService::shipsOnePackageAndRefusesItTwice()
{
    SandboxFixture sandbox(sandboxOptions());
    const QString id = shippable(expectedShop(sandbox), false).first();
    ShopSession session(sandbox.connection(), sandbox.clock());
    FulfillmentService &service = session.fulfillment();
    const ShipRequest request{id, HandoverMethod::DropOff, std::nullopt, {}, {}};

    QSignalSpy first(service.shipPackage(request), &ApiReply::finished);
    QVERIFY(first.wait(10000));
    QCOMPARE(waitFor(service.getPackage(id)).value.status, PackageStatus::Fulfilling);

    ApiReply *again = service.shipPackage(request);
    std::optional<ApiError> refusal;
    QObject context;
    connect(again, &ApiReply::finished, &context, [again, &refusal] { refusal = again->error(); });
    QTRY_VERIFY_WITH_TIMEOUT(refusal.has_value(), 10000);
    QCOMPARE(refusal->code, ShipmentStateMachine::alreadyShipped);
    QCOMPARE(refusal->category, ApiErrorCategory::InvalidParameter);
    QVERIFY(!refusal->retrySafe);
    QCOMPARE(writesOf(sandbox, id), 1);
}

void TestFulfillmentService::shipsInServerSizedBatchesWithAResultPerPackage()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const QStringList open = shippable(shop, false);
    const QStringList frozen = shippable(shop, true);
    QVERIFY2(open.size() >= 60 && !frozen.isEmpty(), qPrintable(QString::number(open.size())));
    QStringList ids = open.mid(0, 60);
    ids.insert(10, frozen.first());
    ids.append(u"1159999999999999999"_s); // no such package
    ids.append(ids.first()); // listed twice, sent once
    ShopSession session(sandbox.connection(), sandbox.clock());

    const Finished<QList<PackageShipResult>> result = waitFor(session.fulfillment().shipPackages(tiktokShipping(ids)));
    QVERIFY2(result.finished && !result.error, qPrintable(describe(result.error)));
    QCOMPARE(result.value.size(), 62);
    QCOMPARE(requestsTo(sandbox, batchRoute), 2);
    QCOMPARE(result.progress, (QList<std::pair<qint64, qint64>>{{50, 62}, {62, 62}}));
    for (qsizetype i = 0; i < result.value.size(); ++i) {
        const PackageShipResult &row = result.value.at(i);
        QCOMPARE(row.packageId, ids.at(i));
        if (row.packageId == frozen.first()) {
            QCOMPARE(row.state, PackageShipResult::State::Refused);
            QCOMPARE(row.error->code, ShipmentStateMachine::packageFrozen);
            QCOMPARE(row.error->message, u"package in freeze status"_s);
        } else if (i == 61) {
            QCOMPARE(row.state, PackageShipResult::State::Refused);
            QCOMPARE(row.error->code, 21011028);
        } else {
            QVERIFY2(row.state == PackageShipResult::State::Shipped, qPrintable(describe(row.error)));
            QCOMPARE(writesOf(sandbox, row.packageId), 1);
        }
    }
    QCOMPARE(writesOf(sandbox, frozen.first()), 0);
}

void TestFulfillmentService::retriesOnlyThePackagesThatDidNotShip()
{
    SandboxFixture sandbox(sandboxOptions());
    const QStringList ids = shippable(expectedShop(sandbox), false).mid(0, 60);
    // The first batch is refused by an overloaded server, the second ships but its answer is lost.
    setFaults(sandbox,
        {QJsonObject{{u"route"_s, batchRoute}, {u"fault"_s, u"503"_s}, {u"count"_s, 1}},
            QJsonObject{{u"route"_s, batchRoute}, {u"fault"_s, u"truncate"_s}, {u"count"_s, 1}}});
    ShopSession session(sandbox.connection(), sandbox.clock());
    FulfillmentService &service = session.fulfillment();

    const Finished<QList<PackageShipResult>> first = waitFor(service.shipPackages(tiktokShipping(ids)));
    QVERIFY2(first.finished && !first.error, qPrintable(describe(first.error)));
    // Neither failure is repeated on its own: a ship is not safe to send twice blindly.
    QCOMPARE(requestsTo(sandbox, batchRoute), 2);
    QStringList unconfirmed;
    for (const PackageShipResult &row : first.value) {
        QCOMPARE(row.state, PackageShipResult::State::Unconfirmed);
        QVERIFY(row.error && !row.error->retrySafe);
        unconfirmed.append(row.packageId);
    }
    QCOMPARE(first.value.first().error->httpStatus, 503);
    QCOMPARE(first.value.last().error->category, ApiErrorCategory::Decode);

    // The caller reads what really happened and sends again only what did not ship.
    QStringList retry;
    for (const QString &id : unconfirmed) {
        const Finished<Package> package = waitFor(service.getPackage(id));
        QVERIFY(!package.error);
        if (package.value.status == PackageStatus::Processing)
            retry.append(id);
    }
    QCOMPARE(retry, ids.mid(0, 50));
    const Finished<QList<PackageShipResult>> second = waitFor(service.shipPackages(tiktokShipping(retry)));
    QVERIFY(!second.error);
    for (const PackageShipResult &row : second.value)
        QCOMPARE(row.state, PackageShipResult::State::Shipped);
    for (const QString &id : ids)
        QCOMPARE(writesOf(sandbox, id), 1);
    QCOMPARE(requestsTo(sandbox, batchRoute), 3);
}

void TestFulfillmentService::marksASellerShipmentAndFollowsItsTracking()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    const QString packageId = shippable(shop, false, true).first();
    const QString orderId = [&] {
        for (const Order &order : shop.orders) {
            if (order.packageIds.contains(packageId))
                return order.id;
        }
        return QString();
    }();
    ShopSession session(sandbox.connection(), sandbox.clock());
    FulfillmentService &service = session.fulfillment();

    const Finished<Package> before = waitFor(service.getPackage(packageId));
    const Finished<QList<ShippingProvider>> carriers
        = waitFor(service.shippingProviders(before.value.deliveryOptionId));
    QVERIFY2(!carriers.error, qPrintable(describe(carriers.error)));
    const ShippingProvider yun = carriers.value.at(1);
    QCOMPARE(yun.name, u"YunExpress"_s);

    const Finished<ShippedPackage> shipped
        = waitFor(service.markShipped(orderId, {u"YT2412345678901234"_s, yun.id, {}}));
    QVERIFY2(shipped.finished && !shipped.error, qPrintable(describe(shipped.error)));
    QCOMPARE(shipped.value.packageId, packageId);
    QCOMPARE(shipped.value.orderId, orderId);
    const Finished<Package> after = waitFor(service.getPackage(packageId));
    QCOMPARE(after.value.trackingNumber, u"YT2412345678901234"_s);
    QCOMPARE(after.value.shippingProviderName, u"YunExpress"_s);

    QCOMPARE(waitFor(service.tracking(orderId)).value.size(), 1);
    sandbox.server().advanceClock(ShipmentStateMachine::collectionDelay);
    const Finished<QList<TrackingEvent>> tracking = waitFor(service.tracking(orderId));
    QVERIFY2(!tracking.error, qPrintable(describe(tracking.error)));
    QCOMPARE(tracking.value.size(), 2);
    QVERIFY(tracking.value.last().description.contains(u"YunExpress"_s));
    QVERIFY(tracking.value.first().timeMs < tracking.value.last().timeMs);

    const Finished<ShippedPackage> twice = waitFor(service.markShipped(orderId, {u"YT999999999"_s, yun.id, {}}));
    QVERIFY(twice.error);
    QCOMPARE(twice.error->code, ShipmentStateMachine::alreadyShipped);
}

void TestFulfillmentService::downloadsAShippingLabel()
{
    SandboxFixture sandbox(sandboxOptions());
    const QString id = shippable(expectedShop(sandbox), false).first();
    ShopSession session(sandbox.connection(), sandbox.clock());
    FulfillmentService &service = session.fulfillment();
    QSignalSpy shipped(service.shipPackage({id, HandoverMethod::Pickup, std::nullopt, {}, {}}), &ApiReply::finished);
    QVERIFY(shipped.wait(10000));

    const Finished<ShippingDocument> label = waitFor(service.shippingDocument(id, ShippingDocumentType::ShippingLabel));
    QVERIFY2(label.finished && !label.error, qPrintable(describe(label.error)));
    QVERIFY(!label.value.trackingNumber.isEmpty());
    const Finished<QByteArray> pdf = waitFor(service.downloadDocument(label.value));
    QVERIFY2(pdf.finished && !pdf.error, qPrintable(describe(pdf.error)));
    QVERIFY(pdf.value.startsWith("%PDF-"));
    QVERIFY(pdf.value.contains(label.value.trackingNumber.toLatin1()));
    QVERIFY(pdf.value.contains(id.toLatin1()));

    const Finished<ShippingDocument> slip = waitFor(service.shippingDocument(id, ShippingDocumentType::PackingSlip));
    QVERIFY(!slip.error);
    QVERIFY(waitFor(service.downloadDocument(slip.value)).value.contains("PACKING SLIP"));

    // Something that is no PDF in its place is refused; so is a link past its 24 hours.
    ShippingDocument notPdf = label.value;
    notPdf.url.setPath(u"/sandbox/stats"_s);
    const Finished<QByteArray> json = waitFor(service.downloadDocument(notPdf));
    QVERIFY(json.error);
    QCOMPARE(json.error->category, ApiErrorCategory::Decode);
    sandbox.server().advanceClock(SandboxDocuments::linkLifetime + 1);
    const Finished<QByteArray> expired = waitFor(service.downloadDocument(label.value));
    QVERIFY(expired.error);
    QCOMPARE(expired.error->httpStatus, 410);
    QCOMPARE(expired.error->category, ApiErrorCategory::InvalidParameter);
    ShippingDocument local = label.value;
    local.url = QUrl(u"file:///etc/passwd"_s);
    QCOMPARE(waitFor(service.downloadDocument(local)).error->category, ApiErrorCategory::InvalidParameter);
}

void TestFulfillmentService::listsDeliveryOptionsAndTheirCarriers()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = expectedShop(sandbox);
    ShopSession session(sandbox.connection(), sandbox.clock());
    FulfillmentService &service = session.fulfillment();
    const Finished<QList<DeliveryOption>> options = waitFor(service.deliveryOptions(shop.warehouseIds.last()));
    QVERIFY2(options.finished && !options.error, qPrintable(describe(options.error)));
    QCOMPARE(options.value.size(), 4);
    QCOMPARE(options.value.first().name, u"Standard shipping"_s);
    const Finished<QList<ShippingProvider>> standard = waitFor(service.shippingProviders(options.value.first().id));
    QVERIFY(!standard.error);
    QCOMPARE(standard.value.first().name, u"USPS"_s);

    const Finished<QList<DeliveryOption>> unknown = waitFor(service.deliveryOptions(u"7200000000000999"_s));
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->code, 11005004);
}

QTEST_GUILESS_MAIN(TestFulfillmentService)
#include "tst_fulfillmentservice.moc"
