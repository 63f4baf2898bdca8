#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "core/result.h"
#include "domain/product.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class ProductRepository;
class ProductService;
class SyncCursorRepository;

/// The shop's products as the panes see them: what the cache holds at once, then what the server
/// says, which is written back to the cache. With a cache, a refresh asks only for the products
/// updated since the last sync (less an overlap), deletions included; a full sync replaces the
/// cache the first time and once a day, for anything an incremental one could miss. When the
/// server cannot be reached the cached products stay, with the time they were last synced.
class ProductCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    /// How often the whole catalogue is read again instead of only what changed.
    static constexpr qint64 fullSyncEverySeconds = 86'400;

    /// Without a cache the catalog only reads the server.
    ProductCatalog(ProductService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~ProductCatalog() override;

    /// Emits the cached products (if any) right away, then fetches from the server.
    void refresh();
    bool isRefreshing() const { return m_pending != nullptr; }
    /// Epoch seconds of the last successful server sync, 0 if none.
    qint64 lastSyncedAt() const;
    /// Keeps a product the seller changed (and the server confirmed) in the cache.
    void storeProduct(const Product &product);
    /// The products last emitted, for views that join them in later (titles next to ids).
    const QList<Product> &products() const { return m_latest; }

signals:
    void productsLoaded(const QList<ShopDesk::Product> &products, ShopDesk::ProductCatalog::Source source);
    void refreshProgress(qint64 done, qint64 total);
    void refreshFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

private:
    void handleFetched(Reply<QList<Product>> *reply, bool incremental, qint64 startedAt);
    std::optional<Error> store(const QList<Product> &products, bool incremental, qint64 startedAt);

    ProductService &m_service;
    const std::unique_ptr<ProductRepository> m_products;
    const std::unique_ptr<SyncCursorRepository> m_cursors;
    QString m_shopId;
    const Clock &m_clock;
    QPointer<Reply<QList<Product>>> m_pending;
    QList<Product> m_latest;
};

} // namespace ShopDesk
