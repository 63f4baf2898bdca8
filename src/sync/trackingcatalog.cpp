#include "trackingcatalog.h"

#include "api/fulfillmentservice.h"
#include "core/clock.h"
#include "core/logging.h"

namespace ShopDesk {

TrackingCatalog::TrackingCatalog(
    FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_repository(cache ? std::make_unique<TrackingRepository>(*cache) : nullptr)
    , m_shopId(shopId)
    , m_clock(clock)
{ }

TrackingCatalog::~TrackingCatalog() = default;

Reply<QList<TrackingEvent>> *TrackingCatalog::fetch(const QString &orderId)
{
    Reply<QList<TrackingEvent>> *reply = m_service.tracking(orderId);
    if (m_repository) {
        // Connected before the caller can connect, so the scans are kept before anyone shows them.
        connect(reply, &ApiReply::finished, this, [this, reply, orderId] {
            if (reply->hasError())
                return;
            if (auto error = m_repository->save(m_shopId, orderId, reply->value(), m_clock.nowSecs()))
                qCWarning(lcStore).noquote() << "cannot keep the carrier's scans:" << error->toString();
        });
    }
    return reply;
}

std::optional<TrackingCatalog::Saved> TrackingCatalog::saved(const QString &orderId) const
{
    if (!m_repository)
        return std::nullopt;
    Result<std::optional<Saved>> saved = m_repository->load(m_shopId, orderId);
    if (!saved) {
        qCWarning(lcStore).noquote() << "cannot read the carrier's scans kept:" << saved.error().toString();
        return std::nullopt;
    }
    return saved.value();
}

} // namespace ShopDesk
