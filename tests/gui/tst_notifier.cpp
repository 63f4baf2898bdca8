#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "api/returnservice.h"
#include "api/shopsession.h"
#include "mainwindow.h"
#include "models/ordertablemodel.h"
#include "notifier.h"
#include "panes/pane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "sync/aftersalecatalog.h"
#include "sync/orderalerts.h"
#include "sync/ordercatalog.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

Order order(const QString &id, OrderStatus status, qint64 shipBy)
{
    Order order;
    order.id = id;
    order.status = status;
    order.rtsSlaTime = shipBy;
    return order;
}

qsizetype countOf(const QSignalSpy &spy, Notifier::Kind kind)
{
    return std::count_if(spy.cbegin(), spy.cend(),
        [kind](const QList<QVariant> &args) { return args.at(2).value<Notifier::Kind>() == kind; });
}

QList<OrderRow> shownOrders(MainWindow &window)
{
    const auto *model = window.findChild<OrderTableModel *>();
    return model ? model->rows().rows() : QList<OrderRow>();
}

} // namespace

/// What ShopDesk tells the seller unasked, and that it says each thing once.
class TestNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void picksOrdersToShipAndCloseDeadlines();
    void tellsOrdersToShipOnceAfterASync();
    void asksOnceToAuthorizeAgain();
    void tellsReturnRequestsOnce();
};

void TestNotifier::picksOrdersToShipAndCloseDeadlines()
{
    const qint64 now = 1'790'000'000;
    const QList<Order> orders{order(u"soon"_s, OrderStatus::AwaitingShipment, now + 2 * 3600),
        order(u"later"_s, OrderStatus::AwaitingShipment, now + 30 * 3600),
        order(u"overdue"_s, OrderStatus::AwaitingShipment, now - 3600),
        order(u"shipped"_s, OrderStatus::InTransit, now + 3600),
        order(u"sooner"_s, OrderStatus::AwaitingShipment, now + 3600),
        order(u"undated"_s, OrderStatus::AwaitingShipment, 0)};
    QCOMPARE(
        OrderAlerts::toShip(orders), (QStringList{u"soon"_s, u"later"_s, u"overdue"_s, u"sooner"_s, u"undated"_s}));
    QCOMPARE(OrderAlerts::slaExpiring(orders, now), (QStringList{u"sooner"_s, u"soon"_s}));
    QCOMPARE(OrderAlerts::slaExpiring(orders, now, 31 * 3600), (QStringList{u"sooner"_s, u"soon"_s, u"later"_s}));
    QCOMPARE(OrderAlerts::earliestDeadline(orders, {u"soon"_s, u"later"_s}), now + 2 * 3600);
    QCOMPARE(OrderAlerts::earliestDeadline(orders, {u"undated"_s}), 0);
}

void TestNotifier::tellsOrdersToShipOnceAfterASync()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    auto *notifier = window.findChild<Notifier *>(u"notifier"_s);
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &Notifier::notified);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(notified, Notifier::Kind::OrdersToShip), 1, 20000);

    const QList<OrderRow> orders = shownOrders(window);
    const qsizetype toShip = OrderAlerts::toShip(orders).size();
    QVERIFY(toShip > 0);
    const QList<QVariant> first = *std::find_if(notified.cbegin(), notified.cend(),
        [](const QList<QVariant> &args) { return args.at(2).value<Notifier::Kind>() == Notifier::Kind::OrdersToShip; });
    QVERIFY2(first.at(0).toString().startsWith(QString::number(toShip) + u' '), qPrintable(first.at(0).toString()));
    // The seeded shop has orders whose ship-by time is close: one warning names how many.
    const QStringList expiring = OrderAlerts::slaExpiring(orders, sandbox.clock().nowSecs());
    QCOMPARE(countOf(notified, Notifier::Kind::SlaExpiring), expiring.isEmpty() ? 0 : 1);
    // Offscreen there is no tray: the window's banner says it.
    QVERIFY(!notifier->usesTray());
    auto *banner = window.findChild<MessageBanner *>(u"windowBanner"_s);
    QVERIFY(banner->isVisible());

    // Another sync with nothing new says nothing again.
    QSignalSpy loaded(window.findChild<OrderCatalog *>(), &OrderCatalog::ordersLoaded);
    window.findChild<Pane *>(u"ordersPane"_s)->reload();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(loaded.cbegin(), loaded.cend(),
                                 [](const QList<QVariant> &args) {
                                     return args.at(1).value<OrderCatalog::Source>() == OrderCatalog::Source::Server;
                                 }),
        20000);
    QCOMPARE(countOf(notified, Notifier::Kind::OrdersToShip), 1);
    QCOMPARE(countOf(notified, Notifier::Kind::SlaExpiring), expiring.isEmpty() ? 0 : 1);
}

void TestNotifier::asksOnceToAuthorizeAgain()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.refreshToken = Secret("TTP_revoked_long_ago");
    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 8 * 86400}});
    ShopSession session(connection, sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    auto *notifier = window.findChild<Notifier *>(u"notifier"_s);
    QSignalSpy notified(notifier, &Notifier::notified);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(notified, Notifier::Kind::ReauthorizationNeeded), 1, 20000);
    // Every pane's first call fails the same way; the seller hears it once, with a way out.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Pane *>(u"ordersPane"_s)->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Pane *>(u"productsPane"_s)->isLoaded(), 20000);
    QCOMPARE(countOf(notified, Notifier::Kind::ReauthorizationNeeded), 1);
    auto *banner = window.findChild<MessageBanner *>(u"windowBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"authorized again"_s), qPrintable(banner->text()));
    QVERIFY(banner->findChild<QPushButton *>(u"bannerAction"_s)->isVisible());
    QCOMPARE(countOf(notified, Notifier::Kind::OrdersToShip), 0);
}

void TestNotifier::tellsReturnRequestsOnce()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    // The seeded shop has buyers' return requests that wait for the seller.
    const QList<ReturnRequest> served = waitFor(session.returns().searchReturns(AftersaleQuery{})).value;
    const auto waiting = std::count_if(
        served.cbegin(), served.cend(), [](const ReturnRequest &request) { return request.awaitsSeller(); });
    QVERIFY(waiting > 0);

    MainWindow window(session, sandbox.clock(), nullptr);
    auto *notifier = window.findChild<Notifier *>(u"notifier"_s);
    QSignalSpy notified(notifier, &Notifier::notified);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(notified, Notifier::Kind::ReturnRequested), 1, 20000);
    const QList<QVariant> told = *std::find_if(notified.cbegin(), notified.cend(), [](const QList<QVariant> &args) {
        return args.at(2).value<Notifier::Kind>() == Notifier::Kind::ReturnRequested;
    });
    QVERIFY2(told.at(0).toString().startsWith(QString::number(waiting) + u' '), qPrintable(told.at(0).toString()));
    QVERIFY(told.at(1).toString().contains(u"Returns and cancellations"_s));

    // Read again with nothing new: nothing said again.
    auto *aftersales = window.findChild<AftersaleCatalog *>();
    QSignalSpy loaded(aftersales, &AftersaleCatalog::aftersalesLoaded);
    aftersales->refresh();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(countOf(notified, Notifier::Kind::ReturnRequested), 1);
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
