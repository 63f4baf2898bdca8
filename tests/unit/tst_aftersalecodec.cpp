#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/aftersalecodec.h"
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

// The shape of the reference's returns search answer (section 5.4), with fields ShopDesk ignores.
const QByteArray returnsPage = R"({
  "next_page_token": "aDU2dGV0+bHUyeHVTQ2xScjAvbC9kcWFVWXhmS0VkUzRQQ2JIVk5XU1plWGY=", "total_count": 31,
  "return_orders": [{
    "return_id": "4035318848237210631", "order_id": "576486316948490001", "return_type": "RETURN_AND_REFUND",
    "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "role": "BUYER",
    "return_reason": "ecom_order_delivered_refund_and_return_reason_damaged",
    "return_reason_text": "Damaged or defective item", "arbitration_status": "CLOSED",
    "refund_amount": {"currency": "USD", "refund_total": "28.12", "refund_subtotal": "25.98",
                      "refund_shipping_fee": "0", "refund_tax": "2.14", "buyer_service_fee": "0"},
    "return_line_items": [{"return_line_item_id": "4035318848237276167", "order_line_item_id": "576486316948556999",
        "sku_id": "1729387216718448646", "sku_name": "Black", "product_name": "Wireless Earbuds",
        "seller_sku": "EB-1001-BLA", "refund_amount": {"currency": "USD", "refund_total": "12.99"}}],
    "create_time": 1700000000, "update_time": 1700003600,
    "seller_next_action_response": [{"action": "RESPOND_RETURN_REQUEST", "deadline": 1700172800},
                                    {"action": "OTHER"}]
  }, {
    "return_id": "4035318848237210632", "order_id": "576486316948490002", "return_type": "REPLACEMENT",
    "return_status": "RETURN_OR_REFUND_REQUEST_REJECT", "create_time": 1700000100,
    "return_tracking_number": "RT0000000001"
  }]
})";

const QByteArray cancellationsPage = R"({
  "cancellations": [{
    "cancel_id": "4036318848237210631", "order_id": "576486316948490009", "cancel_type": "BUYER_CANCEL",
    "cancel_status": "CANCELLATION_REQUEST_PENDING", "role": "BUYER", "cancel_reason": "changed_mind",
    "cancel_reason_text": "Changed my mind", "create_time": 1700000000,
    "refund_amount": {"currency": "GBP", "refund_total": "30.49"},
    "cancel_line_items": [{"cancel_line_item_id": "4038", "order_line_item_id": "5764"}]
  }]
})";

enum class Decoder { Returns, Cancellations, Reasons, Approval, Rejection, CancellationRejection };

Error decodeWith(Decoder decoder, const QJsonObject &data)
{
    const auto errorOf = [](const auto &result) { return result ? Error{} : result.error(); };
    JsonReader reader(data, u"body"_s);
    switch (decoder) {
    case Decoder::Returns:
        return errorOf(AftersaleCodec::decodeReturnsPage(data));
    case Decoder::Cancellations:
        return errorOf(AftersaleCodec::decodeCancellationsPage(data));
    case Decoder::Reasons:
        return errorOf(AftersaleCodec::decodeRejectReasons(data));
    case Decoder::Approval:
        AftersaleCodec::decodeReturnApproval(reader);
        return reader.error();
    case Decoder::Rejection: {
        Rejection rejection;
        AftersaleCodec::decodeReturnRejection(reader, &rejection);
        return reader.error();
    }
    case Decoder::CancellationRejection:
        AftersaleCodec::decodeCancellationRejection(reader);
        return reader.error();
    }
    return {};
}

