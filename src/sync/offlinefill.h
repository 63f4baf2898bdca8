#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>

#include "api/apierror.h"

namespace ShopDesk {

class AffiliateOrderCatalog;
class AnalyticsCatalog;
class CacheDatabase;
class Clock;
class CollaborationCatalog;
class LiveSessionCatalog;
class ShopSession;

/// The first sync of what the panes otherwise load only when opened: collaborations, and the last
/// 90 days of affiliate orders, LIVE sessions and analytics, brought into the cache one area after
/// the other in the background, so that the Affiliates, LIVE and Analytics panes open with figures
/// even offline. An area that was synced before is left to its pane; a failed area is skipped
/// and tried again at the next start.
class OfflineFill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineFill)

public:
    enum class Area { Collaborations, AffiliateOrders, LiveSessions, Analytics };
    Q_ENUM(Area)

    static constexpr int days = 90;

    OfflineFill(ShopSession &session, CacheDatabase &cache, const Clock &clock, QObject *parent = nullptr);
    ~OfflineFill() override;

    /// The areas never synced; empty when there is nothing to do.
    QList<Area> pendingAreas() const;
    /// Fills the pending areas, one at a time.
    void start();
    bool isRunning() const { return m_current >= 0; }
    void cancel();

signals:
    void areaStarted(ShopDesk::OfflineFill::Area area, int index, int count);
    void areaFinished(ShopDesk::OfflineFill::Area area, const std::optional<ShopDesk::ApiError> &error);
    void finished();

private:
    bool isSynced(Area area) const;
    void run(Area area);
    void handleAreaDone(Area area, const std::optional<ApiError> &error);
    void startNext();

    const Clock &m_clock;
    CollaborationCatalog *const m_collaborations;
    AffiliateOrderCatalog *const m_affiliateOrders;
    LiveSessionCatalog *const m_live;
    AnalyticsCatalog *const m_analytics;
    QList<Area> m_queue;
    qsizetype m_current = -1;
};

} // namespace ShopDesk
