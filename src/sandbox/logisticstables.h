#pragma once

#include <span>

#include <QStringView>

namespace ShopDesk {

/// A shipping service the sandbox's warehouses offer, with the carriers it books.
struct SandboxDeliveryOption
{
    QStringView id;
    QStringView name;
    /// STANDARD, EXPRESS, ECONOMY or SEND_BY_SELLER.
    QStringView type;
    /// Ids of OrderSeedTables' carriers.
    std::span<const QStringView> providerIds;
};

/// The sandbox's delivery options and carriers per market. Providers are listed per delivery
/// option, as in production (reference section 5.3), and reuse the order seed's carrier ids, so the
/// carrier of every seeded order is one a seller can pick.
class LogisticsTables final
{
public:
    static std::span<const SandboxDeliveryOption> deliveryOptions(bool us);
    static const SandboxDeliveryOption *deliveryOption(bool us, QStringView id);
    /// The TikTok-booked option whose name an order carries, or the seller's own for seller shipping.
    static const SandboxDeliveryOption &optionForOrder(bool us, bool sellerShipping, QStringView orderOptionName);
    /// The carrier's display name; empty for an id no table knows.
    static QStringView providerName(QStringView providerId);
    /// A tracking number in the carrier's format, the same for the same `key`.
    static QString trackingNumber(QStringView providerId, QStringView key);
};

} // namespace ShopDesk
