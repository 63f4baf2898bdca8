#pragma once

#include <QString>

#include "core/money.h"
#include "core/result.h"

class QLocale;

namespace ShopDesk {

/// A commission rate in hundredths of a percent, as the affiliate API sends and takes it (reference
/// section 5.5: 3587 is 35.87 %). Never a double, so that 12.5 % is exactly 1250 on the wire.
using CommissionRate = qint64;

/// The range the affiliate endpoints accept for a commission rate: 1.00 % to 80.00 %.
inline constexpr CommissionRate minCommissionRate = 100;
inline constexpr CommissionRate maxCommissionRate = 8000;

/// Parses a percentage typed by a person ("12.5", "12.50", "7") into hundredths of a percent
/// (1250, 1250, 700). At most two decimals; `decimalPoint` is the locale's separator. No range check.
Result<CommissionRate> parseCommissionPercent(QStringView text, QChar decimalPoint = u'.');
/// "12.50" with the locale's decimal point; the caller adds the percent sign where it fits.
QString commissionPercentText(CommissionRate rate, const QLocale &locale);
/// `base` times `rate`, rounded half up to the currency's minor unit.
Money commissionOf(const Money &base, CommissionRate rate);

} // namespace ShopDesk
