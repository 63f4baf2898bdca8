#include "aftersalecodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// The two kinds share their shape; only the names of some keys differ.
struct Keys
{
    QStringView id;
    QStringView type;
    QStringView status;
    QStringView reason;
    QStringView reasonText;
    QStringView lineItems;
    QStringView lineItemId;
};

constexpr Keys returnKeys{u"return_id", u"return_type", u"return_status", u"return_reason", u"return_reason_text",
    u"return_line_items", u"return_line_item_id"};
constexpr Keys cancelKeys{u"cancel_id", u"cancel_type", u"cancel_status", u"cancel_reason", u"cancel_reason_text",
    u"cancel_line_items", u"cancel_line_item_id"};

/// `refund_amount{currency, refund_total, …}`.
RefundAmount readRefund(JsonReader &reader)
{
    // Absent, null and {} all mean "no refund" (a replacement, say).
    JsonReader amount = reader.optionalObject(u"refund_amount");
    if (!amount.has(u"currency") && !amount.has(u"refund_total"))
        return {};
    const QString currency = amount.string(u"currency");
    if (!amount.failed() && currency.size() != 3)
        amount.fail(u"currency", u"expected an ISO 4217 code, found \"%1\""_s.arg(currency));
    RefundAmount refund;
    refund.total = amount.money(u"refund_total", currency);
    refund.subtotal = amount.optionalMoney(u"refund_subtotal", currency);
    refund.shippingFee = amount.optionalMoney(u"refund_shipping_fee", currency);
    refund.tax = amount.optionalMoney(u"refund_tax", currency);
    return refund;
}

QList<AftersaleLineItem> readLineItems(JsonReader &reader, const Keys &keys)
{
    QList<AftersaleLineItem> items;
    const QJsonArray list = reader.optionalArray(keys.lineItems);
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader line = reader.element(keys.lineItems, list, i);
        AftersaleLineItem item;
        item.id = line.id(keys.lineItemId);
        item.orderLineItemId = line.id(u"order_line_item_id");
        item.skuId = line.optionalString(u"sku_id");
        item.skuName = line.optionalString(u"sku_name");
        item.productName = line.optionalString(u"product_name");
        item.sellerSku = line.optionalString(u"seller_sku");
        item.refund = readRefund(line).total;
        items.append(item);
    }
    return items;
}

QList<SellerAction> readActions(JsonReader &reader)
{
    QList<SellerAction> actions;
    const QJsonArray list = reader.optionalArray(u"seller_next_action_response");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader action = reader.element(u"seller_next_action_response", list, i);
        actions.append({action.string(u"action"), action.optionalInteger(u"deadline").value_or(0)});
    }
    return actions;
}

/// The fields both kinds share, read into `target`.
template <typename T>
void readCommon(JsonReader &reader, const Keys &keys, T &target)
{
    target.id = reader.id(keys.id);
    target.orderId = reader.id(u"order_id");
    target.role = reader.optionalString(u"role");
    target.reason = reader.optionalString(keys.reason);
    target.reasonText = reader.optionalString(keys.reasonText);
    target.refund = readRefund(reader);
    target.lineItems = readLineItems(reader, keys);
    target.createTime = reader.integer(u"create_time");
    target.updateTime = reader.optionalInteger(u"update_time").value_or(target.createTime);
    if (!reader.failed() && (target.createTime < 0 || target.updateTime < target.createTime))
        reader.fail(u"update_time", u"the request was updated before it was created"_s);
    target.nextActions = readActions(reader);
}

template <typename T, typename ReadOne>
Result<T> readPage(const QJsonObject &data, QStringView key, ReadOne readOne)
{
    JsonReader reader(data, u"data"_s);
    T page;
    const QJsonArray list = reader.optionalArray(key);
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(key, list, i);
        readOne(page, item);
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(list.size());
    if (reader.failed())
        return reader.error();
    return page;
}

QJsonObject refundJson(const RefundAmount &refund)
{
    return {{u"currency"_s, refund.total.currency}, {u"refund_total"_s, refund.total.toDecimal()},
        {u"refund_subtotal"_s, refund.subtotal.toDecimal()}, {u"refund_shipping_fee"_s, refund.shippingFee.toDecimal()},
        {u"refund_tax"_s, refund.tax.toDecimal()}};
}

template <typename T>
QJsonObject encodeCommon(const T &source, const Keys &keys)
{
    QJsonObject object{
        {keys.id.toString(), source.id},
        {u"order_id"_s, source.orderId},
        {u"role"_s, source.role},
        {keys.reason.toString(), source.reason},
        {keys.reasonText.toString(), source.reasonText},
        {u"create_time"_s, source.createTime},
        {u"update_time"_s, source.updateTime},
    };
    if (!source.refund.total.currency.isEmpty())
        object.insert(u"refund_amount"_s, refundJson(source.refund));
    QJsonArray lines;
    for (const AftersaleLineItem &item : source.lineItems) {
        QJsonObject line{{keys.lineItemId.toString(), item.id}, {u"order_line_item_id"_s, item.orderLineItemId},
            {u"sku_id"_s, item.skuId}, {u"sku_name"_s, item.skuName}, {u"product_name"_s, item.productName},
            {u"seller_sku"_s, item.sellerSku}};
        if (!item.refund.currency.isEmpty())
            line.insert(u"refund_amount"_s,
                refundJson({item.refund, item.refund, {0, item.refund.currency}, {0, item.refund.currency}}));
        lines.append(line);
    }
    object.insert(keys.lineItems.toString(), lines);
    QJsonArray actions;
    for (const SellerAction &action : source.nextActions)
        actions.append(QJsonObject{{u"action"_s, action.action}, {u"deadline"_s, action.deadline}});
    object.insert(u"seller_next_action_response"_s, actions);
    return object;
}

} // namespace

