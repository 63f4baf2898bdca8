#include "cachefirstcatalog.h"

#include <algorithm>

#include "core/logging.h"
#include "store/synccursorrepository.h"

namespace ShopDesk {

CacheFirstCatalog::CacheFirstCatalog(
    CacheDatabase *cache, QString shopId, QStringList areas, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_shopId(std::move(shopId))
    , m_areas(std::move(areas))
    , m_clock(clock)
{ }

CacheFirstCatalog::~CacheFirstCatalog()
{
    cancel();
}

bool CacheFirstCatalog::isLoading() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](const QPointer<ApiReply> &reply) { return reply; });
}

qint64 CacheFirstCatalog::lastSyncedAt() const
{
    if (!m_cache)
        return 0;
    const SyncCursorRepository cursors(*m_cache);
    qint64 oldest = -1;
    for (const QString &area : m_areas) {
        const qint64 at = cursors.syncedAt(m_shopId, area);
        oldest = oldest < 0 ? at : std::min(oldest, at);
    }
    return std::max<qint64>(oldest, 0);
}

void CacheFirstCatalog::cancel()
{
    ++m_generation;
    const QList<QPointer<ApiReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply)
            reply->cancel();
    }
}

void CacheFirstCatalog::noteCacheError(const std::optional<Error> &error) const
{
    if (error)
        qCWarning(lcStore).noquote() << "cannot keep the server's answer in the cache:" << error->toString();
}

void CacheFirstCatalog::fail(const ApiError &error)
{
    if (error.category == ApiErrorCategory::Cancelled)
        return;
    // The load is over: what else it asked for is not needed now.
    cancel();
    emit loadFailed(error, lastSyncedAt());
}

} // namespace ShopDesk
