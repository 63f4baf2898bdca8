#include "productcatalog.h"

#include "api/productservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "store/productrepository.h"
#include "store/synccursorrepository.h"
#include "sync/cursorsync.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// When the last sync of any kind started, and when the last full one did.
const QString productsArea = u"products"_s;
const QString productsFullArea = u"products_full"_s;

} // namespace

ProductCatalog::ProductCatalog(
    ProductService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_products(cache ? std::make_unique<ProductRepository>(*cache) : nullptr)
    , m_cursors(cache ? std::make_unique<SyncCursorRepository>(*cache) : nullptr)
    , m_shopId(shopId)
    , m_clock(clock)
{ }

ProductCatalog::~ProductCatalog() = default;

qint64 ProductCatalog::lastSyncedAt() const
{
    return m_cursors ? m_cursors->syncedAt(m_shopId, productsArea) : 0;
}

void ProductCatalog::storeProduct(const Product &product)
{
    if (!m_products)
        return;
    if (auto error = m_products->upsert(m_shopId, {product}))
        qCWarning(lcStore).noquote() << "cannot cache the changed product:" << error->toString();
}

void ProductCatalog::refresh()
{
    if (m_pending)
        m_pending->cancel();
    const qint64 now = m_clock.nowSecs();
    bool incremental = false;
    if (m_products && lastSyncedAt() > 0) {
        Result<QList<Product>> cached = m_products->loadAll(m_shopId);
        if (cached) {
            m_latest = cached.value();
            emit productsLoaded(cached.value(), Source::Cache);
            incremental = now - m_cursors->syncedAt(m_shopId, productsFullArea) < fullSyncEverySeconds;
        } else {
            qCWarning(lcStore).noquote() << "cannot read cached products:" << cached.error().toString();
        }
    }
    Reply<QList<Product>> *reply = incremental
        ? m_service.searchChangedSince(lastSyncedAt() - CursorSync::overlapSeconds)
        : m_service.searchAll();
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &ProductCatalog::refreshProgress);
    connect(
        reply, &ApiReply::finished, this, [this, reply, incremental, now] { handleFetched(reply, incremental, now); });
}

void ProductCatalog::handleFetched(Reply<QList<Product>> *reply, bool incremental, qint64 startedAt)
{
    if (m_pending == reply)
        m_pending = nullptr;
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            emit refreshFailed(*reply->error(), lastSyncedAt());
        return;
    }
    if (!m_products) {
        m_latest = reply->value();
        emit productsLoaded(m_latest, Source::Server);
        return;
    }
    // A cache that cannot be written costs the offline view, not the fresh data on screen.
    if (auto error = store(reply->value(), incremental, startedAt)) {
        qCWarning(lcStore).noquote() << "cannot cache products:" << error->toString();
        if (!incremental) {
            m_latest = reply->value();
            emit productsLoaded(m_latest, Source::Server);
        }
        return;
    }
    Result<QList<Product>> cached = m_products->loadAll(m_shopId);
    if (!cached) {
        qCWarning(lcStore).noquote() << "cannot read cached products:" << cached.error().toString();
        return;
    }
    m_latest = cached.value();
    emit productsLoaded(m_latest, Source::Server);
}

std::optional<Error> ProductCatalog::store(const QList<Product> &products, bool incremental, qint64 startedAt)
{
    if (auto error = incremental ? m_products->upsert(m_shopId, products) : m_products->replaceAll(m_shopId, products))
        return error;
    // The time the sync started: anything updated while it ran is read again next time.
    m_cursors->markSynced(m_shopId, productsArea, startedAt);
    if (!incremental)
        m_cursors->markSynced(m_shopId, productsFullArea, startedAt);
    return std::nullopt;
}

} // namespace ShopDesk
