#pragma once

#include <QList>

#include "domain/order.h"

namespace ShopDesk {

class SeedRandom;
struct SandboxShop;

/// Deterministic orders of one sandbox shop: every status, weighted the way a live shop looks, with
/// line items from the shop's own products and times, deadlines and packages that fit the status.
class OrderSeed final
{
public:
    /// `count` orders created over the 90 days before `referenceTime`; none when the shop has no
    /// product to sell. Ids are unique within the shop.
    static QList<Order> generate(SeedRandom &random, const SandboxShop &shop, int count, qint64 referenceTime);
};

} // namespace ShopDesk
