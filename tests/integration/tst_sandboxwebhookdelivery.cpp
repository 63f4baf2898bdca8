#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "api/apiclient.h"
#include "api/listingservice.h"
#include "api/orderservice.h"
#include "domain/fulfillmentcodec.h"
#include "replywaiter.h"
#include "sandbox/packageseed.h"
#include "sandbox/pngencoder.h"
#include "sandbox/sandboxlistingaudit.h"
#include "sandbox/sandboxwebhooksender.h"
#include "sandbox/seeddata.h"
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

struct Received
{
    QByteArray authorization;
    QByteArray body;
};

/// A webhook subscriber on 127.0.0.1 that answers each request with the next status of its
/// script (200 once the script is used up) and keeps what it got.
class ScriptedReceiver final : public QTcpServer
{
public:
    QList<int> script;
    QList<Received> received;

    ScriptedReceiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (!take(*buffer))
                        return;
                    const int status = script.isEmpty() ? 200 : script.takeFirst();
                    socket->write("HTTP/1.1 " + QByteArray::number(status)
                        + " Scripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString address() const { return u"http://127.0.0.1:%1/hook"_s.arg(serverPort()); }

    /// The notifications of `type` received so far, parsed.
    QList<QJsonObject> ofType(int type) const
    {
        QList<QJsonObject> found;
        for (const Received &request : received) {
            const QJsonObject payload = QJsonDocument::fromJson(request.body).object();
            if (payload.value(u"type").toInt() == type)
                found.append(payload);
        }
        return found;
    }

private:
    bool take(const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray &line : buffer.left(end).split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        received.append({headers.value("authorization"), buffer.mid(end + 4, length)});
        return true;
    }
};

/// The signature computed here, independently of the sandbox: hex HMAC-SHA256 keyed with the app
/// secret over the app key and the raw body (reference section 8.3).
QByteArray expectedSignature(SandboxFixture &sandbox, const QByteArray &body)
{
    const SandboxCredentials &credentials = sandbox.server().credentials();
    return QMessageAuthenticationCode::hash(
        credentials.appKey.toUtf8() + body, credentials.appSecret, QCryptographicHash::Sha256)
        .toHex();
}

void subscribe(ApiClient &client, const QString &address, const QString &type)
{
    const Finished<QJsonObject> done = waitFor(
        client.send(ApiCall(EndpointId::WebhookUpdate).jsonBody({{u"address"_s, address}, {u"event_type"_s, type}})));
    QVERIFY2(!done.error, qPrintable(done.error ? done.error->toString() : QString()));
}

qint64 statOf(SandboxFixture &sandbox, const QString &name)
{
    return sandbox.server().stats().value(name).toInteger();
}

qint64 writesOf(SandboxFixture &sandbox, const QString &id)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInteger();
}

/// An order of the seeded shop 0 that the seller can still cancel, skipping `skip` of them.
Order cancellableOrder(SandboxFixture &sandbox, qsizetype skip = 0)
{
    const SandboxShop shop = SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
    for (const Order &order : shop.orders) {
        if (order.status == OrderStatus::AwaitingShipment && !order.isBuyerRequestCancel && skip-- == 0)
            return order;
    }
    return {};
}

Finished<QJsonObject> sellerCancel(ApiClient &client, const QString &orderId, const QString &key)
{
    ApiCall call = ApiCall(EndpointId::OrderCancel)
                       .jsonBody({{u"order_id"_s, orderId}, {u"cancel_reason"_s, u"OUT_OF_STOCK"_s}});
    if (!key.isEmpty())
        call.query(u"idempotency_key"_s, key);
    return waitFor(client.send(call));
}

} // namespace

