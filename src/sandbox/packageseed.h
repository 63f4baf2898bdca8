#pragma once

#include <QList>

#include "sandbox/sandboxpackagestore.h"

namespace ShopDesk {

struct SandboxShop;

/// The packages of a seeded shop, read off its orders: each order's `packageIds` with the line
/// items that name them, the carrier history that fits the order's status, and a few frozen
/// packages among those still to ship. It draws no random numbers, so the orders stay exactly as
/// the seed made them.
class PackageSeed final
{
public:
    /// Of the packages still to ship, in order-list order, this one and every `frozenEvery`-th
    /// after it is frozen.
    static constexpr int firstFrozen = 2;
    static constexpr int frozenEvery = 7;

    static QList<SandboxPackage> derive(const SandboxShop &shop);
};

} // namespace ShopDesk
