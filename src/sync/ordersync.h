#pragma once

#include <memory>

#include <QObject>
#include <QPointer>

#include "api/apireply.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class OrderRepository;
class OrderService;
class SyncCursorRepository;

/// Brings the cached orders of a shop up to date: every order updated since the cursor (less an
/// overlap, so that an order updated in the same second as the last one seen is not missed), page
/// by page in update-time order. Each page and the cursor are stored in one transaction, so a sync
/// cut short by a crash or a cancel continues where it stopped. The first sync is the same walk
/// from the beginning.
class OrderSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSync)

public:
    /// Seconds before the cursor that an incremental sync reads again.
    static constexpr qint64 overlapSeconds = 300;

    OrderSync(
        OrderService &service, CacheDatabase &cache, QString shopId, const Clock &clock, QObject *parent = nullptr);
    ~OrderSync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_pending != nullptr; }
    /// Epoch seconds of the last completed sync, 0 if none.
    qint64 lastSyncedAt() const;
    /// Orders written by the current or last run.
    qint64 ordersWritten() const { return m_written; }

signals:
    void progress(qint64 done, qint64 total);
    /// The run ended: `error` is empty on success.
    void finished(const std::optional<ShopDesk::ApiError> &error);

private:
    OrderService &m_service;
    const std::unique_ptr<OrderRepository> m_orders;
    const std::unique_ptr<SyncCursorRepository> m_cursors;
    const QString m_shopId;
    const Clock &m_clock;
    QPointer<ApiReply> m_pending;
    qint64 m_cursor = 0;
    qint64 m_written = 0;
};

} // namespace ShopDesk
