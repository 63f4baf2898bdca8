#pragma once

#include <QList>
#include <QString>

#include "core/money.h"
#include "domain/affiliateorder.h"

namespace ShopDesk {

/// What one creator brought in over a period, summed from the affiliate orders.
struct CreatorStats
{
    QString username;
    Money gmv;
    qint64 orders = 0;
    qint64 unitsSold = 0;
    Money estimatedCommission;
    Money actualCommission;

    /// Per creator for the orders created in `[from, to)` (epoch seconds), biggest GMV first.
    /// Cancelled orders count for nothing; an order counts once for each creator in it.
    static QList<CreatorStats> summarize(const QList<AffiliateOrder> &orders, qint64 from, qint64 to);
    bool operator==(const CreatorStats &other) const = default;
};

} // namespace ShopDesk
