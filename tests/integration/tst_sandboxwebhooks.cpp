#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "api/apiclient.h"
#include "domain/fulfillmentcodec.h"
#include "replywaiter.h"
#include "sandbox/packageseed.h"
#include "sandbox/sandboxwebhooksender.h"
#include "sandbox/seeddata.h"
#include "sandbox/shipmentstatemachine.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr quint64 seed = 11;
constexpr int products = 40;
constexpr int orders = 250;

SandboxOptions sandboxOptions()
{
    return SandboxOptions{.seed = seed, .productsPerShop = products, .ordersPerShop = orders};
}

struct ReceivedRequest
{
    QByteArray requestLine;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

/// A webhook subscriber on 127.0.0.1: keeps every request it gets and answers 200 with no body,
/// as production asks of subscribers (reference section 8.1).
class WebhookReceiver final : public QTcpServer
{
public:
    QList<ReceivedRequest> received;

    WebhookReceiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (take(*buffer))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    /// Records the request once all of it has arrived.
    bool take(const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        request.requestLine = lines.first().trimmed();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        request.body = buffer.mid(end + 4, length);
        received.append(request);
        return true;
    }
};

/// The `skip`-th package the seller may ship right now through TikTok shipping.
Package shippableTikTokPackage(const SandboxShop &shop, qsizetype skip = 0)
{
    for (const SandboxPackage &entry : PackageSeed::derive(shop)) {
        const Order &order = shop.orders.at(entry.orderRow);
        if (order.status == OrderStatus::AwaitingShipment && !entry.frozen && order.shippingType == u"TIKTOK"
            && order.fulfillmentType == u"FULFILLMENT_BY_SELLER" && skip-- == 0)
            return entry.package;
    }
    return {};
}

Finished<QJsonObject> subscribe(
    ApiClient &client, const QString &address, const QString &type = u"ORDER_STATUS_CHANGE"_s)
{
    return waitFor(
        client.send(ApiCall(EndpointId::WebhookUpdate).jsonBody({{u"address"_s, address}, {u"event_type"_s, type}})));
}

Finished<QJsonObject> ship(ApiClient &client, const QString &packageId)
{
    return waitFor(client.send(ApiCall(EndpointId::PackageShip)
                                   .pathArg(u"package_id", packageId)
                                   .jsonBody(FulfillmentCodec::encodeShipRequest(
                                       {packageId, HandoverMethod::Pickup, std::nullopt, {}, {}}, false))));
}

qint64 webhooksSent(SandboxFixture &sandbox)
{
    return sandbox.server().stats().value(u"webhooks_sent"_s).toInteger();
}

} // namespace

/// Webhook subscriptions of the sandbox and its signed ORDER_STATUS_CHANGE notifications.
class TestSandboxWebhooks final : public QObject
{
    Q_OBJECT

private slots:
    void signsLikeTheReferenceVector();
    void keepsOneSubscriptionPerEventType();
    void refusesAddressesItCannotReach_data();
    void refusesAddressesItCannotReach();
    void deliversSignedOrderStatusChanges();
    void shipsEvenWhenTheSubscriberIsGone();
};

void TestSandboxWebhooks::signsLikeTheReferenceVector()
{
    // Reference section 8.3, inputs from the PHP SDK's test; the expected hex computed once with
    // Python's hmac module.
    const QByteArray body = R"({"type":1,"shop_id":"7494726673780148744","timestamp":1664095733,"data":{"order_id":)"
                            R"("576684019603311365","order_status":"AWAITING_SHIPMENT","update_time":1664095610}})";
    QCOMPARE(SandboxWebhookSender::signature("fake_app_key", "fake_app_secret", body),
        QByteArray("21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27"));
}

void TestSandboxWebhooks::keepsOneSubscriptionPerEventType()
{
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!subscribe(client, u"http://127.0.0.1:9/first"_s).error);
    sandbox.clock().advance(60);
    QVERIFY(!subscribe(client, u"http://localhost:9/second"_s).error);
    QVERIFY(!subscribe(client, u"http://127.0.0.1:9/returns"_s, u"RETURN_STATUS_CHANGE"_s).error);

    Finished<QJsonObject> listed = waitFor(client.send(ApiCall(EndpointId::WebhooksGet)));
    QVERIFY(!listed.error);
    QCOMPARE(listed.value.value(u"total_count").toInt(), 2);
    const QJsonObject order = listed.value.value(u"webhooks").toArray().first().toObject();
    QCOMPARE(order.value(u"event_type").toString(), u"ORDER_STATUS_CHANGE"_s);
    QCOMPARE(order.value(u"address").toString(), u"http://localhost:9/second"_s);
    QCOMPARE(order.value(u"update_time").toInteger(), order.value(u"create_time").toInteger() + 60);

    QVERIFY(!waitFor(
        client.send(ApiCall(EndpointId::WebhookDelete).jsonBody({{u"event_type"_s, u"ORDER_STATUS_CHANGE"_s}})))
                 .error);
    listed = waitFor(client.send(ApiCall(EndpointId::WebhooksGet)));
    QCOMPARE(listed.value.value(u"total_count").toInt(), 1);
    // Another shop has subscriptions of its own.
    ApiClient other(sandbox.connection(1), sandbox.clock());
    QCOMPARE(waitFor(other.send(ApiCall(EndpointId::WebhooksGet))).value.value(u"total_count").toInt(), 0);
}

