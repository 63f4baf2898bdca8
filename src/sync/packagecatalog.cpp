#include "packagecatalog.h"

#include "api/fulfillmentservice.h"
#include "core/logging.h"
#include "store/packagerepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

namespace {

CursorSync *makeSync(FulfillmentService &service, CacheDatabase *cache, PackageRepository *packages,
    const QString &shopId, const Clock &clock, QObject *parent)
{
    if (!cache)
        return nullptr;
    auto walk = [&service, packages, shopId](std::optional<qint64> from, CursorSync &sync) {
        PackageQuery query;
        query.updateTimeGe = from;
        query.sortField = PackageSortField::UpdateTime;
        query.sortOrder = Qt::AscendingOrder;
        return service.searchPackagePages(query, [packages, shopId, &sync](QList<Package> &&page) {
            for (const Package &package : std::as_const(page))
                sync.advance(package.updateTime);
            if (auto error = packages->upsert(shopId, page, sync.cursor()))
                return error;
            sync.countWritten(page.size());
            return std::optional<Error>();
        });
    };
    return new CursorSync(*cache, shopId, QString::fromLatin1(PackageRepository::syncArea), clock, walk, parent);
}

} // namespace

PackageCatalog::PackageCatalog(
    FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_packages(cache ? std::make_unique<PackageRepository>(*cache) : nullptr)
    , m_sync(makeSync(service, cache, m_packages.get(), shopId, clock, this))
{
    if (m_sync) {
        connect(m_sync, &CursorSync::progress, this, &PackageCatalog::refreshProgress);
        connect(m_sync, &CursorSync::finished, this, [this](const std::optional<ApiError> &error) {
            if (!error)
                emitCached(Source::Server);
            else if (error->category != ApiErrorCategory::Cancelled)
                emit refreshFailed(*error, lastSyncedAt());
        });
    }
}

PackageCatalog::~PackageCatalog() = default;

qint64 PackageCatalog::lastSyncedAt() const
{
    return m_sync ? m_sync->lastSyncedAt() : 0;
}

void PackageCatalog::emitCached(Source source)
{
    Result<QList<Package>> cached = m_packages->loadAll(m_shopId);
    if (cached)
        emit packagesLoaded(cached.value(), source);
    else
        qCWarning(lcStore).noquote() << "cannot read cached packages:" << cached.error().toString();
}

void PackageCatalog::refresh()
{
    if (m_sync) {
        if (m_sync->isRunning())
            return;
        if (lastSyncedAt() > 0)
            emitCached(Source::Cache);
        m_sync->start();
        return;
    }
    if (m_pending)
        m_pending->cancel();
    Reply<QList<Package>> *reply = m_service.searchPackages(PackageQuery{});
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &PackageCatalog::refreshProgress);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError()) {
            if (reply->error()->category != ApiErrorCategory::Cancelled)
                emit refreshFailed(*reply->error(), 0);
            return;
        }
        emit packagesLoaded(reply->value(), Source::Server);
    });
}

} // namespace ShopDesk
