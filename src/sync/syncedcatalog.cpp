#include "syncedcatalog.h"

#include <algorithm>

#include "sync/cursorsync.h"

namespace ShopDesk {

SyncedCatalog::SyncedCatalog(QObject *parent)
    : QObject(parent)
{ }

SyncedCatalog::~SyncedCatalog() = default;

void SyncedCatalog::setSyncs(const QList<CursorSync *> &syncs)
{
    m_syncs = syncs;
    for (qsizetype index = 0; index < m_syncs.size(); ++index) {
        CursorSync *sync = m_syncs.at(index);
        connect(sync, &CursorSync::progress, this, &SyncedCatalog::refreshProgress);
        connect(sync, &CursorSync::finished, this,
            [this, index](const std::optional<ApiError> &error) { handleSyncFinished(index, error); });
    }
}

qint64 SyncedCatalog::lastSyncedAt() const
{
    if (m_syncs.isEmpty())
        return 0;
    qint64 oldest = m_syncs.first()->lastSyncedAt();
    for (const CursorSync *sync : m_syncs)
        oldest = std::min(oldest, sync->lastSyncedAt());
    return oldest;
}

bool SyncedCatalog::isRunning() const
{
    return m_pending || m_running >= 0;
}

void SyncedCatalog::refresh()
{
    if (isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    if (m_syncs.isEmpty()) {
        ApiReply *reply = readServer();
        m_pending = reply;
        connect(reply, &ApiReply::progress, this, &SyncedCatalog::refreshProgress);
        connect(reply, &ApiReply::finished, this, [this, reply] { handleServerRead(reply); });
        return;
    }
    if (lastSyncedAt() > 0)
        emitCached(Source::Cache);
    startSync(0);
}

void SyncedCatalog::startSync(qsizetype index)
{
    m_running = index;
    m_syncs.at(index)->start();
}

void SyncedCatalog::handleSyncFinished(qsizetype index, const std::optional<ApiError> &error)
{
    if (index != m_running)
        return;
    if (error) {
        m_running = -1;
        m_again = false;
        if (error->category != ApiErrorCategory::Cancelled)
            emit refreshFailed(*error, lastSyncedAt());
        return;
    }
    if (index + 1 < m_syncs.size()) {
        startSync(index + 1);
        return;
    }
    m_running = -1;
    emitCached(Source::Server);
    runAgainIfAsked();
}

void SyncedCatalog::handleServerRead(ApiReply *reply)
{
    m_pending = nullptr;
    if (reply->hasError() && reply->error()->category != ApiErrorCategory::Cancelled)
        emit refreshFailed(*reply->error(), 0);
    runAgainIfAsked();
}

void SyncedCatalog::runAgainIfAsked()
{
    if (m_again)
        refresh();
}

} // namespace ShopDesk
