#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"

namespace ShopDesk {

class AftersaleRepository;
class CacheDatabase;
class Clock;
class CursorSync;
class ReturnService;

/// The shop's returns and cancellations as the Shipments pane sees them: the cache at once, then
/// the cache again after incremental syncs of both (returns first) have brought it up to date.
/// Without a cache it reads the server directly.
class AftersaleCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersaleCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    AftersaleCatalog(ReturnService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~AftersaleCatalog() override;

    /// Asked while a refresh runs, it runs once more afterwards, so that a decision just taken is
    /// always read back.
    void refresh();
    qint64 lastSyncedAt() const;

signals:
    void aftersalesLoaded(const QList<ShopDesk::ReturnRequest> &returns,
        const QList<ShopDesk::Cancellation> &cancellations, ShopDesk::AftersaleCatalog::Source source);
    void refreshFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

private:
    void refreshFromServer();
    void handleSyncFinished(CursorSync *sync, const std::optional<ApiError> &error);
    void emitCached(Source source);
    bool isRunning() const;

    ReturnService &m_service;
    const QString m_shopId;
    const std::unique_ptr<AftersaleRepository> m_repository;
    CursorSync *const m_returnSync;
    CursorSync *const m_cancellationSync;
    QPointer<ApiReply> m_pending;
    bool m_again = false;
};

} // namespace ShopDesk
