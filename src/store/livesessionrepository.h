#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/performance.h"
#include "store/jsonrowtable.h"

namespace ShopDesk {

class CacheDatabase;

/// The LIVE sessions of each shop in the cache, stored as the API's JSON by start time.
class LiveSessionRepository final
{
public:
    /// The sync area name in the sync cursor table.
    static constexpr auto area = "live_sessions";

    explicit LiveSessionRepository(CacheDatabase &cache);

    /// The server's answer for sessions that started in `span` replaces what the cache held for it.
    std::optional<Error> replace(
        const QString &shopId, JsonRowTable::Span span, const QList<LiveSession> &sessions, qint64 syncedAt);
    /// Sessions that started in `span`, latest first.
    Result<QList<LiveSession>> load(const QString &shopId, JsonRowTable::Span span) const;

private:
    JsonRowTable m_sessions;
};

} // namespace ShopDesk
