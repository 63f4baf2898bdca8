#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/authorizedshop.h"
#include "domain/order.h"
#include "domain/product.h"
#include "sandbox/affiliateseed.h"
#include "sandbox/analyticsseed.h"
#include "sandbox/sandboxaftersalestore.h"
#include "sandbox/sandboxlisting.h"
#include "sandbox/sandboxpackagestore.h"
#include "sandbox/sandboxwebhook.h"

namespace ShopDesk {

/// One simulated shop and everything in it.
struct SandboxShop
{
    AuthorizedShop info;
    QString currency;
    QStringList warehouseIds;
    QList<Product> products;
    QList<Order> orders;
    /// IANA id; analytics days are shop-local (reference section 5.6).
    QString timeZone;
    ShopAnalytics analytics;
    /// Empty until the first fulfillment call loads it from the orders.
    SandboxPackageStore packages;
    /// Bumped by every write to the orders, so that cached searches notice it.
    quint64 ordersRevision = 0;
    QList<SandboxWebhook> webhooks;
    /// Filled by writes and the clock, emptied by the server once it has sent them.
    QList<SandboxEvent> pendingEvents;
    ShopAffiliates affiliates;
    /// Listings created, edited or deleted through the API, by product id.
    QHash<QString, SandboxListing> listings;
    /// Returns and cancellations; empty until the first return or cancellation call loads them.
    SandboxAftersaleStore aftersales;
};

/// The app credentials the sandbox accepts, printed by shopdesk-sandbox and used by the demo shop.
struct SandboxCredentials
{
    QString appKey;
    QByteArray appSecret;
    QByteArray accessToken;
    QByteArray refreshToken;
};

struct SeedOptions
{
    quint64 seed = 1;
    int productsPerShop = 250;
    /// Epoch seconds that creation and update times are spread before.
    qint64 referenceTime = 0;
    int ordersPerShop = 0;
};

/// Deterministic sandbox data: the same options give byte-identical shops.
class SeedData final
{
public:
    static QList<SandboxShop> generateShops(const SeedOptions &options);
    static SandboxCredentials generateCredentials(quint64 seed);
    /// The variant names of the catalogue item whose seller SKUs start with `skuPrefix` ("EB"),
    /// in SKU order; empty for a prefix no item has.
    static QStringList catalogueVariants(QStringView skuPrefix);
};

} // namespace ShopDesk
