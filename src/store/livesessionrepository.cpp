#include "livesessionrepository.h"

#include "domain/analyticscodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

LiveSessionRepository::LiveSessionRepository(CacheDatabase &cache)
    : m_sessions(cache, u"live_sessions"_s)
{ }

std::optional<Error> LiveSessionRepository::replace(
    const QString &shopId, JsonRowTable::Span span, const QList<LiveSession> &sessions, qint64 syncedAt)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(sessions.size());
    for (const LiveSession &session : sessions) {
        rows.append({session.id, {}, session.isOnAir() ? u"on_air"_s : u"ended"_s, session.startTime,
            AnalyticsCodec::encodeLiveSession(session)});
    }
    return m_sessions.replace(shopId, rows, QString::fromLatin1(area), syncedAt, span);
}

Result<QList<LiveSession>> LiveSessionRepository::load(const QString &shopId, JsonRowTable::Span span) const
{
    return decodeRows<LiveSession>(
        m_sessions.loadWithin(shopId, span), m_sessions.name(), &AnalyticsCodec::decodeLiveSession);
}

} // namespace ShopDesk
