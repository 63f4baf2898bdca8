#include "ordersync.h"

#include "api/orderservice.h"
#include "store/orderrepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

CursorSync *OrderSync::create(
    OrderService &service, CacheDatabase &cache, const QString &shopId, const Clock &clock, QObject *parent)
{
    auto orders = std::make_shared<OrderRepository>(cache);
    auto walk = [&service, orders, shopId](std::optional<qint64> from, CursorSync &sync) {
        OrderQuery query;
        query.updateTimeGe = from;
        query.sortField = OrderSortField::UpdateTime;
        query.sortOrder = Qt::AscendingOrder;
        return service.searchPages(query, [orders, shopId, &sync](QList<Order> &&page) -> std::optional<Error> {
            for (const Order &order : std::as_const(page))
                sync.advance(order.updateTime);
            if (auto error = orders->upsert(shopId, page, sync.cursor()))
                return error;
            sync.countWritten(page.size());
            return std::nullopt;
        });
    };
    return new CursorSync(cache, shopId, QString::fromLatin1(OrderRepository::syncArea), clock, walk, parent);
}

} // namespace ShopDesk
