#pragma once

#include <optional>
#include <variant>

#include <QList>

#include "domain/package.h"
#include "domain/shipping.h"
#include "sandbox/sandboxpackagestore.h"
#include "sandbox/shipmentstatemachine.h"

namespace ShopDesk {

struct SandboxShop;

/// What shipping does to a sandbox shop: packages, their orders and line items change together,
/// by the rules of ShipmentStateMachine, and shipped orders move on as the sandbox clock advances.
/// Every change bumps the shop's order revision, so cached order searches see it.
class SandboxShipping final
{
public:
    static constexpr qint64 packageNotFound = 21011028;
    static constexpr qint64 orderNotFound = 21008111;
    static constexpr qint64 invalidCarrier = 21011022;
    static constexpr qint64 notSellerShipping = 21011004;
    static constexpr qint64 lineItemNotInOrder = 21011029;
    static constexpr qint64 packageAmbiguous = 21011048;
    static constexpr qint64 invalidParameter = 21001001;

    /// The shop's packages, loaded from its orders on first use.
    static SandboxPackageStore &store(SandboxShop &shop);
    /// Ships one package (reference section 5.3, "ship package"); nothing changes when refused.
    static std::optional<ShipRefusal> ship(SandboxShop &shop, const ShipRequest &request, qint64 now);
    /// "Mark package as shipped" for a seller-shipped order: ships the package holding the line
    /// items, splitting them off into a package of their own when they are only part of it.
    static std::variant<ShippedPackage, ShipRefusal> markShipped(
        SandboxShop &shop, const QString &orderId, const MarkShippedRequest &request, qint64 now);
    /// Moves every order shipped through the API along its timeline up to `now`.
    static void advance(SandboxShop &shop, qint64 now);
    /// The carrier scans of the order's packages, oldest first; nullopt for an unknown order.
    static std::optional<QList<TrackingEvent>> tracking(SandboxShop &shop, const QString &orderId);

private:
    static std::optional<ShipRefusal> checkCarrier(
        const SandboxShop &shop, const Package &package, const QString &providerId, const QString &trackingNumber);
    /// The package the line items of a mark-as-shipped call are in; null when the order has none.
    static std::variant<SandboxPackage *, ShipRefusal> packageToMark(
        SandboxShop &shop, const Order &order, const QStringList &lineItemIds);
    /// Moves some line items of `source` into a new package of the same order; `source` is not
    /// valid afterwards.
    static SandboxPackage &splitOff(
        SandboxShop &shop, SandboxPackage &source, const QStringList &lineItemIds, qint64 now);
    static void shipPackage(SandboxShop &shop, SandboxPackage &entry, const ShipRequest &request, qint64 now);
    static void moveOn(SandboxShop &shop, int orderRow, const ShipmentStateMachine::Step &step);
};

} // namespace ShopDesk
