#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>

#include "api/apireply.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class SyncCursorRepository;

/// Brings one area of a shop's cache (packages, returns, …) up to date by update time: everything
/// updated since the cursor (less an overlap, so that an item updated in the same second as the
/// last one seen is not missed), page by page in update-time order. The walk stores each page and
/// the cursor in one transaction (see JsonRowTable), so a sync cut short by a crash or a cancel
/// continues where it stopped. The first sync is the same walk from the beginning.
class CursorSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CursorSync)

public:
    /// Seconds before the cursor that an incremental sync reads again.
    static constexpr qint64 overlapSeconds = 300;

    /// Starts a paged search, ascending by update time, of everything updated at or after `from`
    /// (all when unset). For each page it calls advance() with the page's update times and stores
    /// the page with cursor() as the area's cursor.
    using Walk = std::function<ApiReply *(std::optional<qint64> from, CursorSync &sync)>;

    CursorSync(
        CacheDatabase &cache, QString shopId, QString area, const Clock &clock, Walk walk, QObject *parent = nullptr);
    ~CursorSync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_pending != nullptr; }
    /// Epoch seconds of the last completed sync, 0 if none.
    qint64 lastSyncedAt() const;
    const QString &area() const { return m_area; }

    // Used by the walk, page by page.
    void advance(qint64 updateTime) { m_cursor = std::max(m_cursor, updateTime); }
    qint64 cursor() const { return m_cursor; }
    void countWritten(qint64 items) { m_written += items; }
    /// The walk could not store what it read: the sync ends with this, as a LocalStore error
    /// rather than the walk's own. Returns `error` for the page handler to stop with.
    Error storeFailed(const Error &error)
    {
        m_storeFailure = error;
        return error;
    }
    /// Items written by the current or last run.
    qint64 written() const { return m_written; }

signals:
    void progress(qint64 done, qint64 total);
    /// The run ended: `error` is empty on success.
    void finished(const std::optional<ShopDesk::ApiError> &error);

private:
    const std::unique_ptr<SyncCursorRepository> m_cursors;
    const QString m_shopId;
    const QString m_area;
    const Clock &m_clock;
    const Walk m_walk;
    QPointer<ApiReply> m_pending;
    qint64 m_cursor = 0;
    qint64 m_written = 0;
    std::optional<Error> m_storeFailure;
};

} // namespace ShopDesk
