#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/jsonreader.h"
#include "domain/ordercodec.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Shaped like the reference's order object (section 5.2): one shipped order with two units of one
// SKU, one unpaid order without an address.
const QByteArray goodPage = R"({
  "orders": [{
    "id": "576461413038785752", "status": "IN_TRANSIT",
    "create_time": 1700000000, "update_time": 1700172800, "paid_time": 1700000300,
    "payment": {"currency": "USD", "sub_total": "45.98", "shipping_fee": "0", "seller_discount": "4.00",
                "platform_discount": "0.00", "tax": "3.79", "total_amount": "49.77"},
    "recipient_address": {"name": "J*** S***", "phone_number": "(+1)213*****45",
                          "full_address": "1234 Maple Ave, Los Angeles, CA 90012, United States",
                          "postal_code": "90012", "region_code": "US",
                          "district_info": [{"address_level_name": "State", "address_name": "California"}]},
    "line_items": [
      {"id": "576461413038785801", "sku_id": "1729592969712207001", "product_id": "1729592969712207000",
       "product_name": "Yoga Mat Non-Slip 6mm", "sku_name": "Purple", "seller_sku": "YM-1000-PUR",
       "currency": "USD", "original_price": "24.99", "sale_price": "22.99", "display_status": "IN_TRANSIT",
       "package_id": "1153000000000000001", "package_status": "FULFILLING", "tracking_number": "9400111",
       "shipping_provider_name": "USPS", "is_gift": false},
      {"id": "576461413038785802", "sku_id": "1729592969712207001", "product_id": "1729592969712207000",
       "product_name": "Yoga Mat Non-Slip 6mm", "sku_name": "Purple", "seller_sku": "YM-1000-PUR",
       "currency": "USD", "original_price": "24.99", "sale_price": "22.99", "display_status": "IN_TRANSIT",
       "package_id": "1153000000000000001", "package_status": "FULFILLING", "tracking_number": "9400111",
       "shipping_provider_name": "USPS"}
    ],
    "packages": [{"id": "1153000000000000001"}], "tracking_number": "9400111",
    "shipping_provider": "USPS", "shipping_provider_id": "7117858858072016686", "shipping_type": "TIKTOK",
    "fulfillment_type": "FULFILLMENT_BY_SELLER", "delivery_option_name": "Standard shipping",
    "user_id": "7494000000000000123", "buyer_email": "v0123@scs2.tiktok.com", "is_cod": false,
    "is_on_hold_order": false, "is_buyer_request_cancel": false, "warehouse_id": "7200000000000001",
    "order_type": "NORMAL", "commerce_platform": "TIKTOK_SHOP",
    "rts_sla_time": 1700173100, "tts_sla_time": 1700259500, "shipping_due_time": 1700259500,
    "collection_due_time": 1700432300, "delivery_due_time": 1700864300
  }, {
    "id": "576461413038785753", "status": "UNPAID", "create_time": 1700100000, "update_time": 1700100000,
    "payment": {"currency": "USD", "total_amount": "12.5"},
    "line_items": [{"id": "576461413038785803", "sku_id": "1", "product_id": "2", "sale_price": "12.50"}],
    "cancel_order_sla_time": 1700186400
  }],
  "next_page_token": "+/+/AQAAAGT3m0k==", "total_count": 250
})";

const QByteArray minimalOrder = R"({"id":"1","status":"COMPLETED","create_time":1,)"
                                R"("payment":{"currency":"USD","total_amount":"1"},)"
                                R"("line_items":[{"id":"2","sku_id":"3","product_id":"4","sale_price":"1"}]})";

/// A page of one minimal order with `fields` (JSON members) replacing or adding to its own.
QByteArray order(const QByteArray &fields)
{
    QJsonObject object = parse(minimalOrder);
    const QJsonObject changes = parse('{' + fields + '}');
    Q_ASSERT(!changes.isEmpty());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"orders"_s, QJsonArray{object}}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOrderCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesASearchPage();
    void readsTheStatusNamesOfApiAndWebhook();
    void roundTripsThroughTheSandboxEncoding();
    void decodesTheOrdersOfAGetByIds();
    void namesTheFieldOfHostileInput_data();
    void namesTheFieldOfHostileInput();
};

