#pragma once

#include <memory>

#include "domain/cancellation.h"
#include "domain/returnrequest.h"
#include "sync/syncedcatalog.h"

namespace ShopDesk {

class AftersaleRepository;
class CacheDatabase;
class Clock;
class ReturnService;

/// The shop's returns and cancellations as the Shipments pane sees them: the cache at once, then
/// the cache again after incremental syncs of both (returns first) have brought it up to date.
/// Without a cache it reads the server directly.
class AftersaleCatalog final : public SyncedCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersaleCatalog)

public:
    AftersaleCatalog(ReturnService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~AftersaleCatalog() override;

signals:
    void aftersalesLoaded(const QList<ShopDesk::ReturnRequest> &returns,
        const QList<ShopDesk::Cancellation> &cancellations, ShopDesk::SyncedCatalog::Source source);

private:
    void emitCached(Source source) override;
    ApiReply *readServer() override;

    ReturnService &m_service;
    const QString m_shopId;
    const std::unique_ptr<AftersaleRepository> m_repository;
};

} // namespace ShopDesk
