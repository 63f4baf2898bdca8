#include "orderrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "domain/jsonreader.h"
#include "domain/ordercodec.h"
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
        insert.addBindValue(QJsonDocument(OrderCodec::encodeOrder(order)).toJson(QJsonDocument::Compact));
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

Result<qint64> OrderRepository::visitAll(const QString &shopId, const Visitor &visit, const Cancelled &cancelled) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT rowid, id, body FROM orders WHERE shop_id = ? ORDER BY create_time DESC"_s);
    query.addBindValue(shopId);
    return this->visit(query, visit, cancelled);
}

Result<qint64> OrderRepository::visitWrittenAfter(const QString &shopId, qint64 lastRowId, const Visitor &visit) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    // The rowid range comes straight off the table's b-tree: a sync's few orders cost a few rows.
    query.prepare(u"SELECT rowid, id, body FROM orders WHERE rowid > ? AND shop_id = ? ORDER BY create_time DESC"_s);
    query.addBindValue(lastRowId);
    query.addBindValue(shopId);
    Result<qint64> last = this->visit(query, visit, {});
    if (last && last.value() < lastRowId)
        return lastRowId;
    return last;
}

Result<QList<Order>> OrderRepository::loadByIds(const QString &shopId, const QStringList &ids) const
{
    QHash<QString, Order> found;
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    // A statement per batch of ids: SQLite takes at most 32,766 parameters.
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        const QStringList some = ids.mid(from, batch);
        QString marks = u"?"_s.repeated(some.size());
        for (qsizetype i = marks.size() - 1; i > 0; --i)
            marks.insert(i, u',');
        query.prepare(u"SELECT rowid, id, body FROM orders WHERE shop_id = ? AND id IN (%1)"_s.arg(marks));
        query.addBindValue(shopId);
        for (const QString &id : some)
            query.addBindValue(id);
        Result<qint64> read = visit(query, [&found](Order &&order) { found.insert(order.id, std::move(order)); }, {});
        if (!read)
            return read.error();
    }
    QList<Order> orders;
    orders.reserve(found.size());
    for (const QString &id : ids) {
        if (const auto order = found.constFind(id); order != found.cend())
            orders.append(*order);
    }
    return orders;
}

Result<qint64> OrderRepository::visit(QSqlQuery &query, const Visitor &visit, const Cancelled &cancelled) const
{
    if (!query.exec())
        return Error{query.lastError().text(), u"orders"_s};
    qint64 lastRowId = 0;
    // How often a long read looks whether it is still wanted.
    constexpr int checkEvery = 1024;
    for (qsizetype row = 0; query.next(); ++row) {
        if (cancelled && row % checkEvery == 0 && cancelled())
            return Error{u"cancelled"_s, u"orders"_s};
        lastRowId = std::max(lastRowId, query.value(0).toLongLong());
        // The document and its object go before the next row's are made.
        const QJsonObject body = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
        JsonReader reader(body, u"orders/"_s + query.value(1).toString());
        Order order = OrderCodec::decodeOrder(reader);
        if (reader.failed())
            return reader.error();
        visit(std::move(order));
    }
    return lastRowId;
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
