#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/product.h"

namespace ShopDesk {

class CacheDatabase;

/// The products of each shop in the cache: products, their SKUs and per-warehouse stock.
class ProductRepository final
{
public:
    explicit ProductRepository(CacheDatabase &cache);

    /// Replaces all of a shop's products (after a full sync), in one transaction.
    std::optional<Error> replaceAll(const QString &shopId, const QList<Product> &products);
    /// Inserts or replaces these products, leaving the others (an incremental sync, a write);
    /// products with status Deleted are removed instead.
    std::optional<Error> upsert(const QString &shopId, const QList<Product> &products);
    Result<QList<Product>> loadAll(const QString &shopId) const;

private:
    std::optional<Error> write(const QString &shopId, const QList<Product> &products, bool replaceAll);

    CacheDatabase &m_cache;
};

} // namespace ShopDesk
