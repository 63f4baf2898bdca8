#pragma once

#include <QDate>
#include <QTimeZone>

namespace ShopDesk {

/// A span of creation times, [from, until) in epoch seconds; a bound of 0 is open. Built from whole
/// days of one time zone, the user's by default, so that "today" starts at the user's midnight.
struct OrderDateRange
{
    enum class Preset { AllTime, Today, Last7Days, Last30Days, Custom };

    qint64 from = 0;
    qint64 until = 0;

    bool isOpen() const { return from == 0 && until == 0; }
    bool contains(qint64 epochSeconds) const
    {
        return (from == 0 || epochSeconds >= from) && (until == 0 || epochSeconds < until);
    }

    /// From the start of `first` to the end of `last`, both included; swapped when given backwards.
    static OrderDateRange days(QDate first, QDate last, const QTimeZone &zone = QTimeZone::systemTimeZone());
    /// "Last 7 days" is today and the six days before it. Custom and AllTime give an open range.
    static OrderDateRange ofPreset(Preset preset, QDate today, const QTimeZone &zone = QTimeZone::systemTimeZone());

    bool operator==(const OrderDateRange &other) const = default;
};

} // namespace ShopDesk
