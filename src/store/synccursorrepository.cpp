#include "synccursorrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

SyncCursorRepository::SyncCursorRepository(CacheDatabase &cache)
    : m_cache(cache)
{ }

qint64 SyncCursorRepository::syncedAt(const QString &shopId, const QString &area) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT synced_at FROM sync_cursors WHERE shop_id = ? AND area = ?"_s);
    query.addBindValue(shopId);
    query.addBindValue(area);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString SyncCursorRepository::cursor(const QString &shopId, const QString &area) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT cursor FROM sync_cursors WHERE shop_id = ? AND area = ?"_s);
    query.addBindValue(shopId);
    query.addBindValue(area);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<Error> SyncCursorRepository::markSynced(
    const QString &shopId, const QString &area, qint64 syncedAt, const QString &cursor)
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"INSERT OR REPLACE INTO sync_cursors (shop_id, area, cursor, synced_at) VALUES (?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(shopId), QVariant(area), QVariant(cursor), QVariant(syncedAt)})
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text(), m_cache.path()};
    return std::nullopt;
}

} // namespace ShopDesk
