#pragma once

#include <functional>
#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/order.h"

class QSqlQuery;

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

    /// Returns true to stop a read early; a stopped read returns an error.
    using Cancelled = std::function<bool()>;
    /// Takes each order a read decodes, in the read's order.
    using Visitor = std::function<void(Order &&order)>;
    /// Every order of the shop, newest first, handed to `visit` one at a time rather than
    /// collected, so that a caller keeping less than whole orders never holds them all. Returns the
    /// highest rowid read: INSERT OR REPLACE gives every row it writes a rowid above every existing
    /// one, so the orders written after this read are exactly those with a higher one.
    Result<qint64> visitAll(const QString &shopId, const Visitor &visit, const Cancelled &cancelled = {}) const;
    /// The orders written after `lastRowId` (from visitAll()), newest first: what a sync changed
    /// since, without reading the rest again. Returns the highest rowid read, or `lastRowId`.
    Result<qint64> visitWrittenAfter(const QString &shopId, qint64 lastRowId, const Visitor &visit) const;
    /// The orders of these ids, in this order; ids not in the cache are left out.
    Result<QList<Order>> loadByIds(const QString &shopId, const QStringList &ids) const;

    /// The sync area name of orders in the sync cursor table.
    static constexpr auto syncArea = "orders";

private:
    Result<QList<Order>> load(const QString &shopId, int limit) const;
    Result<qint64> visit(QSqlQuery &query, const Visitor &visit, const Cancelled &cancelled) const;

    CacheDatabase &m_cache;
};

} // namespace ShopDesk
