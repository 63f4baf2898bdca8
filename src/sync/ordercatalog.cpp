#include "ordercatalog.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include "api/orderservice.h"
#include "core/logging.h"
#include "core/stringpool.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "sync/ordersync.h"

namespace ShopDesk {

namespace {

/// Runs on a worker thread. A SQLite connection belongs to the thread that opened it, so the read
/// opens its own; the cache is in WAL mode, so it reads while the GUI thread's sync writes. Each
/// order goes as soon as its row is made: the read holds two batches of whole orders at most.
void readCache(QPromise<OrderCacheRead> &promise, const QString &path, const QString &shopId, bool preview,
    std::optional<qint64> after)
{
    const auto failed = [&promise](const QString &error) {
        promise.addResult(OrderCacheRead{{}, 0, true, false, error});
    };
    auto opened = CacheDatabase::open(path);
    if (!opened) {
        failed(opened.error().toString());
        return;
    }
    const OrderRepository repository(*opened.value());
    StringPool pool;
    OrderRows rows;
    const auto keep = [&rows, &pool](Order &&order) { rows.append(order, &pool); };
    if (after) {
        const Result<qint64> last = repository.visitWrittenAfter(shopId, *after, keep);
        if (!last)
            failed(last.error().toString());
        else
            promise.addResult(OrderCacheRead{std::move(rows), last.value(), true, true, {}});
        return;
    }
    if (preview) {
        Result<QList<Order>> newest = repository.loadNewest(shopId, OrderCatalog::previewSize);
        // A cache that fits in the preview comes whole in one go.
        if (newest && newest.value().size() == OrderCatalog::previewSize)
            promise.addResult(OrderCacheRead{OrderRows(newest.value()), 0, false, false, {}});
    }
    if (promise.isCanceled())
        return;
    if (const Result<qsizetype> count = repository.count(shopId))
        rows.reserve(count.value());
    const Result<qint64> last = repository.visitAll(shopId, keep, [&promise] { return promise.isCanceled(); });
    if (promise.isCanceled())
        return;
    if (!last) {
        failed(last.error().toString());
        return;
    }
    rows.squeeze();
    promise.addResult(OrderCacheRead{std::move(rows), last.value(), true, false, {}});
}

} // namespace

OrderCatalog::OrderCatalog(
    OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : SyncedCatalog(parent)
    , m_service(service)
    , m_cache(cache)
    , m_shopId(shopId)
    , m_cachePath(cache ? cache->path() : QString())
{
    if (cache)
        setSyncs({OrderSync::create(service, *cache, shopId, clock, this)});
}

OrderCatalog::~OrderCatalog()
{
    // A whole read stops at its next batch; a read of what a sync wrote is a few rows.
    m_read.cancel();
    m_read.waitForFinished();
}

Result<QList<Order>> OrderCatalog::ordersByIds(const QStringList &ids) const
{
    if (m_cache)
        return OrderRepository(*m_cache).loadByIds(m_shopId, ids);
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < m_serverOrders.size(); ++i)
        indexOf.insert(m_serverOrders.at(i).id, i);
    QList<Order> orders;
    for (const QString &id : ids) {
        if (const auto index = indexOf.constFind(id); index != indexOf.cend())
            orders.append(m_serverOrders.at(*index));
    }
    return orders;
}

std::optional<Order> OrderCatalog::order(const QString &id) const
{
    const Result<QList<Order>> found = ordersByIds({id});
    if (!found) {
        qCWarning(lcStore).noquote() << "cannot read a cached order:" << found.error().toString();
        return std::nullopt;
    }
    if (found.value().isEmpty())
        return std::nullopt;
    return found.value().constFirst();
}

void OrderCatalog::emitCached(Source source)
{
    // One read at a time: a read asked for meanwhile follows it, and reads only what the running
    // one did not see.
    if (m_reading) {
        m_readAfter = source;
        return;
    }
    startRead(source);
}

void OrderCatalog::startRead(Source source)
{
    m_reading = true;
    m_readAfter.reset();
    // Only the first showing needs a preview: later reads replace orders already on screen.
    const bool preview = source == Source::Cache && !m_previewed && !m_lastRowId;
    m_previewed = m_previewed || preview;
    auto *watcher = new QFutureWatcher<OrderCacheRead>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this,
        [this, watcher, source](int index) { handleRead(watcher->resultAt(index), source); });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    m_read = QtConcurrent::run(readCache, m_cachePath, m_shopId, preview, m_lastRowId);
    watcher->setFuture(m_read);
}

void OrderCatalog::handleRead(const OrderCacheRead &read, Source source)
{
    if (!read.complete) {
        emit ordersPreviewed(read.rows);
        return;
    }
    m_reading = false;
    if (!read.error.isEmpty()) {
        qCWarning(lcStore).noquote() << "cannot read cached orders:" << read.error;
    } else {
        if (!read.written)
            m_rows = read.rows;
        else if (!read.rows.isEmpty())
            m_rows = mergedWith(read.rows);
        m_lastRowId = std::max(m_lastRowId.value_or(0), read.lastRowId);
        emit ordersLoaded(m_rows, source);
    }
    if (m_readAfter)
        startRead(*m_readAfter);
}

OrderRows OrderCatalog::mergedWith(const OrderRows &written) const
{
    QSet<QString> replaced;
    replaced.reserve(written.size());
    for (const OrderRow &row : written.rows())
        replaced.insert(row.id);
    // Both are newest first: one pass merges them the way a whole read would list them.
    OrderRows merged;
    merged.reserve(m_rows.size() + written.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const OrderRow &row = m_rows.at(i);
        if (replaced.contains(row.id))
            continue;
        for (; next < written.size() && written.at(next).createTime >= row.createTime; ++next)
            merged.append(written.at(next), written.searchTextAt(next));
        merged.append(row, m_rows.searchTextAt(i));
    }
    for (; next < written.size(); ++next)
        merged.append(written.at(next), written.searchTextAt(next));
    merged.squeeze();
    return merged;
}

ApiReply *OrderCatalog::readServer()
{
    Reply<QList<Order>> *reply = m_service.search(OrderQuery{});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError())
            return;
        m_serverOrders = reply->value();
        m_rows = OrderRows(m_serverOrders);
        emit ordersLoaded(m_rows, Source::Server);
    });
    return reply;
}

} // namespace ShopDesk
