#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/shipping.h"
#include "store/jsonrowtable.h"

namespace ShopDesk {

class CacheDatabase;

/// The carrier's scans of each order as last read from the server, stored as the API's JSON with
/// the time they were read.
class TrackingRepository final
{
public:
    struct Saved
    {
        QList<TrackingEvent> events;
        /// Epoch seconds.
        qint64 savedAt = 0;
    };

    explicit TrackingRepository(CacheDatabase &cache);

    std::optional<Error> save(
        const QString &shopId, const QString &orderId, const QList<TrackingEvent> &events, qint64 savedAt);
    /// Nothing when the order's scans were never read.
    Result<std::optional<Saved>> load(const QString &shopId, const QString &orderId) const;

private:
    JsonRowTable m_tracking;
};

} // namespace ShopDesk
