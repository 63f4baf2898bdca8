#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "api/webhooksubscriptionservice.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "security/webhooksignature.h"
#include "sync/webhookreceiver.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// POSTs `body` to the receiver as a relay would and returns the HTTP status. The receiver lives
/// on this thread, so the wait runs the event loop instead of blocking it.
int post(quint16 port, const QByteArray &body, const QByteArray &authorization)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("POST /webhooks/tiktok HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Authorization: "
            + authorization + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
            + body);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains("\r\n"))
            loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket.connectToHost(u"127.0.0.1"_s, port);
    loop.exec();
    return answer.split(' ').value(1).toInt();
}

} // namespace

/// Webhooks from the sandbox to ShopDesk's receiver over real HTTP: signature, answer, repeats.
class TestWebhookReceiver final : public QObject
{
    Q_OBJECT

private slots:
    void decodesIdsWithoutRounding();
    void receivesTheSandboxsOrderEvents();
    void refusesBadSignaturesAndDropsRepeats();
};

void TestWebhookReceiver::decodesIdsWithoutRounding()
{
    // Reference section 4: the official product status sample sends the id as a bare number.
    const auto event = WebhookEventCodec::decode(
        R"({"type":5,"tts_notification_id":"7327","shop_id":"7494049642642441621","timestamp":1644412885,)"
        R"("data":{"product_id":576486316948490001,"status":"PRODUCT_STATUS_CHANGED","update_time":1644412885}})");
    QVERIFY(event.ok());
    QCOMPARE(event.value().productId, u"576486316948490001"_s);
    QCOMPARE(event.value().eventTypeName(), u"PRODUCT_STATUS_CHANGE"_s);
    QCOMPARE(event.value().status, u"PRODUCT_STATUS_CHANGED"_s);
    QVERIFY(!WebhookEventCodec::decode("{\"type\":").ok());
    QVERIFY(!WebhookEventCodec::decode(R"({"type":"one"})").ok());
}

void TestWebhookReceiver::receivesTheSandboxsOrderEvents()
{
    SandboxOptions options;
    options.ordersPerShop = 300;
    SandboxFixture sandbox(options);
    ShopSession session(sandbox.connection(), sandbox.clock());
    WebhookReceiver receiver(sandbox.server().credentials().appKey, sandbox.server().credentials().appSecret);
    QVERIFY(receiver.listenOnLoopback() != 0);
    WebhookSubscriptionService subscriptions(session.client());
    const QString address = u"http://127.0.0.1:%1/webhooks/tiktok"_s.arg(receiver.port());
    ApiReply *subscribed = subscriptions.subscribe({u"ORDER_STATUS_CHANGE"_s, address});
    QSignalSpy subscribedDone(subscribed, &ApiReply::finished);
    QVERIFY(subscribedDone.wait(5000));
    const auto listed = waitFor(subscriptions.subscriptions());
    QVERIFY(listed.value.contains(WebhookSubscription{u"ORDER_STATUS_CHANGE"_s, address}));

    // Ship TikTok-shipped orders until one ships (the sandbox freezes a few packages); the sandbox
    // tells the receiver.
    OrderQuery awaiting;
    awaiting.status = OrderStatus::AwaitingShipment;
    QSignalSpy received(&receiver, &WebhookReceiver::eventReceived);
    Order order;
    for (const Order &candidate : waitFor(session.orders().search(awaiting)).value) {
        if (candidate.shippingType != u"TIKTOK" || candidate.fulfillmentType == u"FULFILLMENT_BY_TIKTOK"
            || candidate.packageIds.size() != 1)
            continue;
        ShipRequest request;
        request.packageId = candidate.packageIds.first();
        const auto shipped = waitFor(session.fulfillment().shipPackages({request}));
        QVERIFY(!shipped.error);
        if (shipped.value.first().state == PackageShipResult::State::Shipped) {
            order = candidate;
            break;
        }
    }
    QVERIFY(!order.id.isEmpty());
    // The notification may already have come while the ship call was answered.
    QTRY_VERIFY_WITH_TIMEOUT(received.size() == 1, 5000);
    const auto event = received.first().first().value<WebhookEvent>();
    QCOMPARE(event.type, 1);
    QCOMPARE(event.orderId, order.id);
    QCOMPARE(event.status, u"AWAITING_COLLECTION"_s);
    QCOMPARE(receiver.rejected(), 0);
}

void TestWebhookReceiver::refusesBadSignaturesAndDropsRepeats()
{
    WebhookReceiver receiver(u"fake_app_key"_s, "fake_app_secret");
    QVERIFY(receiver.listenOnLoopback() != 0);
    QSignalSpy received(&receiver, &WebhookReceiver::eventReceived);
    const QByteArray body = R"({"type":1,"tts_notification_id":"7327112393057371910","shop_id":"7494726673780148744",)"
                            R"("timestamp":1664095733,"data":{"order_id":"576684019603311365",)"
                            R"("order_status":"AWAITING_SHIPMENT","update_time":1664095610}})";
    const QByteArray good = WebhookSignature::compute("fake_app_key", "fake_app_secret", body);

    QCOMPARE(post(receiver.port(), body, "0" + good.mid(1)), 401);
    QCOMPARE(post(receiver.port(), body, "Bearer " + good), 401);
    QCOMPARE(post(receiver.port(), body + ' ', good), 401); // the signature covers the raw bytes
    QCOMPARE(receiver.rejected(), 3);
    QCOMPARE(received.size(), 0);

    QCOMPARE(post(receiver.port(), body, good), 200);
    QCOMPARE(post(receiver.port(), body, good.toUpper()), 200); // delivered again: answered, not acted on
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(receiver.repeats(), 1);
    QCOMPARE(received.first().first().value<WebhookEvent>().orderId, u"576684019603311365"_s);
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
