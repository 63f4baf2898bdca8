#include "shopsession.h"

#include "api/affiliateservice.h"
#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "api/authservice.h"
#include "api/fulfillmentservice.h"
#include "api/listingservice.h"
#include "api/orderservice.h"
#include "api/productservice.h"
#include "api/returnservice.h"

namespace ShopDesk {

ShopSession::ShopSession(const ShopConnection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(connection, clock, this))
    , m_auth(new AuthService(*m_client, this))
    , m_products(new ProductService(*m_client, this))
    , m_orders(new OrderService(*m_client, this))
    , m_analytics(new AnalyticsService(*m_client, this))
    , m_fulfillment(new FulfillmentService(*m_client, this))
    , m_affiliates(new AffiliateService(*m_client, this))
    , m_listings(new ListingService(*m_client, this))
    , m_returns(new ReturnService(*m_client, this))
{ }

ShopSession::~ShopSession() = default;

const ShopConnection &ShopSession::connection() const
{
    return m_client->connection();
}

} // namespace ShopDesk
