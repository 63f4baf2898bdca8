#include <QTest>

#include "sandbox/shipmentstatemachine.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 shippedAt = 1'700'000'000;
using Machine = ShipmentStateMachine;

} // namespace

/// The sandbox's shipment rules, alone: who may ship, what an order becomes, and the timeline.
class TestShipmentStateMachine final : public QObject
{
    Q_OBJECT

private slots:
    void decidesWhetherAPackageShips_data();
    void decidesWhetherAPackageShips();
    void setsTheOrderStatusFromItsShippedPackages_data();
    void setsTheOrderStatusFromItsShippedPackages();
    void movesAShippedOrderOnAtTheNamedDelays_data();
    void movesAShippedOrderOnAtTheNamedDelays();
    void listsTheTimelineInOrder();
    void matchesPackageStatusesToOrderStatuses();
    void namesTheCarrierInItsScans();
};

void TestShipmentStateMachine::decidesWhetherAPackageShips_data()
{
    QTest::addColumn<OrderStatus>("order");
    QTest::addColumn<PackageStatus>("package");
    QTest::addColumn<bool>("frozen");
    QTest::addColumn<bool>("platform");
    QTest::addColumn<qint64>("code");

    QTest::newRow("an order awaiting shipment ships")
        << OrderStatus::AwaitingShipment << PackageStatus::Processing << false << false << qint64(0);
    QTest::newRow("the rest of a partially shipped order ships")
        << OrderStatus::PartiallyShipping << PackageStatus::Processing << false << false << qint64(0);
    QTest::newRow("a package on its way does not ship again")
        << OrderStatus::AwaitingCollection << PackageStatus::Fulfilling << false << false << Machine::alreadyShipped;
    QTest::newRow("the shipped half of a partially shipped order does not ship again")
        << OrderStatus::PartiallyShipping << PackageStatus::Fulfilling << false << false << Machine::alreadyShipped;
    QTest::newRow("a delivered package does not ship again")
        << OrderStatus::Delivered << PackageStatus::Completed << false << false << Machine::alreadyShipped;
    QTest::newRow("a frozen package does not ship")
        << OrderStatus::AwaitingShipment << PackageStatus::Processing << true << false << Machine::packageFrozen;
    QTest::newRow("an unpaid order does not ship")
        << OrderStatus::Unpaid << PackageStatus::Processing << false << false << Machine::notAwaitingShipment;
    QTest::newRow("an order on hold does not ship")
        << OrderStatus::OnHold << PackageStatus::Processing << false << false << Machine::notAwaitingShipment;
    QTest::newRow("a cancelled order does not ship")
        << OrderStatus::Cancelled << PackageStatus::Processing << false << false << Machine::orderCancelled;
    QTest::newRow("a cancelled package does not ship")
        << OrderStatus::AwaitingShipment << PackageStatus::Cancelled << false << false << Machine::orderCancelled;
    QTest::newRow("an order TikTok's warehouse fulfils is not the seller's to ship")
        << OrderStatus::AwaitingShipment << PackageStatus::Processing << false << true << Machine::fulfilledByPlatform;
}

void TestShipmentStateMachine::decidesWhetherAPackageShips()
{
    QFETCH(OrderStatus, order);
    QFETCH(PackageStatus, package);
    QFETCH(bool, frozen);
    QFETCH(bool, platform);
    QFETCH(qint64, code);
    const std::optional<ShipRefusal> refusal = Machine::checkShip({order, package, frozen, platform});
    QCOMPARE(refusal ? refusal->code : 0, code);
    if (refusal)
        QVERIFY(!refusal->message.isEmpty());
}

void TestShipmentStateMachine::setsTheOrderStatusFromItsShippedPackages_data()
{
    QTest::addColumn<qsizetype>("shipped");
    QTest::addColumn<qsizetype>("total");
    QTest::addColumn<OrderStatus>("status");
    QTest::newRow("nothing shipped yet") << qsizetype(0) << qsizetype(1) << OrderStatus::AwaitingShipment;
    QTest::newRow("one of two packages shipped") << qsizetype(1) << qsizetype(2) << OrderStatus::PartiallyShipping;
    QTest::newRow("the only package shipped") << qsizetype(1) << qsizetype(1) << OrderStatus::AwaitingCollection;
    QTest::newRow("the last of three packages shipped")
        << qsizetype(3) << qsizetype(3) << OrderStatus::AwaitingCollection;
}

