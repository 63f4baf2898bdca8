#include "orderrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "domain/jsonreader.h"
#include "domain/ordercodec.h"
#include "domain/orderjsonwriter.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

OrderRepository::OrderRepository(CacheDatabase &cache)
    : m_cache(cache)
{ }

std::optional<Error> OrderRepository::upsert(
    const QString &shopId, const QList<Order> &orders, std::optional<qint64> cursor)
{
    QSqlDatabase database = m_cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), u"orders"_s};
    const auto fail = [&database](const QSqlQuery &query) {
        const Error error{query.lastError().text(), u"orders"_s};
        database.rollback();
        return error;
    };
    QSqlQuery insert(database);
    insert.prepare(u"INSERT OR REPLACE INTO orders (shop_id, id, status, create_time, update_time, body) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Order &order : orders) {
        insert.addBindValue(shopId);
        insert.addBindValue(order.id);
        insert.addBindValue(int(order.status));
        insert.addBindValue(order.createTime);
        insert.addBindValue(order.updateTime);
        insert.addBindValue(OrderJsonWriter::write(order));
        if (!insert.exec())
            return fail(insert);
    }
    if (cursor) {
        QSqlQuery move(database);
        // Only the cursor moves: the time of the last completed sync is set when a sync completes.
        move.prepare(u"INSERT INTO sync_cursors (shop_id, area, cursor, synced_at) VALUES (?, ?, ?, 0) "
                     "ON CONFLICT (shop_id, area) DO UPDATE SET cursor = excluded.cursor"_s);
        move.addBindValue(shopId);
        move.addBindValue(QString::fromLatin1(syncArea));
        move.addBindValue(QString::number(*cursor));
        if (!move.exec())
            return fail(move);
    }
    if (!database.commit())
        return Error{database.lastError().text(), u"orders"_s};
    return std::nullopt;
}

Result<QList<Order>> OrderRepository::loadAll(const QString &shopId) const
{
    return load(shopId, -1);
}

Result<QList<Order>> OrderRepository::loadNewest(const QString &shopId, int limit) const
{
    return load(shopId, limit);
}

Result<QList<Order>> OrderRepository::load(const QString &shopId, int limit) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    // SQLite reads a negative LIMIT as no limit; the (shop_id, create_time) index gives the rows in
    // this order without sorting the whole table first.
    query.prepare(u"SELECT id, body FROM orders WHERE shop_id = ? ORDER BY create_time DESC LIMIT ?"_s);
    query.addBindValue(shopId);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{query.lastError().text(), u"orders"_s};
    QList<Order> orders;
    while (query.next()) {
        const QJsonObject body = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        JsonReader reader(body, u"orders/"_s + query.value(0).toString());
        Order order = OrderCodec::decodeOrder(reader);
        if (reader.failed())
            return reader.error();
        orders.append(std::move(order));
    }
    return orders;
}

Result<qsizetype> OrderRepository::count(const QString &shopId) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT COUNT(*) FROM orders WHERE shop_id = ?"_s);
    query.addBindValue(shopId);
    if (!query.exec() || !query.next())
        return Error{query.lastError().text(), u"orders"_s};
    return qsizetype(query.value(0).toLongLong());
}

} // namespace ShopDesk
