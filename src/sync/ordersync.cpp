#include "ordersync.h"

#include "api/orderservice.h"
#include "core/logging.h"
#include "store/orderrepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

namespace {

/// Orders stored per transaction. Each commit writes every index page it touched to the
/// write-ahead log again, and a page of 100 orders touches about as many index pages as it has
/// orders, so a first sync of a large shop wrote its indexes many times over; ten pages per
/// transaction take a quarter of the time off the cache's side of the sync.
constexpr qsizetype ordersPerTransaction = 1000;

} // namespace

CursorSync *OrderSync::create(
    OrderService &service, CacheDatabase &cache, const QString &shopId, const Clock &clock, QObject *parent)
{
    auto orders = std::make_shared<OrderRepository>(cache);
    auto walk = [&service, orders, shopId](std::optional<qint64> from, CursorSync &sync) {
        OrderQuery query;
        query.updateTimeGe = from;
        query.sortField = OrderSortField::UpdateTime;
        query.sortOrder = Qt::AscendingOrder;
        // Pages received and not stored yet. The cursor moves only with them, in their
        // transaction, so a sync cut short before they are stored reads them again next time.
        auto pending = std::make_shared<QList<Order>>();
        const auto store = [orders, shopId, pending, &sync]() -> std::optional<Error> {
            const QList<Order> batch = std::exchange(*pending, {});
            if (auto error = orders->upsert(shopId, batch, sync.cursor()))
                return sync.storeFailed(*error);
            sync.countWritten(batch.size());
            return std::nullopt;
        };
        ApiReply *reply = service.searchPages(
            query, [pending, store, &sync](QList<Order> &&page, bool lastPage) -> std::optional<Error> {
                for (const Order &order : std::as_const(page))
                    sync.advance(order.updateTime);
                pending->append(std::move(page));
                if (!lastPage && pending->size() < ordersPerTransaction)
                    return std::nullopt;
                return store();
            });
        // A failed or cancelled walk keeps what it read before it stopped. Connected before
        // CursorSync's own slot, so it runs first; not after the sync is gone.
        QObject::connect(reply, &ApiReply::finished, &sync, [reply, pending, store] {
            if (!reply->hasError() || pending->isEmpty())
                return;
            if (auto error = store())
                qCWarning(lcSync).noquote()
                    << "orders read before the sync stopped were not stored:" << error->toString();
        });
        return reply;
    };
    return new CursorSync(cache, shopId, QString::fromLatin1(OrderRepository::syncArea), clock, walk, parent);
}

} // namespace ShopDesk
