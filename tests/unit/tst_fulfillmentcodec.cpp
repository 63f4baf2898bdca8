#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/fulfillmentcodec.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    Q_ASSERT_X(document.isObject(), "parse", qPrintable(error.errorString()));
    return document.object();
}

// The reference's search sample (section 5.3), deprecated `skus` of the orders included. The URL is
// escaped because moc 6.4 reads a double slash inside a multi-line raw string as a comment.
const QByteArray searchPage = R"({
  "next_page_token": "6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA", "total_count": 221,
  "packages": [{
    "id": "577828281214600000",
    "orders": [{"id": "577828281214600001", "skus": [{"id": "577828281214883345", "name": "white,128g",
                "image_url": "https:\/\/p19-oec-sg.ibyteimg.com\/x", "quantity": 5}]}],
    "create_time": 1635338186, "update_time": 1635338286, "status": "PROCESSING",
    "tracking_number": "6617675021119438849", "shipping_provider_name": "TT Virtual express",
    "shipping_provider_id": "6617675021119438849", "order_line_item_ids": ["1729382476852921560"]
  }, {
    "id": "577828281214600002", "orders": [{"id": "577828281214600003"}], "create_time": 1635338000,
    "status": "IN_A_NEW_STATUS"
  }]
})";

const QByteArray packageDetail = R"({
  "package_id": "5433567853345", "orders": [{"id": "54335448533296"}], "package_status": "FULFILLING",
  "split_and_combine_tag": "DEFAULT", "has_multi_skus": true,
  "shipping_provider_name": "USPS", "shipping_provider_id": "7117858858072016686", "shipping_type": "TIKTOK",
  "delivery_option_name": "Standard shipping", "delivery_option_id": "7091146663229654785",
  "tracking_number": "9400111899223100000001", "pickup_slot": {"start_time": 1635338186, "end_time": 1635348186},
  "create_time": 1635330000, "update_time": 1635338186, "handover_method": "DROP_OFF",
  "order_line_item_ids": ["1729382476852921560", "1729382476852921561"],
  "weight": {"value": "1.2", "unit": "GRAM"}
})";

enum class Decoder { Search, Detail, BatchShip, Shipped, Document, Tracking, DeliveryOptions, Providers, ShipBody };

/// Runs one decoder and returns its error, or an empty Error when it succeeded.
Error decodeWith(Decoder decoder, const QJsonObject &data)
{
    const auto errorOf = [](const auto &result) { return result ? Error{} : result.error(); };
    switch (decoder) {
    case Decoder::Search:
        return errorOf(FulfillmentCodec::decodeSearchPage(data));
    case Decoder::Detail:
        return errorOf(FulfillmentCodec::decodePackageDetail(data));
    case Decoder::BatchShip:
        return errorOf(FulfillmentCodec::decodeBatchShip(data));
    case Decoder::Shipped:
        return errorOf(FulfillmentCodec::decodeShippedPackage(data));
    case Decoder::Document:
        return errorOf(FulfillmentCodec::decodeShippingDocument(data));
    case Decoder::Tracking:
        return errorOf(FulfillmentCodec::decodeTracking(data));
    case Decoder::DeliveryOptions:
        return errorOf(FulfillmentCodec::decodeDeliveryOptions(data));
    case Decoder::Providers:
        return errorOf(FulfillmentCodec::decodeShippingProviders(data));
    case Decoder::ShipBody: {
        JsonReader reader(data, u"body"_s);
        FulfillmentCodec::decodeShipRequest(reader, true);
        return reader.error();
    }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Decoder)

class TestFulfillmentCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheSearchSample();
    void decodesThePackageDetail();
    void decodesBatchFailuresInsideASuccess();
    void decodesAnEmptyBatchAsAllShipped();
    void ordersTrackingOldestFirst();
    void decodesLogisticsLists();
    void decodesTheShippingDocumentAndTheShippedPackage();
    void roundTripsWhatTheSandboxSends();
    void roundTripsShipRequests();
    void refusesHostileJson_data();
    void refusesHostileJson();
};

