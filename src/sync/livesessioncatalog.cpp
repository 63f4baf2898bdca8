#include "livesessioncatalog.h"

#include <QDateTime>

#include "api/analyticsservice.h"
#include "core/clock.h"
#include "store/livesessionrepository.h"

namespace ShopDesk {

LiveSessionCatalog::LiveSessionCatalog(AnalyticsService &service, CacheDatabase *cache, const QString &shopId,
    const QTimeZone &zone, const Clock &clock, QObject *parent)
    : CacheFirstCatalog(cache, shopId, {QString::fromLatin1(LiveSessionRepository::area)}, clock, parent)
    , m_service(service)
    , m_repository(cache ? std::make_unique<LiveSessionRepository>(*cache) : nullptr)
    , m_zone(zone)
{ }

LiveSessionCatalog::~LiveSessionCatalog() = default;

void LiveSessionCatalog::load(const DateRange &days)
{
    cancel();
    const JsonRowTable::Span started{
        days.start.startOfDay(m_zone).toSecsSinceEpoch(), days.end.startOfDay(m_zone).toSecsSinceEpoch()};
    if (const auto cached = readCache("LIVE sessions", [&] { return m_repository->load(shopId(), started); }))
        emit sessionsLoaded(days, *cached, Source::Cache);
    await(m_service.liveSessions(days), [this, days, started](const QList<LiveSession> &sessions) {
        if (m_repository)
            noteCacheError(m_repository->replace(shopId(), started, sessions, clock().nowSecs()));
        emit sessionsLoaded(days, sessions, Source::Server);
    });
}

} // namespace ShopDesk
