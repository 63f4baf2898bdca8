#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/order.h"

namespace ShopDesk {

class CacheDatabase;

/// The orders of each shop in the cache, each stored whole (as the API's JSON) with the columns
/// that queries and incremental sync need.
class OrderRepository final
{
public:
    explicit OrderRepository(CacheDatabase &cache);

    /// Inserts or replaces these orders in one transaction; with `cursor`, also moves the shop's
    /// order sync cursor to it in the same transaction, so that a crash never leaves the cursor
    /// ahead of the orders.
    std::optional<Error> upsert(
        const QString &shopId, const QList<Order> &orders, std::optional<qint64> cursor = std::nullopt);
    /// Newest first.
    Result<QList<Order>> loadAll(const QString &shopId) const;
    /// The `limit` most recently created orders, newest first: a screenful to show while the rest
    /// loads.
    Result<QList<Order>> loadNewest(const QString &shopId, int limit) const;
    Result<qsizetype> count(const QString &shopId) const;

    /// The sync area name of orders in the sync cursor table.
    static constexpr auto syncArea = "orders";

private:
    Result<QList<Order>> load(const QString &shopId, int limit) const;

    CacheDatabase &m_cache;
};

} // namespace ShopDesk
