#include "orderdaterange.h"

#include <utility>

#include <QDateTime>

namespace ShopDesk {

OrderDateRange OrderDateRange::days(QDate first, QDate last, const QTimeZone &zone)
{
    if (!first.isValid() || !last.isValid())
        return {};
    if (last < first)
        std::swap(first, last);
    // startOfDay() also finds the first valid time of a day whose midnight a DST change skips.
    return {first.startOfDay(zone).toSecsSinceEpoch(), last.addDays(1).startOfDay(zone).toSecsSinceEpoch()};
}

OrderDateRange OrderDateRange::ofPreset(Preset preset, QDate today, const QTimeZone &zone)
{
    switch (preset) {
    case Preset::Today:
        return days(today, today, zone);
    case Preset::Last7Days:
        return days(today.addDays(-6), today, zone);
    case Preset::Last30Days:
        return days(today.addDays(-29), today, zone);
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return {};
}

} // namespace ShopDesk
