#include "analyticscatalog.h"

#include <algorithm>

#include <QDateTime>

#include "api/analyticsservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "store/performancerepository.h"
#include "store/synccursorrepository.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// The sync cursor of this area holds the latest day with data, as an ISO date.
const QString analyticsArea = u"analytics"_s;

QList<PerformanceInterval> upTo(QList<PerformanceInterval> intervals, QDate latest)
{
    intervals.removeIf([latest](const PerformanceInterval &interval) { return interval.startDate > latest; });
    return intervals;
}

qint64 viewersIn(const QList<LiveViewerDay> &days, const DateRange &range)
{
    qint64 viewers = 0;
    for (const LiveViewerDay &day : days) {
        if (day.day >= range.start && day.day < range.end)
            viewers += day.viewers;
    }
    return viewers;
}

} // namespace

struct AnalyticsCatalog::Fetch
{
    int generation = 0;
    DateRange range;
    /// The days whose LIVE sessions were asked for: the previous period and the range, unless the
    /// previous period reaches past the look-back.
    DateRange liveDays;
    int remaining = 0;
    std::optional<ApiError> error;
    ShopPerformance daily;
    ShopPerformance totals;
    QList<ProductPerformance> topProducts;
    QList<LiveSession> sessions;
};

AnalyticsCatalog::AnalyticsCatalog(AnalyticsService &service, CacheDatabase *cache, const QString &shopId,
    const QTimeZone &zone, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_performance(cache ? std::make_unique<PerformanceRepository>(*cache) : nullptr)
    , m_cursors(cache ? std::make_unique<SyncCursorRepository>(*cache) : nullptr)
    , m_shopId(shopId)
    , m_zone(zone)
    , m_clock(clock)
{ }

AnalyticsCatalog::~AnalyticsCatalog() = default;

QDate AnalyticsCatalog::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

DateRange AnalyticsCatalog::lastDays(int days) const
{
    const QDate end = today();
    return {end.addDays(-days), end};
}

DateRange AnalyticsCatalog::previousPeriod(const DateRange &range)
{
    const qint64 length = range.start.daysTo(range.end);
    return {range.start.addDays(-length), range.start};
}

qint64 AnalyticsCatalog::lastSyncedAt() const
{
    return m_cursors ? m_cursors->syncedAt(m_shopId, analyticsArea) : 0;
}

void AnalyticsCatalog::cancelPending()
{
    const QList<QPointer<ApiReply>> pending = m_pending;
    m_pending.clear();
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply)
            reply->cancel();
    }
}

void AnalyticsCatalog::load(const DateRange &range)
{
    ++m_generation; // answers to an earlier load are dropped from here on
    cancelPending();
    if (std::optional<AnalyticsSnapshot> cached = cachedSnapshot(range))
        emit snapshotLoaded(*cached, Source::Cache);

    auto fetch = std::make_shared<Fetch>();
    fetch->generation = m_generation;
    fetch->range = range;
    const DateRange previous = previousPeriod(range);
    fetch->liveDays = {std::max(previous.start, today().addDays(-lookbackDays)), range.end};
    track(fetch, m_service.shopPerformance(range, Granularity::Daily, true),
        [](Fetch &f, const ShopPerformance &value) { f.daily = value; });
    track(fetch, m_service.shopPerformance(range, Granularity::All, true),
        [](Fetch &f, const ShopPerformance &value) { f.totals = value; });
    track(fetch, m_service.topProducts(range, AnalyticsService::ProductSort::Gmv, topProductCount),
        [](Fetch &f, const QList<ProductPerformance> &value) { f.topProducts = value; });
    track(fetch, m_service.liveSessions(fetch->liveDays),
        [](Fetch &f, const QList<LiveSession> &value) { f.sessions = value; });
}