ReturnRequest sampleReturn()
{
    ReturnRequest request;
    request.id = u"4035000000000000001"_s;
    request.orderId = u"576000000000000001"_s;
    request.type = ReturnType::Refund;
    request.status = ReturnStatus::BuyerShippedItem;
    request.role = u"BUYER"_s;
    request.reason = u"wrong_item"_s;
    request.reasonText = u"Received the wrong item — 尺码不对"_s;
    request.refund = {Money{1099, u"USD"_s}, Money{999, u"USD"_s}, Money{0, u"USD"_s}, Money{100, u"USD"_s}};
    request.lineItems = {{u"4037"_s, u"5761"_s, u"1729"_s, u"M"_s, u"Hoodie"_s, u"HD-1-M"_s, Money{999, u"USD"_s}}};
    request.trackingNumber = u"RT123"_s;
    request.createTime = 1'700'000'000;
    request.updateTime = 1'700'000'500;
    request.nextActions = {{u"CONFIRM_RECEIVED_PACKAGE"_s, 1'700'200'000}};
    return request;
}

} // namespace

/// The return, refund and cancellation codecs (reference section 5.4): the documented shapes, the
/// sandbox's encoding read back unchanged, the decision bodies, and hostile JSON refused with the
/// path of what is wrong.
class TestAftersaleCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesAReturnsPage();
    void decodesACancellationsPage();
    void readsWhatTheSandboxWritesUnchanged();
    void readsUnknownValuesAsUnknown();
    void decodesRejectReasons();
    void roundTripsTheDecisionBodies();
    void refusesHostileJson_data();
    void refusesHostileJson();
    void decidesByTypeAndStatus_data();
    void decidesByTypeAndStatus();
};

