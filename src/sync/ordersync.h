#pragma once

#include <QString>

class QObject;

namespace ShopDesk {

class CacheDatabase;
class Clock;
class CursorSync;
class OrderService;

/// The cursor sync of a shop's orders: every order updated since the cursor (less the overlap),
/// page by page in update-time order. Pages are parsed and decoded off the GUI thread and stored,
/// a few thousand orders per transaction with the cursor (OrderRepository::upsert), by a
/// CacheWriter on a thread of its own while the next pages are read; so a sync cut short
/// continues where it stopped, and the area counts as synced only once all is written.
class OrderSync final
{
public:
    static CursorSync *create(OrderService &service, CacheDatabase &cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
};

} // namespace ShopDesk
