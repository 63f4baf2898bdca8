#include "endpoints.h"

#include <array>

namespace ShopDesk {

namespace {

/// A path built at compile time from pieces, so that a version constant appears once.
template <std::size_t... N>
constexpr auto joinPath(const char16_t (&...parts)[N])
{
    std::array<char16_t, (N + ...) - sizeof...(N) + 1> out{};
    std::size_t at = 0;
    auto append = [&out, &at](const auto &part) {
        for (std::size_t i = 0; part[i] != u'\0'; ++i)
            out[at++] = part[i];
    };
    (append(parts), ...);
    return out;
}

template <std::size_t N>
constexpr QStringView pathView(const std::array<char16_t, N> &path)
{
    return QStringView(path.data(), qsizetype(N - 1));
}

// Reference section 11.3: the official reference says 202508 for LIVE analytics, third-party code
// says 202509 ("202508 returns 36009003"). This is the one place to change it.
constexpr char16_t liveAnalyticsVersion[] = u"202509";
constexpr auto liveSessionsPath = joinPath(u"/analytics/", liveAnalyticsVersion, u"/shop_lives/performance");
constexpr auto liveOverviewPath = joinPath(u"/analytics/", liveAnalyticsVersion, u"/shop_lives/overview_performance");

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
    Endpoint{
        EndpointId::ProductGet, HttpMethod::Get, u"/product/202309/products/{product_id}", ShopScope::Required, true},
    Endpoint{EndpointId::OrdersSearch, HttpMethod::Post, u"/order/202309/orders/search", ShopScope::Required, true},
    Endpoint{EndpointId::OrdersGet, HttpMethod::Get, u"/order/202507/orders", ShopScope::Required, true},
    Endpoint{EndpointId::AnalyticsShopPerformance, HttpMethod::Get, u"/analytics/202405/shop/performance",
        ShopScope::Required, true},
    Endpoint{EndpointId::AnalyticsProductsPerformance, HttpMethod::Get, u"/analytics/202405/shop_products/performance",
        ShopScope::Required, true},
    Endpoint{EndpointId::AnalyticsProductPerformance, HttpMethod::Get,
        u"/analytics/202405/shop_products/{product_id}/performance", ShopScope::Required, true},
    Endpoint{EndpointId::AnalyticsLiveSessions, HttpMethod::Get, pathView(liveSessionsPath), ShopScope::Required, true},
    Endpoint{EndpointId::AnalyticsLiveOverview, HttpMethod::Get, pathView(liveOverviewPath), ShopScope::Required, true},
    Endpoint{EndpointId::PackagesSearch, HttpMethod::Post, u"/fulfillment/202309/packages/search", ShopScope::Required,
        true},
    Endpoint{EndpointId::PackageGet, HttpMethod::Get, u"/fulfillment/202309/packages/{package_id}", ShopScope::Required,
        true},
    // A ship that timed out may have shipped: never sent again without reading the package first.
    Endpoint{EndpointId::PackageShip, HttpMethod::Post, u"/fulfillment/202309/packages/{package_id}/ship",
        ShopScope::Required, false},
    Endpoint{
        EndpointId::PackagesShip, HttpMethod::Post, u"/fulfillment/202309/packages/ship", ShopScope::Required, false},
    Endpoint{EndpointId::OrderPackagesMarkShipped, HttpMethod::Post, u"/fulfillment/202309/orders/{order_id}/packages",
        ShopScope::Required, false},
    // Asking for a document again only issues another link.
    Endpoint{EndpointId::PackageShippingDocuments, HttpMethod::Get,
        u"/fulfillment/202309/packages/{package_id}/shipping_documents", ShopScope::Required, true},
    Endpoint{EndpointId::OrderTracking, HttpMethod::Get, u"/fulfillment/202309/orders/{order_id}/tracking",
        ShopScope::Required, true},
    Endpoint{EndpointId::WarehouseDeliveryOptions, HttpMethod::Get,
        u"/logistics/202309/warehouses/{warehouse_id}/delivery_options", ShopScope::Required, true},
    Endpoint{EndpointId::DeliveryOptionShippingProviders, HttpMethod::Get,
        u"/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers", ShopScope::Required, true},
    // Setting or removing a subscription twice leaves the same state.
    Endpoint{EndpointId::WebhooksGet, HttpMethod::Get, u"/event/202309/webhooks", ShopScope::Required, true},
    Endpoint{EndpointId::WebhookUpdate, HttpMethod::Put, u"/event/202309/webhooks", ShopScope::Required, true},
    Endpoint{EndpointId::WebhookDelete, HttpMethod::Delete, u"/event/202309/webhooks", ShopScope::Required, true},
    // Affiliate versions as in reference section 5.5.
    Endpoint{EndpointId::CreatorsSearch, HttpMethod::Post, u"/affiliate_seller/202508/marketplace_creators/search",
        ShopScope::Required, true},
    Endpoint{EndpointId::OpenCollaborationCreate, HttpMethod::Post, u"/affiliate_seller/202412/open_collaborations",
        ShopScope::Required, false},
    Endpoint{EndpointId::OpenCollaborationsSearch, HttpMethod::Post,
        u"/affiliate_seller/202412/open_collaborations/search", ShopScope::Required, true},
    Endpoint{EndpointId::TargetCollaborationCreate, HttpMethod::Post, u"/affiliate_seller/202508/target_collaborations",
        ShopScope::Required, false},
    Endpoint{EndpointId::TargetCollaborationsSearch, HttpMethod::Post,
        u"/affiliate_seller/202508/target_collaborations/search", ShopScope::Required, true},
    Endpoint{EndpointId::AffiliateOrdersSearch, HttpMethod::Post, u"/affiliate_seller/202410/orders/search",
        ShopScope::Required, true},
    // Listing a product (reference section 5.1). Creating, editing and changing status are writes;
    // another upload of the same picture only makes another URI, so an upload may be repeated.
    Endpoint{EndpointId::ProductCreate, HttpMethod::Post, u"/product/202309/products", ShopScope::Required, false},
    Endpoint{
        EndpointId::ProductEdit, HttpMethod::Put, u"/product/202309/products/{product_id}", ShopScope::Required, false},
    Endpoint{EndpointId::ProductsActivate, HttpMethod::Post, u"/product/202309/products/activate", ShopScope::Required,
        false},
    Endpoint{EndpointId::ProductsDeactivate, HttpMethod::Post, u"/product/202309/products/deactivate",
        ShopScope::Required, false},
    Endpoint{EndpointId::ProductsDelete, HttpMethod::Delete, u"/product/202309/products", ShopScope::Required, false},
    Endpoint{
        EndpointId::ProductsRecover, HttpMethod::Post, u"/product/202309/products/recover", ShopScope::Required, false},
    Endpoint{EndpointId::Categories, HttpMethod::Get, u"/product/202309/categories", ShopScope::Required, true},
    Endpoint{EndpointId::CategoryAttributes, HttpMethod::Get, u"/product/202309/categories/{category_id}/attributes",
        ShopScope::Required, true},
    Endpoint{EndpointId::Brands, HttpMethod::Get, u"/product/202309/brands", ShopScope::Required, true},
    // Reference section 4: uploads carry no shop_cipher.
    Endpoint{EndpointId::ImageUpload, HttpMethod::Post, u"/product/202309/images/upload", ShopScope::Forbidden, true},
    Endpoint{EndpointId::Warehouses, HttpMethod::Get, u"/logistics/202309/warehouses", ShopScope::Required, true},
    // Returns and cancellations (reference section 5.4). The decisions carry an idempotency_key, but
    // they are still outbox writes: a lost answer is checked on the server before anything is resent.
    Endpoint{EndpointId::ReturnsSearch, HttpMethod::Post, u"/return_refund/202309/returns/search", ShopScope::Required,
        true},
    Endpoint{EndpointId::ReturnApprove, HttpMethod::Post, u"/return_refund/202309/returns/{return_id}/approve",
        ShopScope::Required, false},
    Endpoint{EndpointId::ReturnReject, HttpMethod::Post, u"/return_refund/202309/returns/{return_id}/reject",
        ShopScope::Required, false},
    Endpoint{
        EndpointId::RejectReasons, HttpMethod::Get, u"/return_refund/202309/reject_reasons", ShopScope::Required, true},
    Endpoint{EndpointId::CancellationsSearch, HttpMethod::Post, u"/return_refund/202309/cancellations/search",
        ShopScope::Required, true},
    Endpoint{EndpointId::CancellationApprove, HttpMethod::Post,
        u"/return_refund/202309/cancellations/{cancel_id}/approve", ShopScope::Required, false},
    Endpoint{EndpointId::CancellationReject, HttpMethod::Post,
        u"/return_refund/202309/cancellations/{cancel_id}/reject", ShopScope::Required, false},
    // The seller's own cancel of an order (reference section 5.4, "seller cancels").
    Endpoint{
        EndpointId::OrderCancel, HttpMethod::Post, u"/return_refund/202309/cancellations", ShopScope::Required, false},
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
