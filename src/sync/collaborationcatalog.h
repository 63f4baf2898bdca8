#pragma once

#include <memory>

#include "domain/collaboration.h"
#include "sync/cachefirstcatalog.h"

namespace ShopDesk {

class AffiliateRepository;
class AffiliateService;

/// The shop's open and target collaborations as the Affiliates pane sees them: the cache at once,
/// then the server's whole lists, which replace the cached ones.
class CollaborationCatalog final : public CacheFirstCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollaborationCatalog)

public:
    CollaborationCatalog(AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~CollaborationCatalog() override;

    void load();

signals:
    void collaborationsLoaded(const QList<ShopDesk::OpenCollaboration> &open,
        const QList<ShopDesk::TargetCollaboration> &target, ShopDesk::CacheFirstCatalog::Source source);

private:
    void emitCached();
    void store(const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target);

    AffiliateService &m_service;
    const std::unique_ptr<AffiliateRepository> m_repository;
};

} // namespace ShopDesk
