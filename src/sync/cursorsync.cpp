#include "cursorsync.h"

#include "core/clock.h"
#include "store/synccursorrepository.h"

namespace ShopDesk {

CursorSync::CursorSync(
    CacheDatabase &cache, QString shopId, QString area, const Clock &clock, Walk walk, QObject *parent)
    : QObject(parent)
    , m_cursors(std::make_unique<SyncCursorRepository>(cache))
    , m_shopId(std::move(shopId))
    , m_area(std::move(area))
    , m_clock(clock)
    , m_walk(std::move(walk))
{ }

CursorSync::~CursorSync()
{
    // The walk's page handler points at this object: stop it before it can call back.
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
}

qint64 CursorSync::lastSyncedAt() const
{
    return m_cursors->syncedAt(m_shopId, m_area);
}

void CursorSync::start()
{
    if (m_pending)
        return;
    m_written = 0;
    m_storeFailure.reset();
    m_cursor = m_cursors->cursor(m_shopId, m_area).toLongLong();
    std::optional<qint64> from;
    if (m_cursor > 0)
        from = std::max<qint64>(0, m_cursor - overlapSeconds);
    ApiReply *reply = m_walk(from, *this);
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &CursorSync::progress);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_pending = nullptr;
        if (reply->hasError()) {
            emit finished(m_storeFailure ? ApiError::localStore(m_storeFailure->toString()) : reply->error());
            return;
        }
        m_cursors->markSynced(m_shopId, m_area, m_clock.nowSecs(), QString::number(m_cursor));
        emit finished(std::nullopt);
    });
}

void CursorSync::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

} // namespace ShopDesk
