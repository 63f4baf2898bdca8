#include "orderseedtables.h"

#include <array>

namespace ShopDesk {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

constexpr std::array statusProfileTable{
    OrderStatusProfile{OrderStatus::Unpaid, 40, 0, 20 * hour},
    OrderStatusProfile{OrderStatus::OnHold, 30, 0, 6 * hour},
    OrderStatusProfile{OrderStatus::AwaitingShipment, 120, hour, 3 * day},
    OrderStatusProfile{OrderStatus::PartiallyShipping, 30, 12 * hour, 4 * day},
    OrderStatusProfile{OrderStatus::AwaitingCollection, 50, 4 * hour, 4 * day},
    OrderStatusProfile{OrderStatus::InTransit, 130, day, 10 * day},
    OrderStatusProfile{OrderStatus::Delivered, 150, 4 * day, 20 * day},
    OrderStatusProfile{OrderStatus::Completed, 380, 20 * day, 90 * day},
    OrderStatusProfile{OrderStatus::Cancelled, 70, hour, 90 * day},
};

constexpr std::array usCarriers{
    OrderCarrier{u"USPS", u"7117858858072016686", u"9400", 18, u""},
    OrderCarrier{u"UPS", u"7117859084333745966", u"1Z", 16, u""},
    OrderCarrier{u"FedEx", u"7129736278444213037", u"", 12, u""},
};
constexpr std::array gbCarriers{
    OrderCarrier{u"Royal Mail", u"7208502187360519982", u"RM", 9, u"GB"},
    OrderCarrier{u"Evri", u"7208502187360536366", u"H0", 14, u""},
    OrderCarrier{u"DPD", u"7208502187360552750", u"15", 12, u""},
};
constexpr std::array sellerCarriers{
    OrderCarrier{u"China Post", u"6617675021119438849", u"LZ", 9, u"CN"},
    OrderCarrier{u"YunExpress", u"6617675021119455233", u"YT", 16, u""},
    OrderCarrier{u"J&T Express", u"6617675021119471617", u"JT", 13, u""},
    OrderCarrier{u"DHL eCommerce", u"6617675021119488001", u"", 10, u""},
    OrderCarrier{u"UPS", u"7117859084333745966", u"1Z", 16, u""},
};

constexpr std::array usPlaces{
    OrderPlace{u"Los Angeles", u"CA", u"900", u"213"},
    OrderPlace{u"Houston", u"TX", u"770", u"713"},
    OrderPlace{u"Chicago", u"IL", u"606", u"312"},
    OrderPlace{u"Phoenix", u"AZ", u"850", u"602"},
    OrderPlace{u"Miami", u"FL", u"331", u"305"},
    OrderPlace{u"Seattle", u"WA", u"981", u"206"},
    OrderPlace{u"Atlanta", u"GA", u"303", u"404"},
    OrderPlace{u"Brooklyn", u"NY", u"112", u"718"},
};
constexpr std::array gbPlaces{
    OrderPlace{u"London", u"", u"E1", u"77"},
    OrderPlace{u"Manchester", u"", u"M4", u"79"},
    OrderPlace{u"Birmingham", u"", u"B15", u"74"},
    OrderPlace{u"Leeds", u"", u"LS1", u"78"},
    OrderPlace{u"Glasgow", u"", u"G2", u"75"},
    OrderPlace{u"Bristol", u"", u"BS1", u"73"},
    OrderPlace{u"Liverpool", u"", u"L1", u"71"},
    OrderPlace{u"Cardiff", u"", u"CF10", u"70"},
};

constexpr std::array<QStringView, 8> usStreets{
    u"Maple Ave", u"Oak St", u"Sunset Blvd", u"Main St", u"Elm St", u"Cedar Ln", u"Park Ave", u"Lakeview Dr"};
constexpr std::array<QStringView, 8> gbStreets{u"High Street", u"Station Road", u"Church Lane", u"Victoria Road",
    u"Green Lane", u"Manor Road", u"Park Road", u"Kings Road"};

constexpr std::array<QStringView, 5> buyerMessageTable{
    u"Please leave it at the back door.",
    u"It's a gift, please don't include the receipt.",
    u"Could you ship this quickly? It's for a birthday.",
    u"Please double-check the colour before sending.",
    u"No plastic packaging please.",
};

constexpr std::array paidCancelReasonTable{
    OrderCancelReason{u"BUYER", u"No longer needed"},
    OrderCancelReason{u"BUYER", u"Ordered by mistake"},
    OrderCancelReason{u"BUYER", u"Found a better price elsewhere"},
    OrderCancelReason{u"SELLER", u"Out of stock"},
    OrderCancelReason{u"SELLER", u"Pricing error"},
    OrderCancelReason{u"SYSTEM", u"Package was not shipped in time"},
};

constexpr std::array<QStringView, 8> skuNames{
    u"Option 1", u"Option 2", u"Option 3", u"Option 4", u"Option 5", u"Option 6", u"Option 7", u"Option 8"};

} // namespace

std::span<const OrderStatusProfile> OrderSeedTables::statusProfiles()
{
    return statusProfileTable;
}

std::span<const OrderCarrier> OrderSeedTables::carriers(bool sellerShipping, bool us)
{
    if (sellerShipping)
        return sellerCarriers;
    if (us)
        return usCarriers;
    return gbCarriers;
}

std::span<const OrderPlace> OrderSeedTables::places(bool us)
{
    if (us)
        return usPlaces;
    return gbPlaces;
}

std::span<const QStringView> OrderSeedTables::streets(bool us)
{
    if (us)
        return usStreets;
    return gbStreets;
}

QStringView OrderSeedTables::nameInitials()
{
    // Weighted by how often English first and last names start with each letter.
    return u"AAABCCDDEEGHJJJKKLLMMMNPRRSSSTTW";
}

QStringView OrderSeedTables::postcodeLetters()
{
    return u"ABDEFGHJLNPQRSTUWXYZ";
}

std::span<const QStringView> OrderSeedTables::buyerMessages()
{
    return buyerMessageTable;
}

std::span<const OrderCancelReason> OrderSeedTables::paidCancelReasons()
{
    return paidCancelReasonTable;
}

QStringView OrderSeedTables::skuName(qsizetype skuIndex)
{
    return skuNames.at(static_cast<size_t>(skuIndex) % skuNames.size());
}

} // namespace ShopDesk
