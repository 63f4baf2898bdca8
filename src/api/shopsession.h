#pragma once

#include <QObject>

#include "api/shopconnection.h"

namespace ShopDesk {

class AffiliateService;
class AnalyticsService;
class ApiClient;
class AuthService;
class Clock;
class FulfillmentService;
class ListingService;
class OrderService;
class ProductService;
class ReturnService;

/// One connected shop: its ApiClient and the services on top of it. The window and the command
/// line each hold one per shop they show.
class ShopSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSession)

public:
    ShopSession(const ShopConnection &connection, const Clock &clock, QObject *parent = nullptr);
    ~ShopSession() override;

    const ShopConnection &connection() const;
    ApiClient &client() { return *m_client; }
    AuthService &auth() { return *m_auth; }
    ProductService &products() { return *m_products; }
    OrderService &orders() { return *m_orders; }
    AnalyticsService &analytics() { return *m_analytics; }
    FulfillmentService &fulfillment() { return *m_fulfillment; }
    AffiliateService &affiliates() { return *m_affiliates; }
    ListingService &listings() { return *m_listings; }
    ReturnService &returns() { return *m_returns; }

private:
    ApiClient *const m_client;
    AuthService *const m_auth;
    ProductService *const m_products;
    OrderService *const m_orders;
    AnalyticsService *const m_analytics;
    FulfillmentService *const m_fulfillment;
    AffiliateService *const m_affiliates;
    ListingService *const m_listings;
    ReturnService *const m_returns;
};

} // namespace ShopDesk