void TestFulfillmentCodec::decodesTheSearchSample()
{
    const Result<PackagePage> page = FulfillmentCodec::decodeSearchPage(parse(searchPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().totalCount, 221);
    QCOMPARE(page.value().nextPageToken, u"6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA"_s);
    QCOMPARE(page.value().packages.size(), 2);
    const Package &first = page.value().packages.first();
    QCOMPARE(first.id, u"577828281214600000"_s);
    QCOMPARE(first.orderIds, QStringList{u"577828281214600001"_s});
    QCOMPARE(first.status, PackageStatus::Processing);
    QCOMPARE(first.trackingNumber, u"6617675021119438849"_s);
    QCOMPARE(first.shippingProviderName, u"TT Virtual express"_s);
    QCOMPARE(first.orderLineItemIds, QStringList{u"1729382476852921560"_s});
    QCOMPARE(first.createTime, 1635338186);
    QCOMPARE(first.updateTime, 1635338286);
    // A status this version does not know is kept as Unknown rather than failing the page; a
    // missing update time is the creation time.
    const Package &second = page.value().packages.at(1);
    QCOMPARE(second.status, PackageStatus::Unknown);
    QCOMPARE(second.updateTime, second.createTime);
    QVERIFY(second.orderLineItemIds.isEmpty());
}

void TestFulfillmentCodec::decodesThePackageDetail()
{
    const Result<Package> package = FulfillmentCodec::decodePackageDetail(parse(packageDetail));
    QVERIFY2(package.ok(), qPrintable(package.ok() ? QString() : package.error().toString()));
    const Package &p = package.value();
    QCOMPARE(p.id, u"5433567853345"_s);
    QCOMPARE(p.status, PackageStatus::Fulfilling);
    QCOMPARE(p.handoverMethod, HandoverMethod::DropOff);
    QCOMPARE(p.pickupSlot, (PickupSlot{1635338186, 1635348186}));
    QCOMPARE(p.shippingType, u"TIKTOK"_s);
    QCOMPARE(p.deliveryOptionId, u"7091146663229654785"_s);
    QCOMPARE(p.deliveryOptionName, u"Standard shipping"_s);
    QCOMPARE(p.orderLineItemIds.size(), 2);
    QCOMPARE(p.orderIds, QStringList{u"54335448533296"_s});
}

void TestFulfillmentCodec::decodesBatchFailuresInsideASuccess()
{
    // The reference's batch sample: partial failure inside envelope code 0.
    const Result<BatchOutcome> outcome = FulfillmentCodec::decodeBatchShip(parse(
        R"({"errors":[{"code":10007014,"message":"package in freeze status","detail":{"package_id":"123123123123131"}},)"
        R"({"code":21011040,"message":"Package has already been shipped.","detail":{"package_id":"9"}}]})"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().failures.size(), 2);
    QCOMPARE(outcome.value().failures.first(),
        (ItemFailure{u"123123123123131"_s, {}, 10007014, u"package in freeze status"_s}));
    QVERIFY(outcome.value().failed(u"9"_s));
    QVERIFY(!outcome.value().failed(u"10"_s));
}

void TestFulfillmentCodec::decodesAnEmptyBatchAsAllShipped()
{
    for (const QByteArray &json :
        {QByteArray("{}"), QByteArray(R"({"errors":[]})"), QByteArray(R"({"errors":null})")}) {
        const Result<BatchOutcome> outcome = FulfillmentCodec::decodeBatchShip(parse(json));
        QVERIFY2(outcome.ok() && outcome.value().allSucceeded(), json.constData());
    }
}

void TestFulfillmentCodec::ordersTrackingOldestFirst()
{
    const Result<QList<TrackingEvent>> events = FulfillmentCodec::decodeTracking(
        parse(R"({"tracking":[{"description":"Delivered","update_time_millis":1700300000000},)"
              R"({"description":"Picked up by the carrier","update_time_millis":1700100000000},)"
              R"({"description":"In transit","update_time_millis":1700200000000}]})"));
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 3);
    QCOMPARE(events.value().first(), (TrackingEvent{u"Picked up by the carrier"_s, 1700100000000}));
    QCOMPARE(events.value().last().description, u"Delivered"_s);
    QVERIFY(FulfillmentCodec::decodeTracking(parse("{}")).value().isEmpty());
}

void TestFulfillmentCodec::decodesLogisticsLists()
{
    const Result<QList<DeliveryOption>> options = FulfillmentCodec::decodeDeliveryOptions(
        parse(R"({"delivery_options":[{"id":"6955034615128000261","name":"LSV-TTS-STD","type":"STANDARD",)"
              R"("description":"LSV-TTS-STD  S","dimension_limit":{"max_height":100,"unit":"INCH"},)"
              R"("platform":["TOKOPEDIA","TIKTOK_SHOP"]}]})"));
    QVERIFY(options.ok());
    QCOMPARE(options.value(), (QList<DeliveryOption>{{u"6955034615128000261"_s, u"LSV-TTS-STD"_s, u"STANDARD"_s}}));

    const Result<QList<ShippingProvider>> providers = FulfillmentCodec::decodeShippingProviders(
        parse(R"({"shipping_providers":[{"id":"6617675021119438849","name":"China Post"},)"
              R"({"id":"6617675021119455233","name":"YunExpress"}]})"));
    QVERIFY(providers.ok());
    QCOMPARE(providers.value().size(), 2);
    QCOMPARE(providers.value().at(1), (ShippingProvider{u"6617675021119455233"_s, u"YunExpress"_s}));
}

void TestFulfillmentCodec::decodesTheShippingDocumentAndTheShippedPackage()
{
    const Result<ShippingDocument> document = FulfillmentCodec::decodeShippingDocument(
        parse(R"({"doc_url":"https://cdn.example.com/label.pdf?x-expires=1700000000&sig=a%2Bb%3D",)"
              R"("tracking_number":"JX12345"})"));
    QVERIFY(document.ok());
    QCOMPARE(document.value().trackingNumber, u"JX12345"_s);
    QCOMPARE(document.value().url.host(), u"cdn.example.com"_s);
    // The signed query of the link survives untouched.
    QCOMPARE(document.value().url.toString(QUrl::FullyEncoded),
        u"https://cdn.example.com/label.pdf?x-expires=1700000000&sig=a%2Bb%3D"_s);

    const Result<ShippedPackage> shipped = FulfillmentCodec::decodeShippedPackage(
        parse(R"({"order_id":"32131324123321","order_line_item_ids":["31322412312312"],)"
              R"("package_id":"32141235124234","warning":{"message":"match more than one provider"}})"));
    QVERIFY(shipped.ok());
    QCOMPARE(shipped.value(),
        (ShippedPackage{
            u"32131324123321"_s, u"32141235124234"_s, {u"31322412312312"_s}, u"match more than one provider"_s}));
}

void TestFulfillmentCodec::roundTripsWhatTheSandboxSends()
{
    Package package;
    package.id = u"1153000000000000001"_s;
    package.orderIds = {u"573000000000000001"_s};
    package.status = PackageStatus::Fulfilling;
    package.trackingNumber = u"9400111899223100000001"_s;
    package.shippingProviderId = u"7117858858072016686"_s;
    package.shippingProviderName = u"USPS"_s;
    package.shippingType = u"TIKTOK"_s;
    package.handoverMethod = HandoverMethod::Pickup;
    package.pickupSlot = PickupSlot{1700000000, 1700007200};
    package.deliveryOptionId = u"7091146663229654785"_s;
    package.deliveryOptionName = u"Standard shipping"_s;
    package.orderLineItemIds = {u"574000000000000001"_s, u"574000000000000002"_s};
    package.createTime = 1699990000;
    package.updateTime = 1700000100;
    const Result<Package> detail
        = FulfillmentCodec::decodePackageDetail(FulfillmentCodec::encodePackageDetail(package));
    QVERIFY(detail.ok());
    QCOMPARE(detail.value(), package);

    // The search answer carries no handover, slot, shipping type or delivery option.
    const QJsonObject page{{u"packages"_s, QJsonArray{FulfillmentCodec::encodeSearchPackage(package)}}};
    const Result<PackagePage> decoded = FulfillmentCodec::decodeSearchPage(page);
    QVERIFY(decoded.ok());
    Package searched = package;
    searched.handoverMethod = HandoverMethod::Unknown;
    searched.pickupSlot.reset();
    searched.shippingType.clear();
    searched.deliveryOptionId.clear();
    searched.deliveryOptionName.clear();
    QCOMPARE(decoded.value().packages.first(), searched);

    const QList<TrackingEvent> events{{u"Label created"_s, 1700000000000}, {u"Picked up"_s, 1700086400000}};
    const QJsonObject tracking = FulfillmentCodec::encodeTracking(events);
    QCOMPARE(tracking.value(u"tracking").toArray().first().toObject().value(u"description").toString(), u"Picked up"_s);
    QCOMPARE(FulfillmentCodec::decodeTracking(tracking).value(), events);

    const BatchOutcome outcome{{{u"1"_s, {}, 10007014, u"package in freeze status"_s}}};
    QCOMPARE(FulfillmentCodec::decodeBatchShip(FulfillmentCodec::encodeBatchShip(outcome)).value().failures,
        outcome.failures);
}

void TestFulfillmentCodec::roundTripsShipRequests()
{
    const ShipRequest self{u"1153"_s, HandoverMethod::DropOff, PickupSlot{10, 20}, u"JX12345"_s, u"6617"_s};
    const ShipRequest tiktok{u"1154"_s, HandoverMethod::Pickup, std::nullopt, {}, {}};
    for (const ShipRequest &request : {self, tiktok}) {
        JsonReader reader(FulfillmentCodec::encodeShipRequest(request, true), u"body"_s);
        QCOMPARE(FulfillmentCodec::decodeShipRequest(reader, true), request);
        QVERIFY(!reader.failed());
    }
    QVERIFY(!FulfillmentCodec::encodeShipRequest(tiktok, false).contains(u"self_shipment"));
    QVERIFY(!FulfillmentCodec::encodeShipRequest(tiktok, false).contains(u"id"));

    const MarkShippedRequest mark{u"LZ123456789CN"_s, u"6617675021119438849"_s, {u"57"_s, u"58"_s}};
    JsonReader reader(FulfillmentCodec::encodeMarkShippedRequest(mark), u"body"_s);
    QCOMPARE(FulfillmentCodec::decodeMarkShippedRequest(reader), mark);
    QVERIFY(!reader.failed());
}

void TestFulfillmentCodec::refusesHostileJson_data()
{
    QTest::addColumn<Decoder>("decoder");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("a package id sent as a bare number")
        << Decoder::Search
        << QByteArray(R"({"packages":[{"id":577828281214600000,"status":"PROCESSING",)"
                      R"("create_time":1}]})")
        << u"data.packages[0].id"_s;
    QTest::newRow("an order of a package without its id")
        << Decoder::Search
        << QByteArray(R"({"packages":[{"id":"1","orders":[{}],"status":"PROCESSING","create_time":1}]})")
        << u"data.packages[0].orders[0].id"_s;
    QTest::newRow("a package without a status")
        << Decoder::Search << QByteArray(R"({"packages":[{"id":"1","create_time":1}]})")
        << u"data.packages[0].status"_s;
    QTest::newRow("a line item id that is a number")
        << Decoder::Search
        << QByteArray(R"({"packages":[{"id":"1","status":"PROCESSING","create_time":1,"order_line_item_ids":[5]}]})")
        << u"data.packages[0].order_line_item_ids"_s;
    QTest::newRow("an empty line item id")
        << Decoder::Search
        << QByteArray(R"({"packages":[{"id":"1","status":"PROCESSING","create_time":1,"order_line_item_ids":[""]}]})")
        << u"data.packages[0].order_line_item_ids"_s;
    QTest::newRow("a creation time given as text")
        << Decoder::Search << QByteArray(R"({"packages":[{"id":"1","status":"PROCESSING","create_time":"1"}]})")
        << u"data.packages[0].create_time"_s;
    QTest::newRow("packages that are an object")
        << Decoder::Search << QByteArray(R"({"packages":{"id":"1"}})") << u"data.packages"_s;
    QTest::newRow("a package that is a string")
        << Decoder::Search << QByteArray(R"({"packages":["1"]})") << u"data.packages[0]"_s;
    QTest::newRow("a total count with a fraction")
        << Decoder::Search << QByteArray(R"({"packages":[],"total_count":2.5})") << u"data.total_count"_s;
    QTest::newRow("a detail without its package id")
        << Decoder::Detail << QByteArray(R"({"package_status":"PROCESSING","create_time":1})") << u"data.package_id"_s;
    QTest::newRow("a pickup slot that ends before it starts")
        << Decoder::Detail
        << QByteArray(R"({"package_id":"1","package_status":"PROCESSING","create_time":1,)"
                      R"("pickup_slot":{"start_time":20,"end_time":10}})")
        << u"data.pickup_slot.end_time"_s;
    QTest::newRow("a handover method the API does not have")
        << Decoder::Detail
        << QByteArray(R"({"package_id":"1","package_status":"PROCESSING","create_time":1,"handover_method":"DRONE"})")
        << u"data.handover_method"_s;
    QTest::newRow("a batch failure that names no package")
        << Decoder::BatchShip << QByteArray(R"({"errors":[{"code":10007014,"message":"package in freeze status"}]})")
        << u"data.errors[0].detail"_s;
    QTest::newRow("a batch failure code given as text")
        << Decoder::BatchShip << QByteArray(R"({"errors":[{"code":"10007014","detail":{"package_id":"1"}}]})")
        << u"data.errors[0].code"_s;
    QTest::newRow("a shipped package whose order id is a number")
        << Decoder::Shipped << QByteArray(R"({"order_id":321,"package_id":"1"})") << u"data.order_id"_s;
    QTest::newRow("a document link to a local file")
        << Decoder::Document << QByteArray(R"({"doc_url":"file:///etc/passwd"})") << u"data.doc_url"_s;
    QTest::newRow("a document link without a host")
        << Decoder::Document << QByteArray(R"({"doc_url":"https:///label.pdf"})") << u"data.doc_url"_s;
    QTest::newRow("a document without a link")
        << Decoder::Document << QByteArray(R"({"tracking_number":"1"})") << u"data.doc_url"_s;
    QTest::newRow("a tracking time in seconds with a fraction")
        << Decoder::Tracking << QByteArray(R"({"tracking":[{"description":"x","update_time_millis":1.5}]})")
        << u"data.tracking[0].update_time_millis"_s;
    QTest::newRow("a tracking event without a description")
        << Decoder::Tracking << QByteArray(R"({"tracking":[{"update_time_millis":1}]})")
        << u"data.tracking[0].description"_s;
    QTest::newRow("a delivery option with an empty id")
        << Decoder::DeliveryOptions << QByteArray(R"({"delivery_options":[{"id":"","name":"Standard"}]})")
        << u"data.delivery_options[0].id"_s;
    QTest::newRow("a provider without a name")
        << Decoder::Providers << QByteArray(R"({"shipping_providers":[{"id":"1"}]})")
        << u"data.shipping_providers[0].name"_s;
    QTest::newRow("a self shipment without a tracking number")
        << Decoder::ShipBody << QByteArray(R"({"id":"1","self_shipment":{"shipping_provider_id":"2"}})")
        << u"body.self_shipment.tracking_number"_s;
    QTest::newRow("a self shipment whose provider id is a number")
        << Decoder::ShipBody
        << QByteArray(R"({"id":"1","self_shipment":{"tracking_number":"A","shipping_provider_id":2}})")
        << u"body.self_shipment.shipping_provider_id"_s;
    QTest::newRow("a ship request without the package id")
        << Decoder::ShipBody << QByteArray(R"({"handover_method":"PICKUP"})") << u"body.id"_s;
}

void TestFulfillmentCodec::refusesHostileJson()
{
    QFETCH(Decoder, decoder);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const Error error = decodeWith(decoder, parse(json));
    QVERIFY2(!error.message.isEmpty(), "the hostile answer was accepted");
    QCOMPARE(error.path, path);
}

QTEST_GUILESS_MAIN(TestFulfillmentCodec)
#include "tst_fulfillmentcodec.moc"
