#include "ordercatalog.h"

#include "api/orderservice.h"
#include "core/logging.h"
#include "store/orderrepository.h"
#include "sync/cursorsync.h"
#include "sync/ordersync.h"

namespace ShopDesk {

OrderCatalog::OrderCatalog(
    OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_orders(cache ? std::make_unique<OrderRepository>(*cache) : nullptr)
    , m_sync(cache ? OrderSync::create(service, *cache, shopId, clock, this) : nullptr)
{
    if (m_sync) {
        connect(m_sync, &CursorSync::progress, this, &OrderCatalog::refreshProgress);
        connect(m_sync, &CursorSync::finished, this, [this](const std::optional<ApiError> &error) {
            if (!error) {
                emitCached(Source::Server);
            } else if (error->category != ApiErrorCategory::Cancelled) {
                emit refreshFailed(*error, lastSyncedAt());
            }
        });
    }
}

OrderCatalog::~OrderCatalog() = default;

qint64 OrderCatalog::lastSyncedAt() const
{
    return m_sync ? m_sync->lastSyncedAt() : 0;
}

void OrderCatalog::emitCached(Source source)
{
    Result<QList<Order>> cached = m_orders->loadAll(m_shopId);
    if (cached)
        emit ordersLoaded(cached.value(), source);
    else
        qCWarning(lcStore).noquote() << "cannot read cached orders:" << cached.error().toString();
}

void OrderCatalog::refresh()
{
    if (m_sync) {
        if (m_sync->isRunning())
            return;
        if (lastSyncedAt() > 0)
            emitCached(Source::Cache);
        m_sync->start();
        return;
    }
    if (m_pending)
        m_pending->cancel();
    Reply<QList<Order>> *reply = m_service.search(OrderQuery{});
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &OrderCatalog::refreshProgress);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError()) {
            if (reply->error()->category != ApiErrorCategory::Cancelled)
                emit refreshFailed(*reply->error(), 0);
            return;
        }
        emit ordersLoaded(reply->value(), Source::Server);
    });
}

} // namespace ShopDesk