/// How the sandbox delivers webhooks: retries on production's schedule (shortened), and the
/// PACKAGE_UPDATE, PRODUCT_STATUS_CHANGE and cancellation notifications at the changes behind them.
class TestSandboxWebhookDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void retriesUntilTheSubscriberAnswers200();
    void stopsOnABadSignatureAnswer();
    void announcesAPackageSplitOff();
    void announcesReviewOutcomes();
    void cancelsAnOrderOncePerIdempotencyKey();
    void refusesToCancelAShippedOrder();
};

void TestSandboxWebhookDelivery::retriesUntilTheSubscriberAnswers200()
{
    SandboxFixture sandbox(sandboxOptions());
    ScriptedReceiver receiver;
    receiver.script = {500, 500};
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    subscribe(client, receiver.address(), u"CANCELLATION_STATUS_CHANGE"_s);

    QVERIFY(!sellerCancel(client, cancellableOrder(sandbox).id, {}).error);
    // 1 s and 2 s apart (SandboxWebhookSender::retryDelaysMs).
    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statOf(sandbox, u"webhook_deliveries"_s), 1, 5000);
    // Each attempt is the same notification, signed the same way, so the subscriber can dedupe it.
    for (const Received &request : receiver.received) {
        QCOMPARE(request.body, receiver.received.first().body);
        QCOMPARE(request.authorization, expectedSignature(sandbox, request.body));
    }
    QCOMPARE(statOf(sandbox, u"webhooks_sent"_s), 1);
    QCOMPARE(statOf(sandbox, u"webhook_retries"_s), 2);
    QCOMPARE(statOf(sandbox, u"webhooks_dropped"_s), 0);
    // Delivered means done: no fourth attempt comes within the next retry's wait.
    QVERIFY(!QTest::qWaitFor(
        [&receiver] { return receiver.received.size() > 3; }, SandboxWebhookSender::retryDelaysMs.at(2) + 500));
}

void TestSandboxWebhookDelivery::stopsOnABadSignatureAnswer()
{
    SandboxFixture sandbox(sandboxOptions());
    ScriptedReceiver receiver;
    receiver.script = {401};
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    subscribe(client, receiver.address(), u"ORDER_STATUS_CHANGE"_s);
    QVERIFY(!sellerCancel(client, cancellableOrder(sandbox).id, {}).error);
    QTRY_COMPARE_WITH_TIMEOUT(statOf(sandbox, u"webhooks_refused"_s), 1, 5000);
    QVERIFY(!QTest::qWaitFor(
        [&receiver] { return receiver.received.size() > 1; }, SandboxWebhookSender::retryDelaysMs.front() + 500));
    QCOMPARE(statOf(sandbox, u"webhook_retries"_s), 0);
    QCOMPARE(statOf(sandbox, u"webhook_deliveries"_s), 0);
}

void TestSandboxWebhookDelivery::announcesAPackageSplitOff()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
    Package twoItems;
    for (const SandboxPackage &entry : PackageSeed::derive(shop)) {
        const Order &order = shop.orders.at(entry.orderRow);
        if (order.status == OrderStatus::AwaitingShipment && !entry.frozen && order.shippingType == u"SELLER"
            && order.fulfillmentType == u"FULFILLMENT_BY_SELLER" && entry.package.orderLineItemIds.size() >= 2) {
            twoItems = entry.package;
            break;
        }
    }
    QVERIFY(!twoItems.id.isEmpty());
    ScriptedReceiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    subscribe(client, receiver.address(), u"PACKAGE_UPDATE"_s);

    const QString orderId = twoItems.orderIds.first();
    const MarkShippedRequest request{u"LZ123456789CN"_s, u"6617675021119438849"_s, {twoItems.orderLineItemIds.first()}};
    const Finished<QJsonObject> marked
        = waitFor(client.send(ApiCall(EndpointId::OrderPackagesMarkShipped)
                                  .pathArg(u"order_id", orderId)
                                  .jsonBody(FulfillmentCodec::encodeMarkShippedRequest(request))));
    QVERIFY2(!marked.error, qPrintable(marked.error ? marked.error->toString() : QString()));
    const QString splitId = marked.value.value(u"package_id").toString();

    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 5000);
    QCOMPARE(receiver.received.first().authorization, expectedSignature(sandbox, receiver.received.first().body));
    const QJsonObject payload = receiver.ofType(4).value(0);
    QCOMPARE(payload.value(u"shop_id").toString(), shop.info.id);
    const QJsonObject data = payload.value(u"data").toObject();
    QCOMPARE(data.value(u"sc_type").toString(), u"SPLIT"_s);
    QCOMPARE(data.value(u"role_type").toString(), u"ROLE_SELLER"_s);
    QCOMPARE(data.value(u"update_time").toInteger(), sandbox.clock().nowSecs());
    const QJsonArray packages = data.value(u"package_list").toArray();
    QCOMPARE(packages.size(), 2);
    QCOMPARE(packages.at(0).toObject().value(u"package_id").toString(), twoItems.id);
    QCOMPARE(packages.at(1).toObject().value(u"package_id").toString(), splitId);
    QCOMPARE(packages.at(1).toObject().value(u"order_id_list").toArray(), QJsonArray{orderId});
}

