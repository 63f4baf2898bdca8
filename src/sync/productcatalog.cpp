#include "productcatalog.h"

#include "api/productservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "store/productrepository.h"
#include "store/synccursorrepository.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString productsArea = u"products"_s;
}

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
    if (m_products && lastSyncedAt() > 0) {
        Result<QList<Product>> cached = m_products->loadAll(m_shopId);
        if (cached) {
            m_latest = cached.value();
            emit productsLoaded(cached.value(), Source::Cache);
        } else {
            qCWarning(lcStore).noquote() << "cannot read cached products:" << cached.error().toString();
        }
    }
    Reply<QList<Product>> *reply = m_service.searchAll();
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &ProductCatalog::refreshProgress);
    connect(reply, &ApiReply::finished, this, [this, reply] { handleFetched(reply); });
}

void ProductCatalog::handleFetched(Reply<QList<Product>> *reply)
{
    if (m_pending == reply)
        m_pending = nullptr;
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            emit refreshFailed(*reply->error(), lastSyncedAt());
        return;
    }
    if (m_products) {
        // A cache that cannot be written costs the offline view, not the fresh data on screen.
        if (auto error = m_products->replaceAll(m_shopId, reply->value()))
            qCWarning(lcStore).noquote() << "cannot cache products:" << error->toString();
        else
            m_cursors->markSynced(m_shopId, productsArea, m_clock.nowSecs());
    }
    m_latest = reply->value();
    emit productsLoaded(reply->value(), Source::Server);
}

} // namespace ShopDesk
