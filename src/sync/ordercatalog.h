#pragma once

#include <memory>

#include "domain/order.h"
#include "sync/syncedcatalog.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class OrderRepository;
class OrderService;

/// The shop's orders as the panes see them: the cache at once, then the cache again after an
/// incremental sync has brought it up to date. Without a cache it reads the server directly.
class OrderCatalog final : public SyncedCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderCatalog)

public:
    OrderCatalog(OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~OrderCatalog() override;

signals:
    void ordersLoaded(const QList<ShopDesk::Order> &orders, ShopDesk::SyncedCatalog::Source source);

private:
    void emitCached(Source source) override;
    ApiReply *readServer() override;

    OrderService &m_service;
    const QString m_shopId;
    const std::unique_ptr<OrderRepository> m_orders;
};

} // namespace ShopDesk
