#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/money.h"
#include "domain/commissionrate.h"
#include "domain/performance.h"

namespace ShopDesk {

/// How the affiliate and LIVE tables write their values, in the user's locale: one place, so that
/// every table says "—" for nothing and "12.50%" for a commission in the same way.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString dateTime(qint64 epochSeconds);
    static QString date(qint64 epochSeconds);
    static QString count(qint64 value);
    static QString money(const Money &money);
    static QString money(const std::optional<Money> &money);
    /// A commission rate in hundredths of a percent: "12.50%".
    static QString commission(CommissionRate rate);
    /// A rate in basis points: "5.23%".
    static QString rate(BasisPoints rate);
    /// "2 h 05 min", "45 min".
    static QString duration(qint64 seconds);
    /// Shown where a value is unknown or not shared.
    static QString none();
};

} // namespace ShopDesk