void TestAftersaleCodec::decodesAReturnsPage()
{
    const Result<ReturnPage> page = AftersaleCodec::decodeReturnsPage(parse(returnsPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().totalCount, 31);
    QVERIFY(page.value().nextPageToken.contains(u'+'));
    QCOMPARE(page.value().returns.size(), 2);
    const ReturnRequest &first = page.value().returns.first();
    QCOMPARE(first.id, u"4035318848237210631"_s);
    QCOMPARE(first.type, ReturnType::ReturnAndRefund);
    QCOMPARE(first.status, ReturnStatus::RequestPending);
    QCOMPARE(first.refund.total, (Money{2812, u"USD"_s}));
    QCOMPARE(first.refund.tax, (Money{214, u"USD"_s}));
    QCOMPARE(first.lineItems.size(), 1);
    QCOMPARE(first.lineItems.first().refund, (Money{1299, u"USD"_s}));
    QCOMPARE(first.lineItems.first().sellerSku, u"EB-1001-BLA"_s);
    QCOMPARE(first.nextActions.size(), 2);
    QCOMPARE(earliestDeadline(first.nextActions), 1'700'172'800);
    QVERIFY(first.approveDecision());
    QCOMPARE(*first.approveDecision(), ReturnDecision::ApproveReturn);
    // The second: the SDK's spelling of "rejected", no refund, update time defaults to creation.
    const ReturnRequest &second = page.value().returns.at(1);
    QCOMPARE(second.status, ReturnStatus::RequestRejected);
    QCOMPARE(second.type, ReturnType::Replacement);
    QVERIFY(second.refund.total.currency.isEmpty());
    QCOMPARE(second.updateTime, second.createTime);
    QCOMPARE(second.trackingNumber, u"RT0000000001"_s);
    QVERIFY(!second.awaitsSeller());
}

void TestAftersaleCodec::decodesACancellationsPage()
{
    const Result<CancellationPage> page = AftersaleCodec::decodeCancellationsPage(parse(cancellationsPage));
    QVERIFY(page.ok());
    QCOMPARE(page.value().cancellations.size(), 1);
    QCOMPARE(page.value().totalCount, 1); // no total_count: the page's own size
    QVERIFY(page.value().nextPageToken.isEmpty());
    const Cancellation &cancellation = page.value().cancellations.first();
    QCOMPARE(cancellation.type, CancelType::BuyerCancel);
    QVERIFY(cancellation.awaitsSeller());
    QCOMPARE(cancellation.refund.total, (Money{3049, u"GBP"_s}));
    QCOMPARE(cancellation.refund.subtotal, (Money{0, u"GBP"_s}));
    QCOMPARE(cancellation.lineItems.first().orderLineItemId, u"5764"_s);
}

void TestAftersaleCodec::readsWhatTheSandboxWritesUnchanged()
{
    const ReturnRequest request = sampleReturn();
    JsonReader returnReader(AftersaleCodec::encodeReturn(request), u"return"_s);
    QCOMPARE(AftersaleCodec::decodeReturn(returnReader), request);
    QVERIFY(!returnReader.failed());

    Cancellation cancellation;
    cancellation.id = u"4036000000000000001"_s;
    cancellation.orderId = request.orderId;
    cancellation.type = CancelType::Cancel;
    cancellation.status = CancelStatus::RequestComplete;
    cancellation.role = u"SELLER"_s;
    cancellation.reason = u"out_of_stock"_s;
    cancellation.reasonText = u"Out of stock"_s;
    cancellation.refund = request.refund;
    cancellation.lineItems = request.lineItems;
    cancellation.createTime = cancellation.updateTime = 1'700'000'000;
    JsonReader cancelReader(AftersaleCodec::encodeCancellation(cancellation), u"cancellation"_s);
    QCOMPARE(AftersaleCodec::decodeCancellation(cancelReader), cancellation);
    QVERIFY(!cancelReader.failed());
}

void TestAftersaleCodec::readsUnknownValuesAsUnknown()
{
    QJsonObject data = parse(returnsPage);
    QJsonArray list = data.value(u"return_orders").toArray();
    QJsonObject first = list.first().toObject();
    first.insert(u"return_status"_s, u"REPLACEMENT_REQUEST_PENDING"_s);
    first.insert(u"return_type"_s, u"EXCHANGE"_s);
    list[0] = first;
    data.insert(u"return_orders"_s, list);
    const Result<ReturnPage> page = AftersaleCodec::decodeReturnsPage(data);
    QVERIFY(page.ok());
    QCOMPARE(page.value().returns.first().status, ReturnStatus::Unknown);
    QCOMPARE(page.value().returns.first().type, ReturnType::Unknown);
    // An unknown request is nothing the seller can decide on here.
    QVERIFY(!page.value().returns.first().approveDecision());
}

void TestAftersaleCodec::decodesRejectReasons()
{
    const Result<QList<RejectReason>> reasons = AftersaleCodec::decodeRejectReasons(
        parse(R"({"reasons": [{"name": "seller_reject_apply_product_used", "text": "The item was used"},
                  {"name": "reason_without_text"}]})"));
    QVERIFY(reasons.ok());
    QCOMPARE(reasons.value().size(), 2);
    QCOMPARE(reasons.value().first(), (RejectReason{u"seller_reject_apply_product_used"_s, u"The item was used"_s}));
    // A reason without text still reads as something: its name.
    QCOMPARE(reasons.value().at(1).text, u"reason_without_text"_s);
    QCOMPARE(AftersaleCodec::decodeRejectReasons(AftersaleCodec::encodeRejectReasons(reasons.value())).value(),
        reasons.value());
}

void TestAftersaleCodec::roundTripsTheDecisionBodies()
{
    for (ReturnDecision decision : {ReturnDecision::ApproveRefund, ReturnDecision::ApproveReturn,
             ReturnDecision::ApproveReceivedPackage, ReturnDecision::ApproveReplacement}) {
        JsonReader reader(AftersaleCodec::encodeReturnApproval(decision), u"body"_s);
        const std::optional<ReturnDecision> read = AftersaleCodec::decodeReturnApproval(reader);
        QVERIFY(read);
        QCOMPARE(*read, decision);
    }
    const Rejection rejection{u"seller_reject_return_no_proof"_s, u"Please send a photo"_s};
    JsonReader reader(
        AftersaleCodec::encodeReturnRejection(ReturnRejectDecision::RejectReceivedPackage, rejection), u"body"_s);
    Rejection decoded;
    const std::optional<ReturnRejectDecision> read = AftersaleCodec::decodeReturnRejection(reader, &decoded);
    QVERIFY(read);
    QCOMPARE(*read, ReturnRejectDecision::RejectReceivedPackage);
    QCOMPARE(decoded, rejection);
    // No note: no comment key at all.
    const QJsonObject bare = AftersaleCodec::encodeCancellationRejection({u"r"_s, {}});
    QVERIFY(!bare.contains(u"comment"_s));
    JsonReader bareReader(bare, u"body"_s);
    QCOMPARE(AftersaleCodec::decodeCancellationRejection(bareReader), (Rejection{u"r"_s, {}}));
}

void TestAftersaleCodec::refusesHostileJson_data()
{
    QTest::addColumn<int>("decoder");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    const auto returns = int(Decoder::Returns);
    QTest::newRow("a return id given as a bare number")
        << returns << QByteArray(R"({"return_orders": [{"return_id": 4035318848237210631, "order_id": "5",
            "return_type": "REFUND", "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1}]})")
        << u"data.return_orders[0].return_id"_s;
    QTest::newRow("a return without its order")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1}]})")
        << u"data.return_orders[0].order_id"_s;
    QTest::newRow("a refund without its currency")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1,
            "refund_amount": {"refund_total": "1.00"}}]})")
        << u"data.return_orders[0].refund_amount.currency"_s;
    QTest::newRow("a refund with more cents than the currency has")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1,
            "refund_amount": {"currency": "USD", "refund_total": "1.005"}}]})")
        << u"data.return_orders[0].refund_amount.refund_total"_s;
    QTest::newRow("a refund as a number, not decimal text")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1,
            "refund_amount": {"currency": "USD", "refund_total": 12.5}}]})")
        << u"data.return_orders[0].refund_amount.refund_total"_s;
    QTest::newRow("line items that are not a list")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1, "return_line_items": {}}]})")
        << u"data.return_orders[0].return_line_items"_s;
    QTest::newRow("a line item without its order line item")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1,
            "return_line_items": [{"return_line_item_id": "7"}]}]})")
        << u"data.return_orders[0].return_line_items[0].order_line_item_id"_s;
    QTest::newRow("updated before it was created")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 100, "update_time": 99}]})")
        << u"data.return_orders[0].update_time"_s;
    QTest::newRow("a deadline written as text")
        << returns << QByteArray(R"({"return_orders": [{"return_id": "4", "order_id": "5", "return_type": "REFUND",
            "return_status": "RETURN_OR_REFUND_REQUEST_PENDING", "create_time": 1,
            "seller_next_action_response": [{"action": "A", "deadline": "soon"}]}]})")
        << u"data.return_orders[0].seller_next_action_response[0].deadline"_s;
    QTest::newRow("a list that is an object")
        << returns << QByteArray(R"({"return_orders": {"return_id": "4"}})") << u"data.return_orders"_s;
    QTest::newRow("a page token that is a number")
        << returns << QByteArray(R"({"return_orders": [], "next_page_token": 7})") << u"data.next_page_token"_s;
    QTest::newRow("a cancellation without a status")
        << int(Decoder::Cancellations)
        << QByteArray(R"({"cancellations": [{"cancel_id": "4", "order_id": "5", "create_time": 1}]})")
        << u"data.cancellations[0].cancel_status"_s;
    QTest::newRow("reasons missing altogether") << int(Decoder::Reasons) << QByteArray(R"({})") << u"data.reasons"_s;
    QTest::newRow("a reason without a name to send back")
        << int(Decoder::Reasons) << QByteArray(R"({"reasons": [{"name": "", "text": "Used"}]})")
        << u"data.reasons[0].name"_s;
    QTest::newRow("an approval with an unknown decision")
        << int(Decoder::Approval) << QByteArray(R"({"decision": "APPROVE_EVERYTHING"})") << u"body.decision"_s;
    QTest::newRow("a rejection with an approving decision")
        << int(Decoder::Rejection) << QByteArray(R"({"decision": "APPROVE_REFUND", "reject_reason": "x"})")
        << u"body.decision"_s;
    QTest::newRow("a rejection without a reason")
        << int(Decoder::CancellationRejection) << QByteArray(R"({"comment": "no"})") << u"body.reject_reason"_s;
}