void TestOrderCodec::decodesASearchPage()
{
    const Result<OrderPage> page = OrderCodec::decodeSearchPage(parse(goodPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().totalCount, 250);
    QCOMPARE(page.value().nextPageToken, u"+/+/AQAAAGT3m0k=="_s);
    QCOMPARE(page.value().orders.size(), 2);

    const Order &shipped = page.value().orders.at(0);
    QCOMPARE(shipped.id, u"576461413038785752"_s);
    QCOMPARE(shipped.status, OrderStatus::InTransit);
    QCOMPARE(shipped.paidTime, 1700000300);
    QCOMPARE(shipped.payment.subTotal, (Money{4598, u"USD"_s}));
    QCOMPARE(shipped.payment.shippingFee, (Money{0, u"USD"_s}));
    QCOMPARE(shipped.payment.tax, (Money{379, u"USD"_s}));
    QCOMPARE(shipped.payment.totalAmount, (Money{4977, u"USD"_s}));
    QVERIFY(shipped.recipientAddress.has_value());
    QCOMPARE(shipped.recipientAddress->phoneNumber, u"(+1)213*****45"_s);
    QCOMPARE(shipped.recipientAddress->regionCode, u"US"_s);
    QCOMPARE(shipped.lineItems.size(), 2);
    QCOMPARE(shipped.lineItems.at(0).salePrice, (Money{2299, u"USD"_s}));
    QCOMPARE(shipped.lineItems.at(0).originalPrice, (Money{2499, u"USD"_s}));
    QCOMPARE(shipped.lineItems.at(0).displayStatus, OrderStatus::InTransit);
    QCOMPARE(shipped.quantityOf(u"1729592969712207001"), 2);
    QCOMPARE(shipped.skuIds(), QStringList{u"1729592969712207001"_s});
    QCOMPARE(shipped.packageIds, QStringList{u"1153000000000000001"_s});
    QCOMPARE(shipped.shippingProvider, u"USPS"_s);
    QCOMPARE(shipped.shippingType, u"TIKTOK"_s);
    QCOMPARE(shipped.rtsSlaTime, 1700173100);
    QCOMPARE(shipped.deliveryDueTime, 1700864300);
    QCOMPARE(shipped.cancelOrderSlaTime, 0);

    const Order &unpaid = page.value().orders.at(1);
    QCOMPARE(unpaid.status, OrderStatus::Unpaid);
    QVERIFY(!unpaid.recipientAddress.has_value());
    QCOMPARE(unpaid.paidTime, 0);
    QCOMPARE(unpaid.payment.totalAmount, (Money{1250, u"USD"_s}));
    // A line item without its own currency is in the order's.
    QCOMPARE(unpaid.lineItems.first().salePrice, (Money{1250, u"USD"_s}));
    QCOMPARE(unpaid.cancelOrderSlaTime, 1700186400);
}

void TestOrderCodec::readsTheStatusNamesOfApiAndWebhook()
{
    QCOMPARE(orderStatusFromApi(u"AWAITING_COLLECTION"), OrderStatus::AwaitingCollection);
    QCOMPARE(orderStatusFromApi(u"CANCELLED"), OrderStatus::Cancelled);
    QCOMPARE(orderStatusFromApi(u"CANCEL"), OrderStatus::Cancelled);
    QCOMPARE(orderStatusFromApi(u"SHIPPED_TO_MARS"), OrderStatus::Unknown);
    QCOMPARE(orderStatusToApi(OrderStatus::PartiallyShipping), u"PARTIALLY_SHIPPING"_s);
    QCOMPARE(orderStatusToApi(OrderStatus::Cancelled), u"CANCELLED"_s);
}

void TestOrderCodec::roundTripsThroughTheSandboxEncoding()
{
    const QList<Order> originals = OrderCodec::decodeSearchPage(parse(goodPage)).value().orders;
    for (const Order &original : originals) {
        const QJsonObject encoded = OrderCodec::encodeOrder(original);
        QCOMPARE(encoded.value(u"payment").toObject().value(u"total_amount").toString(),
            original.payment.totalAmount.toDecimal());
        QVERIFY(encoded.value(u"id").isString());
        QVERIFY(encoded.value(u"create_time").isDouble());
        JsonReader reader(encoded);
        const Order decoded = OrderCodec::decodeOrder(reader);
        QVERIFY2(!reader.failed(), qPrintable(reader.error().toString()));
        QCOMPARE(decoded, original);
    }
    QCOMPARE(OrderCodec::encodeOrder(originals.at(0)).value(u"payment").toObject().value(u"sub_total").toString(),
        u"45.98"_s);
    QVERIFY(!OrderCodec::encodeOrder(originals.at(1)).contains(u"recipient_address"));
}

void TestOrderCodec::decodesTheOrdersOfAGetByIds()
{
    const Result<QList<Order>> orders = OrderCodec::decodeOrders(parse(goodPage));
    QVERIFY(orders.ok());
    QCOMPARE(orders.value().size(), 2);
    QVERIFY(OrderCodec::decodeOrders({}).ok());
    QVERIFY(OrderCodec::decodeOrders({}).value().isEmpty());
}

void TestOrderCodec::namesTheFieldOfHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("a sale price as a number in the third order's first line item") << QByteArray(R"({"orders":[)"
        + minimalOrder + ',' + minimalOrder
        + R"(,{"id":"1","status":"COMPLETED",)"
          R"("create_time":1,"payment":{"currency":"USD","total_amount":"1"},"line_items":[{"id":"2",)"
          R"("sku_id":"3","product_id":"4","sale_price":12.5}]}]})") << u"data.orders[2].line_items[0].sale_price"_s;
    QTest::newRow("an order id as a bare number that a double cannot hold")
        << QByteArray(R"({"orders":[{"id":576461413038785752,"status":"COMPLETED"}]})") << u"data.orders[0].id"_s;
    QTest::newRow("orders is an object") << QByteArray(R"({"orders":{"id":"1"}})") << u"data.orders"_s;
    QTest::newRow("an order that is a string") << QByteArray(R"({"orders":["1"]})") << u"data.orders[0]"_s;
    QTest::newRow("the create time is missing")
        << QByteArray(R"({"orders":[{"id":"1","status":"COMPLETED"}]})") << u"data.orders[0].create_time"_s;
    QTest::newRow("the create time is text")
        << QByteArray(R"({"orders":[{"id":"1","status":"COMPLETED","create_time":"1700000000"}]})")
        << u"data.orders[0].create_time"_s;
    QTest::newRow("a total amount with a comma")
        << order(R"("payment":{"currency":"USD","total_amount":"9,99"})") << u"data.orders[0].payment.total_amount"_s;
    QTest::newRow("a payment without a currency")
        << order(R"("payment":{"total_amount":"1"})") << u"data.orders[0].payment.currency"_s;
    QTest::newRow("a fractional paid time") << order(R"("paid_time":1700000000.5)") << u"data.orders[0].paid_time"_s;
    QTest::newRow("a line item sku id as a number")
        << order(R"("line_items":[{"id":"2","sku_id":3,"product_id":"4","sale_price":"1"}])")
        << u"data.orders[0].line_items[0].sku_id"_s;
    QTest::newRow("a recipient postal code as a number")
        << order(R"("recipient_address":{"name":"J*** S***","postal_code":90012})")
        << u"data.orders[0].recipient_address.postal_code"_s;
    QTest::newRow("a recipient address that is text")
        << order(R"("recipient_address":"somewhere")") << u"data.orders[0].recipient_address"_s;
    QTest::newRow("a package without an id")
        << order(R"("packages":[{"id":"9"},{}])") << u"data.orders[0].packages[1].id"_s;
    QTest::newRow("an on-hold flag as text")
        << order(R"("is_on_hold_order":"false")") << u"data.orders[0].is_on_hold_order"_s;
    QTest::newRow("a delivery deadline as text")
        << order(R"("delivery_due_time":"soon")") << u"data.orders[0].delivery_due_time"_s;
    QTest::newRow("a total count that is text")
        << QByteArray(R"({"orders":[],"total_count":"many"})") << u"data.total_count"_s;
    QTest::newRow("a next page token that is a number")
        << QByteArray(R"({"orders":[],"next_page_token":12})") << u"data.next_page_token"_s;
}

void TestOrderCodec::namesTheFieldOfHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY2(document.isObject(), json.constData());
    const Result<OrderPage> page = OrderCodec::decodeSearchPage(document.object());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().path, path);
    QVERIFY(!page.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestOrderCodec)
#include "tst_ordercodec.moc"
