#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/order.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class OrderService;
class CursorSync;

/// The shop's orders as the panes see them: the cache at once, then the cache again after an
/// incremental sync has brought it up to date. Without a cache it reads the server directly.
/// The cache is read and decoded on a worker thread, the newest orders first, so that a large cache
/// never holds up the window.
class OrderCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    /// How many of the newest orders ordersPreviewed() brings.
    static constexpr int previewSize = 500;

    OrderCatalog(OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~OrderCatalog() override;

    void refresh();
    qint64 lastSyncedAt() const;

signals:
    /// The newest cached orders, while the rest of the cache is still loading; ordersLoaded()
    /// follows with all of them.
    void ordersPreviewed(const QList<ShopDesk::Order> &newest);
    void ordersLoaded(const QList<ShopDesk::Order> &orders, ShopDesk::OrderCatalog::Source source);
    void refreshProgress(qint64 done, qint64 total);
    void refreshFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

private:
    void emitCached(Source source);

    OrderService &m_service;
    const QString m_shopId;
    /// Empty without a cache.
    const QString m_cachePath;
    /// Bumped by every cache read, so that an older read finishing late is dropped.
    quint64 m_readGeneration = 0;
    CursorSync *const m_sync;
    QPointer<Reply<QList<Order>>> m_pending;
};

} // namespace ShopDesk
