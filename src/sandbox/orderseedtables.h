#pragma once

#include <span>

#include <QStringView>

#include "domain/order.h"

namespace ShopDesk {

/// How often a status occurs (per mille) and how old its orders are, so that times fit the status:
/// unpaid orders are hours old, completed ones weeks.
struct OrderStatusProfile
{
    OrderStatus status;
    int weight;
    qint64 minAge;
    qint64 maxAge;
};

struct OrderCarrier
{
    QStringView name;
    QStringView id;
    QStringView trackingPrefix;
    int trackingDigits;
    QStringView trackingSuffix;
};

struct OrderPlace
{
    QStringView city;
    QStringView state; // empty in the UK
    QStringView postcodeStart; // US ZIP prefix, UK outward code
    QStringView dialPrefix; // US area code, UK mobile prefix after the 7
};

struct OrderCancelReason
{
    QStringView initiator;
    QStringView reason;
};

/// The constant vocabulary the order seed draws from. Every view points into static storage, so
/// the seed may use addresses as keys.
class OrderSeedTables final
{
public:
    /// Every status once, in the order of the typical flow (reference section 7).
    static std::span<const OrderStatusProfile> statusProfiles();
    /// TikTok-booked carriers of the region, or the ones a seller books himself.
    static std::span<const OrderCarrier> carriers(bool sellerShipping, bool us);
    static std::span<const OrderPlace> places(bool us);
    static std::span<const QStringView> streets(bool us);
    static QStringView nameInitials();
    static QStringView postcodeLetters();
    static std::span<const QStringView> buyerMessages();
    static std::span<const OrderCancelReason> paidCancelReasons();
    /// "Option 1" … for a SKU's position in its product.
    static QStringView skuName(qsizetype skuIndex);
};

} // namespace ShopDesk
