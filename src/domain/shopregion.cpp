#include "shopregion.h"

#include <array>

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct RegionZone
{
    QStringView region;
    QStringView zone;
};

// US shops report in Pacific time; the other markets in their capital's zone.
constexpr std::array regionZones{
    RegionZone{u"US", u"America/Los_Angeles"},
    RegionZone{u"GB", u"Europe/London"},
    RegionZone{u"IE", u"Europe/Dublin"},
    RegionZone{u"DE", u"Europe/Berlin"},
    RegionZone{u"FR", u"Europe/Paris"},
    RegionZone{u"IT", u"Europe/Rome"},
    RegionZone{u"ES", u"Europe/Madrid"},
    RegionZone{u"MX", u"America/Mexico_City"},
    RegionZone{u"BR", u"America/Sao_Paulo"},
    RegionZone{u"JP", u"Asia/Tokyo"},
    RegionZone{u"ID", u"Asia/Jakarta"},
    RegionZone{u"MY", u"Asia/Kuala_Lumpur"},
    RegionZone{u"PH", u"Asia/Manila"},
    RegionZone{u"SG", u"Asia/Singapore"},
    RegionZone{u"TH", u"Asia/Bangkok"},
    RegionZone{u"VN", u"Asia/Ho_Chi_Minh"},
    RegionZone{u"SA", u"Asia/Riyadh"},
};

struct RegionCurrency
{
    QStringView region;
    QStringView currency;
};

// The mapping the product endpoints document for SKU prices.
constexpr std::array regionCurrencies{
    RegionCurrency{u"US", u"USD"},
    RegionCurrency{u"GB", u"GBP"},
    RegionCurrency{u"ID", u"IDR"},
    RegionCurrency{u"TH", u"THB"},
    RegionCurrency{u"MY", u"MYR"},
    RegionCurrency{u"PH", u"PHP"},
    RegionCurrency{u"VN", u"VND"},
    RegionCurrency{u"SG", u"SGD"},
};

} // namespace

QString ShopRegion::currency(QStringView region)
{
    for (const RegionCurrency &entry : regionCurrencies) {
        if (entry.region.compare(region, Qt::CaseInsensitive) == 0)
            return entry.currency.toString();
    }
    return {};
}

QTimeZone ShopRegion::timeZone(QStringView region)
{
    for (const RegionZone &entry : regionZones) {
        if (entry.region.compare(region, Qt::CaseInsensitive) == 0)
            return QTimeZone(entry.zone.toLatin1());
    }
    return QTimeZone::utc();
}

QDate ShopRegion::localDate(QStringView region, const QDateTime &utc)
{
    return utc.toTimeZone(timeZone(region)).date();
}

} // namespace ShopDesk
