#include "sandboxreturnwrites.h"

#include "domain/aftersalecodec.h"
#include "domain/jsonreader.h"
#include "sandbox/sandboxaftersales.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// What a decision answers: nothing in `data` on success, as production does.
SandboxResponse outcome(const std::optional<SandboxResponse> &refusal)
{
    return refusal ? *refusal : SandboxResponse::success({});
}

} // namespace

void SandboxReturnWrites::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"POST", u"return_refund"_s, u"returns/{return_id}/approve"_s, versions, true, &approveReturn});
    table.add({"POST", u"return_refund"_s, u"returns/{return_id}/reject"_s, versions, true, &rejectReturn});
    table.add(
        {"POST", u"return_refund"_s, u"cancellations/{cancel_id}/approve"_s, versions, true, &approveCancellation});
    table.add({"POST", u"return_refund"_s, u"cancellations/{cancel_id}/reject"_s, versions, true, &rejectCancellation});
    table.add({"POST", u"return_refund"_s, u"cancellations"_s, versions, true, &sellerCancel});
}

SandboxResponse SandboxReturnWrites::once(const SandboxCall &call, const QString &route, const QString &objectId,
    const std::function<SandboxResponse()> &decide)
{
    const QString key = call.request.queryValue(u"idempotency_key");
    if (key.size() > maxKeyLength)
        return SandboxPager::invalid(u"idempotency_key holds at most %1 characters."_s.arg(maxKeyLength));
    SandboxAftersaleStore &store = SandboxAftersales::store(*call.shop);
    if (!key.isEmpty()) {
        if (const SandboxIdempotentAnswer *earlier = store.answered(key)) {
            if (earlier->route != route || earlier->objectId != objectId)
                return SandboxPager::invalid(u"idempotency_key %1 was already used for another request."_s.arg(key));
            return earlier->response;
        }
    }
    const SandboxResponse response = decide();
    if (response.code == 0)
        call.stats->recordWrite(objectId);
    // Refusals are answers too: the same key gets them again rather than a second try.
    if (!key.isEmpty())
        store.remember(key, {route, objectId, response});
    return response;
}

SandboxResponse SandboxReturnWrites::approveReturn(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"return_id"_s);
    return once(call, u"returns/approve"_s, id, [&call, &id] {
        JsonReader body(call.body, u"body"_s);
        const std::optional<ReturnDecision> decision = AftersaleCodec::decodeReturnApproval(body);
        body.boolean(u"buyer_keep_item", false);
        if (body.failed() || !decision)
            return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(body.error().toString()));
        return outcome(SandboxAftersales::approveReturn(*call.shop, id, *decision, call.now));
    });
}

SandboxResponse SandboxReturnWrites::rejectReturn(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"return_id"_s);
    return once(call, u"returns/reject"_s, id, [&call, &id] {
        JsonReader body(call.body, u"body"_s);
        Rejection rejection;
        const std::optional<ReturnRejectDecision> decision = AftersaleCodec::decodeReturnRejection(body, &rejection);
        if (body.failed() || !decision)
            return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(body.error().toString()));
        return outcome(SandboxAftersales::rejectReturn(*call.shop, id, *decision, rejection, call.now));
    });
}

SandboxResponse SandboxReturnWrites::approveCancellation(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"cancel_id"_s);
    return once(call, u"cancellations/approve"_s, id,
        [&call, &id] { return outcome(SandboxAftersales::approveCancellation(*call.shop, id, call.now)); });
}

SandboxResponse SandboxReturnWrites::rejectCancellation(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"cancel_id"_s);
    return once(call, u"cancellations/reject"_s, id, [&call, &id] {
        JsonReader body(call.body, u"body"_s);
        const Rejection rejection = AftersaleCodec::decodeCancellationRejection(body);
        if (body.failed())
            return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(body.error().toString()));
        return outcome(SandboxAftersales::rejectCancellation(*call.shop, id, rejection, call.now));
    });
}

SandboxResponse SandboxReturnWrites::sellerCancel(const SandboxCall &call)
{
    JsonReader body(call.body, u"body"_s);
    const QString orderId = body.id(u"order_id");
    const QString reason = body.string(u"cancel_reason");
    const QStringList lineItemIds
        = body.has(u"order_line_item_ids") ? body.stringList(u"order_line_item_ids") : QStringList();
    if (body.failed())
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(body.error().toString()));
    if (orderId.isEmpty() || reason.isEmpty())
        return SandboxPager::invalid(u"order_id and cancel_reason are required."_s);
    return once(call, u"cancellations/create"_s, orderId, [&] {
        auto outcome = SandboxAftersales::sellerCancel(*call.shop, orderId, reason, lineItemIds, call.now);
        if (const SandboxResponse *refusal = std::get_if<SandboxResponse>(&outcome))
            return *refusal;
        const Cancellation &cancellation = std::get<Cancellation>(outcome);
        return SandboxResponse::success(
            {{u"cancel_id"_s, cancellation.id}, {u"cancel_status"_s, cancelStatusToApi(cancellation.status)}});
    });
}

} // namespace ShopDesk
