#pragma once

#include <QString>

class QObject;

namespace ShopDesk {

class CacheDatabase;
class Clock;
class CursorSync;
class OrderService;

/// The cursor sync of a shop's orders: every order updated since the cursor (less the overlap),
/// page by page in update-time order, stored ten pages at a time with the cursor in one
/// transaction (OrderRepository::upsert), so a sync cut short continues where it stopped.
class OrderSync final
{
public:
    static CursorSync *create(OrderService &service, CacheDatabase &cache, const QString &shopId, const Clock &clock,
        QObject *parent = nullptr);
};

} // namespace ShopDesk