template <typename T, typename Store>
void AnalyticsCatalog::track(const std::shared_ptr<Fetch> &fetch, Reply<T> *reply, Store store)
{
    m_pending.append(reply);
    ++fetch->remaining;
    connect(reply, &ApiReply::finished, this, [this, fetch, reply, store] {
        m_pending.removeAll(reply);
        if (reply->hasError()) {
            if (!fetch->error)
                fetch->error = *reply->error();
        } else {
            store(*fetch, reply->value());
        }
        if (--fetch->remaining == 0 && fetch->generation == m_generation)
            finishFetch(*fetch);
    });
}

void AnalyticsCatalog::finishFetch(const Fetch &fetch)
{
    if (fetch.error) {
        if (fetch.error->category != ApiErrorCategory::Cancelled)
            emit loadFailed(*fetch.error, lastSyncedAt());
        return;
    }
    const AnalyticsSnapshot snapshot = snapshotOf(fetch);
    const QDate dataEnd = std::min(fetch.range.end, snapshot.daily.latestAvailableDate.addDays(1));
    save(snapshot, viewerDays(fetch.sessions, {fetch.liveDays.start, dataEnd}));
    emit snapshotLoaded(snapshot, Source::Server);
}

AnalyticsSnapshot AnalyticsCatalog::snapshotOf(const Fetch &fetch) const
{
    AnalyticsSnapshot snapshot;
    snapshot.range = fetch.range;
    const QDate latest = fetch.daily.latestAvailableDate;
    snapshot.daily.latestAvailableDate = latest;
    snapshot.daily.intervals = upTo(fetch.daily.intervals, latest);
    snapshot.daily.comparisonIntervals = upTo(fetch.daily.comparisonIntervals, latest);
    if (!fetch.totals.intervals.isEmpty())
        snapshot.total = fetch.totals.intervals.first();
    if (!fetch.totals.comparisonIntervals.isEmpty())
        snapshot.previousTotal = fetch.totals.comparisonIntervals.first();
    snapshot.topProducts = fetch.topProducts;
    if (latest.isValid()) {
        // LIVE figures stop at the same day as the rest, so the tiles compare like with like.
        const QList<LiveViewerDay> days
            = viewerDays(fetch.sessions, {fetch.liveDays.start, std::min(fetch.range.end, latest.addDays(1))});
        snapshot.liveViewers = viewersIn(days, fetch.range);
        const DateRange previous = previousPeriod(fetch.range);
        if (fetch.liveDays.start <= previous.start)
            snapshot.previousLiveViewers = viewersIn(days, previous);
    }
    return snapshot;
}

QList<LiveViewerDay> AnalyticsCatalog::viewerDays(const QList<LiveSession> &sessions, const DateRange &days) const
{
    QList<LiveViewerDay> result;
    for (QDate day = days.start; day < days.end; day = day.addDays(1))
        result.append({day, 0, 0});
    for (const LiveSession &session : sessions) {
        // A session counts on the shop-local day it started, as the LIVE list filters it.
        const QDate day = QDateTime::fromSecsSinceEpoch(session.startTime, m_zone).date();
        const qint64 index = days.start.daysTo(day);
        if (index >= 0 && index < result.size()) {
            ++result[index].sessions;
            result[index].viewers += session.viewers;
        }
    }
    return result;
}

void AnalyticsCatalog::save(const AnalyticsSnapshot &snapshot, const QList<LiveViewerDay> &viewers)
{
    if (!m_performance || !snapshot.daily.latestAvailableDate.isValid())
        return;
    QList<PerformanceInterval> intervals = snapshot.daily.intervals + snapshot.daily.comparisonIntervals;
    for (const std::optional<PerformanceInterval> &total : {snapshot.total, snapshot.previousTotal}) {
        if (total)
            intervals.append(*total);
    }
    // A cache that cannot be written costs the offline view, not the fresh figures on screen.
    std::optional<Error> error = m_performance->saveIntervals(m_shopId, PerformanceRepository::shopSeries(), intervals);
    if (!error)
        error = m_performance->saveRanking(m_shopId, snapshot.range, snapshot.topProducts);
    if (!error)
        error = m_performance->saveLiveViewerDays(m_shopId, viewers);
    if (!error) {
        error = m_cursors->markSynced(
            m_shopId, analyticsArea, m_clock.nowSecs(), snapshot.daily.latestAvailableDate.toString(Qt::ISODate));
    }
    if (error)
        qCWarning(lcStore).noquote() << "cannot cache analytics:" << error->toString();
}

