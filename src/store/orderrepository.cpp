#include "orderrepository.h"

#include <QFuture>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "domain/jsonreader.h"
#include "domain/ordercodec.h"
#include "domain/orderjsonwriter.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Rows decoded per batch: enough that handing a batch to another thread costs little beside it.
constexpr qsizetype decodeBatchSize = 512;

/// An order as the cache holds it, not decoded yet.
struct StoredOrder
{
    QString id;
    QByteArray body;
};

struct DecodedBatch
{
    QList<Order> orders;
    /// The first order that could not be decoded; the orders before it are kept.
    std::optional<Error> error;
};

DecodedBatch decodeBatch(const QList<StoredOrder> &stored)
{
    DecodedBatch decoded;
    decoded.orders.reserve(stored.size());
    for (const StoredOrder &one : stored) {
        const QJsonObject body = QJsonDocument::fromJson(one.body).object();
        JsonReader reader(body, u"orders/"_s + one.id);
        Order order = OrderCodec::decodeOrder(reader);
        if (reader.failed()) {
            decoded.error = reader.error();
            break;
        }
        decoded.orders.append(std::move(order));
    }
    return decoded;
}

} // namespace

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
    query.prepare(u"SELECT rowid, id, body FROM orders WHERE shop_id = ? ORDER BY create_time DESC LIMIT ?"_s);
    query.addBindValue(shopId);
    query.addBindValue(limit);
    QList<Order> orders;
    if (const Result<qint64> read = visit(query, [&orders](Order &&order) { orders.append(std::move(order)); }, {});
        !read)
        return read.error();
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
    const auto readBatch = [&query, &lastRowId] {
        QList<StoredOrder> batch;
        batch.reserve(decodeBatchSize);
        while (batch.size() < decodeBatchSize && query.next()) {
            lastRowId = std::max(lastRowId, query.value(0).toLongLong());
            batch.append({query.value(1).toString(), query.value(2).toByteArray()});
        }
        return batch;
    };
    const auto hand = [&visit](DecodedBatch &&decoded) {
        for (Order &order : decoded.orders)
            visit(std::move(order));
        return decoded.error;
    };
    // Decoding the JSON is most of a read: a batch decodes on another core while this thread
    // decodes the next one, and the orders go to `visit` in the order read.
    while (true) {
        if (cancelled && cancelled())
            return Error{u"cancelled"_s, u"orders"_s};
        QList<StoredOrder> first = readBatch();
        if (first.isEmpty())
            break;
        const QList<StoredOrder> second = readBatch();
        if (second.isEmpty()) {
            if (std::optional<Error> error = hand(decodeBatch(first)))
                return *error;
            break;
        }
        QFuture<DecodedBatch> other = QtConcurrent::run(decodeBatch, std::move(first));
        DecodedBatch own = decodeBatch(second);
        if (std::optional<Error> error = hand(other.takeResult()))
            return *error;
        if (std::optional<Error> error = hand(std::move(own)))
            return *error;
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
