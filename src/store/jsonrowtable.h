#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

#include "core/result.h"

namespace ShopDesk {

class CacheDatabase;

/// A cache table of whole API objects, each stored as its JSON with the columns that lists and
/// incremental sync need: `(shop_id, id, order_id, status, update_time, body)` (schema version 5).
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
    /// Every stored object of the shop, most recently updated first.
    Result<QList<QJsonObject>> loadAll(const QString &shopId) const;
    Result<qsizetype> count(const QString &shopId) const;
    const QString &name() const { return m_table; }

private:
    CacheDatabase &m_cache;
    const QString m_table;
};

} // namespace ShopDesk
