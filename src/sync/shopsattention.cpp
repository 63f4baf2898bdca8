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
    Result<QList<ReturnRequest>> returns = aftersales.loadReturns(shop.shopId);
    Result<QList<Cancellation>> cancellations = aftersales.loadCancellations(shop.shopId);
    OrderAttention attention;
    attention.setNow(now);
    // Without its returns and cancellations a shop still shows the orders late or due soon.
    if (returns && cancellations)
        attention.setOpenRequests(returns.value(), cancellations.value());
    // One order at a time: a shop of 100,000 orders is never held whole for the few that need action.
    const Result<qint64> read = orders.visitAll(shop.shopId, [&](Order &&order) {
        const OrderAttention::Reasons reasons = attention.reasonsFor(order);
        if (reasons != OrderAttention::Reasons())
            result.rows.append({shop, order.id, order.status, reasons, OrderAttention::shipByDeadline(order)});
    });
    if (!read)
        return read.error();
    result.syncedAt
        = SyncCursorRepository(*cache.value()).syncedAt(shop.shopId, QString::fromLatin1(OrderRepository::syncArea));
    return result;
}

} // namespace ShopDesk
