#include "packagecatalog.h"

#include "api/fulfillmentservice.h"
#include "core/logging.h"
#include "store/packagerepository.h"
#include "sync/cursorsync.h"

namespace ShopDesk {

namespace {

CursorSync *makeSync(FulfillmentService &service, CacheDatabase &cache, PackageRepository *packages,
    const QString &shopId, const Clock &clock, QObject *parent)
{
    auto walk = [&service, packages, shopId](std::optional<qint64> from, CursorSync &sync) {
        PackageQuery query;
        query.updateTimeGe = from;
        query.sortField = PackageSortField::UpdateTime;
        query.sortOrder = Qt::AscendingOrder;
        return service.searchPackagePages(query, [packages, shopId, &sync](QList<Package> &&page) {
            for (const Package &package : std::as_const(page))
                sync.advance(package.updateTime);
            if (auto error = packages->upsert(shopId, page, sync.cursor()))
                return std::optional<Error>(sync.storeFailed(*error));
            sync.countWritten(page.size());
            return std::optional<Error>();
        });
    };
    return new CursorSync(cache, shopId, QString::fromLatin1(PackageRepository::syncArea), clock, walk, parent);
}

} // namespace

PackageCatalog::PackageCatalog(
    FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : SyncedCatalog(parent)
    , m_service(service)
    , m_shopId(shopId)
    , m_packages(cache ? std::make_unique<PackageRepository>(*cache) : nullptr)
{
    if (cache)
        setSyncs({makeSync(service, *cache, m_packages.get(), shopId, clock, this)});
}

PackageCatalog::~PackageCatalog() = default;

void PackageCatalog::emitCached(Source source)
{
    Result<QList<Package>> cached = m_packages->loadAll(m_shopId);
    if (cached)
        emit packagesLoaded(cached.value(), source);
    else
        qCWarning(lcStore).noquote() << "cannot read cached packages:" << cached.error().toString();
}

ApiReply *PackageCatalog::readServer()
{
    Reply<QList<Package>> *reply = m_service.searchPackages(PackageQuery{});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->hasError())
            emit packagesLoaded(reply->value(), Source::Server);
    });
    return reply;
}

} // namespace ShopDesk
