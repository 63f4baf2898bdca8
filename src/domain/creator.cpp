#include "creator.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array gmvRangeNames{
    EnumName<GmvRange>{GmvRange::Upto100, u"GMV_RANGE_0_100"},
    EnumName<GmvRange>{GmvRange::From100To1000, u"GMV_RANGE_100_1000"},
    EnumName<GmvRange>{GmvRange::From1000To10000, u"GMV_RANGE_1000_10000"},
    EnumName<GmvRange>{GmvRange::From10000, u"GMV_RANGE_10000_AND_ABOVE"},
};

constexpr std::array unitsSoldRangeNames{
    EnumName<UnitsSoldRange>{UnitsSoldRange::Upto10, u"UNITS_SOLD_RANGE_0_10"},
    EnumName<UnitsSoldRange>{UnitsSoldRange::From10To100, u"UNITS_SOLD_RANGE_10_100"},
    EnumName<UnitsSoldRange>{UnitsSoldRange::From100To1000, u"UNITS_SOLD_RANGE_100_1000"},
    EnumName<UnitsSoldRange>{UnitsSoldRange::From1000, u"UNITS_SOLD_RANGE_1000_AND_ABOVE"},
};

} // namespace

QString gmvRangeToApi(GmvRange range)
{
    return enumToName(gmvRangeNames, range, u"");
}

std::optional<GmvRange> gmvRangeFromApi(QStringView text)
{
    return enumFromName(gmvRangeNames, text);
}

QString unitsSoldRangeToApi(UnitsSoldRange range)
{
    return enumToName(unitsSoldRangeNames, range, u"");
}

std::optional<UnitsSoldRange> unitsSoldRangeFromApi(QStringView text)
{
    return enumFromName(unitsSoldRangeNames, text);
}

} // namespace ShopDesk
