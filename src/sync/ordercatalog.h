#pragma once

#include <optional>

#include <QFuture>

#include "core/result.h"
#include "domain/order.h"
#include "models/orderrow.h"
#include "sync/syncedcatalog.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class OrderService;

/// One result of a cache read: the newest orders (a preview), all of them, or those written after
/// the last read.
struct OrderCacheRead
{
    OrderRows rows;
    qint64 lastRowId = 0;
    bool complete = false;
    /// Only the orders written after the last read.
    bool written = false;
    QString error;
};

/// The shop's orders as the panes see them: the cache at once, then the cache again after an
/// incremental sync has brought it up to date. Without a cache it reads the server directly.
///
/// Orders come as OrderRows, a compact row each: 100,000 whole orders would take gigabytes
/// to hold, their rows a small part of it. Whole orders are read again by id when they are needed
/// (ordersByIds()). The cache is read and decoded on a worker thread, the newest orders first, so
/// that a large cache never holds up the window; it is read whole once, and after that only the
/// orders written since (by a sync) are read and merged in, so that no second copy of every row is
/// ever built while the first is shown.
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

    /// The whole orders of these ids, in this order, from the cache (or, without one, from the
    /// last read of the server); ids it does not hold are left out.
    Result<QList<Order>> ordersByIds(const QStringList &ids) const;
    std::optional<Order> order(const QString &id) const;

signals:
    /// The newest cached orders, while the rest of the cache is still loading; ordersLoaded()
    /// follows with all of them.
    void ordersPreviewed(const ShopDesk::OrderRows &newest);
    void ordersLoaded(const ShopDesk::OrderRows &orders, ShopDesk::SyncedCatalog::Source source);

private:
    void emitCached(Source source) override;
    ApiReply *readServer() override;
    /// Reads the whole cache, or once it was read, only what was written after that.
    void startRead(Source source);
    void handleRead(const OrderCacheRead &read, Source source);
    /// m_rows with `written` in place of the rows of the same ids, newest first.
    OrderRows mergedWith(const OrderRows &written) const;

    OrderService &m_service;
    CacheDatabase *const m_cache;
    const QString m_shopId;
    /// Empty without a cache.
    const QString m_cachePath;
    /// The rows last announced (shared with the panes' copies, not a second copy), and the cache's
    /// last rowid they include.
    OrderRows m_rows;
    std::optional<qint64> m_lastRowId;
    /// Without a cache: the orders of the last server read, for ordersByIds().
    QList<Order> m_serverOrders;
    /// The last cache read started; the catalog waits for it before it goes, since the read uses
    /// a connection that the application closes when it quits.
    QFuture<OrderCacheRead> m_read;
    /// Whether a cache read is running, and the source of the read asked for meanwhile.
    bool m_reading = false;
    std::optional<Source> m_readAfter;
    bool m_previewed = false;
};

} // namespace ShopDesk