Result<ReturnPage> AftersaleCodec::decodeReturnsPage(const QJsonObject &data)
{
    return readPage<ReturnPage>(
        data, u"return_orders", [](ReturnPage &page, JsonReader &item) { page.returns.append(decodeReturn(item)); });
}

Result<CancellationPage> AftersaleCodec::decodeCancellationsPage(const QJsonObject &data)
{
    return readPage<CancellationPage>(data, u"cancellations",
        [](CancellationPage &page, JsonReader &item) { page.cancellations.append(decodeCancellation(item)); });
}

Result<QList<RejectReason>> AftersaleCodec::decodeRejectReasons(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    QList<RejectReason> reasons;
    const QJsonArray list = reader.array(u"reasons");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader reason = reader.element(u"reasons", list, i);
        RejectReason entry{reason.string(u"name"), reason.optionalString(u"text")};
        if (!reason.failed() && entry.name.isEmpty())
            reason.fail(u"name", u"the reason has no name to send back"_s);
        if (entry.text.isEmpty())
            entry.text = entry.name;
        reasons.append(entry);
    }
    if (reader.failed())
        return reader.error();
    return reasons;
}

ReturnRequest AftersaleCodec::decodeReturn(JsonReader &reader)
{
    ReturnRequest request;
    readCommon(reader, returnKeys, request);
    request.type = returnTypeFromApi(reader.string(returnKeys.type));
    request.status = returnStatusFromApi(reader.string(returnKeys.status));
    request.trackingNumber = reader.optionalString(u"return_tracking_number");
    return request;
}

Cancellation AftersaleCodec::decodeCancellation(JsonReader &reader)
{
    Cancellation cancellation;
    readCommon(reader, cancelKeys, cancellation);
    cancellation.type = cancelTypeFromApi(reader.optionalString(cancelKeys.type));
    cancellation.status = cancelStatusFromApi(reader.string(cancelKeys.status));
    return cancellation;
}

std::optional<ReturnDecision> AftersaleCodec::decodeReturnApproval(JsonReader &reader)
{
    const QString text = reader.string(u"decision");
    const std::optional<ReturnDecision> decision = returnDecisionFromApi(text);
    if (!reader.failed() && !decision)
        reader.fail(u"decision", u"unknown decision \"%1\""_s.arg(text));
    return decision;
}

std::optional<ReturnRejectDecision> AftersaleCodec::decodeReturnRejection(JsonReader &reader, Rejection *rejection)
{
    const QString text = reader.string(u"decision");
    const std::optional<ReturnRejectDecision> decision = returnRejectDecisionFromApi(text);
    if (!reader.failed() && !decision)
        reader.fail(u"decision", u"unknown decision \"%1\""_s.arg(text));
    *rejection = decodeCancellationRejection(reader);
    return decision;
}

Rejection AftersaleCodec::decodeCancellationRejection(JsonReader &reader)
{
    Rejection rejection{reader.string(u"reject_reason"), reader.optionalString(u"comment")};
    if (!reader.failed() && rejection.reason.isEmpty())
        reader.fail(u"reject_reason", u"a reason is required"_s);
    return rejection;
}

QJsonObject AftersaleCodec::encodeReturn(const ReturnRequest &request)
{
    QJsonObject object = encodeCommon(request, returnKeys);
    object.insert(returnKeys.type.toString(), returnTypeToApi(request.type));
    object.insert(returnKeys.status.toString(), returnStatusToApi(request.status));
    if (!request.trackingNumber.isEmpty())
        object.insert(u"return_tracking_number"_s, request.trackingNumber);
    return object;
}

QJsonObject AftersaleCodec::encodeCancellation(const Cancellation &cancellation)
{
    QJsonObject object = encodeCommon(cancellation, cancelKeys);
    object.insert(cancelKeys.type.toString(), cancelTypeToApi(cancellation.type));
    object.insert(cancelKeys.status.toString(), cancelStatusToApi(cancellation.status));
    return object;
}

QJsonObject AftersaleCodec::encodeRejectReasons(const QList<RejectReason> &reasons)
{
    QJsonArray list;
    for (const RejectReason &reason : reasons)
        list.append(QJsonObject{{u"name"_s, reason.name}, {u"text"_s, reason.text}});
    return {{u"reasons"_s, list}};
}

QJsonObject AftersaleCodec::encodeReturnApproval(ReturnDecision decision)
{
    return {{u"decision"_s, returnDecisionToApi(decision)}};
}

QJsonObject AftersaleCodec::encodeReturnRejection(ReturnRejectDecision decision, const Rejection &rejection)
{
    QJsonObject object = encodeCancellationRejection(rejection);
    object.insert(u"decision"_s, returnRejectDecisionToApi(decision));
    return object;
}

QJsonObject AftersaleCodec::encodeCancellationRejection(const Rejection &rejection)
{
    QJsonObject object{{u"reject_reason"_s, rejection.reason}};
    if (!rejection.comment.isEmpty())
        object.insert(u"comment"_s, rejection.comment);
    return object;
}

} // namespace ShopDesk
