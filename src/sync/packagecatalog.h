#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/package.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class CursorSync;
class FulfillmentService;
class PackageRepository;

/// The shop's packages as the Shipments pane sees them: the cache at once, then the cache again
/// after an incremental sync by update time has brought it up to date. Without a cache it reads
/// the server directly.
class PackageCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    PackageCatalog(FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~PackageCatalog() override;

    void refresh();
    qint64 lastSyncedAt() const;

signals:
    void packagesLoaded(const QList<ShopDesk::Package> &packages, ShopDesk::PackageCatalog::Source source);
    void refreshProgress(qint64 done, qint64 total);
    void refreshFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

private:
    void emitCached(Source source);

    FulfillmentService &m_service;
    const QString m_shopId;
    const std::unique_ptr<PackageRepository> m_packages;
    CursorSync *const m_sync;
    QPointer<Reply<QList<Package>>> m_pending;
};

} // namespace ShopDesk
