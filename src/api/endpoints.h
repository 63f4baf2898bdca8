#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace ShopDesk {

enum class HttpMethod { Get, Post, Put, Delete };

/// Whether a call carries `shop_cipher`: required on shop data, forbidden on `/authorization/*` and
/// `/seller/*` (reference section 4; sending it there fails with 36009004).
enum class ShopScope { Required, Forbidden };

enum class EndpointId {
    AuthorizedShops,
    ProductsSearch,
    ProductInventoryUpdate,
    ProductPricesUpdate,
    ProductGet,
    OrdersSearch,
    OrdersGet,
    AnalyticsShopPerformance,
    AnalyticsProductsPerformance,
    AnalyticsProductPerformance,
    AnalyticsLiveSessions,
    AnalyticsLiveOverview,
    PackagesSearch,
    PackageGet,
    PackageShip,
    PackagesShip,
    OrderPackagesMarkShipped,
    PackageShippingDocuments,
    OrderTracking,
    WarehouseDeliveryOptions,
    DeliveryOptionShippingProviders,
    WebhooksGet,
    WebhookUpdate,
    WebhookDelete,
    CreatorsSearch,
    OpenCollaborationCreate,
    OpenCollaborationsSearch,
    TargetCollaborationCreate,
    TargetCollaborationsSearch,
    AffiliateOrdersSearch,
    ProductCreate,
    ProductEdit,
    ProductsActivate,
    ProductsDeactivate,
    ProductsDelete,
    ProductsRecover,
    Categories,
    CategoryAttributes,
    Brands,
    ImageUpload,
    Warehouses,
    ReturnsSearch,
    ReturnApprove,
    ReturnReject,
    RejectReasons,
    CancellationsSearch,
    CancellationApprove,
    CancellationReject,
    OrderCancel,
};

struct Endpoint
{
    EndpointId id;
    HttpMethod method;
    /// Versioned path with `{name}` placeholders, e.g. `/product/202309/products/{product_id}`.
    QStringView path;
    ShopScope scope;
    /// Whether a failed attempt may be sent again without asking the server what happened first.
    bool idempotent;
};

/// The one table of every endpoint ShopDesk calls: method, versioned path and shop scope.
class Endpoints final
{
public:
    static const Endpoint &get(EndpointId id);
    static QStringView methodName(HttpMethod method);
};

/// Reference section 11.4: whether a body-less POST is signed as `{}`, `[]` or nothing is
/// unconfirmed. ShopDesk sends this and signs exactly what it sends.
inline constexpr QByteArrayView emptyPostBody = "{}";

} // namespace ShopDesk