void TestShipmentStateMachine::setsTheOrderStatusFromItsShippedPackages()
{
    QFETCH(qsizetype, shipped);
    QFETCH(qsizetype, total);
    QFETCH(OrderStatus, status);
    QCOMPARE(Machine::statusAfterShipping(shipped, total), status);
}

void TestShipmentStateMachine::movesAShippedOrderOnAtTheNamedDelays_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<OrderStatus>("status");
    const qint64 collected = Machine::collectionDelay;
    const qint64 delivered = collected + Machine::transitDelay;
    const qint64 completed = delivered + Machine::completionDelay;
    QTest::newRow("just shipped") << qint64(0) << OrderStatus::AwaitingCollection;
    QTest::newRow("a second before collection") << collected - 1 << OrderStatus::AwaitingCollection;
    QTest::newRow("collected") << collected << OrderStatus::InTransit;
    QTest::newRow("a second before delivery") << delivered - 1 << OrderStatus::InTransit;
    QTest::newRow("delivered") << delivered << OrderStatus::Delivered;
    QTest::newRow("a second before completion") << completed - 1 << OrderStatus::Delivered;
    QTest::newRow("completed") << completed << OrderStatus::Completed;
    QTest::newRow("long after") << completed * 10 << OrderStatus::Completed;
}

void TestShipmentStateMachine::movesAShippedOrderOnAtTheNamedDelays()
{
    QFETCH(qint64, elapsed);
    QFETCH(OrderStatus, status);
    QCOMPARE(Machine::statusAt(shippedAt, shippedAt + elapsed), status);
}

void TestShipmentStateMachine::listsTheTimelineInOrder()
{
    const auto steps = Machine::timeline(shippedAt);
    QCOMPARE(steps[0].status, OrderStatus::InTransit);
    QCOMPARE(steps[0].at, shippedAt + Machine::collectionDelay);
    QCOMPARE(steps[1].status, OrderStatus::Delivered);
    QCOMPARE(steps[2].status, OrderStatus::Completed);
    QVERIFY(steps[0].at < steps[1].at && steps[1].at < steps[2].at);
}

void TestShipmentStateMachine::matchesPackageStatusesToOrderStatuses()
{
    QCOMPARE(Machine::packageStatusFor(OrderStatus::AwaitingShipment), PackageStatus::Processing);
    QCOMPARE(Machine::packageStatusFor(OrderStatus::AwaitingCollection), PackageStatus::Fulfilling);
    QCOMPARE(Machine::packageStatusFor(OrderStatus::InTransit), PackageStatus::Fulfilling);
    QCOMPARE(Machine::packageStatusFor(OrderStatus::Delivered), PackageStatus::Completed);
    QCOMPARE(Machine::packageStatusFor(OrderStatus::Completed), PackageStatus::Completed);
    QCOMPARE(Machine::packageStatusFor(OrderStatus::Cancelled), PackageStatus::Cancelled);
}

void TestShipmentStateMachine::namesTheCarrierInItsScans()
{
    QVERIFY(Machine::trackingDescription(OrderStatus::AwaitingCollection, u"Royal Mail"_s).contains(u"Royal Mail"_s));
    QVERIFY(Machine::trackingDescription(OrderStatus::InTransit, u"Evri"_s).contains(u"Evri"_s));
    QVERIFY(!Machine::trackingDescription(OrderStatus::Delivered, u"Evri"_s).isEmpty());
    // Completion closes the return window; no carrier scans it.
    QVERIFY(Machine::trackingDescription(OrderStatus::Completed, u"Evri"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestShipmentStateMachine)
#include "tst_shipmentstatemachine.moc"