void TestSandboxWebhooks::refusesAddressesItCannotReach_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("eventType");
    QTest::newRow("a public https address") << u"https://example.com/hook"_s << u"ORDER_STATUS_CHANGE"_s;
    QTest::newRow("another machine on the network") << u"http://10.0.0.8:8080/hook"_s << u"ORDER_STATUS_CHANGE"_s;
    QTest::newRow("no web address at all") << u"ftp://127.0.0.1/hook"_s << u"ORDER_STATUS_CHANGE"_s;
    QTest::newRow("an address longer than 255 characters")
        << u"http://127.0.0.1/"_s + QString(250, u'a') << u"ORDER_STATUS_CHANGE"_s;
    QTest::newRow("an event type TikTok Shop does not have") << u"http://127.0.0.1:9/hook"_s << u"ORDER_SHIPPED"_s;
}

void TestSandboxWebhooks::refusesAddressesItCannotReach()
{
    QFETCH(QString, address);
    QFETCH(QString, eventType);
    SandboxFixture sandbox(sandboxOptions());
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> refused = subscribe(client, address, eventType);
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, 21001001);
    QCOMPARE(waitFor(client.send(ApiCall(EndpointId::WebhooksGet))).value.value(u"total_count").toInt(), 0);
}

void TestSandboxWebhooks::deliversSignedOrderStatusChanges()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
    const Package package = shippableTikTokPackage(shop);
    QVERIFY(!package.id.isEmpty());
    const QString orderId = package.orderIds.first();
    WebhookReceiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!subscribe(client, u"http://127.0.0.1:%1/hooks/tiktok?source=sandbox"_s.arg(receiver.serverPort())).error);

    QVERIFY(!ship(client, package.id).error);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 10000);
    const ReceivedRequest &first = receiver.received.first();
    QCOMPARE(first.requestLine, QByteArray("POST /hooks/tiktok?source=sandbox HTTP/1.1"));
    QCOMPARE(first.headers.value("content-type"), QByteArray("application/json"));
    // The signature covers the raw bytes, checked before any JSON parsing (reference section 8.3).
    const SandboxCredentials &credentials = sandbox.server().credentials();
    QCOMPARE(first.headers.value("authorization"),
        QMessageAuthenticationCode::hash(
            credentials.appKey.toUtf8() + first.body, credentials.appSecret, QCryptographicHash::Sha256)
            .toHex());
    const QJsonObject payload = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(payload.value(u"type").toInt(), 1);
    QCOMPARE(payload.value(u"shop_id").toString(), shop.info.id);
    QCOMPARE(payload.value(u"tts_notification_id").toString().size(), 19);
    QCOMPARE(payload.value(u"timestamp").toInteger(), sandbox.clock().nowSecs());
    const QJsonObject data = payload.value(u"data").toObject();
    QCOMPARE(data.value(u"order_id").toString(), orderId);
    QCOMPARE(data.value(u"order_status").toString(), u"AWAITING_COLLECTION"_s);
    QCOMPARE(data.value(u"update_time").toInteger(), sandbox.clock().nowSecs());
    QCOMPARE(data.value(u"is_on_hold_order").toBool(true), false);

    // The clock alone moves the order on, and the subscriber hears of it without any API call.
    sandbox.server().advanceClock(ShipmentStateMachine::collectionDelay);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 10000);
    const QJsonObject moved = QJsonDocument::fromJson(receiver.received.at(1).body).object();
    QCOMPARE(moved.value(u"data").toObject().value(u"order_status").toString(), u"IN_TRANSIT"_s);
    QVERIFY(moved.value(u"tts_notification_id") != payload.value(u"tts_notification_id"));
    QCOMPARE(webhooksSent(sandbox), 2);

    // Without a subscription nothing is sent.
    QVERIFY(!waitFor(
        client.send(ApiCall(EndpointId::WebhookDelete).jsonBody({{u"event_type"_s, u"ORDER_STATUS_CHANGE"_s}})))
                 .error);
    QVERIFY(!ship(client, shippableTikTokPackage(shop, 1).id).error);
    QCOMPARE(webhooksSent(sandbox), 2);
}

void TestSandboxWebhooks::shipsEvenWhenTheSubscriberIsGone()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
    quint16 closedPort = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        closedPort = gone.serverPort();
    }
    ApiClient client(sandbox.connection(), sandbox.clock());
    QVERIFY(!subscribe(client, u"http://127.0.0.1:%1/hook"_s.arg(closedPort)).error);
    QVERIFY(!ship(client, shippableTikTokPackage(shop).id).error);
    QCOMPARE(webhooksSent(sandbox), 1);
    // The sandbox still answers after the failed delivery.
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::WebhooksGet))).error);
}

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
