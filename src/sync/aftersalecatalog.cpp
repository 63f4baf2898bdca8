#include "aftersalecatalog.h"

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
CursorSync *makeSync(CacheDatabase *cache, const QString &shopId, const char *area, const Clock &clock, QObject *parent,
    Search search, Store store)
{
    if (!cache)
        return nullptr;
    auto walk = [search, store, shopId](std::optional<qint64> from, CursorSync &sync) {
        return search(byUpdateTimeFrom(from), [store, shopId, &sync](QList<T> &&page) {
            for (const T &item : std::as_const(page))
                sync.advance(item.updateTime);
            if (auto error = store(shopId, page, sync.cursor()))
                return error;
            sync.countWritten(page.size());
            return std::optional<Error>();
        });
    };
    return new CursorSync(*cache, shopId, QString::fromLatin1(area), clock, walk, parent);
}

} // namespace

AftersaleCatalog::AftersaleCatalog(
    ReturnService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_repository(cache ? std::make_unique<AftersaleRepository>(*cache) : nullptr)
    , m_returnSync(makeSync<ReturnRequest>(
          cache, shopId, AftersaleRepository::returnsArea, clock, this,
          [&service](const AftersaleQuery &query, ReturnService::ReturnPageHandler onPage) {
              return service.searchReturnPages(query, std::move(onPage));
          },
          [repository = m_repository.get()](const QString &shop, const QList<ReturnRequest> &page, qint64 cursor) {
              return repository->upsertReturns(shop, page, cursor);
          }))
    , m_cancellationSync(makeSync<Cancellation>(
          cache, shopId, AftersaleRepository::cancellationsArea, clock, this,
          [&service](const AftersaleQuery &query, ReturnService::CancellationPageHandler onPage) {
              return service.searchCancellationPages(query, std::move(onPage));
          },
          [repository = m_repository.get()](const QString &shop, const QList<Cancellation> &page, qint64 cursor) {
              return repository->upsertCancellations(shop, page, cursor);
          }))
{
    for (CursorSync *sync : {m_returnSync, m_cancellationSync}) {
        if (sync)
            connect(sync, &CursorSync::finished, this,
                [this, sync](const std::optional<ApiError> &error) { handleSyncFinished(sync, error); });
    }
}

AftersaleCatalog::~AftersaleCatalog() = default;

qint64 AftersaleCatalog::lastSyncedAt() const
{
    return m_returnSync ? std::min(m_returnSync->lastSyncedAt(), m_cancellationSync->lastSyncedAt()) : 0;
}

bool AftersaleCatalog::isRunning() const
{
    return m_pending || (m_returnSync && (m_returnSync->isRunning() || m_cancellationSync->isRunning()));
}

void AftersaleCatalog::refresh()
{
    if (isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    if (!m_returnSync) {
        refreshFromServer();
        return;
    }
    if (lastSyncedAt() > 0)
        emitCached(Source::Cache);
    m_returnSync->start();
}

void AftersaleCatalog::handleSyncFinished(CursorSync *sync, const std::optional<ApiError> &error)
{
    if (error) {
        if (error->category != ApiErrorCategory::Cancelled)
            emit refreshFailed(*error, lastSyncedAt());
        m_again = false;
        return;
    }
    if (sync == m_returnSync) {
        m_cancellationSync->start();
        return;
    }
    emitCached(Source::Server);
    if (m_again)
        refresh();
}

void AftersaleCatalog::refreshFromServer()
{
    Reply<QList<ReturnRequest>> *returns = m_service.searchReturns(AftersaleQuery{});
    m_pending = returns;
    connect(returns, &ApiReply::finished, this, [this, returns] {
        if (returns->hasError()) {
            m_pending = nullptr;
            if (returns->error()->category != ApiErrorCategory::Cancelled)
                emit refreshFailed(*returns->error(), 0);
            return;
        }
        Reply<QList<Cancellation>> *cancellations = m_service.searchCancellations(AftersaleQuery{});
        m_pending = cancellations;
        connect(cancellations, &ApiReply::finished, this, [this, cancellations, found = returns->value()] {
            m_pending = nullptr;
            if (cancellations->hasError()) {
                if (cancellations->error()->category != ApiErrorCategory::Cancelled)
                    emit refreshFailed(*cancellations->error(), 0);
            } else {
                emit aftersalesLoaded(found, cancellations->value(), Source::Server);
            }
            if (m_again)
                refresh();
        });
    });
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