void TestAftersaleCodec::refusesHostileJson()
{
    QFETCH(int, decoder);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const Error error = decodeWith(static_cast<Decoder>(decoder), parse(json));
    QVERIFY2(!error.message.isEmpty(), "the hostile JSON was accepted");
    QCOMPARE(error.path, path);
}

void TestAftersaleCodec::decidesByTypeAndStatus_data()
{
    QTest::addColumn<ReturnType>("type");
    QTest::addColumn<ReturnStatus>("status");
    QTest::addColumn<int>("approve"); // -1: nothing to decide
    QTest::addColumn<int>("reject");
    QTest::addColumn<ReturnStatus>("afterApproval");

    QTest::newRow("a new refund request is approved with a refund")
        << ReturnType::Refund << ReturnStatus::RequestPending << int(ReturnDecision::ApproveRefund)
        << int(ReturnRejectDecision::RejectRefund) << ReturnStatus::RequestSuccess;
    QTest::newRow("a new return sends the buyer to post the parcel")
        << ReturnType::ReturnAndRefund << ReturnStatus::RequestPending << int(ReturnDecision::ApproveReturn)
        << int(ReturnRejectDecision::RejectReturn) << ReturnStatus::AwaitingBuyerShip;
    QTest::newRow("a replacement is approved as one")
        << ReturnType::Replacement << ReturnStatus::RequestPending << int(ReturnDecision::ApproveReplacement)
        << int(ReturnRejectDecision::RejectReplacement) << ReturnStatus::RequestSuccess;
    QTest::newRow("a parcel sent back is accepted or refused on arrival")
        << ReturnType::ReturnAndRefund << ReturnStatus::BuyerShippedItem << int(ReturnDecision::ApproveReceivedPackage)
        << int(ReturnRejectDecision::RejectReceivedPackage) << ReturnStatus::RequestSuccess;
    QTest::newRow("a parcel still to be sent leaves nothing to decide")
        << ReturnType::ReturnAndRefund << ReturnStatus::AwaitingBuyerShip << -1 << -1 << ReturnStatus::Unknown;
    QTest::newRow("a refunded request leaves nothing to decide")
        << ReturnType::Refund << ReturnStatus::RequestComplete << -1 << -1 << ReturnStatus::Unknown;
}

void TestAftersaleCodec::decidesByTypeAndStatus()
{
    QFETCH(ReturnType, type);
    QFETCH(ReturnStatus, status);
    QFETCH(int, approve);
    QFETCH(int, reject);
    QFETCH(ReturnStatus, afterApproval);
    ReturnRequest request;
    request.type = type;
    request.status = status;
    QCOMPARE(request.approveDecision().has_value(), approve >= 0);
    QCOMPARE(request.rejectDecision().has_value(), reject >= 0);
    QCOMPARE(request.awaitsSeller(), approve >= 0);
    if (approve < 0)
        return;
    QCOMPARE(int(*request.approveDecision()), approve);
    QCOMPARE(int(*request.rejectDecision()), reject);
    QCOMPARE(returnStatusAfter(*request.approveDecision()), afterApproval);
    QVERIFY(returnStatusAfter(*request.rejectDecision()) == ReturnStatus::RequestRejected
        || returnStatusAfter(*request.rejectDecision()) == ReturnStatus::ReceivedPackageRejected);
}

QTEST_GUILESS_MAIN(TestAftersaleCodec)
#include "tst_aftersalecodec.moc"
