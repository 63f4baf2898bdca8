#include "affiliateordercatalog.h"

#include "api/affiliateservice.h"
#include "core/clock.h"
#include "store/affiliaterepository.h"

namespace ShopDesk {

AffiliateOrderCatalog::AffiliateOrderCatalog(
    AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : CacheFirstCatalog(cache, shopId, {QString::fromLatin1(AffiliateRepository::affiliateOrdersArea)}, clock, parent)
    , m_service(service)
    , m_repository(cache ? std::make_unique<AffiliateRepository>(*cache) : nullptr)
{ }

AffiliateOrderCatalog::~AffiliateOrderCatalog() = default;

void AffiliateOrderCatalog::load(Span created)
{
    cancel();
    if (const auto cached
        = readCache("affiliate orders", [&] { return m_repository->loadAffiliateOrders(shopId(), created); }))
        emit ordersLoaded(created, *cached, Source::Cache);
    await(m_service.searchAffiliateOrders({created.from, created.to, {}}),
        [this, created](const QList<AffiliateOrder> &orders) {
            if (m_repository)
                noteCacheError(m_repository->replaceAffiliateOrders(shopId(), created, orders, clock().nowSecs()));
            emit ordersLoaded(created, orders, Source::Server);
        });
}

} // namespace ShopDesk
