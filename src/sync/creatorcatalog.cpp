#include "creatorcatalog.h"

#include "core/clock.h"
#include "core/logging.h"
#include "store/affiliaterepository.h"
#include "store/synccursorrepository.h"

namespace ShopDesk {

CreatorCatalog::CreatorCatalog(
    AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_cache(cache)
    , m_repository(cache ? std::make_unique<AffiliateRepository>(*cache) : nullptr)
    , m_shopId(shopId)
    , m_clock(clock)
{ }

CreatorCatalog::~CreatorCatalog() = default;

Reply<CreatorPage> *CreatorCatalog::search(
    const CreatorQuery &query, CreatorPageSize pageSize, const std::optional<CreatorPage> &previous)
{
    Reply<CreatorPage> *reply = m_service.searchCreators(query, pageSize, previous);
    if (m_repository) {
        // Connected before the caller can connect, so the page is kept before anyone shows it.
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->hasError())
                return;
            const qint64 now = m_clock.nowSecs();
            if (auto error = m_repository->saveCreators(m_shopId, reply->value().creators, now))
                qCWarning(lcStore).noquote() << "cannot keep the creators found:" << error->toString();
            else
                SyncCursorRepository(*m_cache).markSynced(
                    m_shopId, QString::fromLatin1(AffiliateRepository::creatorsArea), now);
        });
    }
    return reply;
}

QList<Creator> CreatorCatalog::savedMatching(const CreatorQuery &query) const
{
    if (!m_repository)
        return {};
    Result<QList<Creator>> saved = m_repository->loadCreators(m_shopId);
    if (!saved) {
        qCWarning(lcStore).noquote() << "cannot read the creators seen before:" << saved.error().toString();
        return {};
    }
    const QString keyword = query.keyword.trimmed();
    QList<Creator> matching;
    for (const Creator &creator : saved.value()) {
        const bool named = keyword.isEmpty() || creator.username.contains(keyword, Qt::CaseInsensitive)
            || creator.nickname.contains(keyword, Qt::CaseInsensitive);
        const bool followed = creator.followerCount >= query.followersAtLeast.value_or(0)
            && (!query.followersAtMost || creator.followerCount <= *query.followersAtMost);
        if (named && followed)
            matching.append(creator);
    }
    return matching;
}

qint64 CreatorCatalog::lastSavedAt() const
{
    return m_repository
        ? SyncCursorRepository(*m_cache).syncedAt(m_shopId, QString::fromLatin1(AffiliateRepository::creatorsArea))
        : 0;
}

} // namespace ShopDesk