void TestSandboxWebhookDelivery::announcesReviewOutcomes()
{
    SandboxFixture sandbox(sandboxOptions());
    ScriptedReceiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    subscribe(client, receiver.address(), u"PRODUCT_STATUS_CHANGE"_s);
    ListingService listings(client);

    const QString warehouse = waitFor(listings.warehouses()).value.value(0).id;
    QVERIFY(!warehouse.isEmpty());
    const QByteArray picture = PngEncoder::encodeRgb(600, 600, QByteArray(600 * 600 * 3, '\x7f'));
    const QString image = waitFor(listings.uploadImage(picture, u"p.png"_s, ImageUseCase::MainImage)).value.uri;
    QVERIFY(!image.isEmpty());
    const auto draft = [&](const QString &title) {
        ProductDraft product;
        product.title = title;
        product.description = u"<p>Folds to the size of a book.</p>"_s;
        product.categoryId = u"601501"_s;
        product.mainImageUris = {image};
        product.productAttributes = {{u"100101"_s, u"Material"_s, {{u"1001015"_s, u"Plastic"_s}}}};
        product.skus = {DraftSku{u"TYM-BLU"_s, Money{2599, u"USD"_s}, {{warehouse, 20}},
            {{u"100001"_s, u"Color"_s, u"1000014"_s, u"Blue"_s, {}}}}};
        product.packageWeight = {u"0.9"_s, u"KILOGRAM"_s};
        return product;
    };
    const QString passed = waitFor(listings.create(draft(u"Travel Yoga Mat 4 mm"_s))).value.productId;
    const QString failed = waitFor(listings.create(draft(u"Replica Designer Yoga Mat"_s))).value.productId;
    QVERIFY(!passed.isEmpty() && !failed.isEmpty());
    QCOMPARE(receiver.received.size(), 0); // nothing before the review ends

    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, SandboxListingAudit::reviewSeconds + 1}});
    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 5000);
    QHash<QString, QJsonObject> byProduct;
    for (const Received &request : receiver.received) {
        QCOMPARE(request.authorization, expectedSignature(sandbox, request.body));
        // Reference section 8.4: product_id is a bare number in production's sample, so here too.
        const QRegularExpressionMatch bare
            = QRegularExpression(u"\"product_id\":(\\d+)[,}]"_s).match(QString::fromUtf8(request.body));
        QVERIFY2(bare.hasMatch(), request.body.constData());
        byProduct.insert(bare.captured(1), QJsonDocument::fromJson(request.body).object());
    }
    QCOMPARE(byProduct.value(passed).value(u"type").toInt(), 5);
    const QJsonObject passData = byProduct.value(passed).value(u"data").toObject();
    QCOMPARE(passData.value(u"status").toString(), u"PRODUCT_FIRST_PASS_REVIEW"_s);
    QCOMPARE(passData.value(u"suspended_reason").toString(), QString());
    const QJsonObject failData = byProduct.value(failed).value(u"data").toObject();
    QCOMPARE(failData.value(u"status").toString(), u"PRODUCT_AUDIT_FAILURE"_s);
    QVERIFY(failData.value(u"suspended_reason").toString().contains(u"replica"_s));
}

