#include "shopsattention.h"

#include <QFileInfo>

#include "store/aftersalerepository.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "store/synccursorrepository.h"

namespace ShopDesk {

Result<ShopAttention> ShopsAttention::read(const ShopCache &shop, qint64 now)
{
    ShopAttention result{shop, {}, 0};
    if (!QFileInfo::exists(shop.cachePath))
        return result;
    Result<std::unique_ptr<CacheDatabase>> cache = CacheDatabase::open(shop.cachePath);
    if (!cache)
        return cache.error();
    const OrderRepository orders(*cache.value());
    const AftersaleRepository aftersales(*cache.value());
    Result<QList<Order>> cached = orders.loadAll(shop.shopId);
    if (!cached)
        return cached.error();
    Result<QList<ReturnRequest>> returns = aftersales.loadReturns(shop.shopId);
    Result<QList<Cancellation>> cancellations = aftersales.loadCancellations(shop.shopId);
    OrderAttention attention;
    attention.setNow(now);
    // Without its returns and cancellations a shop still shows the orders late or due soon.
    if (returns && cancellations)
        attention.setOpenRequests(returns.value(), cancellations.value());
    for (const Order &order : std::as_const(cached.value())) {
        const OrderAttention::Reasons reasons = attention.reasonsFor(order);
        if (reasons != OrderAttention::Reasons())
            result.rows.append({shop, order.id, order.status, reasons, OrderAttention::shipByDeadline(order)});
    }
    result.syncedAt
        = SyncCursorRepository(*cache.value()).syncedAt(shop.shopId, QString::fromLatin1(OrderRepository::syncArea));
    return result;
}

} // namespace ShopDesk
