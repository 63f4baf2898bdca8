#include "jsonrowtable.h"

#include <limits>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

JsonRowTable::JsonRowTable(CacheDatabase &cache, QString table)
    : m_cache(cache)
    , m_table(std::move(table))
{ }

std::optional<Error> JsonRowTable::insert(QSqlDatabase &database, const QString &shopId, const QList<Row> &rows)
{
    QSqlQuery insert(database);
    insert.prepare(u"INSERT OR REPLACE INTO %1 (shop_id, id, order_id, status, update_time, body) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s.arg(m_table));
    for (const Row &row : rows) {
        insert.addBindValue(shopId);
        insert.addBindValue(row.id);
        insert.addBindValue(row.orderId);
        // A null string would bind as NULL, which the column refuses; an API object without a
        // status is stored with an empty one.
        insert.addBindValue(row.status.isNull() ? QString(u""_s) : row.status);
        insert.addBindValue(row.updateTime);
        insert.addBindValue(QJsonDocument(row.body).toJson(QJsonDocument::Compact));
        if (!insert.exec())
            return Error{insert.lastError().text(), m_table};
    }
    return std::nullopt;
}

std::optional<Error> JsonRowTable::upsert(
    const QString &shopId, const QList<Row> &rows, const QString &area, std::optional<qint64> cursor)
{
    QSqlDatabase database = m_cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), m_table};
    if (auto error = insert(database, shopId, rows)) {
        database.rollback();
        return error;
    }
    if (cursor) {
        QSqlQuery move(database);
        // Only the cursor moves: the time of the last completed sync is set when a sync completes.
        move.prepare(u"INSERT INTO sync_cursors (shop_id, area, cursor, synced_at) VALUES (?, ?, ?, 0) "
                     "ON CONFLICT (shop_id, area) DO UPDATE SET cursor = excluded.cursor"_s);
        move.addBindValue(shopId);
        move.addBindValue(area);
        move.addBindValue(QString::number(*cursor));
        if (!move.exec()) {
            const Error error{move.lastError().text(), m_table};
            database.rollback();
            return error;
        }
    }
    if (!database.commit())
        return Error{database.lastError().text(), m_table};
    return std::nullopt;
}

std::optional<Error> JsonRowTable::replace(
    const QString &shopId, const QList<Row> &rows, const QString &area, qint64 syncedAt, std::optional<Span> within)
{
    QSqlDatabase database = m_cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), m_table};
    QSqlQuery clear(database);
    clear.prepare(u"DELETE FROM %1 WHERE shop_id = ? AND update_time >= ? AND update_time < ?"_s.arg(m_table));
    clear.addBindValue(shopId);
    clear.addBindValue(within ? within->from : std::numeric_limits<qint64>::min());
    clear.addBindValue(within ? within->to : std::numeric_limits<qint64>::max());
    std::optional<Error> error;
    if (!clear.exec())
        error = Error{clear.lastError().text(), m_table};
    if (!error)
        error = insert(database, shopId, rows);
    if (!error) {
        QSqlQuery mark(database);
        mark.prepare(u"INSERT INTO sync_cursors (shop_id, area, cursor, synced_at) VALUES (?, ?, NULL, ?) "
                     "ON CONFLICT (shop_id, area) DO UPDATE SET synced_at = excluded.synced_at"_s);
        mark.addBindValue(shopId);
        mark.addBindValue(area);
        mark.addBindValue(syncedAt);
        if (!mark.exec())
            error = Error{mark.lastError().text(), m_table};
    }
    if (error) {
        database.rollback();
        return error;
    }
    if (!database.commit())
        return Error{database.lastError().text(), m_table};
    return std::nullopt;
}

Result<QList<QJsonObject>> JsonRowTable::loadAll(const QString &shopId) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, body FROM %1 WHERE shop_id = ? ORDER BY update_time DESC, id"_s.arg(m_table));
    query.addBindValue(shopId);
    return read(query);
}

Result<QList<QJsonObject>> JsonRowTable::loadWithin(const QString &shopId, Span span) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, body FROM %1 WHERE shop_id = ? AND update_time >= ? AND update_time < ? "
                  "ORDER BY update_time DESC, id"_s.arg(m_table));
    query.addBindValue(shopId);
    query.addBindValue(span.from);
    query.addBindValue(span.to);
    return read(query);
}

Result<std::optional<JsonRowTable::Row>> JsonRowTable::find(const QString &shopId, const QString &id) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT order_id, status, update_time, body FROM %1 WHERE shop_id = ? AND id = ?"_s.arg(m_table));
    query.addBindValue(shopId);
    query.addBindValue(id);
    if (!query.exec())
        return Error{query.lastError().text(), m_table};
    if (!query.next())
        return std::optional<Row>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(3).toByteArray(), &error);
    if (!document.isObject())
        return Error{u"stored JSON is damaged: %1"_s.arg(error.errorString()), m_table + u'/' + id};
    return std::optional<Row>(
        Row{id, query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(), document.object()});
}

Result<QList<QJsonObject>> JsonRowTable::read(QSqlQuery &query) const
{
    if (!query.exec())
        return Error{query.lastError().text(), m_table};
    QList<QJsonObject> objects;
    while (query.next()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray(), &error);
        if (!document.isObject())
            return Error{
                u"stored JSON is damaged: %1"_s.arg(error.errorString()), m_table + u'/' + query.value(0).toString()};
        objects.append(document.object());
    }
    return objects;
}

Result<qsizetype> JsonRowTable::count(const QString &shopId) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT COUNT(*) FROM %1 WHERE shop_id = ?"_s.arg(m_table));
    query.addBindValue(shopId);
    if (!query.exec() || !query.next())
        return Error{query.lastError().text(), m_table};
    return qsizetype(query.value(0).toLongLong());
}

} // namespace ShopDesk
