#pragma once

#include <memory>
#include <optional>

#include <QObject>

#include "api/apireply.h"
#include "store/trackingrepository.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class FulfillmentService;

/// The carrier's scans of an order, read from the server and kept, so that when the server cannot
/// be reached the Orders and Shipments panes still show the scans last read, saying when.
class TrackingCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingCatalog)

public:
    using Saved = TrackingRepository::Saved;

    /// Without a cache nothing is kept.
    TrackingCatalog(FulfillmentService &service, CacheDatabase *cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
    ~TrackingCatalog() override;

    /// FulfillmentService::tracking(), keeping what it reads.
    Reply<QList<TrackingEvent>> *fetch(const QString &orderId);
    /// The scans last read, if they ever were.
    std::optional<Saved> saved(const QString &orderId) const;

private:
    FulfillmentService &m_service;
    const std::unique_ptr<TrackingRepository> m_repository;
    const QString m_shopId;
    const Clock &m_clock;
};

} // namespace ShopDesk
