#include "ordersync.h"

#include "api/orderservice.h"
#include "core/logging.h"
#include "store/cachewriter.h"
#include "store/orderrepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

namespace {

/// Orders stored per transaction. Each commit writes every index page it touched to the
/// write-ahead log again, and a page of 100 orders touches about as many index pages as it has
/// orders, so larger transactions write the indexes fewer times over (measured with 100k orders:
/// 1,000 per transaction a quarter faster than 100, 2,000 faster again). What a crash
/// can cost is one transaction's pages, read again at the next sync.
constexpr qsizetype ordersPerTransaction = 2000;
/// Transactions handed to the writer and not yet written before the walk waits for it: reading
/// runs ahead of writing, and without a bound a large shop's orders would pile up in memory.
constexpr int transactionsAhead = 2;

/// One run of the walk: pages read and not yet handed to the writer, and how the storing went.
struct OrderWalk
{
    QString shopId;
    CursorSync &sync;
    CacheWriter *writer;
    QList<Order> pending;
    QPointer<PagedReply> pages;
    /// What the run hands the sync: finished early when cancelled, while the writer still works.
    QPointer<ApiReply> stored;
    std::optional<Error> storeFailure;
    int writing = 0;
};

/// Hands the pages read to the writer. The cursor moves only with them, in their transaction, so
/// a sync cut short before they are stored reads them again next time.
void store(const std::shared_ptr<OrderWalk> &run)
{
    const qsizetype count = run->pending.size();
    if (++run->writing >= transactionsAhead && run->pages)
        run->pages->hold();
    run->writer->write([orders = std::exchange(run->pending, {}), shopId = run->shopId, cursor = run->sync.cursor()](
                           CacheDatabase &cache) { return OrderRepository(cache).upsert(shopId, orders, cursor); },
        [run, count](const std::optional<Error> &error) {
            --run->writing;
            if (!run->stored || run->stored->isFinished())
                return; // a cancelled run: the sync may have started another since
            if (!error) {
                run->sync.countWritten(count);
                if (run->pages && run->writing < transactionsAhead)
                    run->pages->release();
                return;
            }
            if (!run->storeFailure)
                run->storeFailure = run->sync.storeFailed(*error);
            if (run->pages)
                run->pages->cancel(); // reading on would only lose more
        });
}

} // namespace

CursorSync *OrderSync::create(
    OrderService &service, CacheDatabase &cache, const QString &shopId, const Clock &clock, QObject *parent)
{
    auto walk = [&service, &cache, shopId](std::optional<qint64> from, CursorSync &sync) -> ApiReply * {
        OrderQuery query;
        query.updateTimeGe = from;
        query.sortField = OrderSortField::UpdateTime;
        query.sortOrder = Qt::AscendingOrder;
        // A writer and a reply per run, both the sync's children: their slots point at the sync,
        // so they must not outlive it.
        auto *writer = new CacheWriter(cache, &sync);
        auto run = std::make_shared<OrderWalk>(OrderWalk{shopId, sync, writer, {}, {}, {}, {}});
        auto *stored = new ApiReply(&sync);
        PagedReply *pages
            = service.searchPages(query, [run](QList<Order> &&page, bool lastPage) -> std::optional<Error> {
                  for (const Order &order : std::as_const(page))
                      run->sync.advance(order.updateTime);
                  run->pending.append(std::move(page));
                  if (lastPage || run->pending.size() >= ordersPerTransaction)
                      store(run);
                  return std::nullopt;
              });
        run->pages = pages;
        run->stored = stored;
        stored->setCancelHandler([run] {
            if (run->pages)
                run->pages->cancel();
        });
        QObject::connect(pages, &ApiReply::progress, stored, &ApiReply::reportProgress);
        // The run ends once the writer has stored all it was given: only then may the sync mark
        // the area synced. A failed or cancelled walk keeps what it read before it stopped.
        QObject::connect(pages, &ApiReply::finished, stored, [run, pages, stored, writer] {
            const std::optional<ApiError> failure = pages->error();
            stored->setRequestId(pages->requestId());
            if (failure && !run->pending.isEmpty())
                store(run);
            writer->whenWritten([run, stored = QPointer<ApiReply>(stored), writer, failure] {
                writer->deleteLater();
                if (!stored)
                    return; // cancelled, and gone
                if (run->storeFailure)
                    stored->finishWithError(ApiError::localStore(run->storeFailure->toString()));
                else if (failure)
                    stored->finishWithError(*failure);
                else
                    stored->finishWithSuccess();
            });
        });
        return stored;
    };
    return new CursorSync(cache, shopId, QString::fromLatin1(OrderRepository::syncArea), clock, walk, parent);
}

} // namespace ShopDesk
