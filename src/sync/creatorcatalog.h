#pragma once

#include <memory>

#include <QObject>

#include "api/affiliateservice.h"

namespace ShopDesk {

class AffiliateRepository;
class CacheDatabase;
class Clock;

/// The Creator Marketplace through the cache: every page found is kept, so that when the server
/// cannot be reached the seller still sees the creators seen before that match the search.
class CreatorCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorCatalog)

public:
    CreatorCatalog(AffiliateService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~CreatorCatalog() override;

    /// AffiliateService::searchCreators(), keeping what it finds.
    Reply<CreatorPage> *search(
        const CreatorQuery &query, CreatorPageSize pageSize, const std::optional<CreatorPage> &previous = {});
    /// Creators seen before whose name or nickname holds the keyword and whose followers are
    /// inside the bounds, most recently seen first. The GMV and units-sold brackets are the
    /// marketplace's own and are not kept, so they do not filter here.
    QList<Creator> savedMatching(const CreatorQuery &query) const;
    /// When creators were last kept, 0 if never or without a cache.
    qint64 lastSavedAt() const;
    /// For what the cache does not keep, such as avatar pictures.
    AffiliateService &service() const { return m_service; }

private:
    AffiliateService &m_service;
    CacheDatabase *const m_cache;
    const std::unique_ptr<AffiliateRepository> m_repository;
    const QString m_shopId;
    const Clock &m_clock;
};

} // namespace ShopDesk
