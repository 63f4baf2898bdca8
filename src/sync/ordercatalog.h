#pragma once

#include "domain/order.h"
#include "sync/syncedcatalog.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class OrderService;

/// The shop's orders as the panes see them: the cache at once, then the cache again after an
/// incremental sync has brought it up to date. Without a cache it reads the server directly.
/// The cache is read and decoded on a worker thread, the newest orders first, so that a large cache
/// never holds up the window.
class OrderCatalog final : public SyncedCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderCatalog)

public:
    /// How many of the newest orders ordersPreviewed() brings.
    static constexpr int previewSize = 500;

    OrderCatalog(OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~OrderCatalog() override;

signals:
    /// The newest cached orders, while the rest of the cache is still loading; ordersLoaded()
    /// follows with all of them.
    void ordersPreviewed(const QList<ShopDesk::Order> &newest);
    void ordersLoaded(const QList<ShopDesk::Order> &orders, ShopDesk::SyncedCatalog::Source source);

private:
    void emitCached(Source source) override;
    ApiReply *readServer() override;

    OrderService &m_service;
    const QString m_shopId;
    /// Empty without a cache.
    const QString m_cachePath;
    /// Bumped by every cache read, so that an older read finishing late is dropped.
    quint64 m_readGeneration = 0;
};

} // namespace ShopDesk
