#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

#include "core/result.h"

class QSqlDatabase;
class QSqlQuery;

namespace ShopDesk {

class CacheDatabase;

/// A cache table of whole API objects, each stored as its JSON with the columns that lists and
/// incremental sync need: `(shop_id, id, order_id, status, update_time, body)` (schema versions 5
/// and 7). `update_time` holds the time the API finds the object by: its update time, or, for
/// objects the API lists by when they began (affiliate orders, LIVE sessions), that time; for a
/// tracking record, when it was read.
/// Repositories turn the JSON into domain values with the API's own codecs.
class JsonRowTable final
{
public:
    struct Row
    {
        QString id;
        QString orderId;
        QString status;
        qint64 updateTime = 0;
        QJsonObject body;
    };

    JsonRowTable(CacheDatabase &cache, QString table);

    /// Inserts or replaces the rows in one transaction; with `cursor`, also moves the shop's sync
    /// cursor of `area` to it in the same transaction, so a crash never leaves the cursor ahead of
    /// the rows.
    std::optional<Error> upsert(const QString &shopId, const QList<Row> &rows, const QString &area,
        std::optional<qint64> cursor = std::nullopt);
    /// Times `[from, to)` in epoch seconds.
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    /// Replaces the shop's rows (those whose time is in `within`, or all) with `rows` in one
    /// transaction and marks `area` synced at `syncedAt`: for answers the API gives whole, so that
    /// what the server no longer lists leaves the cache too.
    std::optional<Error> replace(const QString &shopId, const QList<Row> &rows, const QString &area, qint64 syncedAt,
        std::optional<Span> within = std::nullopt);
    /// Every stored object of the shop, most recently updated first.
    Result<QList<QJsonObject>> loadAll(const QString &shopId) const;
    /// The row stored under `id`, if any.
    Result<std::optional<Row>> find(const QString &shopId, const QString &id) const;
    /// The objects whose time is in `span`, latest first.
    Result<QList<QJsonObject>> loadWithin(const QString &shopId, Span span) const;
    Result<qsizetype> count(const QString &shopId) const;
    const QString &name() const { return m_table; }

private:
    std::optional<Error> insert(QSqlDatabase &database, const QString &shopId, const QList<Row> &rows);
    Result<QList<QJsonObject>> read(QSqlQuery &query) const;

    CacheDatabase &m_cache;
    const QString m_table;
};

/// Turns a table's stored objects into values with `decode(object, path)`, a codec's reader of one
/// stored item; the first failure is the error.
template <typename T, typename Decode>
Result<QList<T>> decodeRows(const Result<QList<QJsonObject>> &objects, const QString &table, Decode decode)
{
    if (!objects)
        return objects.error();
    QList<T> values;
    values.reserve(objects.value().size());
    for (const QJsonObject &object : objects.value()) {
        Result<T> value = decode(object, table);
        if (!value)
            return value.error();
        values.append(std::move(value).value());
    }
    return values;
}

} // namespace ShopDesk
