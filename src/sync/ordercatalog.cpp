#include "ordercatalog.h"

#include "api/orderservice.h"
#include "core/logging.h"
#include "store/orderrepository.h"
#include "sync/ordersync.h"

namespace ShopDesk {

OrderCatalog::OrderCatalog(
    OrderService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : SyncedCatalog(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_orders(cache ? std::make_unique<OrderRepository>(*cache) : nullptr)
{
    if (cache)
        setSyncs({OrderSync::create(service, *cache, shopId, clock, this)});
}

OrderCatalog::~OrderCatalog() = default;

void OrderCatalog::emitCached(Source source)
{
    Result<QList<Order>> cached = m_orders->loadAll(m_shopId);
    if (cached)
        emit ordersLoaded(cached.value(), source);
    else
        qCWarning(lcStore).noquote() << "cannot read cached orders:" << cached.error().toString();
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
