#include "trackingrepository.h"

#include "domain/fulfillmentcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString area = u"tracking_events"_s;

} // namespace

TrackingRepository::TrackingRepository(CacheDatabase &cache)
    : m_tracking(cache, u"tracking_events"_s)
{ }

std::optional<Error> TrackingRepository::save(
    const QString &shopId, const QString &orderId, const QList<TrackingEvent> &events, qint64 savedAt)
{
    // The row's time is when the scans were read, which is what "saved on …" tells the seller.
    const QString last = events.isEmpty() ? QString() : events.last().description;
    return m_tracking.upsert(
        shopId, {{orderId, orderId, last, savedAt, FulfillmentCodec::encodeTracking(events)}}, area);
}

Result<std::optional<TrackingRepository::Saved>> TrackingRepository::load(
    const QString &shopId, const QString &orderId) const
{
    Result<std::optional<JsonRowTable::Row>> row = m_tracking.find(shopId, orderId);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Saved>();
    Result<QList<TrackingEvent>> events = FulfillmentCodec::decodeTracking(row.value()->body);
    if (!events)
        return events.error();
    return std::optional<Saved>(Saved{std::move(events).value(), row.value()->updateTime});
}

} // namespace ShopDesk
