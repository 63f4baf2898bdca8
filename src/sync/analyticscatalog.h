#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include "api/apireply.h"
#include "domain/analyticssnapshot.h"

namespace ShopDesk {

class AnalyticsService;
class CacheDatabase;
class Clock;
class PerformanceRepository;
class SyncCursorRepository;
struct LiveSession;

/// The shop's analytics as the Analytics pane sees them: for a range of shop-local days, what the
/// cache holds at once, then what the server says (written back to the cache). Ranges and the
/// previous period of the same length follow reference section 5.6: `start_date_ge` inclusive,
/// `end_date_lt` exclusive, at most about 180 days back, and days after `latest_available_date`
/// carry no data yet.
class AnalyticsCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    /// How far back the API answers (a start older than this fails with 28001022).
    static constexpr int lookbackDays = 180;
    static constexpr int topProductCount = 50;

    /// Without a cache the catalog only reads the server. `zone` is the shop's time zone.
    AnalyticsCatalog(AnalyticsService &service, CacheDatabase *cache, const QString &shopId, const QTimeZone &zone,
        const Clock &clock, QObject *parent = nullptr);
    ~AnalyticsCatalog() override;

    /// Today in the shop's time zone.
    QDate today() const;
    /// The `days` full days before today.
    DateRange lastDays(int days) const;
    static DateRange previousPeriod(const DateRange &range);

    /// Emits the cached snapshot of `range` (if the cache covers it) right away, then fetches it.
    /// A load still running is cancelled.
    void load(const DateRange &range);
    /// The same for one product's totals over `range` (its funnel).
    void loadProduct(const QString &productId, const DateRange &range);
    bool isLoading() const { return !m_pending.isEmpty(); }
    /// Epoch seconds of the last successful server load, 0 if none.
    qint64 lastSyncedAt() const;

signals:
    void snapshotLoaded(const ShopDesk::AnalyticsSnapshot &snapshot, ShopDesk::AnalyticsCatalog::Source source);
    /// The server load failed; `lastSyncedAt` tells whether (and since when) cached figures exist.
    void loadFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);
    void productLoaded(const QString &productId, const ShopDesk::PerformanceInterval &interval,
        ShopDesk::AnalyticsCatalog::Source source);
    void productFailed(const QString &productId, const ShopDesk::ApiError &error);

private:
    struct Fetch;
    std::optional<AnalyticsSnapshot> cachedSnapshot(const DateRange &range) const;
    void cancelPending();
    template <typename T, typename Store>
    void track(const std::shared_ptr<Fetch> &fetch, Reply<T> *reply, Store store);
    void finishFetch(const Fetch &fetch);
    AnalyticsSnapshot snapshotOf(const Fetch &fetch) const;
    QList<LiveViewerDay> viewerDays(const QList<LiveSession> &sessions, const DateRange &days) const;
    void save(const AnalyticsSnapshot &snapshot, const QList<LiveViewerDay> &viewers);
    void handleProductFetched(Reply<ShopPerformance> *reply, const QString &productId, const DateRange &range);

    AnalyticsService &m_service;
    const std::unique_ptr<PerformanceRepository> m_performance;
    const std::unique_ptr<SyncCursorRepository> m_cursors;
    QString m_shopId;
    QTimeZone m_zone;
    const Clock &m_clock;
    int m_generation = 0;
    QList<QPointer<ApiReply>> m_pending;
    QPointer<ApiReply> m_productPending;
};

} // namespace ShopDesk
