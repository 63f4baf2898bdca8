#include "logisticstables.h"

#include <array>

#include <QString>

#include "sandbox/orderseedtables.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// Carrier ids of OrderSeedTables.
constexpr QStringView usps = u"7117858858072016686";
constexpr QStringView ups = u"7117859084333745966";
constexpr QStringView fedEx = u"7129736278444213037";
constexpr QStringView royalMail = u"7208502187360519982";
constexpr QStringView evri = u"7208502187360536366";
constexpr QStringView dpd = u"7208502187360552750";
constexpr QStringView chinaPost = u"6617675021119438849";
constexpr QStringView yunExpress = u"6617675021119455233";
constexpr QStringView jtExpress = u"6617675021119471617";
constexpr QStringView dhlEcommerce = u"6617675021119488001";

constexpr std::array usStandard{usps, ups, fedEx};
constexpr std::array usExpress{ups, fedEx};
constexpr std::array usEconomy{usps};
constexpr std::array usSeller{chinaPost, yunExpress, jtExpress, dhlEcommerce, ups, usps};
constexpr std::array gbStandard{royalMail, evri, dpd};
constexpr std::array gbExpress{dpd, royalMail};
constexpr std::array gbEconomy{evri};
constexpr std::array gbSeller{chinaPost, yunExpress, jtExpress, dhlEcommerce, ups, royalMail, evri};

constexpr std::array<SandboxDeliveryOption, 4> usOptions{{
    {u"7091146663229654785", u"Standard shipping", u"STANDARD", usStandard},
    {u"7091146663229654786", u"Express shipping", u"EXPRESS", usExpress},
    {u"7091146663229654787", u"Economy shipping", u"ECONOMY", usEconomy},
    {u"7091146663229654788", u"Shipped by seller", u"SEND_BY_SELLER", usSeller},
}};
constexpr std::array<SandboxDeliveryOption, 4> gbOptions{{
    {u"7208491276533466881", u"Standard shipping", u"STANDARD", gbStandard},
    {u"7208491276533466882", u"Express shipping", u"EXPRESS", gbExpress},
    {u"7208491276533466883", u"Economy shipping", u"ECONOMY", gbEconomy},
    {u"7208491276533466884", u"Shipped by seller", u"SEND_BY_SELLER", gbSeller},
}};

quint64 fnv1a(QStringView text)
{
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : text)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return hash;
}

const OrderCarrier *findCarrier(QStringView providerId)
{
    for (bool seller : {false, true}) {
        for (bool us : {true, false}) {
            for (const OrderCarrier &carrier : OrderSeedTables::carriers(seller, us)) {
                if (carrier.id == providerId)
                    return &carrier;
            }
        }
    }
    return nullptr;
}

} // namespace

std::span<const SandboxDeliveryOption> LogisticsTables::deliveryOptions(bool us)
{
    if (us)
        return usOptions;
    return gbOptions;
}

const SandboxDeliveryOption *LogisticsTables::deliveryOption(bool us, QStringView id)
{
    for (const SandboxDeliveryOption &option : deliveryOptions(us)) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}

const SandboxDeliveryOption &LogisticsTables::optionForOrder(bool us, bool sellerShipping, QStringView orderOptionName)
{
    const std::span<const SandboxDeliveryOption> options = deliveryOptions(us);
    for (const SandboxDeliveryOption &option : options) {
        const bool seller = option.type == u"SEND_BY_SELLER";
        if (seller == sellerShipping && (seller || option.name == orderOptionName))
            return option;
    }
    return options.front();
}

QStringView LogisticsTables::providerName(QStringView providerId)
{
    const OrderCarrier *carrier = findCarrier(providerId);
    return carrier ? carrier->name : QStringView();
}

QString LogisticsTables::trackingNumber(QStringView providerId, QStringView key)
{
    const OrderCarrier *carrier = findCarrier(providerId);
    const int digits = carrier ? carrier->trackingDigits : 12;
    QString number = carrier ? carrier->trackingPrefix.toString() : QString();
    quint64 bits = fnv1a(key);
    for (int i = 0; i < digits; ++i) {
        if (i > 0 && i % 19 == 0)
            bits = fnv1a(number);
        number += QChar(u'0' + static_cast<char16_t>(bits % 10));
        bits /= 10;
    }
    if (carrier)
        number += carrier->trackingSuffix;
    return number;
}

} // namespace ShopDesk
