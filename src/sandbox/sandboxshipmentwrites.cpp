#include "sandboxshipmentwrites.h"

#include <QJsonArray>

#include "domain/fulfillmentcodec.h"
#include "domain/jsonreader.h"
#include "sandbox/sandboxshipping.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, SandboxShipping::invalidParameter, message);
}

SandboxResponse refused(const ShipRefusal &refusal)
{
    const bool missing
        = refusal.code == SandboxShipping::packageNotFound || refusal.code == SandboxShipping::orderNotFound;
    return SandboxResponse::failure(missing ? httpNotFound : httpBadRequest, refusal.code, refusal.message);
}

} // namespace

void SandboxShipmentWrites::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"POST", u"fulfillment"_s, u"packages/{package_id}/ship"_s, versions, true, &shipPackage});
    table.add({"POST", u"fulfillment"_s, u"packages/ship"_s, versions, true, &shipPackages});
    table.add({"POST", u"fulfillment"_s, u"orders/{order_id}/packages"_s, versions, true, &markShipped});
}

SandboxResponse SandboxShipmentWrites::shipPackage(const SandboxCall &call)
{
    JsonReader body(call.body, u"body"_s);
    ShipRequest request = FulfillmentCodec::decodeShipRequest(body, false);
    if (body.failed())
        return invalid(body.error().toString());
    request.packageId = call.pathArgs.value(u"package_id"_s);
    if (auto refusal = SandboxShipping::ship(*call.shop, request, call.now))
        return refused(*refusal);
    call.stats->recordWrite(request.packageId);
    return SandboxResponse::success({});
}

SandboxResponse SandboxShipmentWrites::shipPackages(const SandboxCall &call)
{
    JsonReader body(call.body, u"body"_s);
    const QJsonArray list = body.array(u"packages");
    QList<ShipRequest> requests;
    for (qsizetype i = 0; i < list.size() && !body.failed(); ++i) {
        JsonReader element = body.element(u"packages", list, i);
        requests.append(FulfillmentCodec::decodeShipRequest(element, true));
    }
    if (body.failed())
        return invalid(body.error().toString());
    if (requests.isEmpty() || requests.size() > maxBatchSize)
        return invalid(u"packages must hold between 1 and %1 packages."_s.arg(maxBatchSize));

    BatchOutcome outcome;
    for (const ShipRequest &request : requests) {
        // A package listed twice ships once; its second entry is refused as already shipped.
        if (auto refusal = SandboxShipping::ship(*call.shop, request, call.now))
            outcome.failures.append({request.packageId, {}, refusal->code, refusal->message});
        else
            call.stats->recordWrite(request.packageId);
    }
    return SandboxResponse::success(FulfillmentCodec::encodeBatchShip(outcome));
}

SandboxResponse SandboxShipmentWrites::markShipped(const SandboxCall &call)
{
    JsonReader body(call.body, u"body"_s);
    const MarkShippedRequest request = FulfillmentCodec::decodeMarkShippedRequest(body);
    if (body.failed())
        return invalid(body.error().toString());
    const auto outcome
        = SandboxShipping::markShipped(*call.shop, call.pathArgs.value(u"order_id"_s), request, call.now);
    if (const ShipRefusal *refusal = std::get_if<ShipRefusal>(&outcome))
        return refused(*refusal);
    const ShippedPackage &shipped = std::get<ShippedPackage>(outcome);
    call.stats->recordWrite(shipped.packageId);
    return SandboxResponse::success(FulfillmentCodec::encodeShippedPackage(shipped));
}

} // namespace ShopDesk
