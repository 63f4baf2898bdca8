#pragma once

#include <memory>

#include "domain/package.h"
#include "sync/syncedcatalog.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class FulfillmentService;
class PackageRepository;

/// The shop's packages as the Shipments pane sees them: the cache at once, then the cache again
/// after an incremental sync by update time has brought it up to date. Without a cache it reads
/// the server directly.
class PackageCatalog final : public SyncedCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageCatalog)

public:
    PackageCatalog(FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~PackageCatalog() override;

signals:
    void packagesLoaded(const QList<ShopDesk::Package> &packages, ShopDesk::SyncedCatalog::Source source);

private:
    void emitCached(Source source) override;
    ApiReply *readServer() override;

    FulfillmentService &m_service;
    const QString m_shopId;
    const std::unique_ptr<PackageRepository> m_packages;
};

} // namespace ShopDesk
