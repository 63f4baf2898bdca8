#include "aftersalecatalog.h"

#include <QPointer>

#include "api/returnservice.h"
#include "core/logging.h"
#include "store/aftersalerepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

namespace {

AftersaleQuery byUpdateTimeFrom(std::optional<qint64> from)
{
    AftersaleQuery query;
    query.updateTimeGe = from;
    query.byUpdateTime = true;
    query.sortOrder = Qt::AscendingOrder;
    return query;
}

/// The sync of one kind: `search` is the service's paged search, `store` the repository's upsert.
template <typename T, typename Search, typename Store>
CursorSync *makeSync(CacheDatabase &cache, const QString &shopId, const char *area, const Clock &clock, QObject *parent,
    Search search, Store store)
{
    auto walk = [search, store, shopId](std::optional<qint64> from, CursorSync &sync) {
        return search(byUpdateTimeFrom(from), [store, shopId, &sync](QList<T> &&page) {
            for (const T &item : std::as_const(page))
                sync.advance(item.updateTime);
            if (auto error = store(shopId, page, sync.cursor()))
                return std::optional<Error>(sync.storeFailed(*error));
            sync.countWritten(page.size());
            return std::optional<Error>();
        });
    };
    return new CursorSync(cache, shopId, QString::fromLatin1(area), clock, walk, parent);
}

} // namespace

AftersaleCatalog::AftersaleCatalog(
    ReturnService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : SyncedCatalog(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_repository(cache ? std::make_unique<AftersaleRepository>(*cache) : nullptr)
{
    if (!cache)
        return;
    AftersaleRepository *repository = m_repository.get();
    setSyncs({makeSync<ReturnRequest>(
                  *cache, shopId, AftersaleRepository::returnsArea, clock, this,
                  [&service](const AftersaleQuery &query, ReturnService::ReturnPageHandler onPage) {
                      return service.searchReturnPages(query, std::move(onPage));
                  },
                  [repository](const QString &shop, const QList<ReturnRequest> &page, qint64 cursor) {
                      return repository->upsertReturns(shop, page, cursor);
                  }),
        makeSync<Cancellation>(
            *cache, shopId, AftersaleRepository::cancellationsArea, clock, this,
            [&service](const AftersaleQuery &query, ReturnService::CancellationPageHandler onPage) {
                return service.searchCancellationPages(query, std::move(onPage));
            },
            [repository](const QString &shop, const QList<Cancellation> &page, qint64 cursor) {
                return repository->upsertCancellations(shop, page, cursor);
            })});
}

AftersaleCatalog::~AftersaleCatalog() = default;

ApiReply *AftersaleCatalog::readServer()
{
    // Returns, then cancellations; one reply stands for both. It may be cancelled (and gone) while
    // either request runs.
    auto *both = new ApiReply(this);
    const QPointer<ApiReply> guard(both);
    Reply<QList<ReturnRequest>> *returns = m_service.searchReturns(AftersaleQuery{});
    both->setCancelHandler([returns] { returns->cancel(); });
    connect(returns, &ApiReply::finished, this, [this, guard, returns] {
        if (!guard)
            return;
        if (returns->hasError()) {
            guard->finishWithError(*returns->error());
            return;
        }
        Reply<QList<Cancellation>> *cancellations = m_service.searchCancellations(AftersaleQuery{});
        guard->setCancelHandler([cancellations] { cancellations->cancel(); });
        connect(cancellations, &ApiReply::finished, this, [this, guard, cancellations, found = returns->value()] {
            if (!guard)
                return;
            if (cancellations->hasError()) {
                guard->finishWithError(*cancellations->error());
                return;
            }
            emit aftersalesLoaded(found, cancellations->value(), Source::Server);
            guard->finishWithSuccess();
        });
    });
    return both;
}

void AftersaleCatalog::emitCached(Source source)
{
    Result<QList<ReturnRequest>> returns = m_repository->loadReturns(m_shopId);
    Result<QList<Cancellation>> cancellations = m_repository->loadCancellations(m_shopId);
    if (returns && cancellations)
        emit aftersalesLoaded(returns.value(), cancellations.value(), source);
    else
        qCWarning(lcStore).noquote() << "cannot read cached returns:"
                                     << (returns ? cancellations.error() : returns.error()).toString();
}

} // namespace ShopDesk
