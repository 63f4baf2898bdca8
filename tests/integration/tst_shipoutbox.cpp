#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "shopoutboxfixture.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shipplan.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A session, a cache file and the shop's outbox on the sandbox, with a plan for shipping
/// `count` orders that await shipment.
class ShipRig : public ShopOutboxFixture
{
public:
    explicit ShipRig(int ordersPerShop = 400)
        : ShopOutboxFixture(options(ordersPerShop))
    { }

    static SandboxOptions options(int orders)
    {
        SandboxOptions options;
        options.ordersPerShop = orders;
        options.productsPerShop = 30;
        return options;
    }

    /// A plan for the first `count` awaiting orders, with carriers and tracking numbers filled in.
    ShipPlan plan(int count)
    {
        OrderQuery awaiting;
        awaiting.status = OrderStatus::AwaitingShipment;
        QList<Order> orders = waitFor(session.orders().search(awaiting)).value.mid(0, count);
        PackageQuery processing;
        processing.status = PackageStatus::Processing;
        QHash<QString, Package> packages;
        for (const Package &package : waitFor(session.fulfillment().searchPackages(processing)).value)
            packages.insert(package.id, package);
        ShipPlan plan(orders, packages);
        for (const QString &id : plan.packagesNeedingDetail())
            plan.setPackageDetail(waitFor(session.fulfillment().getPackage(id)).value);
        for (const QString &option : plan.deliveryOptionIds())
            plan.setProviders(option, waitFor(session.fulfillment().shippingProviders(option)).value);
        // The carrier offered to the most delivery options.
        QHash<QString, int> offered;
        for (const QString &option : plan.deliveryOptionIds()) {
            for (const ShippingProvider &provider : waitFor(session.fulfillment().shippingProviders(option)).value)
                ++offered[provider.id];
        }
        QString best;
        for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
            if (best.isEmpty() || it.value() > offered.value(best))
                best = it.key();
        }
        if (!best.isEmpty())
            plan.setProvider(best);
        QStringList tracking;
        for (int i = 0; i < plan.rows().size(); ++i)
            tracking.append(u"SDTEST%1"_s.arg(100000 + i));
        plan.pasteTrackingNumbers(tracking.join(u'\n'));
        return plan;
    }

    QList<OutboxCommand> batch(const QString &batchId) { return outbox->outbox().batch(batchId).value(); }
    QJsonObject writes() { return sandbox.server().stats().value(u"writes"_s).toObject(); }
};

} // namespace

/// Batch shipping through the outbox against the sandbox: every package written exactly once,
/// through faults, refusals and lost answers.
class TestShipOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void planChecksBeforeSending();
    void shipsFiftyOrdersWithAResultEach();
    void survivesServerFaultsWithoutShippingTwice_data();
    void survivesServerFaultsWithoutShippingTwice();
};

void TestShipOutbox::planChecksBeforeSending()
{
    ShipRig rig;
    ShipPlan plan = rig.plan(30);
    QVERIFY(plan.hasSellerShipping());
    QVERIFY(plan.validCount() > 0);
    // A tracking number given twice is caught before anything is sent.
    int first = -1;
    int second = -1;
    for (int i = 0; i < plan.rows().size(); ++i) {
        if (!plan.rows().at(i).sellerShipping || !plan.rows().at(i).isValid())
            continue;
        (first < 0 ? first : second) = i;
        if (second >= 0)
            break;
    }
    QVERIFY(second > first);
    plan.setTrackingNumber(second, plan.rows().at(first).trackingNumber);
    QVERIFY(!plan.rows().at(second).isValid());
    QVERIFY(plan.rows().at(second).problem.contains(plan.rows().at(first).trackingNumber));
    plan.setTrackingNumber(second, u"not a number!"_s);
    QVERIFY(plan.rows().at(second).problem.contains(u"does not look like"_s));
}

void TestShipOutbox::shipsFiftyOrdersWithAResultEach()
{
    ShipRig rig;
    const ShipPlan plan = rig.plan(50);
    const int valid = plan.validCount();
    QVERIFY(valid >= 40);
    const auto batch = rig.outbox->submitShipments(plan);
    QVERIFY(batch.ok());
    QCOMPARE(rig.runToEnd(), QString());

    const QList<OutboxCommand> commands = rig.batch(batch.value());
    QCOMPARE(commands.size(), valid);
    int done = 0;
    for (const OutboxCommand &command : commands) {
        if (command.state == OutboxState::Done) {
            ++done;
            QCOMPARE(rig.writes().value(command.objectId).toInt(), 1);
            const Package package = waitFor(rig.session.fulfillment().getPackage(command.objectId)).value;
            QCOMPARE(package.status, PackageStatus::Fulfilling);
        } else {
            // Refused by the server (the sandbox freezes some packages): the reason is kept, nothing
            // was written.
            QCOMPARE(command.state, OutboxState::Failed);
            QCOMPARE(command.lastError, u"package in freeze status"_s);
            QCOMPARE(rig.writes().value(command.objectId).toInt(), 0);
        }
    }
    QVERIFY(done >= valid / 2);
    // The orders moved on in the sandbox.
    const QStringList orderIds = [&commands] {
        QStringList ids;
        for (const OutboxCommand &command : commands)
            if (command.state == OutboxState::Done)
                ids.append(command.payload.value(u"order_id").toString());
        return ids;
    }();
    for (const Order &order : waitFor(rig.session.orders().getOrders(orderIds)).value)
        QVERIFY2(order.status == OrderStatus::AwaitingCollection || order.status == OrderStatus::PartiallyShipping,
            qPrintable(orderStatusToApi(order.status)));
}

void TestShipOutbox::survivesServerFaultsWithoutShippingTwice_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("server errors before the write") << u"500"_s;
    QTest::newRow("answers lost after the write") << u"truncate"_s;
    QTest::newRow("dropped connections") << u"drop"_s;
    QTest::newRow("rate limit bursts") << u"429"_s;
}

void TestShipOutbox::survivesServerFaultsWithoutShippingTwice()
{
    QFETCH(QString, fault);
    ShipRig rig;
    const ShipPlan plan = rig.plan(60);
    rig.sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"seed"_s, 7},
            {u"rules"_s,
                QJsonArray{QJsonObject{{u"route"_s, u"POST /fulfillment/{version}/packages/ship"_s},
                    {u"fault"_s, fault}, {u"fraction"_s, 0.5}}}}});
    const auto batch = rig.outbox->submitShipments(plan);
    QVERIFY(batch.ok());
    QCOMPARE(rig.runToEnd(), QString());
    int done = 0;
    for (const OutboxCommand &command : rig.batch(batch.value())) {
        QVERIFY2(command.state == OutboxState::Done
                || (command.state == OutboxState::Failed && command.lastError == u"package in freeze status"_s),
            qPrintable(outboxStateName(command.state) + u' ' + command.lastError));
        done += command.state == OutboxState::Done;
        QVERIFY(rig.writes().value(command.objectId).toInt() <= 1);
        QCOMPARE(rig.writes().value(command.objectId).toInt(), command.state == OutboxState::Done ? 1 : 0);
    }
    QVERIFY(done >= plan.validCount() / 2);
}

QTEST_GUILESS_MAIN(TestShipOutbox)
#include "tst_shipoutbox.moc"