std::optional<AnalyticsSnapshot> AnalyticsCatalog::cachedSnapshot(const DateRange &range) const
{
    if (!m_performance)
        return std::nullopt;
    const QDate latest = QDate::fromString(m_cursors->cursor(m_shopId, analyticsArea), Qt::ISODate);
    if (!latest.isValid())
        return std::nullopt;
    const QDate dataEnd = std::min(range.end, latest.addDays(1));
    const QString series = PerformanceRepository::shopSeries();
    Result<QList<PerformanceInterval>> days = m_performance->loadDays(m_shopId, series, range);
    // Only a range the cache covers day by day is shown; a half-drawn chart would mislead.
    if (!days || dataEnd <= range.start || days.value().size() != range.start.daysTo(dataEnd))
        return std::nullopt;

    AnalyticsSnapshot snapshot;
    snapshot.range = range;
    snapshot.daily.latestAvailableDate = latest;
    snapshot.daily.intervals = days.value();
    const DateRange previous = previousPeriod(range);
    Result<QList<PerformanceInterval>> previousDays = m_performance->loadDays(m_shopId, series, previous);
    if (previousDays && previousDays.value().size() == previous.start.daysTo(std::min(previous.end, dataEnd)))
        snapshot.daily.comparisonIntervals = previousDays.value();
    if (auto total = m_performance->loadInterval(m_shopId, series, range))
        snapshot.total = total.value();
    if (auto total = m_performance->loadInterval(m_shopId, series, previous))
        snapshot.previousTotal = total.value();
    if (auto ranking = m_performance->loadRanking(m_shopId, range))
        snapshot.topProducts = ranking.value();
    if (auto viewers = m_performance->loadLiveViewerDays(m_shopId, {previous.start, dataEnd})) {
        const QList<LiveViewerDay> &saved = viewers.value();
        const qsizetype inRange = std::count_if(
            saved.cbegin(), saved.cend(), [&range](const LiveViewerDay &day) { return day.day >= range.start; });
        if (inRange == range.start.daysTo(dataEnd))
            snapshot.liveViewers = viewersIn(saved, range);
        if (saved.size() - inRange == previous.start.daysTo(previous.end))
            snapshot.previousLiveViewers = viewersIn(saved, previous);
    }
    return snapshot;
}

void AnalyticsCatalog::loadProduct(const QString &productId, const DateRange &range)
{
    if (m_productPending)
        m_productPending->cancel();
    if (m_performance) {
        auto cached = m_performance->loadInterval(m_shopId, PerformanceRepository::productSeries(productId), range);
        if (cached && cached.value())
            emit productLoaded(productId, *cached.value(), Source::Cache);
    }
    Reply<ShopPerformance> *reply = m_service.productPerformance(productId, range, Granularity::All);
    m_productPending = reply;
    connect(reply, &ApiReply::finished, this,
        [this, reply, productId, range] { handleProductFetched(reply, productId, range); });
}

void AnalyticsCatalog::handleProductFetched(
    Reply<ShopPerformance> *reply, const QString &productId, const DateRange &range)
{
    if (m_productPending == reply)
        m_productPending = nullptr;
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            emit productFailed(productId, *reply->error());
        return;
    }
    if (reply->value().intervals.isEmpty()) {
        emit productFailed(productId, ApiError::decode(u"no interval in the product's performance"_s));
        return;
    }
    PerformanceInterval interval = reply->value().intervals.first();
    interval.startDate = range.start; // keyed by the range asked for, as the cache reads it
    interval.endDate = range.end;
    if (m_performance) {
        if (auto error
            = m_performance->saveIntervals(m_shopId, PerformanceRepository::productSeries(productId), {interval}))
            qCWarning(lcStore).noquote() << "cannot cache product analytics:" << error->toString();
    }
    emit productLoaded(productId, interval, Source::Server);
}

} // namespace ShopDesk
