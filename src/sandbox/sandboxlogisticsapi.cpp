#include "sandboxlogisticsapi.h"

#include "domain/fulfillmentcodec.h"
#include "sandbox/logisticstables.h"
#include "sandbox/sandboxshipping.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpNotFound = 404;

bool isUs(const SandboxShop &shop)
{
    return shop.info.region != u"GB";
}

} // namespace

void SandboxLogisticsApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add(
        {"GET", u"logistics"_s, u"warehouses/{warehouse_id}/delivery_options"_s, versions, true, &deliveryOptions});
    table.add({"GET", u"logistics"_s, u"delivery_options/{delivery_option_id}/shipping_providers"_s, versions, true,
        &shippingProviders});
}

SandboxResponse SandboxLogisticsApi::deliveryOptions(const SandboxCall &call)
{
    if (!call.shop->warehouseIds.contains(call.pathArgs.value(u"warehouse_id"_s)))
        return SandboxResponse::failure(httpNotFound, warehouseNotFound, u"warehouse not exist"_s);
    QList<DeliveryOption> options;
    for (const SandboxDeliveryOption &option : LogisticsTables::deliveryOptions(isUs(*call.shop)))
        options.append({option.id.toString(), option.name.toString(), option.type.toString()});
    return SandboxResponse::success(FulfillmentCodec::encodeDeliveryOptions(options));
}

SandboxResponse SandboxLogisticsApi::shippingProviders(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"delivery_option_id"_s);
    const SandboxDeliveryOption *option = LogisticsTables::deliveryOption(isUs(*call.shop), id);
    if (!option)
        return SandboxResponse::failure(httpNotFound, SandboxShipping::invalidParameter,
            u"Invalid parameters: delivery option %1 is not offered to this shop."_s.arg(id));
    QList<ShippingProvider> providers;
    for (QStringView providerId : option->providerIds)
        providers.append({providerId.toString(), LogisticsTables::providerName(providerId).toString()});
    return SandboxResponse::success(FulfillmentCodec::encodeShippingProviders(providers));
}

} // namespace ShopDesk
