#include "ordercatalog.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "api/orderservice.h"
#include "core/logging.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "sync/ordersync.h"

namespace ShopDesk {

namespace {

/// One result of a cache read: the newest orders (a preview), or all of them.
struct CacheRead
{
    QList<Order> orders;
    bool complete = false;
    QString error;
};

/// Runs on a worker thread. A SQLite connection belongs to the thread that opened it, so the read
/// opens its own; the cache is in WAL mode, so it reads while the GUI thread's sync writes.
void readCache(QPromise<CacheRead> &promise, const QString &path, const QString &shopId, bool preview)
{
    auto opened = CacheDatabase::open(path);
    if (!opened) {
        promise.addResult(CacheRead{{}, true, opened.error().toString()});
        return;
    }
    const OrderRepository repository(*opened.value());
    if (preview) {
        Result<QList<Order>> newest = repository.loadNewest(shopId, OrderCatalog::previewSize);
        // A cache that fits in the preview comes whole in one go.
        if (newest && newest.value().size() == OrderCatalog::previewSize)
            promise.addResult(CacheRead{std::move(newest).value(), false, {}});
    }
    if (promise.isCanceled())
        return;
    Result<QList<Order>> all = repository.loadAll(shopId);
    promise.addResult(all ? CacheRead{std::move(all).value(), true, {}} : CacheRead{{}, true, all.error().toString()});
}

} // namespace

OrderCatalog::OrderCatalog(
    OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : SyncedCatalog(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_cachePath(cache ? cache->path() : QString())
{
    if (cache)
        setSyncs({OrderSync::create(service, *cache, shopId, clock, this)});
}

OrderCatalog::~OrderCatalog() = default;

void OrderCatalog::emitCached(Source source)
{
    // Only the first showing needs a preview: later reads replace orders already on screen.
    const bool preview = source == Source::Cache && m_readGeneration == 0;
    const quint64 generation = ++m_readGeneration;
    auto *watcher = new QFutureWatcher<CacheRead>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, generation, source](int index) {
        if (generation != m_readGeneration)
            return; // a newer read is on its way
        const CacheRead read = watcher->resultAt(index);
        if (!read.error.isEmpty())
            qCWarning(lcStore).noquote() << "cannot read cached orders:" << read.error;
        else if (!read.complete)
            emit ordersPreviewed(read.orders);
        else
            emit ordersLoaded(read.orders, source);
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    // Destroyed with the catalog: a read still running skips its full load when cancelled.
    connect(this, &QObject::destroyed, watcher, [watcher] { watcher->cancel(); });
    watcher->setFuture(QtConcurrent::run(readCache, m_cachePath, m_shopId, preview));
}

ApiReply *OrderCatalog::readServer()
{
    Reply<QList<Order>> *reply = m_service.search(OrderQuery{});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->hasError())
            emit ordersLoaded(reply->value(), Source::Server);
    });
    return reply;
}

} // namespace ShopDesk
