#include "offlinefill.h"

#include "api/shopsession.h"
#include "core/clock.h"
#include "domain/shopregion.h"
#include "sync/affiliateordercatalog.h"
#include "sync/analyticscatalog.h"
#include "sync/collaborationcatalog.h"
#include "sync/livesessioncatalog.h"

namespace ShopDesk {

OfflineFill::OfflineFill(ShopSession &session, CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_collaborations(new CollaborationCatalog(session.affiliates(), &cache, session.connection().shopId, clock, this))
    , m_affiliateOrders(
          new AffiliateOrderCatalog(session.affiliates(), &cache, session.connection().shopId, clock, this))
    , m_live(new LiveSessionCatalog(session.analytics(), &cache, session.connection().shopId,
          ShopRegion::timeZone(session.connection().region), clock, this))
    , m_analytics(new AnalyticsCatalog(session.analytics(), &cache, session.connection().shopId,
          ShopRegion::timeZone(session.connection().region), clock, this))
{
    connect(m_collaborations, &CollaborationCatalog::collaborationsLoaded, this,
        [this](const auto &, const auto &, CacheFirstCatalog::Source source) {
            if (source == CacheFirstCatalog::Source::Server)
                handleAreaDone(Area::Collaborations, std::nullopt);
        });
    connect(m_collaborations, &CacheFirstCatalog::loadFailed, this,
        [this](const ApiError &error) { handleAreaDone(Area::Collaborations, error); });
    connect(m_affiliateOrders, &AffiliateOrderCatalog::ordersLoaded, this,
        [this](JsonRowTable::Span, const auto &, CacheFirstCatalog::Source source) {
            if (source == CacheFirstCatalog::Source::Server)
                handleAreaDone(Area::AffiliateOrders, std::nullopt);
        });
    connect(m_affiliateOrders, &CacheFirstCatalog::loadFailed, this,
        [this](const ApiError &error) { handleAreaDone(Area::AffiliateOrders, error); });
    connect(m_live, &LiveSessionCatalog::sessionsLoaded, this,
        [this](const DateRange &, const auto &, CacheFirstCatalog::Source source) {
            if (source == CacheFirstCatalog::Source::Server)
                handleAreaDone(Area::LiveSessions, std::nullopt);
        });
    connect(m_live, &CacheFirstCatalog::loadFailed, this,
        [this](const ApiError &error) { handleAreaDone(Area::LiveSessions, error); });
    connect(m_analytics, &AnalyticsCatalog::snapshotLoaded, this,
        [this](const AnalyticsSnapshot &, AnalyticsCatalog::Source source) {
            if (source == AnalyticsCatalog::Source::Server)
                handleAreaDone(Area::Analytics, std::nullopt);
        });
    connect(m_analytics, &AnalyticsCatalog::loadFailed, this,
        [this](const ApiError &error) { handleAreaDone(Area::Analytics, error); });
}

OfflineFill::~OfflineFill() = default;

bool OfflineFill::isSynced(Area area) const
{
    switch (area) {
    case Area::Collaborations:
        return m_collaborations->lastSyncedAt() > 0;
    case Area::AffiliateOrders:
        return m_affiliateOrders->lastSyncedAt() > 0;
    case Area::LiveSessions:
        return m_live->lastSyncedAt() > 0;
    case Area::Analytics:
        return m_analytics->lastSyncedAt() > 0;
    }
    return true;
}

QList<OfflineFill::Area> OfflineFill::pendingAreas() const
{
    QList<Area> pending;
    for (Area area : {Area::Collaborations, Area::AffiliateOrders, Area::LiveSessions, Area::Analytics}) {
        if (!isSynced(area))
            pending.append(area);
    }
    return pending;
}

void OfflineFill::start()
{
    if (isRunning())
        return;
    m_queue = pendingAreas();
    m_current = -1;
    startNext();
}

void OfflineFill::cancel()
{
    m_queue.clear();
    m_current = -1;
    m_collaborations->cancel();
    m_affiliateOrders->cancel();
    m_live->cancel();
    // The analytics catalog cancels what it has under way when asked for something else; it is
    // only ever asked here, and dropped with this object.
}

void OfflineFill::startNext()
{
    ++m_current;
    if (m_current >= m_queue.size()) {
        m_current = -1;
        emit finished();
        return;
    }
    const Area area = m_queue.at(m_current);
    emit areaStarted(area, int(m_current), int(m_queue.size()));
    run(area);
}

void OfflineFill::run(Area area)
{
    // Day ranges end with today: the API's latest day with data is yesterday, and today's LIVE
    // sessions and affiliate orders count too.
    const qint64 now = m_clock.nowSecs();
    switch (area) {
    case Area::Collaborations:
        m_collaborations->load();
        break;
    case Area::AffiliateOrders:
        m_affiliateOrders->load({now - qint64(days) * 86400, now + 1});
        break;
    case Area::LiveSessions: {
        const DateRange range = m_analytics->lastDays(days);
        m_live->load({range.start, range.end.addDays(1)});
        break;
    }
    case Area::Analytics:
        m_analytics->load(m_analytics->lastDays(days));
        break;
    }
}

void OfflineFill::handleAreaDone(Area area, const std::optional<ApiError> &error)
{
    if (!isRunning() || m_queue.at(m_current) != area)
        return;
    emit areaFinished(area, error);
    startNext();
}

} // namespace ShopDesk
