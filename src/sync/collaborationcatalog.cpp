#include "collaborationcatalog.h"

#include "api/affiliateservice.h"
#include "core/clock.h"
#include "store/affiliaterepository.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CollaborationCatalog::CollaborationCatalog(
    AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : CacheFirstCatalog(cache, shopId,
        {QString::fromLatin1(AffiliateRepository::openCollaborationsArea),
            QString::fromLatin1(AffiliateRepository::targetCollaborationsArea)},
        clock, parent)
    , m_service(service)
    , m_repository(cache ? std::make_unique<AffiliateRepository>(*cache) : nullptr)
{ }

CollaborationCatalog::~CollaborationCatalog() = default;

void CollaborationCatalog::load()
{
    cancel();
    emitCached();
    // One list after the other: the second is asked for only when the first arrived.
    await(m_service.searchOpenCollaborations(), [this](const QList<OpenCollaboration> &open) {
        await(m_service.searchTargetCollaborations(), [this, open](const QList<TargetCollaboration> &target) {
            store(open, target);
            emit collaborationsLoaded(open, target, Source::Server);
        });
    });
}

void CollaborationCatalog::emitCached()
{
    const auto open
        = readCache("open collaborations", [this] { return m_repository->loadOpenCollaborations(shopId()); });
    const auto target
        = readCache("target collaborations", [this] { return m_repository->loadTargetCollaborations(shopId()); });
    if (open && target)
        emit collaborationsLoaded(*open, *target, Source::Cache);
}

void CollaborationCatalog::store(const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target)
{
    if (m_repository)
        noteCacheError(m_repository->replaceCollaborations(shopId(), open, target, clock().nowSecs()));
}

} // namespace ShopDesk