void TestSandboxWebhookDelivery::cancelsAnOrderOncePerIdempotencyKey()
{
    SandboxFixture sandbox(sandboxOptions());
    ScriptedReceiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    ApiClient client(sandbox.connection(), sandbox.clock());
    subscribe(client, receiver.address(), u"CANCELLATION_STATUS_CHANGE"_s);
    subscribe(client, receiver.address(), u"ORDER_STATUS_CHANGE"_s);
    const Order order = cancellableOrder(sandbox);
    QVERIFY(!order.id.isEmpty());

    const Finished<QJsonObject> first = sellerCancel(client, order.id, u"cancel-7"_s);
    QVERIFY2(!first.error, qPrintable(first.error ? first.error->toString() : QString()));
    const QString cancelId = first.value.value(u"cancel_id").toString();
    QVERIFY(!cancelId.isEmpty());
    QCOMPARE(first.value.value(u"cancel_status").toString(), u"CANCELLATION_REQUEST_COMPLETE"_s);
    // The same key again: the first answer, and nothing written a second time.
    const Finished<QJsonObject> again = sellerCancel(client, order.id, u"cancel-7"_s);
    QVERIFY(!again.error);
    QCOMPARE(again.value.value(u"cancel_id").toString(), cancelId);
    QCOMPARE(writesOf(sandbox, order.id), 1);

    OrderService service(client);
    const Finished<QList<Order>> read = waitFor(service.getOrders({order.id}));
    QCOMPARE(read.value.value(0).status, OrderStatus::Cancelled);
    QCOMPARE(read.value.value(0).cancellationInitiator, u"SELLER"_s);

    QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 5000);
    const QJsonObject cancelled = receiver.ofType(11).value(0).value(u"data").toObject();
    QCOMPARE(cancelled.value(u"cancel_id").toString(), cancelId);
    QCOMPARE(cancelled.value(u"order_id").toString(), order.id);
    QCOMPARE(cancelled.value(u"cancel_status").toString(), u"CANCELLATION_REQUEST_COMPLETE"_s);
    QCOMPARE(receiver.ofType(1).value(0).value(u"data").toObject().value(u"order_status").toString(), u"CANCELLED"_s);
    for (const Received &request : receiver.received)
        QCOMPARE(request.authorization, expectedSignature(sandbox, request.body));

    // Without a key a second cancel is a new request, refused because the order is cancelled.
    const Finished<QJsonObject> late = sellerCancel(client, order.id, {});
    QVERIFY(late.error);
    QCOMPARE(writesOf(sandbox, order.id), 1);
}

void TestSandboxWebhookDelivery::refusesToCancelAShippedOrder()
{
    SandboxFixture sandbox(sandboxOptions());
    const SandboxShop shop = SeedData::generateShops({seed, products, sandbox.clock().nowSecs(), orders}).first();
    const auto shipped = std::find_if(shop.orders.cbegin(), shop.orders.cend(),
        [](const Order &order) { return order.status == OrderStatus::InTransit; });
    QVERIFY(shipped != shop.orders.cend());
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> refused = sellerCancel(client, shipped->id, u"late"_s);
    QVERIFY(refused.error);
    QVERIFY(refused.error->message.contains(u"shipped"_s));
    const Finished<QJsonObject> missing = sellerCancel(client, u"5770000000000000000"_s, {});
    QVERIFY(missing.error);
    QCOMPARE(writesOf(sandbox, shipped->id), 0);
}

QTEST_GUILESS_MAIN(TestSandboxWebhookDelivery)
#include "tst_sandboxwebhookdelivery.moc"
