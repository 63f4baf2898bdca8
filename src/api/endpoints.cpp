#include "endpoints.h"

#include <array>

namespace ShopDesk {

namespace {

// Searches are POSTs that change nothing, so they are as safe to repeat as GETs.
constexpr std::array endpoints{
    Endpoint{EndpointId::AuthorizedShops, HttpMethod::Get, u"/authorization/202309/shops", ShopScope::Forbidden, true},
    Endpoint{
        EndpointId::ProductsSearch, HttpMethod::Post, u"/product/202309/products/search", ShopScope::Required, true},
    // Writes are never repeated blindly: the outbox checks the server's state first (DESIGN.md).
    Endpoint{EndpointId::ProductInventoryUpdate, HttpMethod::Post,
        u"/product/202309/products/{product_id}/inventory/update", ShopScope::Required, false},
    Endpoint{EndpointId::ProductPricesUpdate, HttpMethod::Post, u"/product/202309/products/{product_id}/prices/update",
        ShopScope::Required, false},
    Endpoint{EndpointId::OrdersSearch, HttpMethod::Post, u"/order/202309/orders/search", ShopScope::Required, true},
    Endpoint{EndpointId::OrdersGet, HttpMethod::Get, u"/order/202507/orders", ShopScope::Required, true},
};

} // namespace

const Endpoint &Endpoints::get(EndpointId id)
{
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.id == id)
            return endpoint;
    }
    Q_UNREACHABLE();
}

QStringView Endpoints::methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return u"GET";
    case HttpMethod::Post:
        return u"POST";
    case HttpMethod::Put:
        return u"PUT";
    case HttpMethod::Delete:
        return u"DELETE";
    }
    Q_UNREACHABLE();
}

} // namespace ShopDesk
