#pragma once

#include <memory>

#include "domain/affiliateorder.h"
#include "store/jsonrowtable.h"
#include "sync/cachefirstcatalog.h"

namespace ShopDesk {

class AffiliateRepository;
class AffiliateService;

/// The orders creators brought in, by creation time, as the Affiliates pane sees them: what the
/// cache holds for a span at once, then the server's answer for it, which replaces the span in
/// the cache (so commissions settled since are current).
class AffiliateOrderCatalog final : public CacheFirstCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateOrderCatalog)

public:
    using Span = JsonRowTable::Span;

    AffiliateOrderCatalog(AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~AffiliateOrderCatalog() override;

    /// Orders created in `created` (epoch seconds).
    void load(Span created);

signals:
    void ordersLoaded(ShopDesk::JsonRowTable::Span created, const QList<ShopDesk::AffiliateOrder> &orders,
        ShopDesk::CacheFirstCatalog::Source source);

private:
    AffiliateService &m_service;
    const std::unique_ptr<AffiliateRepository> m_repository;
};

} // namespace ShopDesk
