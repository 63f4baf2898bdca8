#pragma once

#include <memory>

#include <QTimeZone>

#include "domain/performance.h"
#include "sync/cachefirstcatalog.h"

namespace ShopDesk {

class AnalyticsService;
class LiveSessionRepository;

/// The shop's LIVE sessions over a range of shop-local days, as the LIVE pane sees them: what the
/// cache holds at once, then the server's answer, which replaces those days in the cache.
class LiveSessionCatalog final : public CacheFirstCatalog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessionCatalog)

public:
    /// `zone` is the shop's time zone, in which the API counts days.
    LiveSessionCatalog(AnalyticsService &service, CacheDatabase *cache, const QString &shopId, const QTimeZone &zone,
        const Clock &clock, QObject *parent = nullptr);
    ~LiveSessionCatalog() override;

    void load(const DateRange &days);

signals:
    void sessionsLoaded(const ShopDesk::DateRange &days, const QList<ShopDesk::LiveSession> &sessions,
        ShopDesk::CacheFirstCatalog::Source source);

private:
    AnalyticsService &m_service;
    const std::unique_ptr<LiveSessionRepository> m_repository;
    const QTimeZone m_zone;
};

} // namespace ShopDesk
